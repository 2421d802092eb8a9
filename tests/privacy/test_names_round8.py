"""Round eight (issue 15, P2): English-text names of more locales and carriers, and the vault across turns.

Values written for these tests (names of real naming traditions, none drawn from a split or a generator):
name particles, names in lower case in chat, a name column's cells and a lone given name in its own CSV cell,
product names spaCy reads as companies, and, through ``workbench.connect()`` and a loopback echo model, turn 2
naming turn 1's person by a part, another case, a possessive or without its letters (ł, đ, ı, ø, æ, ü).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import workbench
from workbench.bench import RecordingServer
from workbench.privacy import Privacy

from ..conftest import model_server
from ..corpus.conftest import FAST_KDF, PASSPHRASE

_PLACEHOLDER = re.compile(r"<([A-Z_]+)_\d+>")
_TOKEN = re.compile(r"<[A-Z_]+_\d+>")


def _red(privacy: Privacy, text: str):
    return privacy.redact(text, privacy.new_vault())


def _person_spans(privacy: Privacy, text: str) -> list[str]:
    return [text[e.start : e.end] for e in _red(privacy, text).entities if e.type == "PERSON"]


# -- particles: one person, one placeholder -----------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Spoke to Fatima Zahra bint Youssef about the renewal.", "Fatima Zahra bint Youssef"),
    ("The memo is from Mohamed Ould Abdallah, our auditor.", "Mohamed Ould Abdallah"),
    ("Please route it to Nurul Huda binti Ismail today.", "Nurul Huda binti Ismail"),
])
def test_a_name_particle_keeps_one_person(privacy: Privacy, text: str, name: str) -> None:
    red = _red(privacy, text)
    assert name.split()[0] not in red.text and name.split()[-1] not in red.text
    assert len(set(_PLACEHOLDER.findall(red.text))) == 1 and red.text.count("<PERSON_") == 1, red.text


# -- names typed in lower case ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,gone", [
    ("can you ping kemal yildiz pls", ("kemal", "yildiz")),
    ("thx ayşe, the deck is fine", ("ayşe",)),
])
def test_lowercase_names_in_chat(privacy: Privacy, text: str, gone: tuple[str, ...]) -> None:
    red = _red(privacy, text)
    for word in gone:
        assert word not in red.text, red.text


@pytest.mark.parametrize("text", [
    "export the data from pandas with numpy and then ask the team",
    "lol ok thx, pls ping me when the sales report is ready",
])
def test_lowercase_everyday_words_stay(privacy: Privacy, text: str) -> None:
    assert "PERSON" not in _red(privacy, text).counts


# -- tables: a name column, and a lone given name in its own cell -------------------------------------------
def test_a_name_columns_cells_are_people(privacy: Privacy) -> None:
    text = "first_name,last_name,department,title\nCảnh,Lý,Finance,Project Manager\nThu,Vo,Ops,Lead"
    red = _red(privacy, text)
    for word in ("Cảnh", "Lý", "Thu", "Vo"):
        assert word not in red.text.split("\n", 1)[1], red.text
    assert "Finance" in red.text and "Project Manager" in red.text


def test_a_name_column_of_products_is_no_person(privacy: Privacy) -> None:
    text = "name,price\nWidget,3\nGadget,4"
    assert "PERSON" not in _red(privacy, text).counts


def test_a_lone_given_name_in_its_own_cell_is_a_person(privacy: Privacy) -> None:
    text = '"Adeyemi","Folake","0803 555 0199"'
    red = _red(privacy, text)
    cell = text.index("Folake")
    hits = [e for e in red.entities if e.start <= cell < e.end]
    assert hits and hits[0].type == "PERSON", [(e.type, text[e.start : e.end]) for e in red.entities]


# -- product names that spaCy reads as companies --------------------------------------------------------------
@pytest.mark.parametrize("product", ["Spotify", "Notion"])
def test_product_names_are_no_people(privacy: Privacy, product: str) -> None:
    text = f"Export the playlists from Slack, Apple Music and {product} to the shared drive."
    assert product not in _person_spans(privacy, text)
    assert product in _red(privacy, text).text


# -- the vault across turns, through workbench.connect() and an echo model --------------------------------------
VAULT_CASES = [
    ("Please invoice Łukasz Wójcik for the audit.", "Lukasz confirmed; wojcik's copy is late.", ("Lukasz", "wojcik")),
    ("Meeting with Đặng Thị Hồng on Monday.", "Ms. Dang agreed; dang thi hong sent it.", ("Dang", "dang", "hong")),
    ("Işıl Öztürk owns the churn model.", "Isil Ozturk replied; Ozturk's notes are in.", ("Isil", "Ozturk")),
    ("Chukwuemeka Okafor approved the budget.", "Okafor's sign-off is attached; okafor said ok.", ("Okafor", "okafor")),
    ("Siobhán Ní Bhriain leads the office.", "ni bhriain replied, Siobhan is out.", ("bhriain", "Siobhan", "ni ")),
    ("Contract signed by Ahmed bin Khalid Al-Farsi.", "Mr. Farsi called; al-farsi's lawyer wrote.", ("Farsi", "farsi")),
    ("Søren Kjærgaard joins the data team.", "Soren starts Monday; Kjaergaard's laptop is ready.", ("Soren", "Kjaergaard")),
    ("Jürgen Müller owns the forecast.", "Mueller and Juergen agreed.", ("Mueller", "Juergen")),
    ("Our contact is Nguyễn Văn Đức.", "Duc replied; Nguyen Van Duc signed.", ("Duc", "Nguyen")),
    ("Ask Zsófia Kovács-Szabó for the file.", "Kovacs-Szabo sent it; zsofia is out.", ("Kovacs", "Szabo", "zsofia")),
]


@pytest.fixture
def echo(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, echo=True, passphrase=PASSPHRASE) as server:
        yield server


def _bodies(server: RecordingServer) -> list[str]:
    from workbench.guard import unmark

    return [unmark(json.dumps(json.loads(b.decode("utf-8")), ensure_ascii=False)) for b in server.raw_bodies]


@pytest.mark.parametrize("first,second,forbidden", VAULT_CASES, ids=["stroke-l", "vietnamese-d", "dotless-i", "okafor", "irish-particle", "arabic-particles", "danish-ae",
                              "german-ue", "vietnamese-middle", "hungarian-hyphen"])
def test_turn_two_names_turn_ones_person(echo: RecordingServer, isolated_home: Path, first: str, second: str,
                                         forbidden: tuple[str, ...]) -> None:
    with workbench.connect(**{**FAST_KDF, "audit.enabled": False}) as wb:
        c = wb.conversation()
        c.ask(first)
        c.ask(second)
    assert len(echo.requests) == 2
    for body in _bodies(echo):
        for word in forbidden:
            assert not re.search(r"(?<![^\W\d_])" + re.escape(word.strip()) + r"(?![^\W\d_])", body), \
                f"{word!r} sent in clear"
    turn1 = set(_TOKEN.findall(echo.requests[0]["messages"][-1]["content"]))
    turn2 = {t for t in _TOKEN.findall(echo.requests[1]["messages"][-1]["content"]) if not t.startswith("<DATE_TIME")}
    assert turn2 and turn2 <= turn1, f"turn 2 got a new placeholder ({turn2 - turn1}): the model sees two people"
