"""Round nine: Chinese structured values in new writers' forms, address spans, surname guesses (issue 15).

* mobiles after a bare 86, in 4-4-3 or dotted groups, with ideographic spaces between full-width digits;
* 身份证 in 6-8-4 groups (MOD 11-2 decides) and 15-digit cards after an ID label; extensions 分机号;
* QQ numbers and 微信 ids after their label, in a table's column under their header, and any wxid_;
* the words before a telling/moving verb or a place label are no part of an address, and a move splits two;
* surname-and-boundary guesses that jieba reads as everyday words (终稿, 丰巢柜, 龙|组织, 车|停) are no names;
* licence plates stay (a seen split writes them as context).

Every value was written for this file (ID numbers made checksum-valid here), not copied from an evaluation split."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize("text, value", [
    ("手机：86-15923408871，到了打我", "86-15923408871"),
    ("联系电话 (86)139 0211 4576", "(86)139 0211 4576"),
    ("手机号 1592 3408 871 谢谢", "1592 3408 871"),
    ("电话：159.2340.8871", "159.2340.8871"),
    ("手机号 １５９　２３４０　８８７１", "１５９　２３４０　８８７１"),
])
def test_mobiles_in_new_forms(privacy, text, value):
    red = privacy.redact(text, privacy.new_vault())
    assert not any(g in red.text for g in ("2340", "8871", "0211", "4576", "２３４０")), red.text
    assert any(e.type in ("CN_MOBILE", "PHONE_NUMBER") for e in red.entities), red.entities
    assert value[-3:] not in red.text


def test_landline_extension_word(privacy):
    red = privacy.redact("办公电话 0755-26781234分机号3021，工作日", privacy.new_vault())
    assert "3021" not in red.text and "26781234" not in red.text, red.text


@pytest.mark.parametrize("text, value", [
    ("身份证号：330106 19880512 231X", "330106 19880512 231X"),  # 18 digits in groups, check X (MOD 11-2)
    ("身份证：110101750318123，请核对", "110101750318123"),  # a 15-digit card of before 1999
    ("证件号码 440305 20010227 2813", "440305 20010227 2813"),
])
def test_resident_ids_in_groups_and_old_cards(privacy, text, value):
    assert_found(privacy, text, "CN_RESIDENT_ID", value)


def test_grouped_id_needs_its_check_digit(privacy):
    assert_not_found(privacy, "订单 330106 19880512 2315 已发货", "CN_RESIDENT_ID")  # the check character is X


def test_fifteen_digits_without_a_label_are_no_id(privacy):
    assert_not_found(privacy, "运单号110101750318123已签收", "CN_RESIDENT_ID")


@pytest.mark.parametrize("text, value", [
    ("有问题加我QQ：83920175", "83920175"),
    ("扣扣号 2076341598，晚上在线", "2076341598"),
    ("加我vx zhou_mingyu88 发你资料", "zhou_mingyu88"),
    ("微信号是kx7ranlu，备注公司名", "kx7ranlu"),
    ("对方的 wxid_r8t2m4q9x0p5 已经通过", "wxid_r8t2m4q9x0p5"),
])
def test_qq_and_wechat_after_their_label(privacy, text, value):
    assert_found(privacy, text, "ID_NUMBER", value)


def test_table_column_under_its_header(privacy):
    text = "姓名\tQQ\t微信\t身份证号\n周敏\t58302917\tmin_zhou21\t110101750318123\n"
    red = privacy.redact(text, privacy.new_vault())
    for value in ("58302917", "min_zhou21", "110101750318123"):
        assert value not in red.text, red.text


def test_wechat_label_before_an_english_word_is_prose(privacy):
    assert_not_found(privacy, "有事微信 contact 我就行", "ID_NUMBER")


def test_licence_plates_stay(privacy):
    red = privacy.redact("访客登记：车牌京B·F7730，停在地下二层", privacy.new_vault())
    assert "京B·F7730" in red.text, red.text


@pytest.mark.parametrize("text, kept", [
    ("郑敏说老房子保定市莲池区裕华路58号3单元402室已经卖了", "老房子"),
    ("我们分公司搬到了嘉兴市南湖区中环南路1205号，电话不变", "搬到了"),
    ("会议地点苏州市姑苏区干将西路88号5楼，请准时", "地点"),
])
def test_words_before_an_address_are_kept(privacy, text, kept):
    red = privacy.redact(text, privacy.new_vault())
    assert kept in red.text, red.text
    assert "58号" not in red.text and "1205号" not in red.text and "88号" not in red.text, red.text


def test_a_move_splits_two_addresses(privacy):
    red = privacy.redact("报价：从徐州市鼓楼区中山北路12号3栋501搬到徐州市泉山区湖滨路66号2栋1202，两名工人", privacy.new_vault())
    assert "搬到" in red.text and "中山北路" not in red.text and "湖滨路" not in red.text, red.text


def test_a_place_starting_with_a_cue_character_stays_whole(privacy):
    red = privacy.redact("地址：广州市从化区江埔街道河滨北路63号", privacy.new_vault())
    assert "从" not in red.text and "63号" not in red.text, red.text


@pytest.mark.parametrize("text, word", [
    ("赵磊：合同终稿见附件，今天下班前确认", "终稿"),
    ("已经放到和平路12号的丰巢柜了。", "丰巢柜"),
    ("感谢孙向龙组织这次义卖活动", "组织"),
    ("刘洋来电说车停在楼下了", "车停"),
])
def test_everyday_words_are_no_surname_guesses(privacy, text, word):
    red = privacy.redact(text, privacy.new_vault())
    assert word in red.text, red.text


@pytest.mark.parametrize("text, name", [
    ("已转给申岩石，他说下午回复。", "申岩石"),
    ("寄件人 符沼，电话见附件", "符沼"),
])
def test_cued_rare_names_stay_found(privacy, text, name):
    red = privacy.redact(text, privacy.new_vault())
    assert name not in red.text, red.text
