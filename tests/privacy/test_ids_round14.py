"""Round fourteen (PE): the edges of ids and phones, EDIFACT COM segments (``_rec_ids14``), with near misses.

Written for this test (not taken from a split); the module's own spans are checked directly.
"""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy import _rec_ids14 as i14


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


POSITIVE = [
    # an id's series letters in any script, glued to its digits
    ("ID check failed for the holder: the document presented, card Ая91230044, was expired.", ["Ая"]),
    # EDIFACT COM: the qualifier names a telephone, whatever its shape
    ("NAD+CN+++Lena Ortiz+Calle Sucre 14+Tarija++00077'\nCOM+0771 234 567:TE'\nCOM+lena@example.org:EM'", ["0771"]),
    # a number in brackets after a name, valid in some region however it is punctuated
    ("Mobile money reversal: wrong recipient Waisea Tora (787.7861) yesterday.", ["7861"]),
    ("Reversal: wrong recipient Moldir Omarova (8.(707).473.9053) yesterday.", ["9053"]),
]


@pytest.mark.parametrize("text, words", POSITIVE)
def test_the_value_is_redacted_whole(privacy: Privacy, text: str, words: list[str]) -> None:
    sent = _sent(privacy, text)
    assert not [w for w in words if w in sent], sent


@pytest.mark.parametrize("text, value, kind, expected", [
    ("ID check failed: the document presented, card Ая91230044, was expired.", "91230044", "ID_NUMBER", "Ая91230044"),
    ("Reversal: wrong recipient Moldir Omarova (8.(707).473.9053) yesterday.", "Moldir Omarova", "PERSON",
     "8.(707).473.9053"),
    ("COM+0771 234 567:TE'", None, None, "0771 234 567"),
    ("Call the office on (+261) 20 22 123 45 before noon.", "20 22 123 45", "PHONE_NUMBER", "(+261) 20 22 123 45"),
])
def test_the_module_reads_the_edges(text: str, value: str | None, kind: str | None, expected: str) -> None:
    spans = []
    if value:
        at = text.index(value)
        spans = [[at, at + len(value), kind, 0.6, 1, None]]
    assert expected in [text[a:b] for a, b, *_ in i14.spans14(text, spans)]
    i14.ENABLED = False
    try:
        assert i14.spans14(text, spans) == []
    finally:
        i14.ENABLED = True


def test_a_field_prefix_of_capitals_joins_the_id() -> None:
    text = "Holder | Card: ББ 79091294 | valid"
    at = text.index("79091294")
    spans = i14.spans14(text, [[at, at + 8, "ID_NUMBER", 0.6, 1, None]])
    assert [text[s:e] for s, e, *_ in spans] == ["ББ 79091294"]


@pytest.mark.parametrize("text, value", [
    ("Seller: Ana Lind, NIN 88120044221", "88120044221"),  # a label acronym stays a label
    ("customer_id\tnational_id\n88121\t7712004412", "7712004412"),
    ("Credit bureau report for Ana Lind (ID 88120044): 2 facilities.", "88120044"),
])
def test_labels_are_no_series_letters(text: str, value: str) -> None:
    at = text.index(value)
    assert i14.spans14(text, [[at, at + len(value), "ID_NUMBER", 0.6, 1, None]]) == []


def test_brackets_after_a_name_that_hold_no_phone(privacy: Privacy) -> None:
    sent = _sent(privacy, "Board: Ana Lind (1984), Omar Khan (2019-2021), Priya Nair (45), Ada Obi (1,250,000).")
    assert "PHONE_NUMBER" not in sent and "1984" in sent and "1,250,000" in sent, sent


def test_hl7_identifier_fields_are_ids() -> None:
    text = "PID|1||52-32218-8-9^^^MRN~A77^^^X||DOE, Ana||19790612|F|||Flat 2^^Suva||7977904||||||123-45-6789|DL99881"
    assert [text[a:b] for a, b, *_ in i14.spans14(text, [])] == ["52-32218-8-9", "123-45-6789", "DL99881"]
