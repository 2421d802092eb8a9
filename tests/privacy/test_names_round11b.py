"""Round eleven, second pass (P8): surnames in capitals before the given name, Khmer-script names inside other
text (``_rec_names11``). Invented names written here, with near misses beside each rule."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_names11 import names


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in names(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Payout 2027-03-02;MUKAMANA Odile;0788 123 456;15000", "MUKAMANA Odile"),
    ("Attendance: HABIMANA Theoneste, secretary", "HABIMANA Theoneste"),
    ("Patient NSENGIYUMVA, Clementine was discharged on Friday.", "NSENGIYUMVA, Clementine"),
])
def test_caps_surname_then_given(privacy: Privacy, text: str, name: str) -> None:
    assert name in _found(text)
    assert name.split()[-1] not in _sent(privacy, text)


@pytest.mark.parametrize("text", [
    "URGENT Notice: the office closes at noon.",
    "PAID Invoice 2231 attached.",
    "Flights with KENYA Airways were delayed.",
    "See the NOTE Below for details.",
    "The SAVINGS Account was opened on Monday.",
])
def test_caps_near_misses(text: str) -> None:
    assert _found(text) == []


def test_khmer_name_in_english(privacy: Privacy) -> None:
    text = "Loan officer met ចាន់ សុផល at the branch; the form is signed."
    assert "ចាន់ សុផល" in _found(text)
    assert "សុផល" not in _sent(privacy, text)


def test_khmer_prose_left_alone() -> None:
    assert _found("សួស្តី ខ្ញុំ ចង់ ទិញ អង្ករ នៅ ផ្សារ") == []
