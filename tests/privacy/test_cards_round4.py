"""Round four: a 12-15 digit card of the other IIN ranges (Maestro, UATP) when its card word stands earlier
in the clause, not right before it. Every number was made for this file (brand prefix, digits, Luhn)."""

import pytest

from workbench.privacy._checks import luhn_ok

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, card",
    [
        ("Card on file for Mirja Halonen: 675988197363, billing postcode 33100.", "675988197363"),
        ("The debit card she gave us last week was 5038 1234 5679.", "5038 1234 5679"),
        ("Payment by Maestro, customer Jan Novak, number 6304 0000 0000 0000.", "6304 0000 0000 0000"),
        ("Pay with 060412345674 today", "060412345674"),  # Maestro's 0604 range, 12 digits
        ("Картка ПРОСТІР: card 9804 1234 5678 9014", "9804 1234 5678 9014"),  # a national scheme, with a card word
    ],
)
def test_card_word_earlier_in_the_clause(privacy, text, card):
    assert luhn_ok(card)
    assert_found(privacy, text, "CREDIT_CARD", card)


@pytest.mark.parametrize(
    "text",
    [
        "The card game sold well. The video had 675988197363 views.",  # the card word is in another sentence
        "Credit limits rose for all of our regional teams this year.\nTotal rows: 675988197363",  # another line
        "The tracking code 9804123456789014 is unique.",  # 9-series without a card word
    ],
)
def test_card_word_elsewhere_is_not_enough(privacy, text):
    assert_not_found(privacy, text, "CREDIT_CARD")
