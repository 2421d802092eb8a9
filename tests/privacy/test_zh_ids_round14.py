"""Round fourteen (PZA): ids in Chinese text by their structure and the label before them (``_rec_zh_ids14``).
Values and wording are written here (no split's); each shape comes with near misses that keep their numbers."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_zh_ids14 import ZhStructuredIdRecognizer14, mykad_ok

from .conftest import assert_found


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in ZhStructuredIdRecognizer14().analyze(text, None)]


@pytest.mark.parametrize("text, value", [
    ("统一社会信用代码93430212FERJ9752U2，联系人手机见下", "93430212FERJ9752U2"),  # check character wrong
    ("營業執照統一編號：91110108MA01A2B3C4", "91110108MA01A2B3C4"),
    ("纳税人识别号：91310115MA1H7AB12X", "91310115MA1H7AB12X"),
    ("工商注册号 310115000123456（旧版）", "310115000123456"),
    ("证件号码：XG 217886 (2)", "XG 217886 (2)"),
    ("身份證 Y 654321 (7)，請核對", "Y 654321 (7)"),
    ("大马身份证号码 880412085123，马来西亚籍", "880412085123"),
    ("统一社会信用代码：９１３５０１００Ｍ０００１００Ｙ４３", "９１３５０１００Ｍ０００１００Ｙ４３"),  # full width
])
def test_structured_ids_after_their_label(privacy: Privacy, text: str, value: str) -> None:
    assert value in _found(text)
    red = privacy.redact(text, privacy.new_vault())
    assert value not in red.text, red.text


@pytest.mark.parametrize("text", [
    "订单号 310115000123456 已发货",  # no organisation label
    "统一社会信用代码见附件，订单号 91350100M000100Y43",  # a business word between label and number
    "身份证复印件已收到，手机 880412085123",  # the phone word claims it
    "会员编号 880412085123",  # no document word
    "身份证号 881312085123",  # month 13: no MyKad
    "身份证号 880412005123",  # place code 00: no MyKad
    "库存 AB 123456 (3) 件",  # no document word and no valid check
])
def test_near_misses_keep_their_numbers(text: str) -> None:
    assert _found(text) == []


def test_mykad_structure() -> None:
    assert mykad_ok("900101145678")
    assert not mykad_ok("901301145678")  # month 13
    assert not mykad_ok("900101705678")  # 70 is no place-of-birth code


def test_hk_card_with_spaces_found_as_an_id(privacy: Privacy) -> None:
    assert_found(privacy, "訪客登記 證件號碼：XA 197507 (A) 入境", "ID_NUMBER", "XA 197507 (A)")
