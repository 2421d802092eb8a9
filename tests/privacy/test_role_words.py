"""A title before a name is not personal data (HELD-OUT-6, seen: "Dr" went with the name after it), and a
first word that is also a word is never cut off a name (a role-noun rule tried in round five cut "Zain",
"Salma", "Diwata": Webster's lists them). Values written for this test."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Referred by Dr Helena Kowalska last week.", "Dr", ("Helena", "Kowalska")),
    ("The panel: Prof Arjun Mehta and others.", "Prof", ("Arjun", "Mehta")),
])
def test_the_title_stays_and_the_name_goes(privacy: Privacy, text: str, title: str, name: tuple[str, ...]) -> None:
    sent = privacy.redact(text, privacy.new_vault()).text
    assert title in sent, sent
    assert not any(word in sent for word in name), sent


@pytest.mark.parametrize("text", ["Stone Emma signed the form.", "Will Smith called back.", "Zain Khalid approved it.",
                                  "Salma Wilson sent apologies.", "Rose Park joined today."])
def test_a_first_word_that_is_also_a_word_is_not_cut_off(privacy: Privacy, text: str) -> None:
    sent = privacy.redact(text, privacy.new_vault()).text
    assert text.split()[0] not in sent, sent


@pytest.mark.parametrize(("text", "role", "name"), [
    ("Volunteer Hira Khan will call back.", "Volunteer", ("Hira", "Khan")),
    ("Rider Hira said the parcel was late.", "Rider", ("Hira",)),
    ("Candidate Ayaz Tiwana passed the test.", "Candidate", ("Ayaz", "Tiwana")),
])
def test_a_role_before_a_name_stays_whoever_found_the_name(privacy: Privacy, text: str, role: str,
                                                          name: tuple[str, ...]) -> None:
    """Round six: role and job nouns (``_gazetteer.role_words``, never a given name) come off every
    recognizer's PERSON span, spaCy's too, as titles do."""
    sent = privacy.redact(text, privacy.new_vault()).text
    assert sent.startswith(role), sent
    assert not any(word in sent for word in name), sent
