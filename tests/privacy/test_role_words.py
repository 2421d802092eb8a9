"""A title or a role noun before a name is not personal data (HELD-OUT-6, seen: "Candidate", "Volunteer",
"Dr" went with the name they stood before), and a surname that is also a word keeps its place in the
span. Values written for this test."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Applicant Priya Raman submitted the form.", "Applicant", ("Priya", "Raman")),
    ("The shift lead is Volunteer Carlos Mendes.", "Volunteer", ("Carlos", "Mendes")),
    ("Courier Yusuf Demir signed for the parcel.", "Courier", ("Yusuf", "Demir")),
    ("Referred by Dr Helena Kowalska last week.", "Dr", ("Helena", "Kowalska")),
])
def test_the_role_word_stays_and_the_name_goes(privacy: Privacy, text: str, kept: str, gone: tuple[str, ...]) -> None:
    sent = privacy.redact(text, privacy.new_vault()).text
    assert kept in sent, sent
    assert not any(word in sent for word in gone), sent


@pytest.mark.parametrize("text", ["Stone Emma signed the form.", "Will Smith called back.", "Rose Park joined today."])
def test_a_first_word_that_is_also_a_name_is_not_cut_off(privacy: Privacy, text: str) -> None:
    sent = privacy.redact(text, privacy.new_vault()).text
    first = text.split()[0]
    assert first not in sent, sent
