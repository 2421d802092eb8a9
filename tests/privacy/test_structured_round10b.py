"""Round ten, second pass (P5): the slots and phone shapes HELD-OUT-11 found, by mechanism.

* a label whose capitals a scan spaced out ("I D  No :"), a label joined by "_" ("id_number:") and a value in
  quotes after it;
* a code of capitals and digits in an id slot (Azerbaijan's seven-character FIN);
* an SQL INSERT's VALUES read by the column list's position;
* the internal-line word of other languages after a phone (Latvian, Bulgarian, Azerbaijani, Polish, Swedish …);
  a bracket holding country and area code; a scan's "Te1:" for "Tel:".

Values and sentences written here for these tests (no split's row); benign near misses beside each rule.
"""

from __future__ import annotations

import pytest

from workbench.privacy._rec_ids10 import SlotIdRecognizer, sql_column


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in SlotIdRecognizer().analyze(text, None)]


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(("text", "value"), [
    ("Form 3 | N I C  No: 884412907V | signed", "884412907V"),  # spaced capitals of a label
    ("P A S S P O R T : 55120934 on file", "55120934"),
    ("record:\n  national_id: '730512-44120'\n", "730512-44120"),  # joined by "_", quoted
    ("citizen-no: \"66120499318\"", "66120499318"),
    ("Personal no.: 4RT7ZQ1 (verified)", "4RT7ZQ1"),  # a code of capitals and digits
    ("Our new analyst (ID QW3E8RT) joins today.", "QW3E8RT"),
    ("emp|personal_code|name\n1|X7K2LMP|Ann\n2|9PLK3ZZ|Bo", "9PLK3ZZ"),
])
def test_slot_finds(text, value):
    assert value in _found(text)


def test_sql_insert_values_by_position():
    sql = ("INSERT INTO people (row_id, name, tel, tax_code) VALUES (12, 'A. B.', '0700 11', '4410239917'), "
           "(13, 'C, D', '0700 12', 'ZK44P19');")
    assert sql_column(sql, sql.index("4410239917")) == "tax_code"
    assert sql_column(sql, sql.index("ZK44P19")) == "tax_code"  # the second tuple, a comma inside quotes
    assert "4410239917" in _found(sql) and "ZK44P19" in _found(sql)


@pytest.mark.parametrize("text", [
    "INSERT INTO orders (id, sku, qty, total) VALUES (88123, 'AB12CD34', 3, 129000);",  # no label column
    "INSERT INTO t (order_no, patient) VALUES (5512093, 'x');",  # an order number stays
    "The patient_count is 123456 this week",  # "_" joins only id words (number, no, code, id …)
    "Ref: ABC123DEF shipped, model XK2000A",  # codes outside an id slot
    "I D E A 2026: revenue 4512000 EUR",  # spaced capitals, no label, an amount
    "Member since 2019, 1200 visits",
])
def test_slot_near_misses(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Please put Anna Berg through to +371 67 212 345 (iekšējais 214).",
    "Please put Anna Berg through to +359 2 981 2345 вътр. 413.",
    "Please put Anna Berg through to +994 12 498 1234 daxili 77.",
    "Please put Anna Berg through to +48 22 123 45 67 wewn. 12.",
    "Please put Anna Berg through to +46 8 123 456 78 ankn. 305.",
    "Next of kin: Anna Berg ((+994 12)4981234)",  # a bracket holding country and area code
    "Scanned form — Te1: 0722 418 337 — signed",  # a scan's "1" for "l"
])
def test_phone_extension_words_and_shapes(privacy, text):
    sent = _sent(privacy, text)
    assert not any(d in sent for d in ("214", "413", " 77", " 12.", "305", "4981234", "418 337")), sent


@pytest.mark.parametrize(("text", "kept"), [
    ("Room 12 (iekšējais pagalms) is closed.", "12"),  # the word, no phone before it
    ("We ordered 40 units, wewn. 12 boxes were damaged.", "12"),
    ("Te1 series: 48 models", "48"),
])
def test_phone_near_misses(privacy, text, kept):
    assert kept in _sent(privacy, text)


def test_a_three_digit_group_is_no_date():
    """"103-00-9863" after a label is an id (a date has no 3-digit part); a labelled date stays."""
    assert _found("Applicant Ann Lee (N I N: 103-00-9863) called.") == ["103-00-9863"]
    assert _found("Personal no. issued 12-05-2026 at the office") == []
    assert _found("ID card valid to 2027-11-03") == []


def test_fullwidth_colon_before_extension(privacy):
    """"分机：316" (a full-width colon) is the phone's extension, its digits go with it."""
    sent = _sent(privacy, "总机请转0571 8812345 分机：316找王芳。")
    assert "316" not in sent and "8812345" not in sent
