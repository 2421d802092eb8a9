"""Round eight: Chinese, Japanese and Korean text (issue 15).

* kana and hangul are blanked for the English NER like Chinese characters (same offsets): します is no PERSON;
* Korean names in hangul in lines with no Chinese character (English and Korean lines), before titles and honorifics
  and after form labels; Japanese names in katakana;
* traditional text is read for names on a simplified copy (jieba's dictionary is simplified): 感謝|王小明, 請於|11月;
* 港澳台 identity numbers (Hong Kong and 台湾 checksums, permits after a label), post-office boxes, rural addresses
  (…镇…村, 村 + 组), Singapore units (#05-67).

Every value was written for this file (ID numbers made checksum-valid here), not copied from an evaluation split."""

import pytest

from .conftest import assert_found, assert_not_found


def test_blank_cjk_covers_kana_and_hangul_and_keeps_offsets():
    from workbench.privacy._checks import blank_cjk, has_cjk, has_east_asian

    for text in ("田中さんにします。 Tanaka", "김민수 called", "中文 abc", "ｶﾀｶﾅ ok"):
        blanked = blank_cjk(text)
        assert len(blanked) == len(text)
        assert all(c == " " or c.isascii() for c in blanked), blanked
    assert has_east_asian("김민수") and not has_cjk("김민수")
    assert has_east_asian("します") and not has_east_asian("plain English")


