"""Round eleven (P4): spaced Chinese addresses, local landlines after compound labels, labelled resident ids.

Sentences and values written here (no split's row); near misses beside each rule.
"""

from __future__ import annotations

import pytest

from workbench.privacy._rec_zh11 import CnStructured11Recognizer


def _found(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start:r.end]) for r in CnStructured11Recognizer().analyze(text, None)]


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(("text", "part"), [
    ("杭州市西湖区文三路 478 号华星时代广场 A 座 8 楼", "文三路 478 号"),
    ("Ship to 王小明, 江苏省南京市鼓楼区中山北路 30 号 2 栋 1 单元 502 室, tel 025-8331 2345", "中山北路 30 号"),
    ("寄到 成都市武侯区人民南路四段 12 号", "人民南路四段 12 号"),
])
def test_spaced_address(privacy, text: str, part: str) -> None:
    assert any(kind == "ADDRESS" and part in value for kind, value in _found(text))
    assert part not in _sent(privacy, text)


@pytest.mark.parametrize(("text", "number"), [
    ("联系电话：88886666", "88886666"),
    ("办公电话 6275 1234，周一到周五", "6275 1234"),
    ("传真号码：8331-2345", "8331-2345"),
    ("区号0571，电话88886666", "88886666"),
])
def test_local_landline_after_label(privacy, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in _found(text)
    assert number not in _sent(privacy, text)


def test_spaced_address_starts_after_the_verb() -> None:
    found = [value for kind, value in _found("请寄到山西省 太原市 小店区 坞城路 92 号，谢谢") if kind == "ADDRESS"]
    assert found and all(not v.startswith(("请", "寄", "到")) for v in found)


def test_labelled_resident_id_with_a_wrong_check() -> None:
    assert ("CN_RESIDENT_ID", "440304198506151232") in _found("身份证号码：440304198506151232，电话 0755-86001234")


@pytest.mark.parametrize("text", [
    "第 3 号文件已归档",  # no road word
    "问题：路由器型号 AX3000 在 5 号楼信号差",  # 路由器 is a router, and no number before 号 after it
    "订单号：88886666，金额 120 元",  # an order number, no phone label
    "电话会议定在 2025 年 3 月",  # a phone word, then a year
    "身份证号码：20250312000001",  # under the label, but no id's shape
    "工单号,状态,优先级\nTK-2025031200045,处理中,高",
])
def test_near_misses(text: str) -> None:
    assert _found(text) == []
