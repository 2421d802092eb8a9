"""Round fourteen (PE): an address's edges by how addresses are built (``_rec_address14``), with near misses.

The examples are written for this test (places of countries no rule here names, not taken from a split); each
positive one leaks a word with ``_rec_address14.ENABLED`` off (``test_the_module_is_what_finds_them``).
"""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy import _rec_address14 as r14


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


POSITIVE = [
    # the word of the number before it: a lot, a unit, a street type of some language
    ("Tenant reported a leak in the unit at Carré n°318, quartier de Gbégamey, Cotonou.", ["Carré"]),
    # a post-office box and its town
    ("PO Box for correspondence: P.fah 321, Prizren. Physical: Rruga Iliria 5, Prizren.", ["321"]),
    ("Correspondence: а/я 77, Караганда.", ["77"]),
    # a dotted street type, a name, a marked number and the unit after it
    ("School run: Yaneth (pick-up Jr. Los Pinos N.º 318 Dpto. 12), then back.", ["Pinos", "318", "Dpto"]),
    ("Locals: member = {'name': 'Ana Quispe', 'village': 'Av. Los Robles s/n, Int. 7'}", ["Int"]),
    # EDIFACT NAD: street, city and postcode elements
    ("NAD+DP+++Lena Ortiz+Calle Sucre 14, piso 3+Tarija++00077'", ["00077"]),
]


@pytest.mark.parametrize("text, words", POSITIVE)
def test_the_address_is_redacted_whole(privacy: Privacy, text: str, words: list[str]) -> None:
    sent = _sent(privacy, text)
    assert not [w for w in words if w in sent], sent


def test_the_module_is_what_finds_them(privacy: Privacy) -> None:
    r14.ENABLED = False
    try:
        off = [_sent(privacy, text) for text, _ in POSITIVE]
    finally:
        r14.ENABLED = True
    leaked_off = [text for (text, words), sent in zip(POSITIVE, off) if any(w in sent for w in words)]
    assert len(leaked_off) == len(POSITIVE), [t for t, _ in POSITIVE if t not in leaked_off]


@pytest.mark.parametrize("text, kept", [
    ("See Fig. 3 and Table 2 for the details of Chapter 4.", ["Fig", "Table", "Chapter"]),
    ("We shipped 5 boxes, 3 bags and Box 4 of 7 yesterday.", ["Box", "boxes"]),
    ("Dear team, 12 of the 30 units failed in Q3 2024.", ["team", "units"]),
    ("Version 2.1, Build 4471 is out; Vol. 3 follows in Sec. 5.", ["Build", "Vol", "Sec"]),
    ("Mr. Okafor 12 years at the firm, Dr. Mensah 8 years.", ["years"]),
])
def test_near_misses_stay(privacy: Privacy, text: str, kept: list[str]) -> None:
    sent = _sent(privacy, text)
    assert all(w in sent for w in kept), sent
