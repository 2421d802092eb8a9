"""Round six, over-redaction: the words beside a name that are no part of it.

* a role or job noun before a name, or alone ("Candidate …", "Rider …", "Agent:"), stays in the text when the
  name-shape recognizer or the tagger reads it (``_gazetteer.role_words``: the head nouns of Faker's job titles
  and service roles, never a given name);
* a month beside a number ("20 Jan 2026", "Sep 8") is a date's, not a given name's ("Jan", "Sep");
* a name written with a middle dot ends where jieba's words say the phrase ends (卡塔琳娜·本德尔|下周三…) and
  starts after the cue word before it (请联系|阿依古丽·买买提).

Every value was written for this file (none is copied from bench/privacy/ or any split).
"""

from __future__ import annotations

import pytest

from workbench.privacy import _rec_tagger as rt
from workbench.privacy._gazetteer import gazetteer, role_words
from workbench.privacy._rec_names import NameShapeRecognizer, in_date
from workbench.privacy._rec_zh_names import dotted


def _shape_spans(text: str) -> list[str]:
    return [text[r.start : r.end] for r in NameShapeRecognizer().analyze(text, ["PERSON"])]


def _tidied(text: str, kind: str = "PERSON") -> str:
    """The tagger's tidy rule over every token of ``text`` read as one span of ``kind``."""
    toks = rt.tokens(text)
    idx = rt._tidy(kind, list(range(len(toks))), toks, text)
    return text[toks[idx[0]][0] : toks[idx[-1]][1]] if idx else ""


# -- role words -----------------------------------------------------------------------------------
def test_role_words_are_job_heads_and_service_roles_and_never_given_names():
    roles = role_words()
    assert {"candidate", "rider", "volunteer", "agent", "driver", "nurse"} <= roles  # service roles
    assert {"pharmacist", "surveyor", "physiotherapist"} <= roles  # heads of Faker's job titles
    assert not roles & gazetteer().given  # "Art", "Forest", "Mason" stay names
    assert not {"zain", "salma", "will", "rose", "stone"} & roles


@pytest.mark.parametrize(("text", "name"), [
    ("Candidate Oyelaran Bisi (mobile 0803 555 0142) accepted.", "Oyelaran Bisi"),
    ("Courier Daniel Okafor left it with reception.", "Daniel Okafor"),
    ("Pharmacist Ilse Vandersteen signed the log.", "Ilse Vandersteen"),
])
def test_a_role_before_a_name_is_no_part_of_the_name_shape(text: str, name: str) -> None:
    spans = _shape_spans(text)
    assert name in spans, spans
    assert not any(s.split()[0] in ("Candidate", "Courier", "Pharmacist") for s in spans), spans


@pytest.mark.parametrize(("text", "kept"), [
    ("Rider Kwabena Asante", "Kwabena Asante"),
    ("Volunteer Ingrid Solheim", "Ingrid Solheim"),
    ("Agent", ""),
    ("Driver, Minnie", "Driver, Minnie"),  # "Surname, Given": the role word is the surname here
    ("Ilse Vandersteen", "Ilse Vandersteen"),
])
def test_the_tagger_tidy_takes_a_role_off_a_person_span(text: str, kept: str) -> None:
    assert _tidied(text) == kept


# -- months beside numbers --------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "word", "date"), [
    ("Sent: 17 Jan 2026", "Jan", True), ("DOB 3 Nov 1989, referred", "Nov", True), ("due Sep 8", "Sep", True),
    ("invoice of 1-Dec-2024", "Dec", True), ("Jan Novak called", "Jan", False), ("Thanks, Jan", "Jan", False),
])
def test_a_month_beside_a_number_is_a_date(text: str, word: str, date: bool) -> None:
    s = text.index(word)
    assert in_date(text, s, s + len(word)) is date


def test_a_month_in_a_date_is_no_name_for_the_shape_recognizer_or_the_tagger_tidy() -> None:
    assert "Jan" not in _shape_spans("> Sent: 17 Jan 2026\n> See you then")
    assert _tidied("Issued 4 Aug 2025", "PERSON").find("Aug") < 0
    assert "Jan Novak" in _shape_spans("Jan Novak called about the quote.")


