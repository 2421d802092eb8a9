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


@pytest.mark.parametrize(("text", "name"), [
    ("\\begin{tabular}{ll}\nName & Branch \\\\\nOdette Uwera & Huye \\\\\n\\end{tabular}", "Odette Uwera"),
    ("Member|Savings|Phone\nKagabo Eric|300|0788 000 111", "Kagabo Eric"),
    ("Date;Counterparty;Amount\n2027-01-05;Mutesi Diane;4500", "Mutesi Diane"),
])
def test_table_name_column(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Item|Qty|Price\nRice|2|300\nSoap Bar|1|120",          # no name column
    "Name,Price\nRice,300\nBeans,200",                    # a name column of everyday words
    "Member|Share\n12|40",                                 # a number in the name column
])
def test_table_near_misses(text: str) -> None:
    assert _found(text) == []


def test_dot_leader_name() -> None:
    text = "Name of guarantor ............ Tendai Moyo\nOccupation ........... teacher"
    assert _found(text) == ["Tendai Moyo"]
    assert _found("Name of school ........ 12 pupils") == []
    assert _found("Name of school ........ St Mary College") == []
