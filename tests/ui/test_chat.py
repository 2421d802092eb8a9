"""The chat panel: nothing leaves the kernel unseen, and what was seen is exactly what leaves."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.audit import one_per_call
from workbench.ui import ChatPanel

EMAIL = "jane.doe@example.com"


@pytest.fixture(scope="module")
def wb(tmp_path_factory: pytest.TempPathFactory):
    with workbench.connect(home=str(tmp_path_factory.mktemp("chat-home")), entry_point="chat") as wb:
        yield wb


@pytest.fixture
def panel(wb) -> ChatPanel:
    return ChatPanel(wb, corpora=[])


def test_review_shows_exactly_what_will_be_sent_with_placeholders_highlighted(panel: ChatPanel) -> None:
    pending = panel.review(f"Write to Jane Doe at {EMAIL} about the Q3 figures.")
    assert pending is not None and panel.state == "preview"
    (message,) = pending.expected
    assert message["role"] == "user" and EMAIL not in message["content"]
    assert "<EMAIL_ADDRESS_1>" in message["content"] and "<PERSON_1>" in message["content"]
    html = panel.preview.value
    assert EMAIL not in html and "Jane Doe" not in html  # the preview never shows a value
    assert '<mark class="wb-ph"' in html and "&lt;EMAIL_ADDRESS_1&gt;</mark>" in html
    assert "2 items of personal data replaced" in html
    assert panel.preview_box.layout.display is None and panel.compose_box.layout.display == "none"
    assert not panel.send_button.disabled


def test_edit_keeps_the_draft_and_cancel_discards_it(panel: ChatPanel) -> None:
    panel.review(f"Mail {EMAIL}")
    panel.edit()
    assert panel.state == "compose" and panel.pending is None and panel.draft.value == f"Mail {EMAIL}"
    panel.review()
    panel.cancel()
    assert panel.draft.value == "" and panel.pending is None and "nothing was sent" in panel.status.value


def test_changing_the_draft_withdraws_the_review_and_nothing_is_sent_unseen(panel: ChatPanel) -> None:
    panel.review("Hello there")
    panel.draft.value = f"Hello there, {EMAIL}"
    assert panel.pending is None and panel.state == "compose"
    assert panel.send() is None and "Review the draft first" in panel.status.value
    assert panel.transcript.children == ()


def test_an_empty_draft_is_not_reviewed(panel: ChatPanel) -> None:
    assert panel.review("   ") is None and panel.state == "compose"


def test_a_blocked_entity_type_leaves_nothing_to_send(tmp_path: Path) -> None:
    with workbench.connect(home=str(tmp_path / "h"), **{"privacy.policy": {"EMAIL_ADDRESS": "block"}}) as wb:
        panel = ChatPanel(wb, corpora=[])
        assert panel.review(f"Mail {EMAIL}") is None
    assert panel.send_button.disabled and "Nothing can be sent" in panel.preview.value


def test_with_redaction_off_the_preview_says_so(tmp_path: Path) -> None:
    with workbench.connect(home=str(tmp_path / "h"), **{"privacy.enabled": False}) as wb:
        panel = ChatPanel(wb, corpora=[])
        pending = panel.review(f"Mail {EMAIL}")
    assert pending.expected == [{"role": "user", "content": f"Mail {EMAIL}"}]
    assert "PII redaction is OFF" in panel.preview.value
    assert "PII redaction OFF" in panel.children[0].value


def test_the_corpus_picker_is_disabled_without_corpora(panel: ChatPanel) -> None:
    assert panel.corpus.disabled and panel.corpus.value == "(no corpus)"
    with_corpora = ChatPanel(panel.wb, corpora=["policies", "hr"])
    assert list(with_corpora.corpus.options) == ["(no corpus)", "policies", "hr"]
    with_corpora.corpus.value = "policies"
    with_corpora.review("What is the leave policy?")
    assert "from corpus <b>policies</b>" in with_corpora.preview.value


@pytest.mark.integration
def test_send_sends_what_was_reviewed_and_keeps_placeholders_across_turns(served: Path) -> None:
    with workbench.connect(entry_point="chat", max_tokens=8) as wb:
        panel = ChatPanel(wb, corpora=[])
        first = panel.review(f"Say hello to Jane Doe ({EMAIL}).")
        answer = panel.send()
        assert answer is not None and answer.sent == first.expected
        assert panel.history[0] == {"role": "user", "content": f"Say hello to Jane Doe ({EMAIL})."}
        assert panel.history[1]["role"] == "assistant" and panel.state == "compose" and panel.draft.value == ""
        html = [w for w in panel.transcript.children if hasattr(w, "value")]
        assert any('data-testid="wb-answer"' in w.value and "audit " in w.value for w in html)

        second = panel.review(f"And again to {EMAIL}.")
        # the earlier turn is sent again, with the same placeholders as the first time
        assert second.expected[0] == first.expected[0]
        assert "<EMAIL_ADDRESS_1>" in second.expected[-1]["content"]
        assert "earlier message" in panel.preview.value
        again = panel.send()
        assert again.sent == second.expected
        records = wb.audit_log.records()
        assert [r["entry_point"] for r in records[-2:]] == ["chat", "chat"]
        panel.new_conversation()
        assert panel.history == [] and panel.transcript.children == ()


def test_insert_as_cell_outside_a_kernel_says_there_is_no_frontend(panel: ChatPanel) -> None:
    from workbench.ui._bridge import insert_cell

    assert insert_cell("# hello") is False


def test_a_failed_call_says_why_and_the_panel_stays_usable(tmp_path: Path) -> None:
    from tests.server.jupyter import free_port

    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    with workbench.connect(home=str(tmp_path / "h"), model_url=url, api_key="k", model="m", timeout=5) as wb:
        panel = ChatPanel(wb, corpora=[])
        panel.review(f"Mail {EMAIL}")
        assert panel.send() is None
        (record,) = one_per_call(wb.audit_log.records())
    assert panel.state == "compose" and not panel.review_button.disabled
    assert "ModelUnavailable" in panel.status.value and "Not answered" in panel.transcript.children[-1].value
    assert record["outcome"] == "failed" and record["entry_point"] == "chat"
