import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text,value",
    [
        ("Please email John Smith about the report.", "John Smith"),
        ("Call Olivia James on Monday.", "Olivia James"),
        ("Dakota Collins reported errors.", "Dakota Collins"),
        ("Dear Dr. Priya Raman, thanks.", "Priya Raman"),
    ],
)
def test_english_names(privacy, text, value):
    assert_found(privacy, text, "PERSON", value)


@pytest.mark.parametrize(
    "text,value",
    [
        ("客户李秀英的电话", "李秀英"),
        ("王伟和刘洋去开会", "王伟"),
        ("法定代表人曾想。", "曾想"),
        ("客户王博的手机号", "王博"),
        ("联系人欧阳娜娜，电话", "欧阳娜娜"),
    ],
)
def test_chinese_names(privacy, text, value):
    assert_found(privacy, text, "PERSON", value)


@pytest.mark.parametrize(
    "text", ["用Python画出一月到六月的月活跃用户曲线。", "请把退款转到银行卡。", "Compare Apple and Microsoft."]
)
def test_not_names(privacy, text):
    assert_not_found(privacy, text, "PERSON")


@pytest.mark.parametrize("text", ["Call Li Wei on Monday.", "Email Li Wei today.", "Please call Li Wei.", "Li Wei said so.", "Summarise Li Wei's note."])
def test_a_leading_verb_is_not_part_of_the_name(privacy, vault, text):
    red = privacy.redact(text, vault)
    (person,) = [e for e in red.entities if e.type == "PERSON"]
    assert text[person.start : person.end] == "Li Wei"
    assert person.placeholder == "<PERSON_1>"  # the same placeholder in every sentence
