"""Round eleven (P3): spans that are no personal data (``_over11``): a table row read as one address, letter-spaced
and OCR-misread labels, Russian document words, job titles read as names. Values written here, with near misses."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._over11 import not_personal


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _np(text: str, value: str, entity: str = "PERSON") -> bool:
    i = text.index(value)
    return not_personal(text, i, i + len(value), entity)


def test_a_table_row_is_no_address() -> None:
    text = "编号,标题,提交人,状态\nQ-7701,发票未开,赵一鸣,处理中\n"
    assert _np(text, "Q-7701,发票未开,赵一鸣", "ADDRESS")
    one_cell = 'Name,Address\nDilnoza,"12 Navoi St, Tashkent"\n'
    assert not _np(one_cell, "12 Navoi St, Tashkent", "ADDRESS")  # an address inside one (quoted) cell stays
    prose = "Send it to 12 Navoi St, Yunusabad, Tashkent please\n"
    assert not _np(prose, "12 Navoi St, Yunusabad, Tashkent", "ADDRESS")  # no table: commas of an address


def test_spaced_and_ocr_labels() -> None:
    assert _np("A D D R E S S :  1 Elm Rd", "A D D R E S S", "ORGANIZATION")
    assert _np("Scan p.3 — Emai1: x@y.z", "Emai1", "LOCATION")
    assert not _np("J o h n  S m i t h", "J o h n  S m i t h")  # spaced letters of a name, no label word
    assert not _np("Room B12: booked", "B12", "LOCATION")  # no label word under the digits


def test_russian_document_words() -> None:
    assert _np("Утверждено: директор", "Утверждено")
    assert _np("Подписано\nИ. Петров", "Подписано")
    assert not _np("Виктория: перезвоню", "Виктория")  # a name before a colon


def test_job_titles() -> None:
    assert _np("occupation: KYC Analyst)", "KYC Analyst")
    assert _np("Payroll Officer, period 11/2026", "Payroll Officer")
    assert not _np("ask Grace Officer", "Grace Officer")  # a given name before the role
    assert not _np("Zarina Analyst", "Zarina Analyst")


def test_through_the_pipeline(privacy: Privacy) -> None:
    sent = _sent(privacy, "工单号,标题,处理人,状态\nT-3301,发票未收到,赵一鸣,处理中\nT-3302,修改配送时间,钱小红,已关闭")
    assert "发票未收到" in sent and "修改配送时间" in sent and "赵一鸣" not in sent and "钱小红" not in sent
    sent = _sent(privacy, "Утверждено: Е.В. Рожкова")
    assert sent.startswith("Утверждено:") and "Рожкова" not in sent


def test_sql_rows_are_no_address() -> None:
    text = "INSERT INTO t (id, full_name, city) VALUES (1, 'Ana Lima', 'Porto'), (2, 'Bo Li', 'Oslo');"
    assert _np(text, "(1, 'Ana Lima', 'Porto'), (2, 'Bo Li', 'Oslo')", "ADDRESS")
    assert not _np("Ship to (1) 12 Elm Rd, (2) Leeds", "12 Elm Rd, (2) Leeds", "ADDRESS")  # no VALUES


def test_an_address_inside_a_quoted_cell_stays() -> None:
    text = 'Key,Summary,Status\nOPS-1,"Change address to 4 Navoi St, Yunusabad, Tashkent",Open\n'
    assert not _np(text, "4 Navoi St, Yunusabad, Tashkent", "ADDRESS")


def test_two_values_of_one_sql_row_are_no_address() -> None:
    text = "INSERT INTO c (id, full_name) VALUES (9911, 'Rustam Yoldoshev');"
    assert _np(text, "9911, 'Rustam Yoldoshev", "ADDRESS")
    assert not _np("INSERT INTO c (addr) VALUES ('12 Navoi St, Tashkent');", "12 Navoi St, Tashkent", "ADDRESS")


def test_chinese_field_values_and_handles_stay_names() -> None:
    for text, value in [("送货单\n收货人：白一\n电话", "白一"), ("客服回复：陈一您好", "陈一"), ('{"name":"马行","id":1}', "马行"),
                        ("今天马行来了", "马行")]:
        assert not _np(text, value), value
    assert _np("车险续保提醒：请尽快办理。", "车险续保")
    assert not _np("posted by Alojz_6791614340 today", "Alojz_6791614340")  # a handle, no code
    assert _np("ticket T-3301, open", "T-3301")


def test_prose_lines_with_as_many_commas_are_no_table() -> None:
    text = "I am writing for my father, Sardor, who has moved to\nRm 16, 13/F, Mei Foo Sun Chuen\nKowloon"
    assert not _np(text, "16, 13/F, Mei Foo Sun Chuen", "ADDRESS")
