"""Round ten (P3): street types of every Faker locale as data (``_rec_address10``), lower-case types before a name
with its house number, an uncased script's street name, an address closed by a bracket. Values written here."""

from __future__ import annotations

from importlib import resources

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_address10 import FILE, RESERVED, build, uncased
from workbench.privacy._rec_address_shapes import vocab, vocab_streets


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b in vocab_streets(text)]


def test_the_committed_file_is_what_the_installed_faker_builds() -> None:
    committed = resources.files("workbench.privacy").joinpath("data", FILE).read_text(encoding="utf-8")
    assert committed == build(), "rebuild: python -m workbench.privacy._rec_address10 --build"


def test_reserved_locales_are_not_read() -> None:
    assert "küçəsi" in build(skip=())  # az_AZ's street type, when nothing is skipped
    assert "küçəsi" not in build() and "az_AZ" in RESERVED


def test_faker_types_are_weak_unless_hand_written() -> None:
    v = vocab()
    assert "rodovia" in v["pre"] and "rodovia" in v["weak10"]
    assert "jalan" in v["pre"] and "jalan" not in v["weak10"]  # address_vocab.txt keeps its strength


@pytest.mark.parametrize("text, street", [
    ("Our office is at Rodovia Anhanguera 215, Campinas.", "Rodovia Anhanguera 215"),  # pt_BR's type
    ("Address: Calzada de Tlalpan 1450, Col. Portales", "Calzada de Tlalpan 1450"),  # es_MX's
    ("Send it to Circuito Interior 88, Monterrey.", "Circuito Interior 88"),
    ("The parcel went to Ladeira da Barroquinha 14, Salvador.", "Ladeira da Barroquinha 14"),
    ("Ship to شارع الحمراء 12, Beirut please.", "شارع الحمراء 12"),  # Arabic: a name without capitals
    ("Lives at خیابان ولیعصر 1200, Tehran", "خیابان ولیعصر 1200"),  # Persian
    ("Deliver to вулиця Хрещатик 22, Київ 01001", "вулиця Хрещатик 22"),  # a lower-case type, Cyrillic
    ("I moved to провулок Тихий 7, Львів.", "провулок Тихий 7"),
    ("He moved to ul Lenina 5, Kazan.", "ul Lenina 5"),  # round nine's known miss: "ul" without its dot
])
def test_street_types_of_other_languages(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize("text", [
    "Calzada 3 is closed for repairs.",  # a Faker type and a number, no name
    "The file was sent via Slack 2 days ago.",  # a lower-case everyday word before a name and a number
    "pay via PayPal 3 times a year",
    "the train goes via Basel 2 hours later",
    "Ring 3 of the data centre has 48 racks.",
    "The meeting is in Room 4, Campo building.",
    "We walked to Campo Grande on Sunday.",  # a weak (Faker) type without a number
])
def test_near_misses_are_no_streets(text: str) -> None:
    assert _streets(text) == []


def test_uncased() -> None:
    assert uncased("شارع") and uncased("ქუჩა") and not uncased("Main") and not uncased("main") and not uncased("路")


@pytest.mark.parametrize("text, gone", [
    ("Meet me at my place (14 rue des Lilas, Lyon) tomorrow at 6.", "Lyon"),
    ("Meet me at my place (شارع الحمراء 12, بيروت) tomorrow.", "بيروت"),  # the town before the bracket
    ("Deliver to вулиця Хрещатик 22, Київ 01001", "Хрещатик"),
])
def test_through_privacy(privacy: Privacy, text: str, gone: str) -> None:
    sent = _sent(privacy, text)
    assert gone not in sent and "<ADDRESS_1>" in sent, sent


@pytest.mark.parametrize("text", [
    "The store (opened 2019, Room 4) is closed.",
    "We met (in March, 2021) at the fair.",
    "Ring 3 of the data centre has 48 racks, 12 of them empty.",
    "Version 3.12.4 ships on 2026-03-01 (see section 5).",
])
def test_brackets_and_numbers_stay(privacy: Privacy, text: str) -> None:
    assert _sent(privacy, text) == text
