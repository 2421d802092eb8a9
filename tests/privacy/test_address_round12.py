"""Round twelve (P2): addresses. Values written here (made up, not from any split); near misses beside them."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


# -- a bare floor that opens a word of place is no unit of an estate address (_rec_zh._FLOOR in _rec_zh11) ---------------------

@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("李四说他在海淀区学院路12号院5号楼2门311楼下等快递。", "楼下等快递", "311"),
    ("邻居住在光明路锦绣二期3栋402楼上，很吵。", "楼上", "402"),
])
def test_cn_place_word_after_a_room_stays(privacy: Privacy, text: str, kept: str, gone: str) -> None:
    sent = _sent(privacy, text)
    assert kept in sent and gone not in sent, sent


@pytest.mark.parametrize("text", [
    "快递请放到东风路金地一期B座12楼",
    "送到人民路锦绣二期3栋12楼前台",
])
def test_cn_floor_at_the_end_stays_in_the_address(privacy: Privacy, text: str) -> None:
    sent = _sent(privacy, text)
    assert "12" not in sent and "<ADDRESS_1>" in sent, sent
