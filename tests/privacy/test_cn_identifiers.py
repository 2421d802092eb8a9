import pytest

from workbench.privacy._checks import prc_id_check_char, uscc_check_char

from .conftest import assert_found, assert_not_found

PRC_ID = "11010119900307" + "451"
PRC_ID += prc_id_check_char(PRC_ID)
USCC = "91350100M000100Y4"
USCC += uscc_check_char(USCC)


def test_prc_id_glued(privacy):
    assert_found(privacy, f"身份证号{PRC_ID}，请核实", "CN_RESIDENT_ID", PRC_ID)


def test_prc_id_bad_checksum(privacy):
    bad = PRC_ID[:17] + ("0" if PRC_ID[17] != "0" else "1")
    assert_not_found(privacy, f"身份证号{bad}，请核实", "CN_RESIDENT_ID")


@pytest.mark.parametrize("value", ["13812345678", "+86 138 1234 5678", "138-1234-5678", "008613912345678"])
def test_cn_mobile(privacy, value):
    assert_found(privacy, f"手机{value}，尽快联系", "CN_MOBILE", value)


def test_not_cn_mobile(privacy):
    assert_not_found(privacy, "订单号12345678901已发货", "CN_MOBILE")


def test_cn_bank_card(privacy):
    card = "6222021234567890128"
    assert_found(privacy, f"银行卡{card}，户名见附件", "CN_BANK_CARD", card)


def test_uscc(privacy):
    assert_found(privacy, f"统一社会信用代码{USCC}。", "CN_USCC", USCC)


def test_uscc_bad_checksum(privacy):
    """A code failing MOD 31 is no USCC by its shape alone; after its label it is (round fourteen, _rec_zh_ids14: a
    mistyped code is still the organisation's, and the label says what it is)."""
    bad = USCC[:17] + ("0" if USCC[17] != "0" else "1")
    assert_not_found(privacy, f"订单{bad}已发货。", "CN_USCC")
    assert_found(privacy, f"统一社会信用代码{bad}。", "CN_USCC", bad)
