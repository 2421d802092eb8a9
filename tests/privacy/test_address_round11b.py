"""Round eleven, second pass (P5): chains of administrative units (``_rec_address11b``) - villages, cells,
sectors, parishes, wards, communes in several languages, with no house number or postcode - and Cambodian /
Rwandan numbered streets. Values written here (names made up after the fix, not from any split); near misses
beside them."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_address11b import unit_spans


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


@pytest.mark.parametrize(("text", "address"), [
    ("Send it to Umudugudu wa Kabeza, Akagari ka Rweru, Umurenge wa Nyamata today.",
     "Umudugudu wa Kabeza, Akagari ka Rweru, Umurenge wa Nyamata"),
    ("Anwani: Mtaa wa Mwembeni, Kata ya Kiwalani\nDar es Salaam", "Mtaa wa Mwembeni, Kata ya Kiwalani\nDar es Salaam"),
    ("She lives in Bukoto village, Kisasi parish, Kawempe.", "Bukoto village, Kisasi parish, Kawempe"),
    ("Phum Prek Leap, Khum Chroy Changvar", "Phum Prek Leap, Khum Chroy Changvar"),
    ("Visit Kraal head Dube, Gwanda tomorrow", "Kraal head Dube, Gwanda"),
    ("Readings were taken at Nyanga Ward 7 on Friday.", "Nyanga Ward 7"),
    ("not at Cell Rubona, Sector Gikonko; call again", "Cell Rubona, Sector Gikonko"),
    ("Muyange Village, Kigembe Cell, Ngoma Sector\nEastern Province",
     "Muyange Village, Kigembe Cell, Ngoma Sector\nEastern Province"),
    ("Shop at No. 12, St. 271, Sangkat Tuol Tumpung", "No. 12, St. 271, Sangkat Tuol Tumpung"),
    ("House 9, KN 4 Ave, Kimihurura", "House 9, KN 4 Ave, Kimihurura"),
    ("Lot 22, Mbezi Mtaa", "Lot 22, Mbezi Mtaa"),
])
def test_unit_chains(text: str, address: str) -> None:
    assert [text[a:b] for a, b in unit_spans(text)] == [address]


def test_unit_next_to_a_found_address() -> None:
    text = "billing address rue Loango n° 12, Brazzaville, arrondissement Poto-Poto, thanks"
    seed = (text.index("rue"), text.index(", arr"))
    assert [text[a:b] for a, b in unit_spans(text, [seed])] == ["rue Loango n° 12, Brazzaville, arrondissement Poto-Poto"]


@pytest.mark.parametrize("text", [
    "Sales Division, Marketing Division and Finance Division met on Monday.",
    "Imran Khan, Lahore",
    "Sector 7 is closed for cleaning.",
    "the cell 5 was empty, the ward 2 was full",
    "Ward 5 is full; Maternity Ward 3, Level 2",
    "The Eastern Province, Northern Province and Western Province voted.",
    "District manager John Banda, Lusaka office",
    "Cell biology, Paris, 2024",
    "The village council meets in the parish hall, Sunday.",
])
def test_near_misses(text: str) -> None:
    assert unit_spans(text) == []


def test_pipeline_redacts_a_chain(privacy: Privacy) -> None:
    text = "Household survey: respondent at Kibuye village, Mpigi parish, Butambala."
    sent = privacy.redact(text, privacy.new_vault()).text
    for word in ("Kibuye", "Mpigi", "Butambala"):
        assert word not in sent
