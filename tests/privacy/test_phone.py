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


@pytest.mark.parametrize(
    "value",
    ["04.47.64.53.88", "729 198 216", "051-096-883", "0443685013", "(0306) 999 0141", "+49(0)1777 63170",
     "217-977-6317x066", "06 95 67 85 31", "+351 921 777 631"],
)
def test_national_formats_without_country_code(privacy, value):
    assert_found(privacy, f"Please call me on {value} after five.", "PHONE_NUMBER", value)


def test_a_label_suffix_makes_a_phone_and_stays():  # round four: "-Office" is a label, not personal data
    from workbench.privacy._rec_phone import PhoneShapeRecognizer

    text = "Please call me on 0443685013-Office after five."
    assert [text[r.start : r.end] for r in PhoneShapeRecognizer().analyze(text, ["PHONE_NUMBER"])] == ["0443685013"]


@pytest.mark.parametrize("value", ["010-6552 9988", "(0755) 8888 1234", "（020）3888-1234", "0571-88889999"])
def test_chinese_landlines_with_area_codes(privacy, value):
    assert_found(privacy, f"办公室电话：{value}，工作日可打。", "PHONE_NUMBER", value)


@pytest.mark.parametrize(
    "text",
    ["Sales were 1.250.000 EUR in 2019-2023.", "Meet on 2024-05-17 at 12:30.", "It grew 12.5% to 4 500 000 users.",
     "The build 3.11.4 fixed invoice 4471."],
)
def test_dates_amounts_versions_are_not_phones(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")
