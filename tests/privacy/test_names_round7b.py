"""Round seven, second pass: the English name and over-redaction families HELD-OUT-8 (seen) showed, each with values
written here (not the split's), and the look-alikes that must stay."""

import pytest


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


# Combining marks inside a word: Turkish "İ" lower-cased by Python is "i" + U+0307; decomposed "é" is "e" + U+0301
@pytest.mark.parametrize("text, value", [
    ("Say hello to Emi\u0307ne \u2014 she joins the Izmir desk on Monday.", "Emi\u0307ne"),
    ("Visitor pass issued to Ti\u0307mur Yildirim at reception.", "Ti\u0307mur"),
    ("Cards from Hali\u0307t and Hali\u0307t Demirel arrived.", "Hali\u0307t"),
    ("Onboarding buddy: Rene\u0301e Fontaine from Finance.", "Rene\u0301e"),
])
def test_names_with_combining_marks(privacy, text, value):
    assert value not in _sent(privacy, text)


# A surname's particle ("do", "dos", "da"): inside a name, after a title, and opening it with nothing before
@pytest.mark.parametrize("text, value", [
    ("Your appointment with Dr do Carmo is confirmed for Tuesday.", "do Carmo"),
    ("Referral from Valdirene do Carmo, signed yesterday.", "Valdirene do Carmo"),
    ("Panel: R. da Costa, da Costa and one more.", "da Costa"),
    ("Great work this week. dos Reis's team will write the summary.", "dos Reis"),
])
def test_particle_surnames(privacy, text, value):
    sent = _sent(privacy, text)
    assert value not in sent and value.split()[-1] not in sent, sent


# A form's name field: the label says what the value is, whatever its case or words
@pytest.mark.parametrize("text, value", [
    ("Registration \u2014 Preferred name: Tomasz | Family name: WROBELSKI | Phone: 0300 000 0000", "WROBELSKI"),
    ("Legal surname: OKONJO\nDate of birth: 1990-01-01", "OKONJO"),
    ("CLAIM 55120\nPolicyholder: Yoon Min Song\nVehicle: hatchback", "Yoon Min Song"),
    ("Guarantor: HWANG, Da-eun\nIncome: salaried", "HWANG"),
])
def test_labelled_name_fields(privacy, text, value):
    assert value not in _sent(privacy, text)


@pytest.mark.parametrize("text", [
    "Display name: Support | Status: active",
    "Surname: N/A (organisation account)",
])
def test_labelled_field_look_alikes_stay(privacy, text):
    sent = _sent(privacy, text)
    assert ("Support" in sent) if "Support" in text else ("N/A" in sent)


# SURNAME/Given of a payment or fare record without a title
@pytest.mark.parametrize("text, values", [
    ("ERROR 2026-01-02 11:00:00 refund failed for SEO/Ji-hoon ref=77", ("SEO", "Ji-hoon")),
    ("declined for ADEBAYO/Kunle card=**** 1111", ("ADEBAYO", "Kunle")),
])
def test_slash_record_names(privacy, text, values):
    sent = _sent(privacy, text)
    for v in values:
        assert v not in sent, sent


@pytest.mark.parametrize("text, kept", [
    ("Routing: HR/Payroll tickets go to the shared queue.", "HR/Payroll"),
    ("Owner role: CEO/Founder, reporting weekly.", "CEO/Founder"),
])
def test_slash_look_alikes_stay(privacy, text, kept):
    assert kept in _sent(privacy, text)


# A one-word name field in a CSV row: the field after it
def test_csv_name_pair():
    from workbench.privacy._privacy import _csv_partners

    text = "members.csv: Tochukwu,Anyaoku,0803 000 0000,Enugu"
    s = text.index("Tochukwu")
    got = _csv_partners(text, [[s, s + len("Tochukwu"), "PERSON", 0.85, 1, None]])
    assert [text[a:b] for a, b, *_ in got] == ["Anyaoku"]
    row = "id,first,dept,city\n7,Tochukwu,Sales,Lagos"
    s = row.index("Tochukwu")
    assert _csv_partners(row, [[s, s + len("Tochukwu"), "PERSON", 0.85, 1, None]]) == []  # "Sales", "Lagos" stay


def test_file_name_is_no_person(privacy):
    sent = _sent(privacy, "members_list.csv: Hannah,Obiora,0803 000 0000,Enugu")
    assert "members_list.csv" in sent and "Obiora" not in sent, sent


# Fields end names: a tab, " · "; a trade word after a surname is the firm's; companies of other languages stay
@pytest.mark.parametrize("text, kept", [
    ("Ozan Kurtulus\tAccounts Team Lead\tozan@example.org", "Accounts Team Lead"),
    ("Priya Raman \u00b7 Payroll Specialist at Northwind \u00b7 Open to mentoring", "Payroll Specialist"),
    ("For repairs please contact Adeyemi Lettings on 0300 000 0000.", "Lettings"),
    ("Supplier: Construtora Atlantica, invoice 44.", "Construtora Atlantica"),
    ("Shipper: Marmara Tekstil A.\u015e. / receiver on file", "Marmara Tekstil"),
    ("Invoice from Selangor Cargo Sdn Bhd is overdue.", "Selangor Cargo Sdn Bhd"),
])
def test_fields_firms_and_companies_stay(privacy, text, kept):
    assert kept in _sent(privacy, text)


def test_trade_word_keeps_the_surname_redacted(privacy):
    sent = _sent(privacy, "For repairs please contact Adeyemi Lettings on 0300 000 0000.")
    assert "Adeyemi" not in sent, sent


# A clock's minutes are no house number: "09:30 Name"
def test_time_before_a_name_is_no_address(privacy):
    sent = _sent(privacy, "AGENDA \u2014 14:45 Rosalind de Queiroz (panel: T. Ward) \u2014 room 2")
    assert "14:45" in sent and "Queiroz" not in sent, sent


def test_guest_count_is_no_part_of_the_name(privacy):
    sent = _sent(privacy, "RSVP: Marisol Quintero +2, dietary: none. Phone 0300 000 0000.")
    assert "+2" in sent and "Quintero" not in sent, sent
