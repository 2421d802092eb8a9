"""Malformed notebooks and documents, and prompts longer than the model's context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import workbench
from workbench.audit import AuditLog
from workbench.config import load_settings
from workbench.errors import ContextTooLong, ReportError

GOOD_CELL = {"cell_type": "code", "id": "c1", "metadata": {}, "source": "1 + 1", "outputs": [], "execution_count": None}
MALFORMED = {
    "empty": b"",
    "not json": b"this is not a notebook",
    "truncated": json.dumps({"cells": [GOOD_CELL], "nbformat": 4}).encode()[:40],
    "binary": bytes(range(256)),
    "wrong version": json.dumps({"cells": [], "metadata": {}, "nbformat": 99, "nbformat_minor": 0}).encode(),
    "cells not a list": json.dumps({"cells": {"a": 1}, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode(),
    "json array": b"[1, 2, 3]",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_notebook_is_a_report_error_naming_no_content(tmp_path: Path, name: str) -> None:
    from workbench.reports import run_report

    path = tmp_path / "secret-Li-Wei.ipynb"
    path.write_bytes(MALFORMED[name] + b"  li.wei@example.com" if name == "not json" else MALFORMED[name])
    with pytest.raises(ReportError) as info:
        run_report(path, out_dir=tmp_path / "out", formats=["html"])
    message = str(info.value)
    assert "li.wei@example.com" not in message and "not a notebook" not in message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())  # no kernel ran, nothing written


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_notebook_in_a_corpus_is_unreadable_not_a_crash(tmp_path: Path, name: str) -> None:
    ingest = pytest.importorskip("workbench.corpus._ingest")
    path = tmp_path / "n.ipynb"
    path.write_bytes(MALFORMED[name])
    try:
        docs = ingest.parse(path)
    except ingest.UnreadableFile as exc:
        assert "not a notebook" not in str(exc)
        return
    assert all(isinstance(d.text, str) for d in docs)


@pytest.mark.integration
def test_a_prompt_longer_than_the_context_is_a_clear_error_and_a_failed_record(served: Path) -> None:
    # The shared server runs with n_ctx = 1024: ~3000 tokens cannot fit.
    prompt = "Summarise: " + " ".join(f"Li Wei paid invoice {n} on time." for n in range(400))
    wb = workbench.connect()
    with pytest.raises(ContextTooLong) as info:
        wb.ask(prompt)
    message = str(info.value)
    assert "context" in message.lower()
    assert "Li Wei" not in message and "invoice" not in message  # no prompt content in the error
    log = AuditLog.open(load_settings())
    try:
        record = log.records(limit=1)[-1]
    finally:
        log.close()
    assert record["outcome"] == "failed" and record["error.type"] == "ContextTooLong"
    assert record["gen_ai.usage.output_tokens"] is None  # nothing was generated
    assert "Li Wei" not in json.dumps(record, ensure_ascii=False)  # only the redacted prompt is kept
    wb.close()
