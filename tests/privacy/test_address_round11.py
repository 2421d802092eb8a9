"""Round eleven (P2): addresses read as blocks of parts scored by cues (``_rec_address11``), in any language and
script, and P6's Azerbaijani abbreviations in the chains of ``_rec_address10b``. Values written here (names and
numbers made up, not from any split); near misses beside them."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_address10b import chain_spans
from workbench.privacy._rec_address11 import block_spans


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


# -- P6's Azerbaijani abbreviations (küç., pr., döng., ray., ş., b., m.; an initial or a day before the name) --------
@pytest.mark.parametrize(("text", "address"), [
    ("Ünvan: Füzuli ray., Horadiz qəs., S. Vurğun küç. 14, m. 9, AZ1700",
     "Füzuli ray., Horadiz qəs., S. Vurğun küç. 14, m. 9, AZ1700"),
    ("Yeni ünvan: Bakı ş., Neftçilər pr. 112, b. 3, m. 41, AZ1010, Azerbaijan.",
     "Bakı ş., Neftçilər pr. 112, b. 3, m. 41, AZ1010, Azerbaijan"),
    ("Lənkəran ray., 8 Mart küç. 5, AZ4200", "Lənkəran ray., 8 Mart küç. 5, AZ4200"),
    ("Bakı ş., Y. Hüseynov döng. 7, AZ1000", "Bakı ş., Y. Hüseynov döng. 7, AZ1000"),
])
def test_azerbaijani_abbreviations_chain(text: str, address: str) -> None:
    assert [text[a:b] for a, b in chain_spans(text)] == [address]


@pytest.mark.parametrize("text", [
    "Version 2 pr. 3 notes; see m. 4 of the spec",
    "We met at the ray. office in Baku in 2024.",
    "The b. 3 and m. 41 rows are empty",
])
def test_azerbaijani_abbreviations_alone_are_no_chain(text: str) -> None:
    assert chain_spans(text) == []


# -- blocks scored by cues ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "address"), [
    # a house number, names of a script without capitals, a postcode (no comma at all)
    ("Address: 3/6 ถ.ถนัดหัตถกรรม คลองเขื่อน นาทม ชุมพร 24520", "3/6 ถ.ถนัดหัตถกรรม คลองเขื่อน นาทม ชุมพร 24520"),
    ("Customer moved to 571 नीरव सिंह, चिराला-197499 last week.", "571 नीरव सिंह, चिराला-197499"),  # a glued code
    ("Please ship it to იორის ქ. 84, რუსთავი.", "იორის ქ. 84, რუსთავი"),  # a marked abbreviation after the name
    ("Customer moved to ք. Սևան, 2307, Օստրովսկու 05, բն. 31 last week.", "ք. Սևան, 2307, Օստրովսկու 05, բն. 31"),
    ("Address: 080, Sathe Ganj, Solapur-533308", "080, Sathe Ganj, Solapur-533308"),
    ("41/44, Dey Zila, Dharmavaram 877563", "41/44, Dey Zila, Dharmavaram 877563"),
    ("Customer moved to Λεωφόρος Γερακίου 34-90, 066 85 Λαμία last week.", "Λεωφόρος Γερακίου 34-90, 066 85 Λαμία"),
    ("She lives at 27 1/1 Church Road, Ashford.", "27 1/1 Church Road, Ashford"),
    ("Send it to ul Lenina 5, Kazan 420111", "ul Lenina 5, Kazan 420111"),  # "ul" without its dot
    ('name,address,phone\nJohn Doe,"61/995 அகண்டலன், நாகர்கோவில் 368850",555-0100',
     "61/995 அகண்டலன், நாகர்கோவில் 368850"),  # a CSV cell: the name and the phone cells stay out
])
def test_blocks_scored_by_cues(text: str, address: str) -> None:
    assert [text[a:b] for a, b in block_spans(text)] == [address]


@pytest.mark.parametrize("text", [
    "Room 12, Building 3, Berlin",  # a room and a building number: no house number
    "Meeting on 12 March 2024, Berlin office, gate 5.",
    "Invoice 4411, total EUR 1,200.50, due 2026-03-01",
    'Key,Summary,Reporter\nOPS-2291,"Refund not received","Ivan Petrov"\nOPS-2292,Open,300',  # ticket rows
    "Upgrade to v2.3.1, 14 kWh, 3 GB, Sprint 4, Team Alpha",
    "Flight LH 2291, seat 14C, Gate B12, Terminal 2",
    "Transfer to Efraín Hernández Tobar, IBAN GR17 8419 9467 7786 6123 0383 066",  # digit groups: an IBAN
    "id,full_name,dob\n10442,Mersha Fikadu Gashaw,22/03/1992",  # a table row with a date
    "Attendee list\n1. Anna Berg - Himalaya Treks Pvt. Ltd.\n2. Omar Nadir - Claims Adjuster",  # list numbers, firms
    "Apologies: Г. Петровић\n1. Roof repair: quote accepted.",
    "Moving quote: 2 movers, 6 hours, 3 boxes, Kowloon depot.",
])
def test_near_misses_are_no_block(text: str) -> None:
    assert block_spans(text) == []


def test_a_name_line_before_the_street_stays_a_person(privacy: Privacy) -> None:
    text = "-- \nVichai Chaiyaporn\n924 Soi Lat Phrao 71, Saphan Song, Wang Thonglang\nBangkok 10310\nThailand"
    sent = _sent(privacy, text)
    assert "<PERSON_1>" in sent and "Vichai" not in sent and "Saphan" not in sent


def test_the_person_before_of_is_no_part_of_the_address(privacy: Privacy) -> None:
    text = "Witness summons issued to Lamia Haddad of 138 Rue Ibn Batouta, Maarif\n10470 Casablanca\nMorocco"
    assert block_spans(text) == [] or all(not text[a:b].startswith("Lamia") for a, b in block_spans(text))
    assert "Haddad" not in _sent(privacy, text)


@pytest.mark.parametrize(("text", "gone"), [
    ("Customer moved to Λεωφόρος Γερακίου 34-90, 066 85 Λαμία last week.", ["066", "Λαμία"]),
    ("Please ship it to იორის ქ. 84, რუსთავი.", ["იორის", "84", "რუსთავი"]),
    ("Billing address: ք. Նոյեմբերյան, Գրիգոր Տեր-Գրիգորյան 171 | status: paid", ["Նոյեմբերյան", "171"]),
    ("020 مهدیان بلوار سوئیت 201, باغات اسما, اردبیل 160322", ["اردبیل", "160322", "مهدیان"]),
])
def test_through_privacy_the_whole_block_goes(privacy: Privacy, text: str, gone: list[str]) -> None:
    sent = _sent(privacy, text)
    assert not [w for w in gone if w in sent], sent


def test_a_found_address_grows_over_its_postcode_part_but_not_over_prose(privacy: Privacy) -> None:
    text = "Our Athens office moved to Ermou 200, 105 63. Switchboard 218 5636505."
    sent = _sent(privacy, text)
    assert "105 63" not in sent and "Switchboard" in sent
    text = "Onboarding done - address verified (5639 King Fahd Rd, Al Rawdah), card linked to wallet."
    sent = _sent(privacy, text)
    assert "), card linked to wallet." in sent and "Rawdah" not in sent


def test_quote_marks_stay_outside_the_block() -> None:
    text = "> Please send it to\n> 8 rue des Lilas\n> 69003 Lyon\n> France"
    assert all(not text[a:b].startswith(">") for a, b in block_spans(text))


def test_a_particle_before_the_first_part_is_prose() -> None:
    text = "The Respondent, of Flat 7B, House 4, Road 5, Sharishabari, Jamalpur-2052, Mymensingh, is ordered to pay."
    assert all(not text[a:b].startswith("of") for a, b in block_spans(text))
