"""Round nine (P4): phones as writers type them, found from bench/phone_probe.py --writer (every region of
phonenumbers' metadata): a label glued by its dot ("Mob.+61 …", "T.0061-…"), a number in square brackets, "+49/30 …",
label words of other languages ("Telefone:", "Mobil:", "Kontakt:", "Τηλ.:"), a qualifier in brackets ("Phone
(office):"), markdown bold ("**Phone:**"), "reachable at", India's six-digit area code in brackets. Values of our
own, none of any split's; the numbers are valid for their region."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Mob.+44 7700 900123", "+44 7700 900123"),
        ("T.0061-2-9374-4000", "0061-2-9374-4000"),
        ("M.+1.264.461.2345", "+1.264.461.2345"),
        ("Tel.(022) 345 678 for the front desk", "(022) 345 678"),
        ("the site office [+43 664 1234567] opens at 8", "+43 664 1234567"),
        ("the site office [0664 1234567] opens at 8", "0664 1234567"),
        ("Zentrale: +49/30 901820", "+49/30 901820"),
        ("Telefone: 21 2345 6789", "21 2345 6789"),
        ("Mobil: 71-119-387", "71-119-387"),
        ("Kontakt: 22-254-214 (Büro)", "22-254-214"),
        ("Τηλ.: 210 123 4567", "210 123 4567"),
        ("Phone (office): 34-412-345", "34-412-345"),
        ("Landline (home) - 63-123-456", "63-123-456"),
        ("**Phone:** 21-360-588", "21-360-588"),
        ("Reachable at 22-852-696 (weekdays only).", "22-852-696"),
        ("Caller ID 810-123-049 (withheld)", "810-123-049"),
        ("pls call me (081234) 56789 thx", "(081234) 56789"),
        ('phone1 = "22-188-082"', "22-188-082"),
    ],
)
def test_writer_forms(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


@pytest.mark.parametrize(
    "text",
    [
        "The ratio was 0.12345678 in the last run.",
        "Upgrade numpy to v.1234567 only if the build passes.",
        "row = df.loc[1234567]",
        "x = arr[5551234]",
        "Budget 12.500.000 for 2027.",
        "See the note [20260314] in the appendix.",
        "Build 2026.03.14.1729 failed.",
        "Invoice INV/2026/004512 is overdue.",
    ],
)
def test_numbers_that_are_no_phones(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")
