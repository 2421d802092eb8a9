"""Round fifteen (PZA): mixed Chinese / Latin addresses (``_rec_zh_address15``) and ids after their labels or by
their check digits (``_rec_zh_ids15``) in Chinese text. Every value and sentence is written here (no split's);
each shape comes with near misses that stay as written."""

from __future__ import annotations

import re

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_zh_address15 import mixed_runs
from workbench.privacy._rec_zh_ids15 import id_spans, ubn_ok


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _pieces(value: str) -> list[str]:
    """The parts of a value that must not be sent: its Chinese characters, Latin words and numbers."""
    return [p for p in re.findall(r"[\u4e00-\u9fff]|[A-Za-z]{2,}|\d{2,}", value) if p not in ("No", "号", "號")]


def _assert_hidden(privacy: Privacy, text: str, value: str) -> None:
    red = privacy.redact(text, privacy.new_vault())
    rest = text.replace(value, "")
    out = re.sub(r"<[A-Z_]+_\d+>", " ", red.text)  # the placeholders' own letters ("ADDRESS" holds "SS")
    sent = [p for p in _pieces(value) if p in out and p not in rest]
    assert not sent, (sent, red.text)


@pytest.mark.parametrize("text, value", [
    # a Singapore housing block: place, 第 / 组屋, block 座, unit
    ("报修地点：淡滨尼第823座#07-215，下午来", "淡滨尼第823座#07-215"),
    ("住户登记：巴西立组屋512座11-306室，请核对", "巴西立组屋512座11-306室"),
    ("快递寄新加坡金文泰Ave 3第208座9楼1204号就行", "新加坡金文泰Ave 3第208座9楼1204号"),
    ("新地址是Blk 918 Tampines St 91 #12-447，谢谢", "Blk 918 Tampines St 91 #12-447"),
    # an Indonesian street with its Chinese and Latin places before it
    ("请送到印尼万隆Coblong区Jl. Dago Asri 24号，找王太太", "印尼万隆Coblong区Jl. Dago Asri 24号"),
    ("收货：三宝垄Jl. Pemuda No. 88，电话后附", "三宝垄Jl. Pemuda No. 88"),
    # a Thai road and a Latin record in a Chinese sentence
    ("地点在泰国普吉Kathu县Patak Road58/12号，到了打电话", "泰国普吉Kathu县Patak Road58/12号"),
    ("新公司在芭提雅Sukhumvit 455号7楼", "芭提雅Sukhumvit 455号7楼"),
    ("地址改为57/3 Soi Ari 4, Khet Phaya Thai, Bangkok。", "57/3 Soi Ari 4, Khet Phaya Thai, Bangkok"),
    ("车位：211 Charoen Krung, Bang Rak, Bangkok 10500地下一层C-22", "211 Charoen Krung, Bang Rak, Bangkok 10500"),
    # a Malaysian estate and street across a comma
    ("寄到 柔佛州新山TMN Pelangi，JLN Kuning 12号。", "柔佛州新山TMN Pelangi，JLN Kuning 12号"),
    # a mainland estate between the house number and the building
    ("现住：四川省成都市武侯区科华北路65号锦绣花城8栋2单元1502室", "锦绣花城8栋2单元1502室"),
    ("住址：江苏省苏州市吴中区星湖名苑3期12幢1801", "星湖名苑3期12幢1801"),
])
def test_mixed_addresses_are_not_sent(privacy: Privacy, text: str, value: str) -> None:
    plain = [text[s:e] for s, e in mixed_runs(text)]
    assert any(value in run or run in value and len(run) > len(value) // 2 for run in plain), plain
    _assert_hidden(privacy, text, value)


@pytest.mark.parametrize("text, closing", [
    ("寄到湖南省长沙市岳麓区麓山南路932号（邮编410083），谢谢", "（邮编410083）"),  # its postcode in brackets
    ("住址：Jl. Veteran 17号（三宝垄）", "（三宝垄）"),  # its district in brackets
])
def test_an_address_takes_its_closing_bracket(privacy: Privacy, text: str, closing: str) -> None:
    red = privacy.redact(text, privacy.new_vault())
    assert closing not in red.text and closing[1:-1] not in red.text, red.text


@pytest.mark.parametrize("text", [
    "我们在Starbucks 2号店见面",  # a shop, no street word
    "5月3号（周一）截止，三楼二号窗口办理",  # a date and a counter
    "订单号 20270311123456 已发货，共 3 件，金额 58.00 元",
    "Hi Ken，明天的 meeting 改到 3pm，Room 5 见",
    "第3季度营收增长12%，Q3 达到 1,280 万",
    "请在 Road Show 第2场发言",
])
def test_near_misses_are_no_addresses(privacy: Privacy, text: str) -> None:
    assert mixed_runs(text) == []
    red = privacy.redact(text, privacy.new_vault())
    assert "ADDRESS" not in red.text, red.text


@pytest.mark.parametrize("text, value", [
    ("证件号码：3580204711631\n血型：A型", "3580204711631"),  # a Thai id after its label
    ("护照K4418203C，出生日期1990年2月3日", "K4418203C"),  # a passport glued to its label
    ("身份证3273 0145 0892 0006，手机另附", "3273 0145 0892 0006"),  # an Indonesian NIK in groups
    ("准证号码：G6048213L", "G6048213L"),
    ("收款账号：6029 1184 3370 15，附言：房租", "6029 1184 3370 15"),  # an account after its label
    ("您的电费户号 81023345670 已欠费", "81023345670"),
    ("對方帳號：004-21-338812-9", "004-21-338812-9"),
])
def test_ids_after_their_labels_are_not_sent(privacy: Privacy, text: str, value: str) -> None:
    assert value in [text[s:e] for s, e in id_spans(text)]
    red = privacy.redact(text, privacy.new_vault())
    assert value not in red.text and re.sub(r"\D", "", value)[-6:] not in red.text, red.text


@pytest.mark.parametrize("text, value", [
    ("来访登记：陈先生 S8312457A 已入场", "S8312457A"),  # a Singapore NRIC: its check letter
    ("資料：林小姐 B204581377 已核", "B204581377"),  # a Taiwan id: its weighted check
    ("泰国同事的号码 3-5802-04711-63-1 请保密", "3-5802-04711-63-1"),  # a Thai id in its groups
    ("公司統一編號：24096130", "24096130"),  # a Taiwan company number after its label, with its check
])
def test_ids_by_check_digit(privacy: Privacy, text: str, value: str) -> None:
    assert value in [text[s:e] for s, e in id_spans(text)]
    assert value not in privacy.redact(text, privacy.new_vault()).text


def test_the_label_before_an_id_stays() -> None:
    text = "患者李某，身份证3273014508920006，因发热就诊"
    privacy = Privacy()
    red = privacy.redact(text, privacy.new_vault())
    assert "身份证" in red.text and "3273014508920006" not in red.text, red.text


@pytest.mark.parametrize("text", [
    "来访登记：陈先生 S8312457B 已入场",  # a wrong check letter, no label
    "公司統一編號：24096131",  # a wrong check digit
    "账户余额：48,212.33 元",  # an amount after an account word
    "订单号：20270311123456，运单号 7788123456",
    "证件有效期：2030-05-01",  # a date after an identity label
    "户号为空，请补填",
])
def test_near_misses_are_no_ids(text: str) -> None:
    assert id_spans(text) == []


def test_ubn_check() -> None:
    assert ubn_ok("24096130") and not ubn_ok("24096131") and not ubn_ok("2409613")


def test_a_flight_seat_is_no_block() -> None:
    assert mixed_runs("机票行程单 航班CA1832座位 14C，请准时登机") == []


@pytest.mark.parametrize("text, value", [
    ("说是泰国普吉Kathu县Wichit Songkhram612/8号的房东", "泰国普吉Kathu县Wichit Songkhram612/8号"),  # no street word
    ("说是77 Phet Kasem 2 Road, Hua Hin, Hua Hin 77110的房东", "77 Phet Kasem 2 Road, Hua Hin, Hua Hin 77110"),
    ("住址 湖北省宜昌市西陵区紫荆苑5期7幢902", "湖北省宜昌市西陵区紫荆苑5期7幢902"),  # the admin units before an estate
    ("地址 香港九龍荔枝角道388號麗都花園D座18樓3室。", "麗都花園D座18樓3室"),  # a lettered block and its floor
    ("寄到柔佛州士古来Bandar Baru，JLN Seri 4 15号", "柔佛州士古来Bandar Baru，JLN Seri 4 15号"),
    ("寄到雪兰莪州巴生KLANG 8，JLN Meru 2 9号", "雪兰莪州巴生KLANG 8，JLN Meru 2 9号"),  # a Latin area part glued
    ("装机地址No. 19, Jalan Kenari, 81300 Skudai", "No. 19, Jalan Kenari"),  # the house number before the street
    ("已到8-2, Jalan SS 21/37, 47400 Petaling Jaya", "8-2, Jalan SS"),
])
def test_more_mixed_shapes(privacy: Privacy, text: str, value: str) -> None:
    plain = [text[s:e] for s, e in mixed_runs(text)]
    assert any(value in run for run in plain), plain
    _assert_hidden(privacy, text, value)


@pytest.mark.parametrize("text", [
    "王五说老房子已经空了，钥匙在门口",
    "快递员已到南宁市青秀区蓝湾花园16号楼3单元736楼下，请下楼取件。",  # 楼下 is no floor
    "请退款到6222021234567890123（持卡人张三）。",  # a card's holder in brackets is no district
])
def test_edges_stay_out(text: str) -> None:
    for s, e in mixed_runs(text):
        assert not any(w in text[s:e] for w in ("老房子", "楼下", "持卡人")), text[s:e]


def test_a_postcode_after_its_label() -> None:
    text = "新加坡邮区 529510，请核对"
    assert [text[s:e] for s, e in mixed_runs(text)] == ["529510"]


@pytest.mark.parametrize("text, value", [
    ("请寄到泗水Jl. Jend. Basuki Rahmat Kav. 14-16，谢谢", "泗水Jl. Jend. Basuki Rahmat Kav. 14-16"),  # a lot (Kav.) range
    ("新地址：Blk 307C Punggol Walk #11-204 Singapore 823307，请更新", "Blk 307C Punggol Walk #11-204 Singapore 823307"),
    ("他住在新加坡 760412，电话另附", "新加坡 760412"),  # a Singapore postcode
    ("寄到 怡保Jalan Sultan Yusuf 21号Wisma Lim 6楼", "怡保Jalan Sultan Yusuf 21号Wisma Lim 6楼"),  # a building, a floor
    ("住址：纳卯Quirino Blvd 88号", "纳卯Quirino Blvd 88号"),
    ("Please ship to Jl. Cikini Raya No. 7 (Menteng)，谢谢", "Jl. Cikini Raya No. 7 (Menteng)"),
])
def test_lots_postcodes_buildings_and_latin_brackets(privacy: Privacy, text: str, value: str) -> None:
    _assert_hidden(privacy, text, value)


def test_a_road_show_is_no_address() -> None:
    assert mixed_runs("本季 Road Show 12场，Main Street 活动 3次") == []


@pytest.mark.parametrize("text, value", [
    ("SR-7701,修改地址为东湖区青山街道建设路桂园小区12栋3单元901,张三", "东湖区青山街道建设路桂园小区12栋3单元901"),
    ("报警人：李四，住江苏省南京市鼓楼区中山北路88号和平花苑C座7楼", "和平花苑C座7楼"),  # an estate opening with 和
])
def test_estates_after_streets(privacy: Privacy, text: str, value: str) -> None:
    _assert_hidden(privacy, text, value)


def test_two_house_numbers_joined_by_and_are_no_estate() -> None:
    assert mixed_runs("他去了3号和5号楼开会") == []
