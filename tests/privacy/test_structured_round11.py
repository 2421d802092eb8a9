"""Round eleven (P4): ids near / after a label, in brackets, checked in bare rows; phone labels of more alphabets.

Values and sentences written here for these tests (no split's row); the check-digit examples are the ones the
schemes' public descriptions give. Each rule has benign near misses beside it.
"""

from __future__ import annotations

import pytest

from workbench.privacy import _rec_ids11 as ids11
from workbench.privacy._rec_ids11 import NearLabelIdRecognizer11


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in NearLabelIdRecognizer11().analyze(text, None)]


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(("check", "value"), [
    ("cpf_ok", "52998224725"), ("rut_ok", "123456785"), ("dni_es_ok", "12345678Z"), ("dni_es_ok", "X1234567L"),
    ("aadhaar_ok", "234123412346"), ("ahv_ok", "7561234567897"), ("luhn_id_ok", "046454286"),
    ("steuer_id_ok", "36574261809"), ("nir_fr_ok", "295109912611193"), ("rrn_kr_ok", "9710139019902"),
    ("cuit_ok", "20267565393"), ("ppsn_ok", "6433435F"), ("nric_sg_ok", "S1234567D"), ("taiwan_ok", "A123456789"),
    ("curp_ok", "BOXW310820HNERXN09"),
])
def test_check_digit_schemes(check: str, value: str) -> None:
    f = getattr(ids11, check)
    assert f(value)
    last = value[-1]
    wrong = value[:-1] + ("1" if last == "0" else "0" if last.isdigit() else "A" if last != "A" else "B")
    assert not f(wrong)  # one changed check character fails


@pytest.mark.parametrize(("text", "value"), [
    # the label earlier in the sentence, words between
    ("The applicant's personal number, as printed on the card, is 85073003361.", "85073003361"),
    ("RUT del cliente Ana Pérez: 13.298.341-0", "13.298.341-0"),
    ("Documento de identidad SURB820909MNENBQ09 a nombre de Lin.", "SURB820909MNENBQ09"),  # a CURP-like code
    ("holder of national identity card MZPBJ0050S, lives in Ghent", "MZPBJ0050S"),  # "card" of an ID card
    ("- id card: 756.1896.4073.26", "756.1896.4073.26"),
    # the label after the value
    ("88122378965 is the ID number on her file.", "88122378965"),
    ("Y4539474R (passport) was scanned twice.", "Y4539474R"),
    # brackets after a name, letters too
    ("Ana Pérez [35580480D] signed.", "35580480D"),
    ("Kofi Mensah (GHA7261150) joined.", "GHA7261150"),
    # a bare table row with a name cell: only a checked value
    ("<tr><td>Ana Pérez</td><td>85073003361</td></tr>", "85073003361"),
    ("| Luis Ortega | 529.982.247-25 | active |", "529.982.247-25"),
    # a header this module reads as a label ("document_no")
    ("name;birth_date;document_no\nMara Voss;1990-04-02;219584620012627209", "219584620012627209"),
    # second pass: the "ident" family of any language, a name's possessive before the label after, a record's
    # key=value cells, a name then a dash, a checked value after "doc="
    ("Numer identyfikacyjny 81090340E należy do Jana.", "81090340E"),
    ("18373827R — Amara Diallo's passport number", "18373827R"),
    ("applicant=Mara Voss|doc=70102944630|status=ok", "70102944630"),
    ("<li>Tomás Okafor &mdash; 84031527689</li>", "84031527689"),
    ("Beneficiary Ines Carvalho, national registration AUTX9601132S4", "AUTX9601132S4"),
    ("Ines Carvalho\t20.825.930-K\tverified\tLisbon", "20.825.930-K"),  # a RUT is no amount
    # third pass (fresh set D): markup between the name and its bracket, a " / " record
    ("<b>Ines Carvalho</b> (X8593014F)", "X8593014F"),
    ("Lin Berglund / 25921065L / approved", "25921065L"),
    # fourth pass (public formats): dotted abbreviations as labels, a dotted DNI after its label, a four-letter
    # label glued as a prefix, a letter and check digits closing the value
    ("D.N.I. N° 12.345.678", "12.345.678"),
    ("C.I. 1.234.567-2", "1.234.567-2"),
    ("ת.ז. 123456782", "123456782"),
    ("NIDA 19900101-12345-00001-12", "19900101-12345-00001-12"),
    ("National ID: 63-1234567-F-42", "63-1234567-F-42"),
])
def test_ids_found(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize("text", [
    "Our national sales team closed order 12345678 today.",
    "The personal best was 1234567 points.",
    "Passport photo costs 15 EUR; order 88122378965 shipped.",
    "Identity verification took 2025-03-12 10:30.",
    "Identity provider build 20250312 deployed.",
    "<tr><td>Ana Pérez</td><td>1234567</td></tr>",  # no check digit, no label
    "| Luis Ortega | 529.982.247-26 | active |",  # the check fails
    "Tax return total 1,234,567.00",
    "Member since 2019, 1234567 steps",
    "Invoice 85073003361 is the ID number of the invoice?",
    "The national debt reached 3456789012 dollars.",
    "Meter reading for the flat: 188224 kWh, personal account holder",
    "Patient satisfaction rose by 1234567 votes",
    "ticket,owner,status\n48213377,Ana Pérez,open",  # a business row key
    "customer=Ana Lind|order=70102944630|status=ok",  # a business key claims the checked value
    "doc_id=70102944630 indexed",  # "doc_id": a record's key
    "customer ID 52998224725",
    "Identical 12345678 results", "We identified 12345678 rows",  # the family's verbs name no number
    "Ana Lind: 12345678 steps", "12345678 — Ana Lind's order number",
    "Sales rose to 20.825.930 EUR",  # dotted groups with a currency: an amount
    "Identity check on 12.03.2024 done",
    "U.S. sales hit 12.345.678 units",  # an abbreviation that names no id, then an amount
    "The total was 12.345.678", "Ticket 12.345.678 closed", "EUR 12.345.678 paid", "PLAN 1234567 approved",
])
def test_benign_numbers_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("text", "digits"), [
    ("Тел.0412 345 678", "345 678"),  # a Cyrillic label glued by its dot
    ("Puh. 040 123 4567", "123 4567"),  # Finnish
    ("هاتف: 21 234 567", "234 567"),  # Arabic
    ("0991 234 567 m. 352", "234 567"),  # "m. 352" is an extension, not metres
    ("[21 123 456] Ines Carvalho", "123 456"),  # a national number in square brackets beside a name
    ("Hana Novak [92 123 456]", "123 456"),
])
def test_phone_labels_of_more_alphabets(privacy, text: str, digits: str) -> None:
    assert digits not in _sent(privacy, text)


@pytest.mark.parametrize("text", [
    "The track is 1 234 m. 5 runners finished.",
    "v.1234567 of the firmware",
    "see [12 345 678] in the index",  # square brackets without a name
    "Total [1 234 567] EUR",
    "<b>Total</b> (1234567)",
])
def test_phone_near_misses(privacy, text: str) -> None:
    assert _sent(privacy, text) == text
