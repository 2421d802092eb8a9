"""Round nine (issue 15, P2): names the CRF read only in part, initials before a surname, acronyms in capitals.

Values written for these tests (none drawn from a split's template file): an unknown given name before a surname
the tagger knows ("Approved: Narine Jowlfigharyan"), initials before a surname, and short words in capitals that are acronyms, not surnames ("Re: KYC Tier 2").
"""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_tagger import _given_before


def _persons(privacy: Privacy, text: str) -> list[str]:
    red = privacy.redact(text, privacy.new_vault())
    return [text[e.start : e.end] for e in red.entities if e.type == "PERSON"]


def test_an_unknown_given_name_before_a_tagged_surname_joins_it() -> None:
    text = "Approved: Meline Jowlfigharyan / Date: 2026-01-12"
    s = text.index("Jowlfigharyan")
    found = _given_before(text, [(s, s + len("Jowlfigharyan"), "PERSON", 0.9)])
    assert found == [(text.index("Meline"), s + len("Jowlfigharyan"), "PERSON", 0.9)]


@pytest.mark.parametrize("text,word", [
    ("Yesterday Jowlfigharyan signed.", "Yesterday"),  # a frequent word opens the sentence
    ("Manager Jowlfigharyan signed.", "Manager"),  # a role
    ("Boston Jowlfigharyan signed.", "Boston"),  # a city
    ("Dr Jowlfigharyan signed.", "Dr"),  # a title
])
def test_what_stands_before_a_name_is_no_part_of_it(text: str, word: str) -> None:
    s = text.index("Jowlfigharyan")
    found = _given_before(text, [(s, s + len("Jowlfigharyan"), "PERSON", 0.9)])
    assert found[0][0] == s, f"{word!r} was taken into the name"


def test_the_whole_name_is_sent_as_one_placeholder(privacy: Privacy) -> None:
    text = "Approved: Meline Jowlfigharyan / Date: 2026-01-12"
    sent = privacy.redact(text, privacy.new_vault()).text
    assert "Meline" not in sent and "Jowlfigharyan" not in sent


def test_initials_before_a_surname_are_the_names() -> None:
    text = "Meter reading checked by K.T. Halvorsen on site."
    s = text.index("Halvorsen")
    found = _given_before(text, [(s, s + len("Halvorsen"), "PERSON", 0.9)])
    assert found[0][0] == text.index("K.T.")


@pytest.mark.parametrize("text,acronym", [
    ("cc: Ana Lima; Rui Costa\nRe: KYC Tier 2 backlog", "KYC Tier"),
    ("Subject: SLA Breach 4 on the Ledger feed", "SLA Breach"),
])
def test_a_short_word_in_capitals_no_list_holds_is_an_acronym(privacy: Privacy, text: str, acronym: str) -> None:
    assert acronym in privacy.redact(text, privacy.new_vault()).text


def test_a_short_surname_in_capitals_is_still_one(privacy: Privacy) -> None:
    sent = privacy.redact("SHIP TO: LIM Wei Jie / 12 Jurong Road", privacy.new_vault()).text
    assert "LIM" not in sent and "Wei" not in sent
