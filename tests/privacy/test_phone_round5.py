"""Round five: phones in label/value fields, with a comma before the extension, short national numbers
after a phone word, and date-like groupings that no date has. Families found with bench/phone_probe.py
(phonenumbers' own metadata); every number below was written for this file and is checked to be valid
somewhere by phonenumbers, so the tests do not grade the recognizer with its own shapes."""

import phonenumbers
import pytest

from workbench.privacy._rec_phone import national_fit

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, phone",
    [
        # label/value fields: "=", quotes, JSON, "number"/"no." after the label
        ("tel=0412 318 185", "0412 318 185"),
        ("phone_number: '0412 318 185'", "0412 318 185"),
        ('{"name": "Ola Berg", "phone": "0412 318 185"}', "0412 318 185"),
        ("Contact no.: 0800 123456", "0800 123456"),
        ("Phone number: 62891", "62891"),
        ("Mobile - 234 5678", "234 5678"),
        ("WhatsApp: 3101", "3101"),  # four digits after a label (Tokelau writes its numbers so)
        ("Name\tTeam\tPhone\nOla Berg\tSales\t8999", "8999"),  # ... or under a "Phone" column (Tristan da Cunha)
        ("tel=(800) 212-3456", "(800) 212-3456"),
        # an extension after a comma
        ("Call 0412 318 185, ext. 45 please.", "0412 318 185, ext. 45"),
        ("Their line is 40123 #12.", "40123 #12"),  # five digits, but the extension says phone
        # a phone word just before, any grouping
        ("Call me on 62891 tomorrow.", "62891"),
        ("Their line is 21 234.", "21 234"),
        ("Ring 22.45.3300 tonight.", "22.45.3300"),
        ("You can reach the front desk at 5011.2345 until six.", "5011.2345"),
        # groupings shaped like dates that no date has; a label before a date-like one
        ("Call me on 22-45-3300 tomorrow.", "22-45-3300"),
        ("Tel. 20.12.34", "20.12.34"),
        ("Name\tTeam\tPhone\nAnna Berg\tSales\t22-12-34", "22-12-34"),  # under a "Phone" column
        # trunk 8 before the area code (Russia, Kazakhstan, Belarus)
        ("Tel. 8 (800) 123-45-67", "8 (800) 123-45-67"),
        # the phone fields of HL7 v2 segments (PID-13, NK1-5), in any grouping
        ("PID|1||A-77||Lind^Greta||12/04/1981|F|||4 Elm Rd^^Troy^NY^12180||5512.7734", "5512.7734"),
        ("NK1|1|Lind^Ola|SPO|4 Elm Rd^^Troy^NY^12180|881-2297", "881-2297"),
        # a quoted CSV field of its own, a field after an em dash
        ('"Lind","Greta","g.lind@example.com","812-447-19","Troy"', "812-447-19"),
        ("Sent from my phone. Ola — 41-37-2290", "41-37-2290"),
        ("Greta Lind\t762 5442-21\tVaalu", "762 5442-21"),  # a TSV cell of its own between two others
        # a name and its number, nothing else on the line
        ("Olek Nowak 01234567", "01234567"),
        ("Greta Lindqvist 0412 318 185", "0412 318 185"),
    ],
)
def test_phones_of_round_five(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


@pytest.mark.parametrize("digits", ["0412318185", "62891", "3101", "2245 3300", "5011 2345", "88001234567", "212 3456"])
def test_the_numbers_above_are_valid_somewhere(digits):
    assert national_fit(tuple(digits.split()))[0] > 0
    assert any(phonenumbers.is_valid_number(phonenumbers.parse(digits.replace(" ", ""), r))
               for r in phonenumbers.SUPPORTED_REGIONS if _parses(digits.replace(" ", ""), r))


def _parses(digits: str, region: str) -> bool:
    try:
        phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return True


@pytest.mark.parametrize(
    "text",
    [
        "See line 12345 of the log.",  # "line" with no "is"/"number" after it
        "The call lasted 12345 seconds.",
        "We want to reach 50000 readers.",
        "Call me on 20.05.24 about the contract.",  # a date after a phone word stays a date
        "Phone: 2024",  # a year after a label
        "seed=123456",  # code
        "revenue=5123456",
        "The dial-in code is 44120.",
        "The text is 12345 characters.",
        "Meeting on 12-05-24 at the office.",
        "PID|1||55120447||Lind^Greta||19810412|F",  # PID-3 is the patient's ID, not a phone field
        "OBX|1|NM|GLU^Glucose||5512.7734|mmol/L",
        '"Q3","5512.7734","1,250"',  # a quoted decimal
        "Name\tTeam\tDue\nAnna Berg\tSales\t22-12-24",  # a date under a "Due" column
        "Total Sales 4412231",  # no name before it
        "Revenue was 646\u202f004\u202f532 last year.",  # thousands in narrow no-break spaces: "004" is no "00" prefix
        "Greta Lindqvist 2024",  # a year
    ],
)
def test_not_phones_of_round_five(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")
