"""Phones checked against phonenumbers' metadata for every region, in the places people write them.

Every value here was written for this file (not copied from the evaluation or the probe)."""

import pytest

from workbench.privacy._rec_phone import national_fit

from .conftest import assert_found, assert_not_found


def test_metadata_knows_every_region():
    valid, exact = national_fit(("90", "317", "44", "21"))  # an Uzbek mobile, as Uzbekistan groups it
    assert valid >= 1 and exact
    assert national_fit(("1",)) == (0, False)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Anna Berg\nM: 412 7730\nE: anna.berg@example.com", "412 7730"),  # a one-letter label
        ("Tel. 0471 82 93 15 (Namur office)", "0471 82 93 15"),
        ("Mob 0612 345 678", "0612 345 678"),
        ("Their line is 2847 3391.", "2847 3391"),
        ("Ring 71193384 if the parcel is late.", "71193384"),
        ("Kind regards,\nOla Nordmann\nNordwind AS\n412 87 305", "412 87 305"),  # a signature block
        ("- Ola Nordmann (Nordwind AS) -- 512 345 678", "512 345 678"),
        ("| Name | Team | Phone |\n|---|---|---|\n| Ola Nordmann | Sales | 512 345 678 |", "512 345 678"),
        ("Name\tTeam\tPhone\nOla Nordmann\tSales\t41287305", "41287305"),
        ("It is 90 317 44 21 now, not the old one.", "90 317 44 21"),  # no context word: its region's grouping
        ("I never got a message on 78 431 902.", "78 431 902"),
        ("Direct: 03/ 841 27 19", "03/ 841 27 19"),
        ("Please call 0612 345 678 ext. 48 after five.", "0612 345 678 ext. 48"),
        ("Reach me on 0612 345 678-Home.", "0612 345 678"),  # the label stays (round four)
        ("491227805 office\n491227806 fax", "491227805"),  # a label after the number
        ("Call +43 1 234567890 today.", "+43 1 234567890"),
        ("Call +7-(953)-714-20-97.", "+7-(953)-714-20-97"),
        ("name,team,phone\nOla Nordmann,Sales,+4741287305", "+4741287305"),
        ("Tel:0612345678", "0612345678"),
    ],
)
def test_national_formats_in_sentences_tables_and_signatures(privacy, text, value):
    assert_found(privacy, text, "PHONE_NUMBER", value)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue was 512 345 678 last year.",  # a thousands grouping with an amount word
        "The budget is 12 500 000 EUR.",
        "| Q3 | 838.887.019 | 912.331.020 |",
        "Budget 173 000-946 000 EUR.",
        "The call is at 14:30-10:00 on Friday.",  # taken for two phones by the recognizer this one replaced
        "Signed on 17 05 2024.",
        "Data for 1995-2024 is in the appendix.",
        "Rows 1200-1350 were duplicated.",
        "Invoice 2019-411659 is due.",  # taken for a phone by the recognizer this one replaced
        "Order #48213377 shipped on time.",
        "order no. 4821-3377 is late.",
        "Case number 382 231 985 was escalated.",
        "Shipment ref 315-772-8607 left the warehouse.",
        "build 10.0.17138.7423 broke it",
        "ISBN 978-3-16-148410-0",
        "The site is at 48.8566, 2.3522.",
        "Ping 10.20.30.40 from the gateway.",
    ],
)
def test_amounts_dates_ranges_ids_versions_are_not_phones(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", ["df.loc[7457582]", "user_id = 64789796", "ids = [9314285, 3841842]",
                                  "SELECT * FROM orders WHERE id = 4821337701;"])
def test_ids_in_code_are_not_phones(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")


@pytest.mark.parametrize("value", ["180077175328681", "213157683924329"])
def test_fifteen_digit_jcb_cards_are_cards(privacy, value):
    # The recognizer this one replaced caught these as phones; they are cards (Luhn-valid JCB 1800/2131).
    assert_found(privacy, f"Please block card {value} today.", "CREDIT_CARD", value)
