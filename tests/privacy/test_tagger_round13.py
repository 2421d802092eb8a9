"""Round thirteen of the learnt taggers (T1): recipe 13 of bench/train_tagger.py (the seen splits' own generators,
word-identity dropout, line features) and the Chinese tagger reading traditional characters as simplified.

Every value was written for this file (none is copied from bench/privacy/, a split or a generator's lists).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from workbench.privacy import _rec_tagger as rt

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tt():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_tagger

    return train_tagger


# -- recipe 13: what it reads ---------------------------------------------------------------------
def test_recipe_13_reads_only_the_seen_splits(tt):
    assert tt.SEEN_HELDOUTS == (6, 7, 8, 9, 10, 11, 12)  # HELD-OUT-13 is the transfer check, 14 is pristine
    with pytest.raises(SystemExit):
        tt.SeenSplits(1, (12, 13))
    with pytest.raises(SystemExit):
        tt.SeenSplits(1, (14,))


def test_gold_spans_keep_the_tagger_types_and_join_a_street(tt):
    text = "Ana Ruiz, 12 Calle Sol, Lima"
    gold = [("PERSON@x", 0, 8), ("ADDRESS", 10, 12), ("ADDRESS", 13, 22), ("PHONE_NUMBER", 0, 3), (None, 0, 2),
            ("LOCATION", 24, 28)]
    assert tt._tagger_spans(text, gold) == [("PERSON", 0, 8), ("ADDRESS", 10, 22), ("LOCATION", 24, 28)]


# -- word-identity dropout ------------------------------------------------------------------------
def test_word_dropout_hides_only_name_like_words(tt):
    drop = tt.make_drop(random.Random(0), 0.0, 1.0)
    name = rt._word_features("Zorvanek")
    assert drop(name)[0] == "w=" and drop(name)[1:] == name[1:]  # shape, suffixes, name-likeness stay
    for word in ("Street", "Report", "the", "Dr", "42", ","):  # everyday, street, lower-case, title, digits, punct
        wf = rt._word_features(word)
        assert drop(wf) == wf, word
    assert tt.make_drop(random.Random(0), 0.0, 0.0)(name) == name


def test_a_hidden_word_is_absent_from_every_feature_list(tt):
    gen = tt.Generator(["en_US"], 3)
    for _text, _spans, feats, _labels in tt.sequences(gen, ["en_US"], 20, 0.0, 1.0):
        assert not any(x in tt._HIDDEN for f in feats for x in f)


# -- line features -------------------------------------------------------------------------------
def _line_feats(text: str) -> dict[str, list[str]]:
    toks = rt.tokens(text)
    return {tok: f for (_s, _e, tok), f in zip(toks, rt.features(text, toks))}


def test_line_features_read_the_block_a_word_stands_in():
    f = _line_feats("Thanks for the call today, see you soon\n\nOkonkwo Baraka\n7 Kibo Close\nArusha")
    assert "lw4" in f["Thanks"] and "lcomma" in f["Thanks"] and "pnone" in f["Thanks"]
    assert {"lw1", "lblank", "ndig", "nshort", "plong", "lp0", "lr1"} <= set(f["Okonkwo"])
    assert {"ldig", "lp1"} <= set(f["Kibo"])
    assert {"pdig", "nnone", "lp0", "lr0"} <= set(f["Arusha"])


def test_line_features_can_be_left_out(monkeypatch):
    monkeypatch.setattr(rt, "LINE_FEATURES", False)
    f = _line_feats("Okonkwo Baraka\n7 Kibo Close")
    assert not any(x.startswith(("lw", "lp", "lr", "ldig", "ndig", "pdig")) for x in f["Okonkwo"])


# -- the shipped recipe-13 weights ---------------------------------------------------------------
def _tagged(text: str) -> dict[str, str]:
    return {text[s:e]: kind for s, e, kind, _ in rt.get_tagger().spans(text)}


def test_an_address_line_of_a_labelled_form_is_read():
    # round seven's weights read the name and nothing of the address line
    found = _tagged("Account holder: Batbold Ganzorig\nSupply address: 14 Khoroo, Bayanzurkh District")
    assert found.get("Batbold Ganzorig") == "PERSON"
    assert any(kind == "ADDRESS" and "14 Khoroo" in value for value, kind in found.items()), found


def test_an_everyday_word_opening_an_unsure_name_is_none():
    # the recipe-13 weights give "Senior" a PERSON marginal of 0.5 below a signature's name
    found = _tagged("Best regards,\nAna Lima\nSenior Analyst, Pricing")
    assert found == {"Ana Lima": "PERSON"}


def test_the_shipped_weights_stay_small():
    assert (ROOT / "workbench" / "privacy" / "data" / rt.MODEL_FILE).stat().st_size < 4_000_000
