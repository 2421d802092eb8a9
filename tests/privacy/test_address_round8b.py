"""Round eight, second pass (P4): address families HELD-OUT-9 showed (seen), with values written here, not the
split's: unit chains (Hong Kong flats and floors, Singapore blocks and units, Greek floors, Latin American
"depto"), Ethiopian kebele / sub-city / house-number lines, a street name and number with no street word, vCard
ADR fields, a country closing the line (it stays), Chinese 市 words that name no city; and lines that must stay."""

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_address import AddressBlockRecognizer
from workbench.privacy._rec_places import CityRecognizer


def _block(text: str) -> list[str]:
    """What the address recognizer alone finds (score >= 0.55), as text."""
    return [text[r.start : r.end] for r in AddressBlockRecognizer().analyze(text, ["ADDRESS"]) if r.score >= 0.55]


@pytest.mark.parametrize("text, value", [
    # Hong Kong: flat, floor, block, estate, then the street and district (the country stays)
    ("Return to sender: Flat 12C, 18/F, Block 3, Harbour Vista, 77 Tai Hang Road, Wan Chai, Hong Kong",
     "Flat 12C, 18/F, Block 3, Harbour Vista, 77 Tai Hang Road, Wan Chai"),
    # a room, a floor and an estate, no street at all
    ("the old flat at Rm 04, 9/F, Amoy Gardens is empty now", "Rm 04, 9/F, Amoy Gardens"),
    ("Unit: Room 7, G/F, Wah Fu Estate\nRent due", "Room 7, G/F, Wah Fu Estate"),
    # Ethiopia: kebele, sub-city, house number, P.O. box, town
    ("parcel went to Kebele 05, Gulele Sub-City, H.No. 412 instead", "Kebele 05, Gulele Sub-City, H.No. 412"),
    ("from House No. 88, Woreda 03, Nifas Silk Sub-City, P.O. Box 1234, Addis Ababa, Ethiopia; signed",
     "House No. 88, Woreda 03, Nifas Silk Sub-City, P.O. Box 1234, Addis Ababa"),
    # Greece: street, ordinal floor, spaced postcode and town
    ("address Odos Kifisias 18, 4os orofos, 115 26 Athens, Greece", "Odos Kifisias 18, 4os orofos, 115 26 Athens"),
    # Chile: a street with no street word, its flat, the commune, a 7-digit postcode
    ("serve him at Manuel Montt 1250, depto 402, Providencia, 7500000 Providencia, Chile.",
     "Manuel Montt 1250, depto 402, Providencia, 7500000 Providencia"),
    # Singapore: block, street, unit (the country's postcode is a span of its own)
    ("new address Blk 212 Jurong East Street 21, #07-115, Singapore 600212", "Blk 212 Jurong East Street 21, #07-115"),
    ("left with the guard at Blk 45 Bedok North Road; call first", "Blk 45 Bedok North Road"),
    # a street name and number with no street word, a known town after it
    ("Library card renewal for Ann Lee, Kolokotroni 19, Volos.", "Kolokotroni 19, Volos"),
    # a Norwegian street in its definite form ("-gaten"), alone after a label
    ("Tenant: Ola Nordmann\nUnit: Kirkegaten 12B\nRent: 9,000", "Kirkegaten 12B"),
])
def test_families_found(text: str, value: str) -> None:
    assert value in _block(text)


def test_singapore_postcode_redacted_country_kept() -> None:
    text = "new address Blk 212 Jurong East Street 21, #07-115, Singapore 600212"
    found = _block(text)
    assert "600212" in found
    assert not any("Singapore" in f for f in found)  # countries stay (docs/privacy.md)


def test_country_closing_a_chain_stays() -> None:
    found = _block("Ship to Rm 3, 5/F, Lok Wah Court, Kowloon, Hong Kong")
    assert found and not any("Hong Kong" in f for f in found)


def test_vcard_adr_fields() -> None:
    text = "BEGIN:VCARD\nADR;TYPE=HOME:;;55 Elm Row;Dundee;Angus;DD1 4QQ;United Kingdom\nEND:VCARD"
    found = _block(text)
    for value in ("55 Elm Row", "Dundee", "Angus", "DD1 4QQ"):
        assert value in found
    assert "United Kingdom" in found  # round nine: the country field is part of the address (docs/privacy.md "Policy")


def test_redacted_end_to_end() -> None:
    p = Privacy()
    text = "Courier: deliver to Flat 9A, 22/F, Block 2, Sunshine City, 18 On Luk Street, Ma On Shan today."
    sent = p.redact(text, p.new_vault()).text
    for word in ("9A", "22/F", "Sunshine", "On Luk", "Ma On Shan"):
        assert word not in sent


@pytest.mark.parametrize("text", [
    "We met in Python 3, Unit 4 of the course on Monday.",
    "Chapter 7, Unit 3 and Section 2, Room 5 of the handbook",
    "Upgrade to Windows 11 and Office 365 before Friday.",
    "Sent it to Anna 3 times and met in March 2.",
    "Block 2024, Q3 budget, Room for growth",
])
def test_stays(text: str) -> None:
    assert _block(text) == []


@pytest.mark.parametrize("text", ["這家公司進入市場很快。", "城市规划很重要。", "股市下跌，超市关门。", "该公司明年上市。"])
def test_zh_market_words_are_no_city(text: str) -> None:
    assert CityRecognizer().analyze(text, ["LOCATION"]) == []


@pytest.mark.parametrize("text, city", [("他住在晋城市。", "晋城市"), ("他住在合肥市的东边。", "合肥市")])
def test_zh_cities_still_found(text: str, city: str) -> None:
    assert city in [text[r.start : r.end] for r in CityRecognizer().analyze(text, ["LOCATION"])]
