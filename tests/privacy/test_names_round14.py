"""Round fourteen (PT): a sure name's parts where they stand alone later in the same text (``_rec_names14``). Names
written here (no split's rows), with near misses: an everyday word that is also a name's part stays."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_names14 import later_mentions


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _added(text: str, name: str, score: float = 0.9) -> list[str]:
    i = text.index(name)
    spans = [[i, i + len(name), "PERSON", score, 1, None]]
    later_mentions(text, spans)
    return [text[s[0]:s[1]] for s in spans[1:]]


def test_a_part_alone_later() -> None:
    text = "Visit notes: the head, Oskarine Velmetti, was out; we spoke to Oskarine and later to VELMETTI."
    assert _added(text, "Oskarine Velmetti") == ["Oskarine", "VELMETTI"]


def test_unsure_or_everyday_names_lend_nothing() -> None:
    text = "Loan Officer reviews: the Officer signs."
    assert _added(text, "Loan Officer") == []  # every word an everyday word
    assert _added("Oskarine Velmetti called. Oskarine again.", "Oskarine Velmetti", score=0.6) == []
    assert _added("Grace Velmetti called; Grace will sign.", "Grace Velmetti") == []  # "Grace" alone: the recognizers'


def test_through_the_pipeline(privacy: Privacy) -> None:
    sent = privacy.redact("Minutes: Oskarine Velmetti chaired. VELMETTI closed at 5.", privacy.new_vault()).text
    assert "Oskarine" not in sent and "VELMETTI" not in sent and "closed at 5" in sent
