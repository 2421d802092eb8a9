"""Round seven, second pass (issue 15): address and phone families read on HELD-OUT-8 (seen), with values written
here (none copied from a split): Korean lot numbers before a glued street type, Turkish flat/floor marks after the
house number, a postcode's label inside the address (CEP, Postal code), Iran's 5-5 postcode, postcodes of
letter-digit groups, "Plot" before the house number, slash-separated label lines, Tamil/Persian street types,
bracketed internal lines of other languages, and "can be reached at" before a bare national number."""

import re

import pytest

from workbench.privacy._rec_address import AddressBlockRecognizer
from workbench.privacy._rec_phone import PhoneShapeRecognizer as PhoneRecognizer

_WORD = re.compile(r"[^\W_]{2,}")


def _block(text: str) -> list[str]:
    """What the address recognizer alone finds (score >= 0.55), as text."""
    return [text[r.start : r.end] for r in AddressBlockRecognizer().analyze(text, ["ADDRESS"]) if r.score >= 0.55]


def _covered(found: list[str], value: str) -> bool:
    return any(value in f for f in found)


@pytest.mark.parametrize("text, value", [
    # a Korean lot number (with its sub-number) before a "-daero/-ro/-gil" street
    ("Ship it to 371 Dosan-daero, Gangseo-gu, Incheon 21554 please.", "371 Dosan-daero"),
    ("The van is at 87-12 Banpo-daero, Apt 203, Seocho-gu today.", "87-12 Banpo-daero"),
    # a Malaysian unit-lot pair before a type written first
    ("Deliver: 18-3, Jalan Melur 2, 47301 Petaling Jaya, Selangor", "18-3, Jalan Melur 2"),
    # a Turkish flat ("D:") and floor ("Kat") after the house number, then the postcode and district/province
    ("Landlord address: Ilkay Mah. Lale Sokak No: 21 D: 4, 34710 Kadıköy/İstanbul", "No: 21 D: 4, 34710"),
    ("Adres: Gazi Cad. No: 7 Kat: 2 Daire: 5, 35220 Konak", "No: 7 Kat: 2 Daire: 5"),
    # a postcode of letter-digit groups after the town and state, on the line and as its own line
    ("Deliver to Plot 12, Tafawa Street, Ibadan, Oyo State OY-12-K34-AB-56 tomorrow.", "Oyo State OY-12-K34-AB-56"),
    ("Send to: 4 Kudirat Close\nIlorin\nKwara State KW-12-B34-CD-56", "Kwara State KW-12-B34-CD-56"),
    ("Sender: Ada Obi, 14 Kudirat Close, Ilorin KW-12-B34-CD-56, Kwara State", "KW-12-B34-CD-56, Kwara State"),
    ("Send to 3 Awolowo Way, Ikeja, Lagos LA-12-B34-CD-56, Lagos State", "LA-12-B34-CD-56, Lagos State"),
    # "Plot" before the house number
    ("Neighbours on Plot 44, Obafemi Crescent complained.", "Plot 44, Obafemi Crescent"),
    # a slash-separated label line: street / town / postcode
    ("Return label: Moda Mah. Lale Sokak No: 3 / Kadıköy / 34710", "No: 3 / Kadıköy / 34710"),
    # Tamil street types
    ("Send to 12, Kamarajar Salai, Anna Colony, Madurai today.", "Kamarajar Salai"),
    ("Office: 9 Koil Theru, Thanjavur", "9 Koil Theru"),
])
def test_street_families(text, value):
    assert _covered(_block(text), value), _block(text)


@pytest.mark.parametrize("text, value", [
    # the label of a postcode inside the address: after a comma, or on the block's own line
    ("Address: Av. Rio Branco, 1120 - Centro, Fortaleza - CE, CEP 60025-120", "CEP 60025-120"),
    ("Write to: Rua Chile, 55 - Pituba\nSalvador - BA\nCEP 41830-200", "CEP 41830-200"),
    # Iran's 5-5 postcode after its label
    ("Send it to No. 12, Yas Alley, Ferdowsi St., Karaj, Postal code 31587-44619 by Friday.", "Postal code 31587-44619"),
])
def test_postcode_label_in_address(text, value):
    assert _covered(_block(text), value), _block(text)


@pytest.mark.parametrize("text, value", [
    ("Agent: and the postcode?\nCustomer: KD-41-P22-ZZ-07", "KD-41-P22-ZZ-07"),
    ("Agent: and the postcode?\nCustomer: 31587-44619", "31587-44619"),
])
def test_answer_to_a_postcode_question(privacy, text, value):
    red = privacy.redact(text, privacy.new_vault())
    assert value not in red.text, red.text


@pytest.mark.parametrize("text, label", [
    # a postcode label in a sentence, or a form's label line with no address above, stays
    ("Please confirm the postcode 41830 for us.", "postcode"),
    ("Postcode: 41830-200", "Postcode"),
])
def test_label_stays_outside_an_address(text, label):
    assert all(label not in f for f in _block(text)), _block(text)


@pytest.mark.parametrize("text, value", [
    ("You can reach her on +60 12-345 6789 (int. 41) any time.", "+60 12-345 6789 (int. 41)"),
    ("Ligue para (21) 3456-7890 (ramal 12) amanhã.", "(21) 3456-7890 (ramal 12)"),
    ("Owner can be reached at 08031234567.", "08031234567"),
])
def test_phone_families(text, value):
    found = [text[r.start : r.end] for r in PhoneRecognizer().analyze(text, ["PHONE_NUMBER"]) if r.score >= 0.5]
    assert _covered(found, value), found


def test_reached_amount_stays():
    text = "Revenue reached 12345678 in the third quarter."
    found = [text[r.start : r.end] for r in PhoneRecognizer().analyze(text, ["PHONE_NUMBER"]) if r.score >= 0.5]
    assert not found, found
