import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "value",
    [
        "4111 1111 1111 1111",  # Visa
        "2223003122003222",  # 2-series Mastercard
        "5555-5555-5555-4444",
        "378282246310005",  # Amex, 15 digits
        "4000000000000000006",  # 19-digit Visa
    ],
)
def test_card_found(privacy, value):
    assert_found(privacy, f"Card {value} was declined.", "CREDIT_CARD", value)


def test_card_glued_to_chinese(privacy):
    assert_found(privacy, "信用卡4111111111111111已冻结", "CREDIT_CARD", "4111111111111111")


def test_luhn_failure_is_not_a_card(privacy):
    assert_not_found(privacy, "Card 4111 1111 1111 1112 was declined.", "CREDIT_CARD")
