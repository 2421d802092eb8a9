"""bench/injection_synth.py: the compositional generator of attacks and benign near misses that
bench/train_injection.py trains on. Its contract: deterministic, every language the issue and the
public sets name, every kind, a benign share in every language (so no language reads as an
attack), no duplicates, and the slot grammar's joints (Korean particles, capitals after a stop)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import injection_synth as synth  # noqa: E402

LANGS = ("en", "zh", "ja", "ko", "de", "es", "fr", "pt", "it", "ru", "nl", "pl", "tr", "vi", "id", "ar", "hi")
#: a letter of the language's own script that each of its rows carries (Latin-script languages aside)
SCRIPT = {"zh": r"[\u4e00-\u9fff]", "ja": r"[\u3040-\u30ff]", "ko": r"[\uac00-\ud7a3]", "ru": r"[а-яё]",
          "ar": r"[\u0600-\u06ff]", "hi": r"[\u0900-\u097f]"}


@pytest.fixture(scope="module")
def data() -> list[tuple[str, str, str]]:
    return synth.rows(seed=0)


def test_deterministic_for_a_seed_and_different_across_seeds(data) -> None:
    assert synth.rows(seed=0) == data
    other = synth.rows(seed=1)
    assert len(set(other) - set(data)) > len(data) // 2


def test_every_language_and_kind_is_there(data) -> None:
    by = Counter((lang, kind) for lang, kind, _ in data)
    for lang in LANGS:
        for kind in synth.KINDS:
            assert by[(lang, kind)] >= 20, (lang, kind, by[(lang, kind)])
    assert {kind for _, kind, _ in data} == set(synth.KINDS)
    assert len(data) >= 5000


def test_benign_share_is_similar_in_every_language(data) -> None:
    """A language that only ever appears in attacks would teach "this language = attack"."""
    for lang in LANGS:
        kinds = [k for la, k, _ in data if la == lang]
        share = kinds.count("benign") / len(kinds)
        assert 0.35 <= share <= 0.55, (lang, share)


def test_no_duplicate_texts(data) -> None:
    texts = [t for _, _, t in data]
    assert len(texts) == len(set(texts))


def test_rows_are_written_in_their_language(data) -> None:
    for lang, pattern in SCRIPT.items():
        missing = [t for la, _, t in data if la == lang and not re.search(pattern, t.lower())]
        assert not missing, (lang, missing[:2])


def test_korean_object_particle_follows_the_final_consonant() -> None:
    assert synth._korean_object("지시") == "지시를"          # vowel-final
    assert synth._korean_object("이전의 모든 규칙") == "이전의 모든 규칙을"  # consonant-final (batchim)
    assert synth._korean_object("시스템 메시지") == "시스템 메시지를"


def test_sentences_after_a_full_stop_start_with_a_capital(data) -> None:
    overrides = [t for la, k, t in data if la in ("en", "de", "fr", "es") and k == "override"]
    bad = [t for t in overrides if re.search(r"[a-z]\. [a-zäöüéè]", t)]
    assert not bad, bad[:3]


def test_near_misses_share_the_attacks_verbs(data) -> None:
    """Benign rows use the same verbs of dismissal (aimed at rows, e-mails, links), so a verb alone
    cannot decide the label."""
    for lang in ("en", "de", "zh", "ja", "ko", "tr"):
        verbs = synth.LEX[lang]["verbs"]
        benign = [t for la, k, t in data if la == lang and k == "benign"]
        with_verb = [t for t in benign if any(v.lower() in t.lower() for v in verbs)]
        assert len(with_verb) >= 30, (lang, len(with_verb))


def test_exfil_rows_carry_a_url_with_a_data_slot(data) -> None:
    for lang, kind, text in data:
        if kind == "exfil":
            assert re.search(r"\]\(https://[^)\s]+[?&]\w+=[{\[<]?\w+", text), (lang, text)


def test_side_puts_documents_on_the_chunk_side(data) -> None:
    sides = Counter((kind, synth.side(kind, text)) for _, kind, text in data)
    assert sides[("indirect", "prompt")] == 0
    assert sides[("benign", "chunk")] > 1000 and sides[("benign", "prompt")] > 1000
    assert sides[("override", "prompt")] > 0


def test_round_eight_families_have_near_misses_with_their_words() -> None:
    """Round eight (customers' social engineering, probing questions, friendly openers, tool notes in documents,
    short leak requests): each family's cue words also occur in benign analyst texts of the same language, and
    a document's tool note is an attack only when it is addressed to the AI that reads it."""
    seen: set[str] = set()
    data = {lang: synth.rows8(0, lang, seen) for lang in ("en", "pt", "es")}
    assert synth.rows8(0, "en", set()) == data["en"]  # deterministic, its own stream
    assert synth.rows8(0, "ko", set()) == []  # languages without a lexicon get none
    cues = {"en": ("rules", "customer", "act as", "instructions", "just between us", "send"),
            "pt": ("regras", "cliente", "instruções"), "es": ("reglas", "cliente", "instrucciones")}
    for lang, rows in data.items():
        benign = [t.lower() for _, k, t in rows if k == "benign"]
        attacks = [t.lower() for _, k, t in rows if k != "benign"]
        assert 0.4 <= len(benign) / len(rows) <= 0.6, lang
        for cue in cues[lang]:
            assert any(cue in t for t in benign) and any(cue in t for t in attacks), (lang, cue)
    notes = [t for _, k, t in data["en"] if k == "indirect"]
    assert len(notes) >= 30 and all(any(w in t.lower() for w in ("assistant", " ai", "agent", "automated")) for t in notes)
    human = [t for _, k, t in data["en"] if k == "benign" and ("Note for the" in t or "Reminder for the" in t)]
    assert human and not any(w in t for t in human for w in ("assistant", " AI", "agent"))
