"""``[corpus] find_entities`` finds chunks' spans a batch of chunks per analyser call; each chunk's
spans are in its own offsets, whatever batch it was in."""

from __future__ import annotations

from workbench.privacy import Privacy

TEXTS = [
    "Parental leave is sixteen weeks. Questions go to Li Wei (li.wei@example.com), room 4.",
    "Expense claims are filed within thirty days of travel, with every receipt scanned.",
    "James Whitfield from finance asked for the raw export by Friday at james.whitfield@example.com.",
]


def test_each_chunk_gets_its_own_spans_in_its_own_offsets() -> None:
    privacy = Privacy(None)
    for batch in (1, 2, 8):  # alone, split across batches, all in one
        spans = privacy.analyze_many(TEXTS, batch)
        values = [{(s["type"], text[s["start"]:s["end"]]) for s in found} for text, found in zip(TEXTS, spans)]
        assert {("PERSON", "Li Wei"), ("EMAIL_ADDRESS", "li.wei@example.com")} <= values[0], batch
        assert not {t for t, _ in values[1]} & {"PERSON", "EMAIL_ADDRESS"}, batch
        assert {("PERSON", "James Whitfield"), ("EMAIL_ADDRESS", "james.whitfield@example.com")} <= values[2], batch
    assert privacy.analyze_many([]) == []
