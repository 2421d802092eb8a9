"""Round eleven, second pass (P6): national id shapes with their own structure, list rows, phone extensions.

Values written here for these tests (no split's row): Zimbabwe's check letter computed by the public scheme
(digits mod 23 over the alphabet without I, O, U), Rwandan / Tanzanian / Ugandan numbers built from their
published layouts. Each rule has benign near misses beside it.
"""

from __future__ import annotations

import pytest

from workbench.privacy._rec_ids11 import NationalShapeIdRecognizer11, list_row_cells, zimbabwe_id_ok


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in NationalShapeIdRecognizer11().analyze(text, None)]


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize("value", ["63-111111 H 42", "63111111H42", "08-2000000 J 13", "12 3456789 L 07"])
def test_zimbabwe_check_letter(value: str) -> None:
    assert zimbabwe_id_ok(value)


@pytest.mark.parametrize("value", ["63-111111 S 42", "63111111A42", "12 3456789 K 07"])
def test_zimbabwe_wrong_letter(value: str) -> None:
    assert not zimbabwe_id_ok(value)
    assert _found(f"ID: {value}") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Holder's card: 63-111111 H 42, issued at Mutare.", "63-111111 H 42"),
    ("Her number 1 1988 8 0012345 0 77 is on the form.", "1 1988 8 0012345 0 77"),
    ("registered as 1198870012345077 last year", "1198870012345077"),
    ("NIDA 19910204-33121-00045-27 confirmed", "19910204-33121-00045-27"),
    ("verified 19910204331210004527 today", "19910204331210004527"),
    ("NIN CF02045511AB9K on the card", "CF02045511AB9K"),
])
def test_national_shapes(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize("text", [
    "Invoice 19913204331210004527 was paid.",  # month 32: not a date of birth
    "Order 4198870012345077 shipped",  # opens with 4, not 1-3
    "Part CX02045511ABCD in stock",  # not C + M / F
    "Batch 63-111111 HH 42 done",
])
def test_national_shape_near_misses(text: str) -> None:
    assert _found(text) == []


def test_list_row_cells() -> None:
    text = "Payout list:\n1. Sok Dara - 170001234 - 012 345 678\n2. Chan Lina - P0012345 - 097.111.222"
    got = [text[s:e] for s, e in list_row_cells(text)]
    assert got == ["170001234", "012 345 678", "P0012345", "097.111.222"]


@pytest.mark.parametrize("text", [
    "Route - 1234567 - 7654321",  # one-word first cell
    "Q3 results - 1,250,000 - 1,300,000",
    "Team offsite - 2026-01-05 - 2026-01-07",
    "Sok Dara - 170001234 - paid",  # one number cell
])
def test_list_row_near_misses(text: str) -> None:
    assert list_row_cells(text) == []


def test_pipeline_ids_and_phones(privacy) -> None:
    sent = _sent(privacy, "Roster:\n1. Sok Dara - 170001234 - 012 345 678\nCall (255) 712345678, line 3 today.")
    for value in ("170001234", "012 345 678", "712345678", "line 3"):
        assert value not in sent
    assert "line 2 at the counter" in _sent(privacy, "Please wait in line 2 at the counter.")


def test_pipeline_lenticular_area_code(privacy) -> None:
    sent = _sent(privacy, "请回电【0459】80182545，谢谢。")
    assert "0459" not in sent and "80182545" not in sent


def test_list_row_phone_cell_with_country_code() -> None:
    text = "3. Sok Dara - P0012345 - +855 12 345 678"
    assert [text[s:e] for s, e in list_row_cells(text)] == ["P0012345", "+855 12 345 678"]
    assert list_row_cells("Route - 1234567 - +7654321") == []


def test_msisdn_column(privacy) -> None:
    sent = _sent(privacy, "client_ref\tholder\tmsisdn\tcard_no\n40017\tSok Dara\t012.345.678\tA1234\n"
                          "40018\tChan Lina\t097.111.222\tB5678")
    assert "097.111.222" not in sent and "012.345.678" not in sent
    assert "client_ref\tholder\tmsisdn\tcard_no" in sent


def test_national_shape_in_a_csv_cell() -> None:
    assert _found("Applicant,ID,Phone\nGrace Achieng,CF02045511AB9K,0772 514 339") == ["CF02045511AB9K"]
    assert _found("paid 19910204331210004527.50 in total") == []
