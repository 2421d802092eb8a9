"""Chinese names without cue words, cities jieba does not tag, landlines, and ordinary text left alone.

Every value was written for this file, not copied from the evaluation."""

import pytest

from workbench.privacy._rec_zh_places import city_names, city_start

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, name",
    [
        ("报销单由蒋雨桐提交，请尽快审批。", "蒋雨桐"),
        ("欢迎邵一鸣下周来参观工厂。", "邵一鸣"),
        ("昨天和侯晓琳沟通过，她同意了。", "侯晓琳"),
        ("工单由甘超提交。", "甘超"),  # a one-character given name that is also a verb
        ("客户宁子涵反映物流太慢。", "宁子涵"),
        ("昨天和施静怡确认了合同。", "施静怡"),  # jieba glues 和 to the surname
    ],
)
def test_names_without_cue_words(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text, place",
    [
        ("请联系新竹分公司的负责人。", "新竹"),  # GeoNames' Chinese name, no 市
        ("下周去嘉義开会。", "嘉義"),
        ("客户反映鳳山门店的退款还没到账。", "鳳山"),
        ("我们在太原的仓库下周盘点。", "太原"),
        ("请联系峰岭分公司的负责人。", "峰岭"),  # no gazetteer: the place slot before 分公司
    ],
)
def test_cities_and_districts(privacy, text, place):
    assert_found(privacy, text, "LOCATION", place)


@pytest.mark.parametrize("value", ["(010) 6552 9988", "0755-8888-1234", "021-5436 7789", "（0571）8765-4321"])
def test_landlines_with_area_codes(privacy, value):
    assert_found(privacy, f"前台座机 {value}，工作日可打。", "PHONE_NUMBER", value)


@pytest.mark.parametrize(
    "text",
    [
        "这个季度的石油价格和黄金价格都在上涨。",
        "请把报价单发给财务部，周末前确认。",
        "我们的方案金额度很高，马上安排。",
        "会议纪要已经上传到共享文件夹。",
        "钱款已经到账，请查收。",
        "项目进度比计划晚了一周，需要加派人手。",
        "余额不足，请及时充值。",
        "司机已经出发，预计下午到达。",
        "我们和供应商重新谈了价格，节省了百分之八。",
        "华南区的销售额同比增长了百分之十二。",
    ],
)
def test_ordinary_chinese_is_left_alone(privacy, text):
    assert_not_found(privacy, text)


@pytest.mark.parametrize("text, city", [("客户王芳反映合肥市门店", "合肥市"), ("请联系沈阳市分公司", "沈阳市"),
                                        ("下周去秀芳县出差", "秀芳县")])
def test_city_start_stops_at_a_word_boundary(text, city):
    # for _rec_places' 市/县 rule, which took "反映合肥市" and "联系沈阳市" (over-redaction)
    end = text.index(city) + len(city)
    assert text[city_start(text, max(0, end - 5), end) : end] == city


def test_geonames_chinese_names_are_loaded():
    names = city_names()
    assert {"台中", "太原", "新竹"} <= names
    assert len(names) > 10000


@pytest.mark.parametrize("text, verb, city", [("客户反映合肥市门店排队太久", "反映", "合肥市"),
                                              ("请联系沈阳市分公司的同事", "联系", "沈阳市")])
def test_the_city_rule_leaves_the_verb_before_the_city_alone(privacy, text, verb, city):
    red = privacy.redact(text, privacy.new_vault())
    assert verb in red.text and city not in red.text
