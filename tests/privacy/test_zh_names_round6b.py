"""Round six, second pass (HELD-OUT-7, seen): names in Chinese lines that leaked, by family.

* Japanese names in kanji (a surname from ``data/ja_surnames.txt``, then a given name up to a break or a cue);
* the traditional forms of listed surnames (台湾/香港 lines);
* compound surnames of the wider classical lists.

Every value was written for this file, not copied from the evaluation."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, name",
    [
        ("访客：松井真由美，来自大阪分公司。", "松井真由美"),  # three-character given name, then a break
        ("请联系长谷川翔太，他下周到上海。", "长谷川翔太"),  # three-character surname after a verb
        ("本次对接人是森田和彦，电话另发。", "森田和彦"),  # 和 inside a Japanese given name
        ("宮崎美咲负责日本市场。", "宮崎美咲"),  # a cue word (负责) after it
        ("合同由渡辺健一郎签署。", "渡辺健一郎"),  # four-character given name after 由
        ("明天和吉川さくら一起开会", "吉川さくら"),  # a given name in kana
        ("请把资料交给木下様。", "木下"),  # a surname alone before a Japanese honorific
    ],
)
def test_japanese_names_in_chinese_lines(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text",
    [
        "周末我们去中山公园散步。",  # a surname-like word, then an everyday word (the park may be a place)
        "山下游客很多，注意安全。",
        "松本市的樱花开了。",  # a city, not a given name
        "小林路那边在修地铁。",  # a street unit after it
        "高山上的雪很美",  # one character after it: no Japanese given name
        "我们去大野外露营",  # a dictionary word runs across the surname's end (大|野外)
        "小川流过村庄",  # an everyday word (流过) after it
        "上原始森林",
        "三好学生",  # a word runs across the given name's end
        "前田地里种菜",
        "在山口处等我",  # a localiser is no given name
    ],
)
def test_japanese_surname_words_are_not_names(privacy, text):
    assert_not_found(privacy, text, "PERSON")


@pytest.mark.parametrize(
    "text, name",
    [
        ("計欣負責驗收。", "計欣"),  # 计 in traditional characters
        ("聞欣負責驗收", "聞欣"),  # 闻
        ("欒宏帶班。", "欒宏"),  # 栾
        ("諶立來了嗎", "諶立"),  # 谌; 來 (来) is no part of the given name
        ("壽明來了嗎", "壽明"),  # 寿
    ],
)
def test_traditional_forms_of_listed_surnames(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)
    red = privacy.redact(text, privacy.new_vault())
    assert text[text.index(name) + len(name)] in red.text  # the word after the name is kept


@pytest.mark.parametrize(
    "text, name",
    [
        ("太史文博：方案已经发你了", "太史文博"),
        ("请通知达奚晓梅明天到岗。", "达奚晓梅"),
        ("会议组织者 即墨思远（远程）", "即墨思远"),
        ("公上俊杰和我负责这个项目。", "公上俊杰"),
        ("独孤明月的报销单已提交。", "独孤明月"),
    ],
)
def test_compound_surnames_of_the_wider_lists(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text, name, kept",
    [
        ("下午和藤井真央さんと打合せ", "藤井真央", "さんと"),  # the honorific stays out of the name
        ("已通知小野千春様，请查收", "小野千春", "様"),
    ],
)
def test_japanese_honorific_stays_outside_the_name(privacy, text, name, kept):
    assert_found(privacy, text, "PERSON", name)
    assert kept in privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(
    "text",
    [
        "日程：周报｜负责人 见附件",
        "会议邀请：周会｜时间 周三下午",
        "通知：年会｜地点 另行通知",
        "請查看週報｜附件兩份",
    ],
)
def test_periodic_meetings_and_reports_are_no_names(privacy, text):
    assert_not_found(privacy, text, "PERSON")
