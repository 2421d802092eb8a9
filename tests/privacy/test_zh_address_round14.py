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


@pytest.mark.parametrize("text, value", [
    ("新地址：马来西亚槟城浮罗山背甘榜峇鲁路 No. 12", "马来西亚槟城浮罗山背甘榜峇鲁路 No. 12"),  # the place names before the street
    ("住在吉隆坡秋杰路门牌28号", "吉隆坡秋杰路门牌28号"),  # a house plate
    ("柔佛州居銮市 Jalan Mersing 门牌 45 号", "柔佛州居銮市 Jalan Mersing 门牌 45 号"),  # a street in Malay
    ("沙巴州斗湖市 Jalan Kuhara 12号店屋", "沙巴州斗湖市 Jalan Kuhara 12号店屋"),
    ("No. 8, Lorong Mawar 2, 甘文丁, 14000 大山脚, 槟城", "No. 8, Lorong Mawar 2, 甘文丁, 14000 大山脚, 槟城"),  # parts
    ("Lot 1234, 甘榜巴西, 16800 巴西富地, 吉兰丹", "Lot 1234, 甘榜巴西, 16800 巴西富地, 吉兰丹"),
    ("发到内蒙古通辽市科尔沁左翼中旗保康镇一委三组", "保康镇一委三组"),
    ("住址: 云南省西双版纳傣族自治州勐海县勐混镇曼蚌村民小组 15 号", "曼蚌村民小组 15 号"),
])
def test_malaysian_and_village_runs(text: str, value: str) -> None:
    assert any(value in run for run in _runs(text)), _runs(text)


@pytest.mark.parametrize("text, run", [
    ("明天下午中山路12号见", "中山路12号"),  # time words stay out
    ("李义琳说老房子黑龙江省集贤县育才大道10号已经空了", "黑龙江省集贤县育才大道10号"),  # a label stays out
    ("会议邀请：季度复盘，地点浑南区新华中街624号，组织者", "浑南区新华中街624号"),
    ("户籍地南岳区人民大街69号，联系电话", "南岳区人民大街69号"),
])
def test_runs_start_at_the_place_not_at_the_words_before(text: str, run: str) -> None:
    assert _runs(text) == [run]


@pytest.mark.parametrize("text", [
    "请到三楼二号窗口办理",  # a counter, not a house
    "本次会议在3号会议室",
    "姓名,电话\n3, 100000 人民币, 你好",  # a postcode-like amount, no house part
])
def test_counters_and_amounts_are_no_runs(text: str) -> None:
    assert _runs(text) == []


@pytest.mark.parametrize("text, value", [
    ("GD20260311,张三,13800138000,芗城区金桥街46号院8号楼1门378,楼道灯不亮", "芗城区金桥街46号院8号楼1门378"),  # room before a comma
    ("單位：新界青山公路元朗段115號地下4號舖", "青山公路元朗段115號地下4號舖"),  # a named section (段)
    ("您的包裹已存入香港島中西干諾道中60號地下3號舖樓下", "干諾道中60號地下3號舖"),  # a direction after 道
    ("快递员已到九龍大埔道140號華富邨C座15樓1室楼下", "大埔道140號華富邨C座15樓1室"),  # an estate (邨)
])
def test_hong_kong_runs(text: str, value: str) -> None:
    assert any(value in run for run in _runs(text)), _runs(text)
