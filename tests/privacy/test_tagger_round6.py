"""Round six of the English tagger: the training script's new families of negatives (roles beside names,
reference ids, numbered facilities, team sign-offs, companies named for a trade, abbreviated dates) and
the shipped weights on them, with names still found without a cue word.

Every value was written for this file (none is copied from bench/privacy/ or any split).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from workbench.privacy import _rec_tagger as rt

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def train_tagger():
    sys.path.insert(0, str(ROOT / "bench"))
    import train_tagger

    return train_tagger


def _tagged(text: str) -> dict[str, str]:
    """value -> type, as the shipped tagger alone reads ``text``."""
    return {text[s:e]: kind for s, e, kind, _ in rt.get_tagger().spans(text)}


# -- the training script's families ---------------------------------------------------------------
def test_reference_ids_come_in_many_shapes_and_always_carry_a_digit(train_tagger):
    rng = random.Random(3)
    refs = [train_tagger._ref(rng) for _ in range(400)]
    assert all(any(c.isdigit() for c in r) for r in refs)
    shapes = {re.sub(r"\d", "9", re.sub(r"[A-Za-z]", "A", r)) for r in refs}
    assert len(shapes) > 40  # a family, not one template's id
    assert any(re.fullmatch(r"[A-Z]-\d{4,6}", r) for r in refs)  # "E-20931"-like
    assert any(re.fullmatch(r"[A-Z]{2,4}-20\d\d-\d{4}", r) for r in refs)  # "INV-2024-0042"-like


def test_role_facility_team_and_date_slots_are_never_labelled(train_tagger):
    gen = train_tagger.Generator(["en_US"], 9, [])
    frames = [f for f in train_tagger.FRAMES if re.search(r"\{(?:role|Role|ref|facnum|team|dateabbr)\}", f)]
    assert len(frames) >= 30
    for _ in range(300):
        text, spans = gen.document("en_US")
        for kind, s, e in spans:
            assert kind in rt.TYPES and text[s:e].strip()
    f = gen.fakers["en_US"]
    for slot in ("role", "Role", "role_plural", "facnum", "team", "dateabbr", "ref", "reflabel"):
        assert gen.value(slot, f).strip() and slot not in train_tagger.SLOT_TYPE


def test_companies_are_also_named_for_a_trade_after_a_town_or_a_surname(train_tagger):
    gen = train_tagger.Generator(["en_US"], 4, [])
    f = gen.fakers["en_US"]
    names = [gen.value("company", f) for _ in range(400)]
    assert sum(any(n.endswith(" " + t) for t in train_tagger.TRADES) for n in names) > 60


# -- the shipped weights --------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words"), [
    ("Dispatch note: parcel left at Gate 12, collect before 18:00.", ("Gate", "12")),
    ("FROM: Brightwater Logistics Warehouse 7 | TO: reception", ("Warehouse", "7")),
    ("Sent to:\n41 Orchard Lane\nLeeds LS6 2QT\n\nReturns Team", ("Returns", "Team")),
    ("Please quote RMA-88213 when you ship it back.", ("RMA",)),
])
def test_the_tagger_leaves_facilities_teams_and_reference_ids(text: str, words: tuple[str, ...]) -> None:
    found = " ".join(_tagged(text))
    assert not any(re.search(rf"\b{re.escape(w)}\b", found) for w in words), found


@pytest.mark.parametrize(("text", "name"), [
    ("Dispatcher Oluwaseun Adebayo confirmed the route.", "Oluwaseun Adebayo"),
    ("Agent: how can I help?\nCustomer: it is about my order\nAgent: thanks, Priyanka Raghunathan", "Priyanka Raghunathan"),
    ("Leutrim Berisha will bring the keys on Friday.", "Leutrim Berisha"),  # no cue word at all
])
def test_names_beside_roles_or_with_no_cue_are_still_people(text: str, name: str) -> None:
    tagged = _tagged(text)
    assert tagged.get(name) == "PERSON", tagged
    assert not any(k.split()[0] in ("Dispatcher", "Agent", "Customer") for k in tagged), tagged


def test_a_legal_form_before_chinese_text_still_makes_a_company(privacy) -> None:
    """"… SAS的报价单": the CJK characters after the legal form used to join it into one word."""
    text = "请把Maison Verlaine SAS的合同发给我。"
    assert rt._company_follows(text, text.index(" SAS"))
    assert not rt._company_follows("请联系Maison Verlaine。", len("请联系Maison Verlaine"))
