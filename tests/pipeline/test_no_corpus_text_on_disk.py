"""After RAG calls, no phrase of an encrypted corpus is found in any file under WORKBENCH_HOME:
the audit keeps the question and chunk ids with keyed hashes, never the passages themselves —
also when the answer quotes them and a conversation sends that answer back as history."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench

from ..conftest import model_server
from ..corpus.conftest import FAST_KDF, PASSPHRASE, UNIQUE, write_docs


def _found(home: Path, phrases: list[str]) -> list[tuple[str, str]]:
    hits = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            for phrase in phrases:
                if any(phrase.lower().encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be")):
                    hits.append((str(path), phrase))
    return hits


@pytest.mark.parametrize("content", ["redacted", "encrypted-full"])
def test_rag_calls_leave_no_corpus_text_under_the_home(isolated_home: Path, tmp_path: Path, content: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # the echo server answers with the prompt it got, sources included: the answer quotes them
    with model_server(monkeypatch, passphrase=PASSPHRASE, echo=True):
        if content == "encrypted-full":
            from workbench.audit import generate_reviewer_key, install_reviewer_key

            install_reviewer_key(isolated_home / "keys", generate_reviewer_key()[1])
        wb = workbench.connect(**FAST_KDF, **{"audit.content": content})
        wb.corpus("handbook").add([write_docs(tmp_path / "docs")], progress=False)
        conv = wb.conversation(corpus="handbook", k=4)
        first = conv.ask("What caps hotel costs?")
        assert any(p in first.text for p in UNIQUE)  # the passages really went out and came back
        conv.ask("And when must receipts be scanned?")  # turn 1's answer travels as history
        wb.search("laptop security", corpus="handbook", k=2)
        records = [r for r in wb.audit_log.records() if r["outcome"] == "answered"]
        assert [r["gen_ai.operation.name"] for r in records] == ["chat", "chat", "retrieval"]
        assert all(r["chunk_ids"] for r in records)
        wb.close()
    assert _found(isolated_home, UNIQUE) == []
