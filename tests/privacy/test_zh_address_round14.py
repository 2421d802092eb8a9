"""Round fourteen (PZA): Chinese addresses as runs of named and numbered units (``_rec_zh_address14``).
Addresses and wording are written here (no split's); each shape comes with near misses that stay as written."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_zh_address14 import address_runs


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _runs(text: str) -> list[str]:
    return [text[s:e] for s, e in address_runs(text)]


@pytest.mark.parametrize("text, value", [
    ("店在九龍城衙前圍道23號地下5號舖，欢迎光临", "衙前圍道23號地下5號舖"),  # the units after the house number
    ("客户住在芳城园一区15号楼3门402，周末送货", "15号楼3门402"),
    ("货到了第七师一二三团二连15号", "第七师一二三团二连15号"),  # a 兵团 address: numbers only
    ("他们搬到了兵团第八师一四三团花园镇6连", "兵团第八师一四三团花园镇6连"),
    ("住在二二四团六连12号", "二二四团六连12号"),
    ("广西 百色市 那坡县 百南乡 新桥村 12组 74号", "新桥村 12组 74号"),  # parts apart
    ("老家：黑龙江省五常市 拉林满族镇 红旗村 第三村民小组", "拉林满族镇 红旗村 第三村民小组"),
    ("麻烦寄去八打灵再也SS2/24路15号，收件人陈先生", "八打灵再也SS2/24路15号"),  # a street named in Latin letters
    ("我在蕉赖斯里百乐园第5路23号开了家店", "蕉赖斯里百乐园第5路23号"),  # a numbered street
    ("地址：47300 八打灵再也 SS2/24 路 15 号", "47300 八打灵再也 SS2/24 路 15 号"),
    ("请送往张江镇祖冲之路二百号", "祖冲之路二百号"),  # Chinese numerals
    ("寄到新桥村１２组７４号", "新桥村１２组７４号"),  # full-width digits
])
def test_address_runs_are_found_and_not_sent(privacy: Privacy, text: str, value: str) -> None:
    assert any(value in run for run in _runs(text)), _runs(text)
    red = privacy.redact(text, privacy.new_vault())
    assert not any(ch in red.text for ch in value if "\u4e00" <= ch <= "\u9fff" and ch not in text.replace(value, "")), red.text


@pytest.mark.parametrize("text", [
    "5月3号2楼见",  # a date
    "5排12号的座位",  # a seat: no address unit
    "请到3楼301室开会",  # a floor and a room alone
    "地铁2号线转3号线",
    "第3季度的第2周",
    "他得了三连冠",
    "共3组12人参加",
])
def test_near_misses_are_no_runs(text: str) -> None:
    assert _runs(text) == []
