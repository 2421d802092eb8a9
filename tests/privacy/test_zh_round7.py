"""Round seven: Chinese addresses as chains of parts, and Japanese names by their shape (issue 15).

* an address is read as a chain of parts (administrative units, villages, streets, house numbers, buildings, units,
  rooms, estates, regions, postcodes) glued, spaced or comma-separated, in any order and with levels left out
  (``_rec_zh_places.address_chains``, called by ``CnAddressRecognizer``);
* a Japanese name is a surname of Japanese surname characters and a given name in kana, or two kanji ending in a
  Japanese given name's last character (``_rec_zh_names.japanese_shape``; ``data/ja_name_chars.txt``).

Every value was written for this file, not copied from an evaluation split or a fuzzer draw."""

import pytest

from workbench.privacy._rec_zh_places import address_chains

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, address",
    [
        ("收货地址：湖南省 益阳市 赫山区 龙岭镇 桃花仑西路 238号 5栋1单元602室", "湖南省 益阳市 赫山区 龙岭镇 桃花仑西路 238号 5栋1单元602室"),
        ("地址：四川省，绵阳市，涪城区，临园路东段52号", "四川省，绵阳市，涪城区，临园路东段52号"),  # commas between the levels
        ("请寄到内蒙古自治区 呼伦贝尔市 鄂温克族自治旗 巴彦托海镇 团结嘎查 17号", "内蒙古自治区 呼伦贝尔市 鄂温克族自治旗 巴彦托海镇 团结嘎查 17号"),
        ("住址=甘肃省临夏回族自治州广河县三甲集镇红星村4组33号", "甘肃省临夏回族自治州广河县三甲集镇红星村4组33号"),
        ("快递送到滨湖区，蠡园街道，青祁社区，青祁路18号", "滨湖区，蠡园街道，青祁社区，青祁路18号"),  # no city: a partial address
        ("新的地址是长安街道锦绣路128号枫林雅苑", "长安街道锦绣路128号枫林雅苑"),  # an estate after the number, nothing after it
        ("通讯地址：高新区创业大道99号软件产业园C座1208", "高新区创业大道99号软件产业园C座1208"),
        ("Please ship it to 江苏省 常州市 武进区 湖塘镇 花园街 66号 by Monday.", "江苏省 常州市 武进区 湖塘镇 花园街 66号"),
        ("Her new office: 南京市鼓楼区汉中路 207号 金鹰国际 21层, near the metro.", "南京市鼓楼区汉中路 207号 金鹰国际 21层"),
    ],
)
def test_mainland_address_chains(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text, address",
    [
        ("寄件地址：新竹縣 竹東鎮 中興路二段 45巷7號3樓", "新竹縣 竹東鎮 中興路二段 45巷7號3樓"),  # traditional, spaced
        ("地址：302 新竹縣竹北市 光明里12鄰 博愛街 88號", "302 新竹縣竹北市 光明里12鄰 博愛街 88號"),  # 里/鄰, a postcode first
        ("請寄到 宜蘭縣 羅東鎮 公正路 120巷3弄9號", "宜蘭縣 羅東鎮 公正路 120巷3弄9號"),
        ("收件：澳門 氹仔 柯維納馬路 257號 海洋花園 8樓C座", "澳門 氹仔 柯維納馬路 257號 海洋花園 8樓C座"),  # Macau
        ("送貨地址：香港 九龍 觀塘道 418號 創紀之城 15樓", "香港 九龍 觀塘道 418號 創紀之城 15樓"),  # Hong Kong, spaced
    ],
)
def test_taiwan_hong_kong_macau_chains(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text",
    [
        "我知道3号楼在哪里，等会儿带你去。",  # 知道 is no street
        "会议定在3月5号在北京市举行。",  # a date's 号, then a city after a verb: no chain
        "这条路3号楼前面在修地铁。",  # a demonstrative is no street name
        "一路走到5号楼就到了。",
        "全市有12号线和3号线两条地铁经过。",
        "第3季度华东区销售额增长了15%。",
    ],
)
def test_everyday_words_with_numbers_are_no_address(privacy, text):
    assert_not_found(privacy, text, "ADDRESS")


def test_a_field_label_after_a_comma_ends_the_address():
    text = "请寄到安徽省合肥市蜀山区长江西路88号，收件人周中心，谢谢"
    assert [text[a:b] for a, b in address_chains(text)] == ["安徽省合肥市蜀山区长江西路88号"]


def test_a_verb_before_the_first_part_stays_out():
    text = "公司搬到了杭州市滨江区网商路699号"
    assert [text[a:b] for a, b in address_chains(text)] == ["杭州市滨江区网商路699号"]


def test_a_unit_after_a_room_number_is_no_surname(privacy):
    # 房 is a surname; after a room's number it is the room (1506房), and 取件 is no given name
    red = privacy.redact("麻烦上门到光明路15号1506房取件。", privacy.new_vault())
    assert "PERSON" not in red.counts and red.text.endswith("取件。")


@pytest.mark.parametrize(
    "text, name",
    [
        ("参会人员：比嘉みゆき、王强", "比嘉みゆき"),  # a kana given name after a surname outside the list
        ("请转告志村あおい，明天上午开会。", "志村あおい"),
        ("负责人是宍戸ユウタ。", "宍戸ユウタ"),
        ("本次的翻译由寺岡順子负责。", "寺岡順子"),  # kanji given name ending in 子
        ("请联系羽鳥千代，她在大阪分公司。", "羽鳥千代"),
    ],
)
def test_japanese_names_by_shape(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text",
    [
        "中山大学的图书馆很大。",  # a dictionary word
        "小川流过村庄，田野一片金黄。",
        "我们在山下吃了午饭。",
        "大野外的活动取消了。",
        "松本市的樱花开了。",
        "一杯清水会因一滴污水而变污浊。",  # a conjunction inside (水会|因一): no Japanese surname and given name
    ],
)
def test_japanese_shape_leaves_everyday_words(privacy, text):
    assert_not_found(privacy, text, "PERSON")


def test_a_conjunction_before_a_chinese_name_is_no_japanese_surname(privacy):
    # 和 and 杜 are both Japanese surname characters and 香 ends Japanese given names: still 和 + 杜秋菊
    red = privacy.redact("昨天和杜秋菊沟通过了。", privacy.new_vault())
    assert red.text.startswith("昨天和<PERSON_1>"), red.text


@pytest.mark.parametrize(
    "text, chain",
    [
        ("场地：杭州市上城区延安路35号300人的会议厅", "杭州市上城区延安路35号"),  # three digits inside: a count, no postcode
        ("请寄：香港 新界 沙田 大涌橋路 20號 12樓", "香港 新界 沙田 大涌橋路 20號 12樓"),  # a district after the region
    ],
)
def test_chain_edges(text, chain):
    assert [text[a:b] for a, b in address_chains(text)] == [chain]


@pytest.mark.parametrize(
    "text, name",
    [
        ("出险地点：本溪市明山区新华街32号2单元", "本溪市明山区新华街32号2单元"),  # 本 starts a city's name (本溪)
    ],
)
def test_city_names_that_start_like_a_demonstrative(privacy, text, name):
    assert_found(privacy, text, "ADDRESS", name)


def test_a_common_verb_is_no_given_name_unless_the_name_ends_there(privacy):
    red = privacy.redact("郜负责这个项目的验收。", privacy.new_vault())
    assert "负责这个项目" in red.text, red.text
    red = privacy.redact("寄件人 禤不可，明天寄出", privacy.new_vault())
    assert "不可" not in red.text, red.text  # a given name that is a verb, before a break
