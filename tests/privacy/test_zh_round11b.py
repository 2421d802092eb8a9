"""Round eleven, second pass (P8): Chinese estate addresses with no house number, compound surnames before an
honorific, chat speakers after an app tag (``_rec_zh11``). Sentences and values written here; near misses beside
each rule."""

from __future__ import annotations

import pytest

from workbench.privacy._rec_zh11 import CnStructured11Recognizer


def _found(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start:r.end]) for r in CnStructured11Recognizer().analyze(text, None)]


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(("text", "part"), [
    ("请把样品寄到苏州市吴中区宝带路万科三期7栋2单元1503，谢谢。", "宝带路万科三期7栋2单元1503"),
    ("收货地址：南宁市青秀区民族大道绿城一期C座21楼", "民族大道绿城一期C座21楼"),
    ("维修地点 长沙市岳麓区桐梓坡路12号院3号楼2门401", "桐梓坡路12号院3号楼2门401"),
])
def test_estate_address(privacy, text: str, part: str) -> None:
    assert any(kind == "ADDRESS" and part in value for kind, value in _found(text))
    assert "单元1503" not in _sent(privacy, text) and "21楼" not in _sent(privacy, text)


@pytest.mark.parametrize("text", [
    "第一期工程的3号楼已经封顶。",            # a phase with no road before it
    "这条路二期规划还没公布。",               # no estate name, no unit
    "人民路改造一期完工了。",                 # a road and a phase but no unit after it
])
def test_estate_near_misses(text: str) -> None:
    assert not any(kind == "ADDRESS" for kind, _ in _found(text))


@pytest.mark.parametrize(("text", "who"), [
    ("欧阳老师，明天的家长会改到下午三点。", "欧阳"),
    ("司马经理您好，合同已经寄出。", "司马"),
])
def test_compound_surname_titled(privacy, text: str, who: str) -> None:
    assert ("PERSON", who) in _found(text)
    assert who not in _sent(privacy, text)


@pytest.mark.parametrize("text", ["东方总部今天开会。", "东方明珠很漂亮。", "上官网查一下。"])
def test_compound_surname_near_misses(text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _found(text))


def test_chat_speaker(privacy) -> None:
    text = "[QQ] 雨桐：明天几点到？\n[QQ] 我：九点\n【微信】思远：收到"
    found = _found(text)
    assert ("PERSON", "雨桐") in found and ("PERSON", "思远") in found
    assert ("PERSON", "我") not in found
    sent = _sent(privacy, text)
    assert "雨桐" not in sent and "思远" not in sent


@pytest.mark.parametrize("text", ["[微信] 客服：您好，请问有什么可以帮您？", "[通知] 明天：停电检修", "备注：放门口"])
def test_chat_speaker_near_misses(text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in _found(text))
