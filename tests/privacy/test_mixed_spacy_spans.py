"""Spans found in mixed English/Chinese text must not run over the Chinese after a Latin name.

spaCy reads such text with the Chinese blanked, and an entity can run on over the blanks; the
name-shape rules took "Connor的报告已经提交给董事会了" for one word (over-redaction, round four).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from workbench.privacy import Privacy, SessionVault
from workbench.privacy._engine import _latin_parts

SPACY = {"recognizer_name": "SpacyRecognizer"}


def test_a_spacy_span_is_cut_to_its_latin_pieces() -> None:
    text = "请把Roche Bobois SAS的报价单发到 Anna Berg 那里"
    start = text.index("Roche")
    parts = _latin_parts([RecognizerResult("ORGANIZATION", start, text.index("那里"), 0.85, None, SPACY)], text)
    assert [text[p.start:p.end] for p in parts] == ["Roche Bobois SAS", "Anna Berg"]
    assert all(p.entity_type == "ORGANIZATION" and p.score == 0.85 for p in parts)


def test_other_recognizers_spans_and_latin_only_spans_are_left_alone() -> None:
    text = "联系人 Anna Berg，电话 13812345678"
    other = RecognizerResult("PERSON", 0, text.index("，"), 0.9, None, {"recognizer_name": "ZhNameRecognizer"})
    latin = RecognizerResult("PERSON", text.index("Anna"), text.index("，"), 0.85, None, SPACY)
    assert _latin_parts([other, latin], text) == [other, latin]


def test_mixed_text_keeps_its_chinese_words() -> None:
    """The name-shape rules read "Connor的报告已经提交给董事会了" as one capitalised word (Chinese
    letters are word letters) and redacted the whole sentence with the name."""
    for text, kept in (("Sarah Connor的报告已经提交给董事会了", "的报告已经提交给董事会了"),
                       ("Roche Bobois SAS的报价单发到财务部，请尽快审批。", "的报价单发到财务部，请尽快审批"),
                       ("会议由John Smith主持，地点在大堂", "主持，地点在大堂")):
        red = Privacy().redact(text, SessionVault())
        assert kept in red.text and "Connor" not in red.text and "Smith" not in red.text


def test_chinese_one_character_given_names_after_a_cue_and_a_verb_after_a_name() -> None:
    """Round four's zh rules dropped 曾伟 after 法定代表人 (伟 is a frequent character) and took 说
    into 曾伟说 at the end of a text."""
    for text, name, kept in (("法定代表人曾伟。", "曾伟", "法定代表人"), ("法定代表人曾想。", "曾想", "法定代表人"),
                             ("曾伟说", "曾伟", "说"), ("李娜说", "李娜", "说")):
        red = Privacy().redact(text, SessionVault())
        assert name not in red.text and kept in red.text, red.text
