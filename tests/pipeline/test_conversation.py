"""Conversations: turns travel as history with placeholders, one conversation id in every audit
record, saved encrypted and continued after a restart, trimmed to the model's context."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.bench import RecordingServer
from workbench.errors import ConfigError

from ..conftest import model_server

VALUES = ("Maria Gonzalez", "maria.gonzalez@example.org", "Gonzalez", "Maria")


@pytest.fixture
def echo(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, echo=True) as server:
        yield server


def test_the_second_turn_carries_the_first_as_history_with_placeholders(echo: RecordingServer,
                                                                        isolated_home: Path) -> None:
    wb = workbench.connect()
    c = wb.conversation()
    c.ask("My colleague Maria Gonzalez (maria.gonzalez@example.org) owns the churn model.")
    c.ask("What should I ask Gonzalez first, and should I cc Maria?")
    assert len(echo.requests) == 2
    second = echo.requests[1]["messages"]
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
    assert second[0]["content"] == echo.requests[0]["messages"][-1]["content"]  # turn 1 as it was sent
    assert "<PERSON_1>" in second[0]["content"] and "<EMAIL_ADDRESS_1>" in second[0]["content"]
    for body in echo.raw_bodies:
        for value in VALUES:
            assert value.encode() not in body
    records = [r for r in wb.audit_log.records() if r["outcome"] == "answered"]
    assert len(records) == 2
    assert records[0]["gen_ai.conversation.id"] == records[1]["gen_ai.conversation.id"] == c.id
    assert c.messages[:2] == second[:2]  # conv.messages is exactly the history as sent


def test_one_shot_asks_get_a_conversation_id_each(echo: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect()
    wb.ask("One?")
    wb.ask("Two?")
    ids = [r["gen_ai.conversation.id"] for r in wb.audit_log.records() if r["outcome"] == "answered"]
    assert len(set(ids)) == 2 and all(ids)


def test_a_saved_conversation_continues_after_a_restart_and_is_encrypted(echo: RecordingServer,
                                                                        isolated_home: Path) -> None:
    wb = workbench.connect()
    c = wb.conversation(name="churn")
    c.ask("Maria Gonzalez owns the churn model.")
    wb.close()  # the kernel restarts: the vault is gone
    files = list((isolated_home / "conversations").glob("*"))
    assert files and all(b"Gonzalez" not in f.read_bytes() and b"PERSON" not in f.read_bytes() for f in files)

    wb2 = workbench.connect()
    again = wb2.conversation(name="churn")
    assert again.id == c.id and len(again.turns) == 1
    assert "Maria Gonzalez" in again.display()[0]["content"]  # restored for display from the saved vault
    again.ask("Remind me who owns it.")
    assert echo.requests[-1]["messages"][0]["content"] == echo.requests[0]["messages"][-1]["content"]
    assert b"Maria Gonzalez" not in echo.raw_bodies[-1]


def test_a_long_conversation_drops_its_oldest_turns_and_says_so(echo: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect(**{"conversation.max_history_tokens": 60})
    c = wb.conversation()
    for i in range(6):
        c.ask(f"Question number {i} about the quarterly churn figures for the EMEA region?")
    view = c.preview("next")
    assert view.dropped >= 1
    assert len(echo.requests[-1]["messages"]) < 2 * 5 + 1  # not every old turn was sent

    strict = workbench.connect(**{"conversation.max_history_tokens": 60, "conversation.trim": "error"})
    c2 = strict.conversation()
    with pytest.raises(ConfigError, match="no longer fits"):
        for i in range(6):
            c2.ask(f"Question number {i} about the quarterly churn figures for the EMEA region?")


def test_citations_are_checked_against_the_sources_given() -> None:
    from workbench.pipeline._sources import check_citations

    sources = [{"n": 1}, {"n": 2}]
    assert check_citations("As [1] and [2] say, but [7] does not exist.", sources) == {"valid": [1, 2], "invalid": [7]}
