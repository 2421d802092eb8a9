"""Shared fixtures: one real analyzer per test session, and the assertion helper."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy, SessionVault


@pytest.fixture(scope="session")
def privacy() -> Privacy:
    p = Privacy()
    p.redact("build the analyzer once", p.new_vault())
    return p


@pytest.fixture
def vault() -> SessionVault:
    return SessionVault()


def assert_found(privacy: Privacy, text: str, entity_type: str, value: str) -> None:
    """``value`` in ``text`` is found as ``entity_type`` and does not reach the sent text."""
    red = privacy.redact(text, privacy.new_vault())
    assert value not in red.text, f"{entity_type} leaked: {red.text!r}"
    start = text.index(value)
    hits = [e for e in red.entities if e.start <= start and e.end >= start + len(value)]
    assert hits, f"no entity covers the {entity_type}; found {[e.type for e in red.entities]}"
    assert hits[0].type == entity_type, f"expected {entity_type}, got {hits[0].type}"


def assert_not_found(privacy: Privacy, text: str, entity_type: str | None = None) -> None:
    """Nothing of ``entity_type`` (or nothing at all) is redacted in ``text``."""
    red = privacy.redact(text, privacy.new_vault())
    acted = [e.type for e in red.entities if e.action != "keep"]
    if entity_type is None:
        assert red.text == text, f"changed: {red.text!r}"
    else:
        assert entity_type not in acted, f"{entity_type} wrongly found in {text!r}"
