"""Round eight (issue 15, P3): address shapes read on bench/privacy_fuzz_world.py's tuning seed (the world's postal
formats), with values written here: house numbers with two sub-numbers or "bis", Japanese lot numbers, a named
building before the street, letter-digit postcodes, "No."-marked streets at the start of a field, a name and a
number after an address label, streets and towns in scripts without capitals, a three-digit postcode after the
town, a house number with its sub-number after the street inside a table cell; and lines that must stay."""

import pytest

from workbench.privacy._rec_address import AddressBlockRecognizer
from workbench.privacy._rec_en import StreetAddressRecognizer


def _block(text: str) -> list[str]:
    """What the address recognizer alone finds (score >= 0.55), as text."""
    return [text[r.start : r.end] for r in AddressBlockRecognizer().analyze(text, ["ADDRESS"]) if r.score >= 0.55]


@pytest.mark.parametrize("text, value", [
    # a house number with a sub-number after a street word, then the town
    ("Ship to: Karlsson Walk 1361-39, Mårtenby, Kiruna", "Karlsson Walk 1361-39, Mårtenby, Kiruna"),
    # "bis" after the house number
    ("Deliver to Roosstrasse 11 bis, 8037 Zürich", "Roosstrasse 11 bis, 8037 Zürich"),
    # a Japanese lot number of three parts before the district, romanised
    ("Ship to 4-12-8 Jingumae, Shibuya-ku, Tokyo", "4-12-8 Jingumae, Shibuya-ku, Tokyo"),
    ("Address: 2-7-15 Kitahama, Chuo-ku, Osaka", "2-7-15 Kitahama"),
    # a named building before the street, on the line or on the line above
    ("Address: Harbourview Tower, 18 Quay Street, Auckland", "Harbourview Tower, 18 Quay Street"),
    ("Ship to: Edificio Miraflores, Calle Lima 233, Arequipa", "Edificio Miraflores, Calle Lima 233"),
    ("Send it to:\nResidence Belvédère\n14 rue des Lilas\n97200 Fort-de-France", "Residence Belvédère\n14 rue des Lilas"),
    # a block word of Romance languages before a house number
    ("Address: Bloc 11, 1062/12 Kerrigan Pass, Castries", "Bloc 11, 1062/12 Kerrigan Pass"),
    # letter-digit postcodes closing the block (Brunei, Andorra) and as the line under the street
    ("Ship to: No. 544, Kampong Jerudong, BG3122", "No. 544, Kampong Jerudong, BG3122"),
    ("Mailing address: 4 Carrer Major\nAD500 Andorra la Vella", "AD500 Andorra la Vella"),
    # "No." and the house number at the start of a field, the street's name after it, or before it
    ("Deliver to: No. 668, Kenneth Mwamba\nLusaka", "No. 668, Kenneth Mwamba"),
    ('{"ship_to": "No. 2154, Harrow Lúlúvan, Port Louis"}', "No. 2154, Harrow Lúlúvan"),
    ("Address: Ambrose Vannobano No. 168, Killarney", "Ambrose Vannobano No. 168"),
    # ... but a label line in capitals is no street's name and shadows none ("SUPPLY ADDRESS Door No. 49" is "Door No.")
    ("SUPPLY ADDRESS Door No. 49, Opposite Bus Stand, Belagavi\nMeter reading 48213 kWh", "Door No. 49, Opposite Bus Stand"),
    ("SUPPLY ADDRESS Ward No. 481, Gali No. 12, Ajmer - 322392\nMeter", "Ward No. 481, Gali No. 12, Ajmer - 322392"),
    # a house number with a sub-number or "bis" at the start of a field, the name, a comma or a new line
    ("Address: 1562-31 Jill Šakewynhi, Bahiselkan", "1562-31 Jill Šakewynhi, Bahiselkan"),
    ("Address:\n155/5 Osric Lane\nHoletown", "155/5 Osric Lane"),
    # a name and a house number after an address label (a street with no street word)
    ("Home address: Sergio Suárez 2061, Talca", "Sergio Suárez 2061, Talca"),
    ("Residence: Lynda Örrabrizan 5-24-962, Vanselçobri", "Lynda Örrabrizan 5-24-962, Vanselçobri"),
    # streets and towns in scripts without capitals
    ("Address: 1389/5 মনিরামগলি, Puthia - 9969", "1389/5 মনিরামগলি"),
    ("Ship to: ლორთქიფანიძის ქ. 957, 9626 სენაკი", "ლორთქიფანიძის ქ. 957, 9626 სენაკი"),
    ('{"address": "נתיב הפורצים 1231, Haifa"}', "נתיב הפורצים 1231, Haifa"),
    ("Ship to: 808 අබේවර්ධන Mountain, Peliyagoda", "808 අබේවර්ධන Mountain"),
    # a three-digit postcode after the town (Bahrain, Lesotho)
    ("Ship to 1342 Chapman Trail, Manama 317, please.", "1342 Chapman Trail, Manama 317"),
    # the house number after the street and a comma, with its sub-number, inside a tab-separated cell
    ("id\tname\taddress\tstatus\n7\tAnna\tKiriri Street, 118-4, Nakuru\tactive", "Kiriri Street, 118-4, Nakuru"),
])
def test_round8_address_shapes(text: str, value: str) -> None:
    found = _block(text)
    assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize("text", [
    "The review is on 12-03-2026 Monday, room 4.",
    "No. 1 Priority for the team this quarter.",
    "Ref: 12/03 Review notes, draft two.",
    "We had 2024-11 Results, and 2025-01 Targets.",
    "Table 12, row 34, column 5: value 0.4471.",
    "Sector 5 revenue grew while Block 3 of the plan stays on hold.",
    "Order SO-4852-7506 shipped; 64 parcels, total 51453.55 INR.",
])
def test_round8_not_addresses(text: str) -> None:
    assert _block(text) == [], _block(text)


def test_street_line_never_crosses_a_table_cell() -> None:
    text = "id\tname\taddress\n693\tJon Ruiz\tBrett Walk 12, Mikandor"  # "693 Jon Ruiz Brett Walk" across three cells
    spans = [text[r.start : r.end] for r in StreetAddressRecognizer().analyze(text, ["ADDRESS"])]
    assert all("\t" not in s for s in spans), spans
