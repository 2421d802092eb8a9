"""Round five, after HELD-OUT-6 was seen (issue 15): four families of Chinese addresses and cards.

1. a room number written straight after 号 / 号楼 / 栋 / 单元 / 层 with no 室, and 1102房;
2. a postcode after 邮编 inside JSON or key-value text;
3. an address that begins with a county or road whose first character is a conjunction (和顺县, 和平路);
4. UnionPay cards in groups of four with a short last group, and 16-19 digit numbers after 卡号/银行卡/账号.

Every value was written for this file (none is copied from an evaluation split or its generators)."""

import pytest

from .conftest import assert_found, assert_not_found

# --- 1. a bare room number after the house number ---------------------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("收件地址：浙江省嘉兴市南湖区长水路88弄12号1502", "浙江省嘉兴市南湖区长水路88弄12号1502"),
        ("房屋坐落：江苏省苏州市吴江区松陵大道210弄7号602。", "江苏省苏州市吴江区松陵大道210弄7号602"),
        ("请把合同寄到武汉市洪山区珞喻路1037号2号楼1408。", "武汉市洪山区珞喻路1037号2号楼1408"),  # 号楼, then the room
        ("他住在成都市武侯区科华北路66号1栋2单元1203，", "成都市武侯区科华北路66号1栋2单元1203"),  # 单元, then the room
        ("公司在深圳市福田区深南大道6008号18层1806", "深圳市福田区深南大道6008号18层1806"),  # 层, then the room
        ("Ship to 杭州市西湖区文三路259号1805, thanks.", "杭州市西湖区文三路259号1805"),  # mixed text
        ("地址：长乐路188号1204，电话另告。", "长乐路188号1204"),  # street and number, no district
        ("包裹已到芜湖市镜湖区中山路77号903驿站，请取件。", "芜湖市镜湖区中山路77号903"),  # a word after the room
        ("广州市天河区体育西路103号1102房", "广州市天河区体育西路103号1102房"),  # 房 for the room
        ("{\"地址\": \"南宁市青秀区民族大道136号2203\"}", "南宁市青秀区民族大道136号2203"),  # in JSON
    ],
)
def test_room_number_after_the_house_number(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("租金账单：杭州市西湖区文三路259号，3号1500元已付。", "1500元"),  # an amount after a date's 号
        ("新店在北京市朝阳区建国路88号2024年开业。", "2024年"),  # a year after the address
        ("场地：成都市锦江区红星路35号300人的会议厅", "300人"),  # a count after the address
    ],
)
def test_amounts_years_and_counts_after_a_number_stay(privacy, text, kept):
    red = privacy.redact(text, privacy.new_vault())
    assert kept in red.text, red.text
    assert "ADDRESS" in [e.type for e in red.entities], red.entities  # the address itself is still found


def test_a_date_and_an_amount_are_no_address(privacy):
    assert_not_found(privacy, "账单：本月3号1500元已到账，8号付清。", "ADDRESS")


# --- 2. a postcode after 邮编 in JSON and key-value text ---------------------------------------


@pytest.mark.parametrize(
    "text, postcode",
    [
        ('{"收件人": "范立群", "邮编": "315040", "城市": "宁波"}', "315040"),
        ("邮编：\"200233\"；电话另告", "200233"),
        ("邮政编码：“510620”", "510620"),  # full-width quotes
        ("zip 邮编=610041 city=成都", "610041"),
        ("- 邮编: '430074'", "430074"),  # YAML
    ],
)
def test_postcode_after_its_label_in_structured_text(privacy, text, postcode):
    assert_found(privacy, text, "ADDRESS", postcode)


def test_a_number_after_another_key_is_no_postcode(privacy):
    assert_not_found(privacy, '{"订单号": "315040", "数量": "2"}', "ADDRESS")


# --- 3. a place name whose first character is a conjunction -----------------------------------


@pytest.mark.parametrize(
    "text, address",
    [
        ("样品请寄到和平区南京路256号，谢谢。", "和平区南京路256号"),
        ("发票寄到和林格尔县城关镇建设街18号", "和林格尔县城关镇建设街18号"),
        ("新地址在和顺县滨河路12号", "和顺县滨河路12号"),
        ("请送到和平路36号，找前台。", "和平路36号"),  # a road, no district
        ("地址：和平区鞍山道70号", "和平区鞍山道70号"),  # after the label
    ],
)
def test_address_starting_with_a_conjunction_character(privacy, text, address):
    assert_found(privacy, text, "ADDRESS", address)


@pytest.mark.parametrize(
    "text",
    ["我和同事去看了，他和我都觉得区里的路不好走。", "请与县里联系。", "寄到和他说的一样的地方。"],
)
def test_a_conjunction_is_still_no_address(privacy, text):
    assert_not_found(privacy, text, "ADDRESS")


# --- 4. cards in groups of four, and numbers after a card label --------------------------------


@pytest.mark.parametrize(
    "text, card",
    [
        ("转账到6222 0200 1234 5678 903，谢谢", "6222 0200 1234 5678 903"),  # 19 digits, 4-4-4-4-3, Luhn
        ("请退款至 6222-0200-1234-5678-903", "6222-0200-1234-5678-903"),  # hyphens
        ("卡号：6217 0012 3456 7890 123", "6217 0012 3456 7890 123"),  # after its label, no Luhn
        ("银行卡：4367 4212 3456 7890 12", "4367 4212 3456 7890 12"),  # 18 digits, not 62
        ("账号 6013882210457736，开户行工商银行", "6013882210457736"),  # 16 digits
        ('{"户名": "张明", "卡号": "6214830055129034"}', "6214830055129034"),  # in JSON
    ],
)
def test_cards_in_groups_and_after_a_label(privacy, text, card):
    assert_found(privacy, text, "CN_BANK_CARD", card)


@pytest.mark.parametrize(
    "text",
    [
        "订单号 6212345678901234567 已发货",  # 62, 19 digits, Luhn fails, no label
        "流水号2024010112345678",  # 16 digits, no card label
        "卡号：12345678",  # too short for a card
    ],
)
def test_other_long_numbers_are_no_card(privacy, text):
    assert_not_found(privacy, text, "CN_BANK_CARD")


def test_a_year_unit_after_digits_is_no_surname(privacy):
    assert_not_found(privacy, "分店2024年开业，2025年扩建。", "PERSON")  # 年 is an everyday-word surname only after a cue