@pytest.mark.parametrize("text", [
    "Thanks, I will review it. します。",
    "明日の会議で資料を確認します。よろしくお願いします。",
    "The report said 감사합니다 at the end.",
])
def test_kana_and_hangul_are_no_english_names(privacy, text):
    assert_not_found(privacy, text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Please call 김도윤 tomorrow about the invoice.", "김도윤"),
    ("Meeting with 정하람 과장님 at 3pm", "정하람"),
    ("황보세진님, your order has shipped.", "황보세진"),
    ("노은결 과장님께 보고서를 보내 주세요.", "노은결"),
    ("내일 윤채아 씨가 회의에 참석합니다.", "윤채아"),
    ("성명: 서지호\n연락처: 010-2468-1357", "서지호"),
    ("받는 사람 함다온 님", "함다온"),
])
def test_korean_names_without_chinese(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


def test_korean_prose_and_titles_alone_stay():
    from workbench.privacy._rec_zh_names import hangul_names

    assert hangul_names("오늘 회의는 오후 3시에 시작합니다. 자료를 준비해 주세요.") == []
    assert hangul_names("이사장님께 감사드립니다. 선생님 말씀대로 하겠습니다.") == []  # titles, no names


@pytest.mark.parametrize("text, name", [
    ("フリガナ：ミナミ カズハ", "ミナミ カズハ"),
    ("Customer: オオノ シュンペイ, order 1234", "オオノ シュンペイ"),
    ("ブラウンさんに連絡します。", "ブラウン"),
    ("Ask 森下ひなた about it.", "森下ひなた"),
])
def test_japanese_names_in_kana(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


def test_katakana_words_with_honorifics_stay():
    from workbench.privacy._rec_zh_names import katakana_names

    assert katakana_names("ユーザー様へのお知らせ: システム メンテナンス を行います。") == []


@pytest.mark.parametrize("text", [
    "預約成功！請於12月3日攜帶證件到場辦理。",  # 請於: a verb and a preposition, no name
])
def test_traditional_function_words_are_no_names(privacy, text):
    assert_not_found(privacy, text, "PERSON")


def test_traditional_read_simplified_keeps_the_word_before_a_name(privacy):
    red = privacy.redact("感謝鍾子謙與葉芷晴協助本次活動。", privacy.new_vault())
    assert red.text.startswith("感謝<"), red.text  # 感謝 is a word (感谢), not 謝 + a name
    assert "鍾子謙" not in red.text and "葉芷晴" not in red.text


def test_to_simplified_keeps_length_and_simplified_text():
    from workbench.privacy._rec_zh_names import to_simplified

    assert to_simplified("陳美玲請於臺灣") == "陈美玲请于台湾"
    assert to_simplified("宁波著名乾隆") == "宁波著名乾隆"  # characters simplified text writes as they are
    text = "伊輶已批准"
    assert len(to_simplified(text)) == len(text)


def test_place_before_a_place_slot_is_no_person(privacy):
    assert_found(privacy, "客户反映鳳山门店的退款还没到账。", "LOCATION", "鳳山")


def test_role_label_before_a_name(privacy):
    assert_found(privacy, "确认：入住人權祐廷，预计14点到。", "PERSON", "權祐廷")


def test_hkid_and_taiwan_checksums():
    from workbench.privacy._rec_zh_phones import hkid_ok, twid_ok

    assert hkid_ok("A123456(3)") and not hkid_ok("A123456(4)")
    assert hkid_ok("Z683365(A)")
    assert twid_ok("A123456789") and not twid_ok("A123456788")


@pytest.mark.parametrize("text, value", [
    ("香港身份證：A123456(3)，請核對", "A123456(3)"),
    ("台灣身分證字號：A123456789", "A123456789"),
    ("澳門身份證：1234567(8)", "1234567(8)"),
    ("港澳居民来往内地通行证：H12345678", "H12345678"),
    ("往来港澳通行证号码 C12345678", "C12345678"),
    ("台胞证：12345678", "12345678"),
])
def test_regional_ids(privacy, text, value):
    assert_found(privacy, text, "ID_NUMBER", value)


def test_id_shapes_without_checksum_or_label_stay(privacy):
    assert_not_found(privacy, "Product code AB1234567 shipped", "ID_NUMBER")
    assert_not_found(privacy, "型号 A123456788 已停产", "ID_NUMBER")  # 台湾 shape, wrong check digit


@pytest.mark.parametrize("text, value", [
    ("地址：北京市100001信箱", "100001信箱"),
    ("来信请寄广州市第123号信箱", "123号信箱"),
    ("香港郵政信箱12345號", "12345號"),
    ("寄至台北郵政12-345號信箱", "12-345號信箱"),
    ("老家在河南省周口市郸城县汲冢镇王庄村3组", "王庄村3组"),
    ("四川省绵阳市三台县芦溪镇红豆村五组12号", "红豆村五组12号"),
    ("住在湖南省衡阳县西渡镇梅花村", "梅花村"),
])
def test_po_boxes_and_rural_addresses(privacy, text, value):
    assert_found(privacy, text, "ADDRESS", value)


def test_address_parts_do_not_run_across_levels():
    from workbench.privacy._rec_zh_places import address_chains

    text = "老家在河南省周口市郸城县汲冢镇王庄村3组"
    assert [text[a:b] for a, b in address_chains(text)] == ["河南省周口市郸城县汲冢镇王庄村3组"]


def test_country_in_traditional_characters_stays(privacy):
    red = privacy.redact("客户来自臺北和美國。", privacy.new_vault())
    assert "美國" in red.text and "臺北" not in red.text, red.text  # countries stay; cities are pseudonymised


def test_a_korean_verb_in_an_english_line_is_no_name():
    """In a line that is not mostly hangul a bare three-syllable word with a surname first counts as a name; a verb's
    ending (보내 주세요, 정말요, 할까) says it is none."""
    from workbench.privacy._rec_zh_names import hangul_names

    for text in ("Connor의 보고서를 Maria Lopez에게 보내 주세요.", "Please check the Q3 deck 정말요?", "Shall we ship v2 today, 할까?"):
        spans = [text[a:b] for a, b in hangul_names(text)]
        assert not any(w in ("주세요", "정말요", "할까") for w in spans), (text, spans)
    assert [("Please call 김민수 today."[a:b]) for a, b in hangul_names("Please call 김민수 today.")] == ["김민수"]
