"""Round ten, second pass (P8): confident Chinese name guesses that run into the text's next word (issue 15).

* a surname and two given characters whose last is a verb/particle almost never in names loses it when more text
  follows (X打|电话, X的|PDF, X说|过), at any score; real names ending in name characters keep theirs;
* a surname before a frequent verb of non-name characters (这|周请假|, 有|空调|整) is no name.

Every sentence and name was written for this file, not copied from an evaluation split."""

import pytest

from workbench.privacy._rec_cjk10 import trim_end, verb_given


@pytest.mark.parametrize("text, name, rest", [
    ("昨天夏雨婷打电话问发票的事", "夏雨婷", "打电话"),
    ("刚才韦明打电话过来催货", "韦明", "打电话"),
    ("请把单子发给吕晓的邮箱", "吕晓", "的邮箱"),
    ("附件是卢静的PDF简历", "卢静", "的PDF"),
    ("会上柯军说下周交付", "柯军", "说下周"),
])
def test_next_word_character_comes_off(privacy, text, name, rest):
    red = privacy.redact(text, privacy.new_vault())
    assert name not in red.text, red.text
    assert rest in red.text, red.text  # the verb / particle is the text's, not the name's


@pytest.mark.parametrize("text, gone", [
    ("孩子这周请假两天，麻烦老师", "周请假"),
    ("经理说下周请假去外地", "周请假"),
])
def test_surname_before_a_verb_is_no_name(privacy, text, gone):
    red = privacy.redact(text, privacy.new_vault())
    assert red.text == text, red.text


@pytest.mark.parametrize("text, name", [
    ("张嘉和已经确认了行程", "张嘉和"),  # 和 ends a name here: _tidy's to judge
    ("王建成负责华东区的合同", "王建成"),  # 建成 is a verb, but 建 is a name character
    ("请联系范丽娟，她管报销", "范丽娟"),
    ("客户严俊杰近期要来考察", "严俊杰"),
    ("会议由欧阳明远主持", "欧阳明远"),
    ("快递请寄给收件人黃進發。", "黃進發"),  # 進發 is a verb, but after a role word it is a given name
    ("鄭進發和同事明天到", "鄭進發"),  # and where a phrase starts
    ("> 回复孔象棋：收到", "孔象棋"),  # and before a colon
    ("下午韩冰冻明天上午到", "韩冰冻"),  # a rare verb character alone may end a given name
])
def test_real_names_stay_whole(privacy, text, name):
    red = privacy.redact(text, privacy.new_vault())
    assert name not in red.text and name[-1] not in red.text.replace("近期", ""), red.text


def test_rules_directly():
    text = "昨天韦明打电话"
    assert trim_end(text, 2, 5, 1) == 4  # 韦明打 -> 韦明
    assert trim_end("昨天夏雨婷打电话", 2, 5, 1) == 5  # 夏雨婷 stays
    assert trim_end("经理柯军说", 2, 5, 1) == 5  # nothing after: the text ends, nothing to give back
    assert verb_given("这周请假三天", 1, 4, 1)
    assert not verb_given("这周请假", 1, 4, 1)  # nothing after: no phrase goes on
    assert not verb_given("王建成来了", 0, 3, 1)
