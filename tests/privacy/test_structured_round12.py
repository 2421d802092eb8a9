"""Round twelve (P4): identity numbers by the record they stand in (``_rec_ids12``): an id-shaped value in a line,
JSON object or table row that names a person, or after an unknown short label. Values written here (shapes of no
split's scheme, check digits not needed), each slot with near misses that keep their numbers."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_ids12 import score


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _score(text: str, value: str) -> float:
    i = text.index(value)
    return score(text, i, i + len(value))


def test_a_number_in_a_record_that_names_a_person() -> None:
    assert _score("holder=Ingrid Solheim; doc=48213077915; exp=2031-01", "48213077915") > 0
    assert _score('{"customer": "Rafael Quesada", "rnp": "5531.90.117", "tier": "gold"}', "5531.90.117") > 0
    assert _score("<td>Sigrun Palsdottir</td><td>771-40-2286</td>", "771-40-2286") > 0
    assert _score("name,reg_no,joined\nTomas Ibarra,QX7731904,2024-03-11", "QX7731904") > 0
    assert _score("ZTRE4471K — Hiroko Tanabe", "ZTRE4471K") > 0
    # near misses: dates, amounts, business numbers and records without a name keep their numbers
    assert _score("holder=Ingrid Solheim; doc=48213077915; exp=2031-01", "2031-01") == 0
    assert _score("Ingrid Solheim paid 1,204,331.50 on 2026-03-11", "1,204,331.50") == 0
    assert _score("Ingrid Solheim, order 4471229018, shipped", "4471229018") == 0
    assert _score("Ingrid Solheim ran build v2.31.44017", "2.31.44017") == 0
    assert _score("Warehouse North shipped 4471229 units", "4471229") == 0
    assert _score("Rafael Quesada booked 10.03.2026 to 14.03.2026", "10.03.2026") == 0


def test_a_value_after_an_unknown_short_label() -> None:
    assert _score("KVN: 4482-1190-3", "4482-1190-3") > 0
    assert _score("t.k.: 55019023781", "55019023781") > 0
    assert _score("РНУКП: 3305172288", "3305172288") > 0
    # near misses: business, KPI, currency and unit acronyms head numbers that are no identity
    assert _score("SKU: 88421309", "88421309") == 0
    assert _score("MRR: 1250000", "1250000") == 0
    assert _score("EUR 4471229", "4471229") == 0
    assert _score("ISBN: 9783161484100", "9783161484100") == 0
    assert _score("The plan: 4471229 rows", "4471229") == 0


def test_end_to_end(privacy: Privacy) -> None:
    sent = privacy.redact("name,reg_no,joined\nTomas Ibarra,QX7731904,2024-03-11\n", privacy.new_vault()).text
    assert "QX7731904" not in sent and "2024-03-11" in sent
    text = "Order 4471-2290-18 shipped on 2026-04-11; 1,204,331 rows loaded."
    assert privacy.redact(text, privacy.new_vault()).text == text
