"""Round three, second pass: Chinese street lines, 百家姓 surnames, landlines with 转 extensions.

Every value was written for this file, not copied from the evaluation."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, address",
    [
        ("快递送到北京市东城区钱粮胡同18号。", "北京市东城区钱粮胡同18号"),
        ("地址：朝阳区呼家楼西三条7号", "朝阳区呼家楼西三条7号"),  # 条 with a numeral
        ("寄到辽宁省大连市甘井子区红旗街道215号", "辽宁省大连市甘井子区红旗街道215号"),  # 街道, not an admin unit here
        ("新地址是广州市越秀区中山路二条66号", "广州市越秀区中山路二条66号"),  # a street, then its 条
        ("我们搬到了上海市静安区江宁路1188弄5号楼3单元802室", "上海市静安区江宁路1188弄5号楼3单元802室"),
        ("收货地址：浙江省湖州市德清县武康街道上柏村3组21号", "浙江省湖州市德清县武康街道上柏村3组21号"),
        ("样品寄到翠湖小区12号楼请签收", "翠湖小区12号楼"),  # no administrative unit before it
        ("麻烦送到东四十二条305号", "东四十二条305号"),
        ("老地方：炼油厂南街47号", "炼油厂南街47号"),
    ],
)
def test_street_lines(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text",
    [
        "合同第5条第3款写得很清楚。",
        "这个方案的第3条需要修改，请在12号之前回复。",
        "华东区的销量比去年增长了8%。",
    ],
)
def test_clauses_and_dates_are_no_street_lines(privacy, text):
    assert_not_found(privacy, text, "ADDRESS")


@pytest.mark.parametrize(
    "text, name",
    [
        ("宓晓岚，你好！周五的培训取消了。", "宓晓岚"),  # a rare 百家姓 surname, no cue word
        ("报告由酆子谦负责。", "酆子谦"),
        ("请联系宇文柏舟确认发票。", "宇文柏舟"),  # a compound surname
        ("Please ask 淳于佳宁 for the slides.", "淳于佳宁"),  # a compound surname in English text
        ("收件人：拓跋一鸣", "拓跋一鸣"),
        ("这份合同是桓思远的。", "桓思远"),  # between 是 and 的
        ("收件人越安琪，电话见附件。", "越安琪"),  # a surname that is also a word: after a cue
        ("晏秋实在上海负责招聘。", "晏秋实"),  # jieba cuts the given name in half
        ("请转告东先生，会议改期。", "东"),  # a surname that is also a word, before an honorific
    ],
)
def test_rare_and_compound_surnames(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text",
    [
        "后天见，记得带合同。",
        "这是红色的版本，那是蓝色的。",
        "钱款已到账，请查收。",
        "有问题请随时联系我们。",
        "年底前完成结算。",
        "东西已经寄出去了。",
    ],
)
def test_surname_characters_in_ordinary_words_stay(privacy, text):
    assert_not_found(privacy, text, "PERSON")


@pytest.mark.parametrize(
    "text, phone",
    [
        ("总机0571-86543210转8021，找财务。", "0571-86543210转8021"),
        ("请拨打(0851)5566778转12", "(0851)5566778转12"),
        ("座机：0335-7781234 转 306", "0335-7781234 转 306"),
        ("電話02-27001234轉15", "02-27001234轉15"),
    ],
)
def test_landlines_with_extensions(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)
