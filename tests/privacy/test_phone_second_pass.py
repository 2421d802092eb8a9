"""Round three, second pass: phone shapes with brackets between hyphens, and a trunk 0 before brackets.

Every number was written for this file."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Call me at +7-(7172)-55-31-08 tomorrow.", "+7-(7172)-55-31-08"),  # looked like a date: 55-31-08
        ("Office: +380-(32)-244-17-09", "+380-(32)-244-17-09"),
        ("Ring 0 (312) 418 27 90 after lunch.", "0 (312) 418 27 90"),  # the trunk 0 before the brackets
        ("Her number is +90 (216) 555 12-12.", "+90 (216) 555 12-12"),
        ("You can reach the desk on 914.226.083 x215 after 9.", "914.226.083 x215"),  # dotted, an extension
    ],
)
def test_bracketed_area_codes(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


@pytest.mark.parametrize("text", ["The meeting is on 12-05-24 at 10.", "Report (2023) dated 11-04-23.",
                                  "The grant was 914.226.083 in total."])
def test_dates_stay_dates(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")
