"""Round seven, second pass (HELD-OUT-8, seen): Chinese-line families (issue 15).

* UnionPay cards with the six-digit BIN written apart (``621483 2750019387``) or in any other grouping, and card
  numbers after 工资卡/收款卡/尾号 labels;
* Korean names in hangul inside Chinese or English lines (``HangulNameRecognizer``, ``_rec_zh_names.hangul_names``);
* landline extensions written 内线/內線, and mainland landlines with +86 and no trunk 0;
* over-redaction: a sending verb or a date before 至/到 is no part of the address, floors (七楼) are no places, a
  preposition-surname before a time word (请于月底前) is no name.

Every value was written for this file (card numbers made Luhn-valid here), not copied from an evaluation split."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, card",
    [
        ("工资卡 621483 2750019387｜紧急联系人 王磊", "621483 2750019387"),  # 6 + 10
        ("银行卡号：622848 0012345678903　户名：李强", "622848 0012345678903"),  # 6 + 13
        ("款项将打入银行卡622848 0012345678903。", "622848 0012345678903"),  # glued to its label
        ("INFO 用户 u123 绑定银行卡 622202-1234567894 成功", "622202-1234567894"),  # dashed
    ],
)
def test_unionpay_bin_apart(privacy, text, card):
    assert_found(privacy, text, "CN_BANK_CARD", card)


def test_card_after_wage_card_label_no_luhn(privacy):
    # a wage account after 工资卡: no Luhn needed, six digits then the rest
    assert_found(privacy, "工资卡：955880 1234567890123，请核对", "CN_BANK_CARD", "955880 1234567890123")


@pytest.mark.parametrize(
    "text, name",
    [
        ("紧急联系人 박지훈 13822223333", "박지훈"),
        ("收件人：최민호\n电话：13911112222", "최민호"),
        ("【提醒】한서윤您好，您的订单已发货。", "한서윤"),
        ("Contact: 남궁민수 (13911112222), 地址 北京市海淀区中关村大街27号", "남궁민수"),  # two-syllable surname
        ("部長の代わりに오세훈さんが出席します。", "오세훈"),
    ],
)
def test_hangul_names_in_chinese_lines(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


def test_hangul_prose_left_alone():
    from workbench.privacy._rec_zh_names import hangul_names

    # Korean prose is not a name in a Chinese line; a word without a surname first is no name
    assert hangul_names("김민수는 오늘 회사에 갔습니다. 이것은 한국어 문장입니다.") == []
    assert hangul_names("状态：완료됨") == []  # 완 is no surname


@pytest.mark.parametrize(
    "text, phone",
    [
        ("请联系财务部刘芳（分机 0571-88776655 内线312）办理退款。", "0571-88776655 内线312"),
        ("請聯繫陳小姐（02-2712-3456 內線88）", "02-2712-3456 內線88"),
        ("请联系财务部刘芳（+86-571-88776655 内线312）办理退款。", "+86-571-88776655 内线312"),
    ],
)
def test_landline_extension_and_country_code(privacy, text, phone):
    assert_found(privacy, text, "PHONE_NUMBER", phone)


@pytest.mark.parametrize(
    "text, address, head",
    [
        ("领取方式：邮寄至南京市鼓楼区中山路5号。", "南京市鼓楼区中山路5号", "邮寄至"),
        ("請攜帶證件於12月3日至高雄市苓雅區四維三路2號辦理。", "高雄市苓雅區四維三路2號", "日至"),
    ],
)
def test_address_head_verb_not_redacted(privacy, text, address, head):
    assert_found(privacy, text, "ADDRESS", address)
    red = privacy.redact(text, privacy.new_vault())
    assert head in red.text, red.text


@pytest.mark.parametrize("text", ["工位在七楼，请找前台。", "会议室在三层，下午两点开始。"])
def test_floor_is_no_place(privacy, text):
    assert_not_found(privacy, text, "LOCATION")


@pytest.mark.parametrize("text", ["请于月底前缴纳物业费。", "请于年底前提交材料。"])
def test_preposition_before_time_is_no_name(privacy, text):
    assert_not_found(privacy, text, "PERSON")


@pytest.mark.parametrize(
    "text, address, head",
    [
        ("新用户：来自杭州市余杭区文一西路969号，想了解套餐。", "杭州市余杭区文一西路969号", "来自"),
        ("請於12月3日攜帶收據至高雄市苓雅區四維三路2號領取。", "高雄市苓雅區四維三路2號", "攜帶收據至"),
    ],
)
def test_address_after_verb_phrase(privacy, text, address, head):
    assert_found(privacy, text, "ADDRESS", address)
    red = privacy.redact(text, privacy.new_vault())
    assert head in red.text, red.text
