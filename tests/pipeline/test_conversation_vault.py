"""The issue's two-turn acceptance through workbench.connect(): a person named in turn 1 and only
by surname or given name in turn 2 is sent in clear in neither, whatever the NER says in turn 2.

A loopback recording server stands in for the model; every byte it received is searched. The
names were written for this file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import workbench
from workbench.bench import RecordingServer

from ..conftest import model_server


@pytest.fixture
def echo(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, echo=True) as server:
        yield server


CASES = {
    "english": ("Please loop in Priya Raman (priya.raman@example.com) on the forecast.",
                "Did Raman reply? If not, ask Priya again.", ["Priya", "Raman"]),
    "particles van der": ("Our contact is Jan van der Berg at the Utrecht office.",
                          "Has Van der Berg signed? If not, call Jan tomorrow.", ["Jan", "Berg"]),
    "particles de la": ("María de la Cruz approved the budget.",
                        "Ask de la Cruz whether María wants the slides.", ["María", "Cruz"]),
    "apostrophe": ("Sean O'Neil owns the pricing model.",
                   "Did O’Neil answer? Sean said Friday.", ["Sean", "O'Neil", "O’Neil", "Neil"]),
    "hyphenated": ("Anne-Marie Dubois-Laurent leads the audit.",
                   "Send it to Dubois-Laurent, and Ms Dubois said Anne-Marie will review.",
                   ["Anne-Marie", "Dubois", "Laurent"]),
    "half of a hyphenated surname": ("Anne-Marie Dubois-Laurent leads the audit.",
                                     "Has Dubois signed? The laurent file is late.", ["Dubois", "laurent"]),
    "everyday words": ("Will Hunter joined the churn team.",
                       "Will, ask Hunter about the numbers; we will decide later.", ["Hunter"]),
    "case and spacing": ("Maria Gonzalez owns the churn model.",
                         "GONZALEZ is away; ask maria  gonzalez's deputy or Maria\nGonzalez herself.",
                         ["GONZALEZ", "Gonzalez", "gonzalez", "Maria", "maria"]),
    "chinese given name": ("客户王小明的手机号是13812345678。", "小明说下周再谈，王先生也同意。", ["小明"]),
    "chinese compound surname": ("请联系欧阳明轩确认合同。", "明轩同意了吗？欧阳总怎么说？", ["明轩", "欧阳"]),
    "traditional chinese": ("客戶陳柏諺的訂單已出貨。", "柏諺說明天到。", ["柏諺"]),
    "mixed": ("Please ask Li Wei (李伟) about the Q3 numbers.", "Did Wei answer? 李伟说周五。", ["Wei", "李伟"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_two_turns_send_neither_name_in_clear(echo: RecordingServer, isolated_home: Path, case: str) -> None:
    first, second, forbidden = CASES[case]
    wb = workbench.connect()
    c = wb.conversation()
    c.ask(first)
    answer = c.ask(second)
    assert len(echo.requests) == 2
    for body in echo.raw_bodies:  # both turns, and turn 1 again as history in the second request
        sent = json.dumps(json.loads(body.decode("utf-8")), ensure_ascii=False)
        for value in forbidden:
            assert value not in sent, f"{value!r} sent in clear ({case})"
    assert answer.entities.get("PERSON", 0) >= 1  # turn 2 knew the person from turn 1
    wb.close()


# An xfail until round seven: the NER read "Has Berg" as a new person (_known.within_known now).
def test_turn_two_keeps_the_placeholder_of_turn_one(echo: RecordingServer, isolated_home: Path) -> None:
    wb = workbench.connect()
    c = wb.conversation()
    c.ask("Jan van der Berg owns the audit.")
    c.ask("Has Berg signed?")
    sent = echo.requests[-1]["messages"][-1]["content"]
    assert "Berg" not in sent
    assert sent == "Has <PERSON_1> signed?"  # the model can tell it is the same person
    wb.close()
