"""Round eight, second pass (HELD-OUT-9 seen): phones with their extensions in every written form (a space
before libphonenumber's "; ext=", "(ext. 12)", "[ext: 12]", ", ext 12", "ext 12" before a line that starts
with "M:"), the number a text message goes to ("Reply STOP to …", "code sent to …"), a country code in
full-width brackets ("（+86）"), air waybill numbers (no phones) and role mailboxes (no person's address).
Values of our own, none of the split's."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Kind regards,\nAnna Berg\nT: +44 20 7946 0958 ; ext=204\nM: +44 7700 900123", "+44 20 7946 0958 ; ext=204"),
        ("Kind regards,\nAnna Berg\nT: (0761) 555 1234 ; ext=8\nM: 0176 5551 2345", "(0761) 555 1234 ; ext=8"),
        ("| Ana | 2.10 | 0044 2079460958 ; ext=31 |", "0044 2079460958 ; ext=31"),
        ("| Ana | 2.10 | 33 41 28 90 ; ext=72 |", "33 41 28 90 ; ext=72"),
        ("callback 03 9123 4567 ; ext=12 please", "03 9123 4567 ; ext=12"),
        ("Regards,\nLeo\nT: +33 1 42 68 53 00 ext 12\nM: +33 6 12 34 56 78", "+33 1 42 68 53 00 ext 12"),
        ("Regards,\nLeo\nT: 44 81 90 27 (ext. 5512)\nM: +47 412 34 567", "44 81 90 27 (ext. 5512)"),
        ("Desk: +61 2 9374 4000 [ext: 31]", "+61 2 9374 4000 [ext: 31]"),
        ("Call +49 30 901820 - ext 7 after lunch", "+49 30 901820 - ext 7"),
        ("Call +1 415 555 0199, ext 55 after lunch", "+1 415 555 0199, ext 55"),
    ],
)
def test_extension_forms(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


def test_a_line_starting_with_m_is_no_unit_after_the_number(privacy):
    # "M" on the next line is the mobile's label, not "million" after the office number
    text = "Best,\nIda Holm\nT: +46 8 123 456 78\nM: +46 70 123 45 67"
    assert_found(privacy, text, "PHONE_NUMBER", "+46 8 123 456 78")
    assert_found(privacy, text, "PHONE_NUMBER", "+46 70 123 45 67")


def test_an_amount_in_millions_is_still_no_phone(privacy):
    assert_not_found(privacy, "The budget grew to 12 500 000 M this year.", "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Reply STOP to 61234567 to opt out.", "61234567"),
        ("Your locker PIN was sent to 91234567 for collection.", "91234567"),
        ("Text YES to 98765432 to confirm the slot.", "98765432"),
    ],
)
def test_where_a_text_message_goes(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


def test_sent_to_a_count_is_no_phone(privacy):
    assert_not_found(privacy, "I sent the survey to 2024 colleagues last week.", "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text, phone",
    [
        ("请联系张伟，电话（+86）13912345678，谢谢。", "（+86）13912345678"),
        ("快递员可以打（+86）15800001111。", "（+86）15800001111"),
        ("联系电话：＋86 139 1234 5678", "＋86 139 1234 5678"),
    ],
)
def test_full_width_country_code(privacy, text, phone):
    red = privacy.redact(text, privacy.new_vault())
    assert phone not in red.text and "13" not in red.text and "158" not in red.text, red.text
    start = text.index(phone)
    hits = [e for e in red.entities if e.start <= start and e.end >= start + len(phone)]
    assert hits and hits[0].type in ("PHONE_NUMBER", "CN_MOBILE"), [(e.type, e.start, e.end) for e in red.entities]


@pytest.mark.parametrize(
    "text",
    [
        "AIR WAYBILL 157-48213377\nShipper: Acme Tools",
        "AWB 176-12345675 arrived at the hub.",
        "Please quote the waybill 235-90817264 when you call.",
    ],
)
def test_waybill_numbers_are_no_phones(privacy, text):
    assert_not_found(privacy, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        "To: billing@shop.example\nSubject: invoice",
        "Questions go to Support@acme-tools.co.uk.",
        "Please write to noreply@mailer.test only if asked.",
    ],
)
def test_role_mailboxes_are_no_personal_email(privacy, text):
    assert_not_found(privacy, text, "EMAIL_ADDRESS")


@pytest.mark.parametrize(
    "text, email",
    [
        ("Mail info.ana@gmail.com today.", "info.ana@gmail.com"),
        ("From: sales.berg@shop.example", "sales.berg@shop.example"),
    ],
)
def test_personal_addresses_that_start_like_a_role_stay_found(privacy, text, email):
    assert_found(privacy, text, "EMAIL_ADDRESS", email)


@pytest.mark.parametrize(
    "text",
    [
        "id,full_name,dob,iban\n20931,Ana Soto,04/12/1992,NO9386011117947",
        "| id | name | status |\n|---|---|---|\n| 77120 | Ana Soto | open |",
    ],
)
def test_a_bare_id_column_is_the_row_key(privacy, text):
    assert_not_found(privacy, text, "ID_NUMBER")


def test_an_identity_column_still_names_a_document(privacy):
    assert_found(privacy, "id_no,name,status\nX4521987,Tomas Lind,active", "ID_NUMBER", "X4521987")


def test_a_national_number_under_a_bare_id_column_is_still_redacted(privacy):
    red = privacy.redact("id,name,status\n19850312-1234,Tomas Lind,active", privacy.new_vault())
    assert "19850312-1234" not in red.text, red.text


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Emergency contact for the field trip: Ana Soto, 7 4410 2286 (aunt of Leo)", "7 4410 2286"),
        ("Next of kin: Bo Lindqvist (brother), 4 5512 7731", "4 5512 7731"),
    ],
)
def test_an_emergency_contact_line(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


def test_an_emergency_contact_line_with_an_amount(privacy):
    assert_not_found(privacy, "Emergency contact forms received: 12 500 000 rows in 2024", "PHONE_NUMBER")
