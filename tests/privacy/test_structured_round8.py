"""Round eight (issue 15, P3): national identity numbers in the shapes each country writes them, found as ID_NUMBER
only with a context word (docs "Policy": ID_NUMBER needs one), values written here with valid-looking digits; and
the same shapes without a context word, and a card's number, left to the others."""

import pytest

from workbench.privacy._rec_en import IdNumberRecognizer


def _ids(text: str) -> list[str]:
    """What the ID recognizer finds, with Presidio's context lift applied by the engine (score >= 0.5)."""
    from workbench.privacy._engine import get_engine

    return [text[r.start : r.end] for r in get_engine().analyze(text, 0.5) if r.entity_type == "ID_NUMBER"]


@pytest.mark.parametrize("text, value", [
    ("RUT del cliente: 12.345.678-5", "12.345.678-5"),
    ("DNI: 23.456.789", "23.456.789"),
    ("PESEL: 44051401359", "44051401359"),
    ("NRIC S7340512D on file", "S7340512D"),
    ("Emirates ID: 784-1987-4456123-1", "784-1987-4456123-1"),
    ("CURP: GODE561231HDFRRN09", "GODE561231HDFRRN09"),
    ("CPR-nr. 010180-1234", "010180-1234"),
    ("HETU 131052-308T", "131052-308T"),
    ("ID number: 8001015009087", "8001015009087"),
    ("CNP: 1800101221144", "1800101221144"),
    ("NIK: 3174012501900001", "3174012501900001"),
    ("passport no. C01X00T47", "C01X00T47"),
    ("ID card: AB 123456", "AB 123456"),
    ("CUIL 20-12345678-3", "20-12345678-3"),
])
def test_national_ids_with_a_context_word(text: str, value: str) -> None:
    found = _ids(text)
    assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize("text", [
    "The batch 8001015009087 was split in two.",  # no context word
    "We moved 12.345.678 units last year.",
    "Build C01X00T47 failed twice.",
])
def test_id_shapes_without_context_stay(text: str) -> None:
    assert _ids(text) == []


def test_a_card_number_is_no_id() -> None:
    assert not IdNumberRecognizer().check("4111111111111111")  # Luhn-valid 16 digits: the card recognizer's
    assert IdNumberRecognizer().check("3174012501900001") is None
