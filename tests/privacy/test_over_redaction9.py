"""Round nine (issue 15, P2): words that are no person, place or address (written for these tests).

Rooms and gates, readings with a unit, products spaCy reads as a company followed by everyday words, CamelCase
product words beside a name, a markdown table's header row, and table cells a tab separates.
"""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize("text,kept", [
    ("Interview with Ana Lima (Senior Analyst) moved to Room 4.", "Room 4"),
    ("Boarding for the Oslo flight is now at Gate 12.", "Gate 12"),
    ("Meter reading for the depot: 18822 kWh this quarter.", "18822 kWh"),
    ("Action items:\n- Ana Lima to update the mapping\n- Finance to review the Google Sheets export", "Google Sheets"),
    ("Export it to Google Sheets before Friday.", "Google Sheets"),
    ("Spoke with Chraibi today; Hanan will send the Tableau workbook.", "Tableau"),  # spaCy's lone PERSON
    ("Supapone Charoenkul WhatsApp chat export\n6 Feb 2027", "WhatsApp"),
    ("| Name | Room | Extension |\n|---|---|---|\n| Freddy Synnes | 3.14 | 2210 |", "| Name | Room | Extension |"),
])
def test_everyday_words_stay(privacy: Privacy, text: str, kept: str) -> None:
    assert kept in _sent(privacy, text)


def test_a_tab_ends_a_table_cell(privacy: Privacy) -> None:
    sent = _sent(privacy, "Region\tOwner\tScore\n484\tAnna Berg\t23.7%")
    assert "484\t" in sent and "\t23.7%" in sent
    assert "Anna" not in sent and "Berg" not in sent


@pytest.mark.parametrize("text,name", [
    ("Call Sean McKenzie about the renewal.", "McKenzie"),
    ("Ron DeSantis sent the file.", "DeSantis"),
])
def test_a_surname_with_a_capital_inside_stays_a_name(privacy: Privacy, text: str, name: str) -> None:
    assert name not in _sent(privacy, text)
