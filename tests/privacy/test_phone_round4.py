"""Round four: phones named by a spoken word ("voicemail", "dial-in"), a " - " field in a contact line,
an area code in brackets before a year-like group. Every number was written for this file."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Left a voicemail on 612 4471-38 for Jonas.", "612 4471-38"),
        ("Conference dial-in 733 2190-55 (PIN below).", "733 2190-55"),
        ("You can reach me at 0812 55 31 07 after six.", "0812 55 31 07"),
        ("Koivu, Aino - aino.koivu@example.fi - 5521.8830", "5521.8830"),
        ("Berg, Ola - ola@example.no - 7-4102", "7-4102"),
        ("> > Tuula Mäki\n> > (9412)-2031 #77", "(9412)-2031 #77"),
        ("Call me on +(370) 61234567 tomorrow.", "+(370) 61234567"),  # the plus outside the brackets
        ("| Anna Berg | 6135550142 | Sales |", "6135550142"),  # ten digits in a cell of their own
        ("Call 1-800-PLUMBER any time.", "1-800-PLUMBER"),  # vanity numbers: letters for digits
        ("Freephone 0800 FIX ROOF", "0800 FIX ROOF"),
        ("Call us on +1 (877) GO-KAYAK now", "+1 (877) GO-KAYAK"),
    ],
)
def test_phones_of_round_four(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue - total - 2031.5 million",
        "The plan covers 2019 - 2024 and then 2025 - 2030.",
        "Release notes - build 5521.8830 is out.",
        "| Order | 6135550142 | shipped |",  # the row's own word claims it
        "The 800 SERIES model ships in May.",  # letters after 800 with no phone word
    ],
)
def test_no_phone(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")


def test_a_label_after_the_number_stays():
    from workbench.privacy._rec_phone import PhoneShapeRecognizer

    text = "Carl Berg\n31 480562-Office, 31 480563-Fax"  # the rules' part; the tagger may still read a block
    found = [text[r.start : r.end] for r in PhoneShapeRecognizer().analyze(text, ["PHONE_NUMBER"])]
    assert found == ["31 480562", "31 480563"]
