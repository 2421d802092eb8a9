"""Round eleven, second pass (P7, HELD-OUT-12 seen): spans with no personal data in them (``_over11.second_pass``):
a table's header line, amounts with their currency, dates read as places, e-mail header labels, organisations,
employment lines, reference numbers read as phones, label heads, compound role nouns, numbers with units, column
names, everyday acronyms. Values written here (not the split's rows), each class with its near misses."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._over11 import not_personal


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _np(text: str, value: str, entity: str = "PERSON", source: str = "") -> bool:
    i = text.index(value)
    return not_personal(text, i, i + len(value), entity, source)


def test_a_tables_header_line() -> None:
    text = "Posted;Kind;Payee;Wallet;Value\n2026-03-01;PAYMENT;Lindiwe Dube;0771 222 333;-500\n"
    assert _np(text, "Posted;Kind;Payee", "LOCATION")
    bars = "Farmer|Bags|Advance|Paid\nKofi Mensah|12|300|150\n"
    assert _np(bars, "Advance", "PERSON")
    no_header = "Kofi Mensah;Accra;Teacher\nAma Owusu;Kumasi;Nurse\n"  # rows of names, no digit below: no header
    assert not _np(no_header, "Kofi Mensah", "PERSON")
    first_row = "Kofi Mensah;0244 111 222;Accra\nAma Owusu;0244 333 444;Kumasi\n"  # the first row has digits
    assert not _np(first_row, "Kofi Mensah", "PERSON")


def test_an_amount_with_its_currency() -> None:
    text = "Paid GHS1,250.00 to the cooperative; balance 4,800 XOF."
    assert _np(text, "GHS1,250.00", "LOCATION")
    assert _np(text, "4,800 XOF", "ADDRESS")
    assert not _np("Deliver to St. 51, Phnom Penh", "St. 51", "ADDRESS")  # a street and its number
    assert not _np("Flat APT 12, Harare", "APT 12", "ADDRESS")
    cut = "Wapelekea 25,000 TZS kwa Neema Kimaro"
    assert _np(cut, "Wapelekea 25", "ADDRESS")  # an address cut inside an amount
    assert not _np(cut, "Neema Kimaro", "PERSON")


def test_a_date_read_as_a_place() -> None:
    assert _np("The transfer is due on Mar 3, 2027.", "Mar 3", "ADDRESS")
    assert _np("Clerk, Harbour Mills Ltd, 2011-2016", "2011-2016", "ADDRESS")
    assert _np("Oct 14, 2026;DEPOSIT;Ama Owusu", "Oct", "LOCATION")
    assert not _np("She moved to Nice last year.", "Nice", "LOCATION")
    assert not _np("Box 2027, Gaborone", "Box 2027, Gaborone", "ADDRESS")


def test_mail_header_labels() -> None:
    assert _np("In-Reply-To: <abc@mail.example>", "In-Reply-To")
    assert _np("Delivered-To: ama@example.org", "Delivered-To")
    assert not _np("Jean-Luc: see you at noon", "Jean-Luc")  # a chat author, no header word
    assert not _np("Reply-To Ana", "Reply-To")  # no colon: no header field


def test_organisations_and_employment_lines() -> None:
    assert _np("lender: Volta Cocoa Union", "Volta Cocoa Union", "ADDRESS")
    assert _np("Employer: Lake Kivu Fisheries Cooperative", "Lake Kivu Fisheries", "PERSON")
    assert _np("Driver, Sahel Freight Logistics, 2018-2022", "Driver, Sahel Freight Logistics, 2018-2022", "ADDRESS")
    assert _np("Assistant Store Supervisor, Limpopo Grain Millers, 2015-2019",
               "Assistant Store Supervisor, Limpopo Grain Millers, 2015-2019", "ADDRESS")
    two_jobs = "Storeman, Volta Cocoa Union, 2009-2014\nClerk, Tema Port Services, 2014-2020"
    assert _np(two_jobs, "2009-2014\nClerk, Tema Port Services, 2014-2020", "ADDRESS")  # a CV's lines, one job a line
    assert not _np("Contact Ama Owusu at 12 Ring Road, Accra", "Ama Owusu", "PERSON")
    assert not _np("Office: 14 Union Street, Accra, 2019", "14 Union Street, Accra, 2019", "ADDRESS")
    assert not _np("Ship to Kofi Mensah, 3 Oak Rd, Accra", "Kofi Mensah, 3 Oak Rd, Accra", "ADDRESS")


def test_reference_numbers_read_as_phones() -> None:
    assert _np("Gas meter 0512-7741-220 read today", "0512-7741-220", "PHONE_NUMBER")
    assert _np("Tracking no. 773-201-4455", "773-201-4455", "PHONE_NUMBER")
    assert _np("AWB 618-22039941", "618-22039941", "CN_MOBILE")
    assert not _np("Call 0512 774 122 about the meter", "0512 774 122", "PHONE_NUMBER")
    assert not _np("Meter reader: Ama, mobile 0244 111 222", "0244 111 222", "PHONE_NUMBER")


def test_label_heads_roles_units_columns_acronyms() -> None:
    assert _np("Other names: Kwame", "Other")
    assert _np("Given names: Kwame Mensah", "Given")  # a surname's spelling before a label word
    assert not _np("Kwame wrote: see the file", "Kwame")  # a name before a speech verb
    assert not _np("Mensah noted: paid in full", "Mensah")
    assert _np("The village headman, Kofi Mensah, signed.", "headman")
    assert not _np("The chair, Ama Freeman, signed.", "Ama Freeman")
    assert _np("Arrival: 0630hrs", "0630hrs")
    assert not _np("user Alojz_6791614340 logged in", "Alojz_6791614340")
    assert _np("Fields: member_id, savings_band", "savings_band", "LOCATION")
    assert not _np("handle: ama_owusu", "ama_owusu")  # a handle: its last part no everyday word
    assert not _np("login: mark_smith", "mark_smith")  # a given name in it
    assert _np("Reset the PIN after a SIM swap", "SIM", "LOCATION")
    assert _np("Field Enumerator, Ghana Statistical Service", "Field Enumerator", "LOCATION")
    assert not _np("She lives in Exeter.", "Exeter", "LOCATION")
    assert _np("SAVINGS BOOK - Amani Mothers' Union", "Amani Mothers", "PERSON")
    assert not _np("Ana Lima's Group booking", "Ana Lima", "PERSON")


def test_end_to_end(privacy: Privacy) -> None:
    text = ("Posted;Kind;Payee;Wallet;Value\n2026-03-01;PAYMENT;Lindiwe Dube;0771 222 333;-500\n"
            "Clerk, Harbour Mills Ltd, 2011-2016\nGas meter 0512-7741-220 read on Mar 3, 2027.")
    sent = _sent(privacy, text)
    assert "Posted;Kind;Payee;Wallet;Value" in sent and "Harbour Mills Ltd, 2011-2016" in sent
    assert "0512-7741-220" in sent and "Mar 3, 2027" in sent
    assert "Lindiwe" not in sent and "0771 222 333" not in sent
