"""bench/injection_synth.py's round-seven rows (training only): every round-seven language gets every
family, about half of its new rows benign, agentic rows stand in documents (the chunk side), the rows
drawn before round seven are unchanged for a seed, and no row repeats."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import injection_synth as synth  # noqa: E402

LANGS7 = ("en", "zh", "ja", "de", "es", "fr")


@pytest.fixture(scope="module")
def data() -> list[tuple[str, str, str]]:
    return synth.rows(seed=0)


def test_every_round_seven_language_gets_every_family() -> None:
    assert set(synth.R7) == set(LANGS7)
    for lang in LANGS7:
        rows = synth.rows7(0, lang, set())
        by = Counter(kind for _, kind, _ in rows)
        for kind, _maker, n in synth.PLAN7:
            assert by[kind] >= n * 0.8, (lang, kind, by[kind])
        share = by["benign"] / len(rows)
        assert 0.4 <= share <= 0.6, (lang, share)


def test_agentic_rows_stand_in_documents(data) -> None:
    for lang in LANGS7:
        for _, kind, text in synth.rows7(0, lang, set()):
            if kind == "indirect":
                assert synth.side(kind, text) == "chunk"


def test_rows_before_round_seven_are_unchanged_for_a_seed(data, monkeypatch) -> None:
    """The round-seven rows come from their own random stream: the generator without its round-seven
    lexicons draws exactly the rows it drew before, in order, and they are all still there."""
    new = {t for lang in LANGS7 for _, _, t in synth.rows7(0, lang, set())}
    monkeypatch.setattr(synth, "R7", {})
    before = synth.rows(seed=0)
    assert before == [r for r in data if r[2] not in new]
    assert len(before) + len(new) == len(data)


def test_no_row_repeats_and_the_latin_rows_end_with_a_latin_stop(data) -> None:
    texts = [t for _, _, t in data]
    assert len(texts) == len(set(texts))
    for lang in ("en", "de", "es", "fr"):
        for _, _, text in synth.rows7(0, lang, set()):
            assert "。" not in text, (lang, text)
