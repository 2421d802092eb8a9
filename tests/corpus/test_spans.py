"""Chunk spans found at ingestion are trusted only when the recognizers and settings in force
found them (issue 12, item 4): chunks ingested with privacy off, or with another recognizer set
or policy, are analysed again before they are sent."""

from __future__ import annotations

from pathlib import Path

import pytest

import workbench
from workbench.bench import RecordingServer
from workbench.corpus import Hit
from workbench.corpus._corpus import spans_fingerprint
from workbench.privacy import Privacy

from ..conftest import model_server
from .conftest import FAST_KDF, PASSPHRASE

CHUNK = "Parental leave is sixteen weeks. Questions go to Li Wei (li.wei@example.com), room 4."


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, model="remote", passphrase=PASSPHRASE, answer="Sixteen weeks [1].") as server:
        yield server


def _connect(**overrides):
    return workbench.connect(**{**FAST_KDF, "audit.enabled": False, "corpus.find_entities": True, **overrides})


def _sent(server: RecordingServer) -> str:
    return server.raw_bodies[-1].decode("utf-8")


@pytest.mark.parametrize("ingest", [
    {"privacy.enabled": False},  # privacy off at ingestion: no spans, not "no personal data"
    {"privacy.allow": ["Li Wei"]},  # another configuration found the spans (stands for an older recognizer set)
], ids=["privacy-off", "other-config"])
def test_chunks_whose_spans_were_not_found_by_todays_recognizers_are_analysed_again(
        remote: RecordingServer, isolated_home: Path, ingest: dict) -> None:
    with _connect(**ingest) as wb:
        assert wb.corpus("hr").add([CHUNK], progress=False).chunks_added == 1
    with _connect() as wb:  # privacy on, default settings: the chunk's PII must not leave
        answer = wb.ask("How long is parental leave?", corpus="hr", k=1)
    body = _sent(remote)
    assert "sixteenˆweeks" in body  # the chunk was sent (datamarked)...
    from workbench.guard import unmark

    plain = unmark(body)  # the passage's spaces are datamarks: look at it with spaces
    assert "Li Wei" not in plain and "li.wei@example.com" not in plain  # ...without its personal data
    assert answer.entities.get("PERSON") == 1 and answer.entities.get("EMAIL_ADDRESS") == 1


def test_spans_found_by_todays_recognizers_are_used(remote: RecordingServer, isolated_home: Path) -> None:
    with _connect() as wb:
        wb.corpus("hr").add([CHUNK], progress=False)
        (hit,) = wb.search("parental leave", corpus="hr", k=1)
        privacy = Privacy(wb.settings.privacy)
        spans = hit.entities_for(privacy)
        assert spans is not None and {s["type"] for s in spans} >= {"PERSON", "EMAIL_ADDRESS"}
        assert hit.entities_by == spans_fingerprint(privacy) == spans_fingerprint(wb.settings.privacy)
        wb.ask("How long is parental leave?", corpus="hr", k=1)
    assert "Li Wei" not in _sent(remote) and "li.wei@example.com" not in _sent(remote)


def test_stale_or_unlabelled_spans_are_not_trusted() -> None:
    privacy = Privacy(None)
    current = spans_fingerprint(privacy)
    spans = [{"type": "PERSON", "start": 0, "end": 6}]

    def hit(**kw):
        return Hit(chunk_id="c", text="Li Wei called.", source="s", score=1.0, **kw)

    assert hit(entities=spans, entities_by=current).entities_for(privacy) == spans
    assert hit(entities=spans).entities_for(privacy) is None  # written before spans were labelled
    assert hit(entities=[], entities_by="0" * 32).entities_for(privacy) is None  # another recognizer set
    assert hit(entities_by=current).entities_for(privacy) is None  # no spans stored
    assert spans_fingerprint(Privacy(type("S", (), {"score_threshold": 0.9})())) != current
    assert spans_fingerprint(Privacy(type("S", (), {"policy": {"PERSON": "mask"}})())) != current
    assert spans_fingerprint(Privacy(type("S", (), {"enabled": False})())) is None
