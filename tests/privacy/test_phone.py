import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "value",
    ["(212) 555-0199", "+1 415 555 2671", "+44 20 7946 0958", "650.253.0000", "890-410-9281x59013"],
)
def test_phone_scored_to_act_on(privacy, value):
    # Presidio's default scores phones 0.4, under the 0.5 threshold; ours must act on them.
    assert_found(privacy, f"Call me on {value} tomorrow.", "PHONE_NUMBER", value)


@pytest.mark.parametrize("text", ["Revenue was 2,345,678 in 2023.", "Order 20230115 shipped."])
def test_numbers_that_are_not_phones(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")