# -- names with a middle dot ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("奥利维亚·费尔南德斯下周二到杭州市，请安排车辆。", "奥利维亚·费尔南德斯"),
    ("请联系古丽娜尔·吐尔逊，电话见附件。", "古丽娜尔·吐尔逊"),
    ("托马斯·穆勒说合同已经寄出。", "托马斯·穆勒"),
    ("会议由伊万·彼得罗夫主持。", "伊万·彼得罗夫"),
    ("客户塞巴斯蒂安·科赫先生来电。", "塞巴斯蒂安·科赫"),
    ("感谢让·皮埃尔·杜兰的支持", "让·皮埃尔·杜兰"),
])
def test_a_dotted_name_ends_where_the_phrase_ends(text: str, name: str) -> None:
    assert [text[s:e] for s, e, _ in dotted(text)] == [name]


def test_a_preposition_glued_to_a_dotted_name_stays_out() -> None:
    text = "本周的分享由玛蒂娜·赫尔曼和王一鸣主讲。"
    assert [text[s:e] for s, e, _ in dotted(text)] == ["玛蒂娜·赫尔曼"]


@pytest.mark.parametrize(("text", "found", "kept"), [
    ("明早请孙晓安排车辆。", "孙晓安", "孙晓"),  # 安排: the last character starts an everyday word with the next
    ("李建国家里有事，改天再约。", "李建国", "李建国"),  # jieba cuts 李建国 whole: 国家 is no word here
])
def test_the_zh_tagger_tidy_gives_back_a_character_that_starts_the_next_word(text: str, found: str, kept: str) -> None:
    from workbench.privacy._rec_zh_tagger import _tidy

    s = text.index(found)
    got = _tidy(text, s, s + len(found))
    assert got is not None and text[got[0] : got[1]] == kept


@pytest.mark.parametrize(("text", "places"), [
    ("Invoice from Multan Security Services, due Friday.", []),  # a trade after a town: a company
    ("Collect it from Sialkot Textiles before noon.", []),
    ("She moved to Multan last year.", ["Multan"]),
    ("Offices in Sialkot, Multan and Quetta.", ["Sialkot", "Multan", "Quetta"]),
])
def test_a_town_heading_a_company_named_for_its_trade_is_no_place(text: str, places: list[str]) -> None:
    from workbench.privacy._rec_places import CityRecognizer

    assert [text[r.start : r.end] for r in CityRecognizer().analyze(text, ["LOCATION"])] == places


def test_a_capitalised_particle_joins_a_place_whose_last_word_is_also_a_month(privacy) -> None:
    """The retrained tagger reads "Mar" as a month; the town rule must still take "… Del Mar" whole."""
    from workbench.privacy._rec_places import CityRecognizer

    text = "We are back in City of San Pedro Del Mar next week."
    assert [text[r.start : r.end] for r in CityRecognizer().analyze(text, ["LOCATION"])] == ["City of San Pedro Del Mar"]
    sent = privacy.redact("We stayed in Villa Del Mar last June.", privacy.new_vault()).text
    assert not any(w in sent for w in ("Villa", "Del", "Mar")), sent


@pytest.mark.parametrize(("text", "found", "kept"), [
    ("客户程嘉和已经确认。", "程嘉和", "程嘉和"),  # a given name ending in 和 before a verb keeps it
    ("请韩嘉和签字。", "韩嘉和", "韩嘉和"),
    ("程嘉和韩嘉下周去开会。", "程嘉和", "程嘉"),  # 和 before the next name is the conjunction
])
def test_a_given_name_may_end_in_he(text: str, found: str, kept: str) -> None:
    from workbench.privacy._rec_zh_tagger import _tidy

    s = text.index(found)
    got = _tidy(text, s, s + len(found))
    assert got is not None and text[got[0] : got[1]] == kept
