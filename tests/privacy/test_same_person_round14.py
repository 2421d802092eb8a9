"""Round fourteen (lead): a part of a fuller name in the same text is that person, not a new one."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


@pytest.mark.parametrize("text", [
    "Anish Naidu called on Monday. Anish wrote back to Maria.",
    "Naidu sent the file. Anish Naidu signed it.",  # the part comes first
])
def test_a_part_of_a_full_name_in_the_same_text_gets_its_placeholder(privacy: Privacy, text: str) -> None:
    vault = privacy.new_vault()
    red = privacy.redact(text, vault)
    persons = [e.placeholder for e in red.entities if e.type == "PERSON"]
    assert "Anish" not in red.text and "Naidu" not in red.text
    assert persons[0] == persons[1] and privacy.restore(persons[0], vault) == "Anish Naidu"


def test_a_part_that_two_full_names_share_stays_a_person_of_its_own(privacy: Privacy) -> None:
    vault = privacy.new_vault()
    red = privacy.redact("Anish Naidu and Anish Kapoor replied; Anish was late.", vault)
    persons = [e.placeholder for e in red.entities if e.type == "PERSON"]
    assert len(persons) == 3 and len(set(persons)) == 3 and "Anish" not in red.text
