"""Round fourteen (PZN): Chinese names by the structure around them (``_rec_zh_names14``).

Every value was written for this file (none is copied from bench/privacy/, a split or a generator's lists).
"""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy import _rec_zh_names14 as z14


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


# -- a chat's speakers are no form labels ------------------------------------------------------
def test_chat_speakers_in_chinese_are_names(privacy):
    sent = _sent(privacy, "柏锦程：车到楼下了吗\n芮思涵：还没，再等五分钟")
    assert "柏锦程" not in sent and "芮思涵" not in sent
    assert "车到楼下了吗" in sent and "再等五分钟" in sent


@pytest.mark.parametrize("label, name", [
    ("柏锦程", True), ("欧阳思涵", True), ("姓名", False), ("金额", False), ("周一", False), ("原车主", False),
    ("联系人", False), ("Client", False),
])
def test_name_label(label, name):
    assert z14.name_label(label) is name


def test_a_chinese_form_keeps_its_labels_and_values(privacy):
    sent = _sent(privacy, "姓名：芮思涵\n部门：采购部\n备注：下周到岗")
    assert "芮思涵" not in sent and "姓名：" in sent and "部门：采购部" in sent and "备注：下周到岗" in sent


# -- the surname left before a given name ------------------------------------------------------
def _grown(text: str, start: int, end: int) -> str:
    spans = [[start, end, "PERSON", 0.6, 1, None]]
    z14.grow(text, spans)
    return text[spans[0][0]:spans[0][1]]


def test_the_surname_before_a_given_name_joins_it():
    text = "对方车主顾然燕不认可"
    s = text.index("然燕")
    assert _grown(text, s, s + 2) == "顾然燕"


def test_a_function_character_or_a_stronger_surname_does_not_join():
    text = "我和王芳是同事"
    s = text.index("王芳")
    assert _grown(text, s, s + 2) == "王芳"


def test_the_rules_and_tagger_together_keep_a_name_whose_surname_makes_a_word(privacy):
    sent = _sent(privacy, "用户严明强反馈APP无法登录")  # jieba cuts 严明|强
    assert "严" not in sent and "明强" not in sent and "反馈APP无法登录" in sent


# -- a romanised surname before (and syllables after) a romanised name --------------------------
@pytest.mark.parametrize("text, name", [
    ("户主LO Kwok Leung（未成年）", "LO Kwok Leung"),
    ("由TAN Ah Kow负责", "TAN Ah Kow"),
    ("社工SIU Pui Shan於上週探訪", "SIU Pui Shan"),
])
def test_romanised_names_in_chinese_text_are_whole(privacy, text, name):
    sent = _sent(privacy, text)
    assert not any(w in sent for w in name.split())


def test_english_words_before_a_name_do_not_join():
    text = "请转告 Hi LAW Kwok Leung"
    s = text.index("Kwok")
    assert _grown(text, s, len(text)) == "Kwok Leung"


# -- not names -------------------------------------------------------------------------------------
def test_a_plate_is_no_name(privacy):
    sent = _sent(privacy, "车主芮思涵，车牌粤B·3K7Q9，联系电话稍后补")
    assert "芮思涵" not in sent and "B·3K7Q9" in sent


def test_a_surname_whose_title_makes_a_word_is_no_name(privacy):
    sent = _sent(privacy, "放学后请给班主任回个电话。")
    assert "班主任" in sent


def test_not_personal_needs_chinese_or_a_code():
    assert z14.not_personal("Plate B·7K3Q2 seen", 6, 13, "PERSON")
    assert not z14.not_personal("Ana Lima", 0, 8, "PERSON")
    assert not z14.not_personal("班主任", 0, 1, "LOCATION")


# -- a dotted name cut one character after its dot ---------------------------------------------------
@pytest.mark.parametrize("text, name, after", [
    ("学员买合木提·阿不都热合曼请假两天", "买合木提·阿不都热合曼", "请假两天"),
    ("名单：阿依努尔·阿不力孜、王芳", "阿依努尔·阿不力孜", "、"),
])
def test_a_dotted_name_cut_after_its_dot_goes_on(privacy, text, name, after):
    sent = _sent(privacy, text)
    assert not any(part in sent for part in ("阿不", "热合曼", "力孜")) and after in sent


def test_a_dotted_name_stops_before_prose(privacy):
    sent = _sent(privacy, "艾山·吐尔逊不同意这个方案")
    assert "吐尔逊" not in sent and "不同意这个方案" in sent


# -- a full name's given name written alone ---------------------------------------------------------
def test_a_given_name_alone_after_the_full_name(privacy):
    sent = _sent(privacy, "记录人：柏锦程\n一、预算复盘\n二、锦程负责跟进回款")
    assert "锦程" not in sent and "负责跟进回款" in sent


def test_a_given_name_that_is_a_word_stays_elsewhere(privacy):
    sent = _sent(privacy, "芮建国说建国以来变化很大")
    assert "芮建国" not in sent and "建国以来变化很大" in sent
