"""Round twelve (P3): person names in English and Chinese. Values invented here (not copied from any split), each
rule with near misses beside it."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_names11 import names


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in names(text)]


# -- a bare "Name" column: people or goods? ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Name|Region\nTemuulen Baasanjav|Khovd\nNgaio Parata|Otago", "Ngaio Parata"),
    ("Name & Office \\\\\nIolana Kanahele & Hilo \\\\\nUnai Agirre & Bilbao \\\\", "Unai Agirre"),
    ("Name;Phone\nRasoanaivo;034 22 416 80", "Rasoanaivo"),       # one word beside a person's column
])
def test_bare_name_column_of_people(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "name,price\nWidget,3\nGadget,4",                  # goods beside it, single words no list holds
    "Name,Stock\nHarbour Lamp,3\nCedar Stool,12",      # capitalised products under a goods header
    "Name,Status\nZephyr,live\nQuasar,retired",        # codenames: single words no name list holds
    "Name|Seats\nScale Up|50\nStarter|5",              # plans: everyday words
])
def test_bare_name_column_of_goods(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", ["name,price\nWidget,3\nGadget,4", "Name,Status\nZephyr,live\nQuasar,retired",
                                  "Name,Price,Qty\nNimbus,12,3\nKestrel,40,1"])
def test_bare_name_column_of_goods_end_to_end(privacy: Privacy, text: str) -> None:
    assert "PERSON" not in privacy.redact(text, privacy.new_vault()).counts


def test_qualified_name_column_needs_no_evidence() -> None:
    # "customer_name" says what the column holds: one unlisted word is still a person there
    assert "Zozan" in _found("customer_name,amount\nZozan,300")
