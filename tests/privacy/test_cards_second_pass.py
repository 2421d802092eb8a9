"""Round three, second pass: payment cards of every public brand range, any separator, Luhn.

Every number was made for this file (a brand prefix, digits, the Luhn check digit)."""

import pytest

from workbench.privacy._rec_en import WbCreditCardRecognizer

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, card",
    [
        ("Card 675988197363 was declined.", "675988197363"),  # Maestro, 12 digits, with a card word
        ("Please charge my debit card: 6759 8819 7363", "6759 8819 7363"),
        ("Maestro 6762 9935 6327 2951 810 on file", "6762 9935 6327 2951 810"),  # 19 digits
        ("Mir card 2201 6639 2332 1465 on file", "2201 6639 2332 1465"),
        ("Pay with 5205.6734.3415.3363 today", "5205.6734.3415.3363"),  # dots
        ("use 5205/6734/3415/3363 for the deposit", "5205/6734/3415/3363"),  # slashes
        ("number 5205\u00a06734\u00a03415\u00a03363 please", "5205\u00a06734\u00a03415\u00a03363"),
        ("Troy card 9792-1783-9705-2322 please", "9792-1783-9705-2322"),
        ("RuPay 6521 7928 2010 2761 declined", "6521 7928 2010 2761"),  # a brand word: not an address
        ("Visa 4111 1111 1111 1111 on file", "4111 1111 1111 1111"),
        ("Dankort 5019756048063585 expires soon", "5019756048063585"),
        ("Verve card 5061 2961 1124 2262 389", "5061 2961 1124 2262 389"),
        ("Amex 3412 904047 96661, exp 04/29", "3412 904047 96661"),  # 4-6-5
        ("Diners 3647 176418 4579 is the company card", "3647 176418 4579"),  # 14 digits, 4-6-4
        ("UATP card 1303 748625 70290 for the flight", "1303 748625 70290"),
    ],
)
def test_cards_of_every_brand(privacy, text, card):
    assert_found(privacy, text, "CREDIT_CARD", card)


@pytest.mark.parametrize(
    "text",
    [
        "The video had 675988197363 views.",  # 12 digits, Luhn-valid, no card word: not a card
        "Card 5205 6734 3415 3364 was declined.",  # Luhn fails
        "Version 5.2.0.5 shipped on 2024.11.05 with build 1.234.567.890.123",
    ],
)
def test_not_cards(privacy, text):
    assert_not_found(privacy, text, "CREDIT_CARD")


def test_mixed_grouping_is_no_card():
    assert WbCreditCardRecognizer().check("4 12 345 678 901 2345") is False
    assert WbCreditCardRecognizer().check("4111-1111-1111-1111") is True


def test_superscript_digits_beside_a_number_do_not_break_the_analyzer():
    # "²" is str.isdigit() but not a decimal int() accepts: the Luhn check raised, and the whole
    # prompt was refused (found by tests/hardening/test_fuzz_privacy.py)
    from workbench.privacy import Privacy

    privacy = Privacy()
    for text in ("AA² 10000000000 Please email", "Area 12 m² 10000000000 Please email the totals"):
        red = privacy.redact(text, privacy.new_vault())  # raised RedactionError (ValueError inside)
        assert red.text.endswith(text[text.index("Please"):])
