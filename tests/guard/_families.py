"""Rule-family tables as tests: one table per round, one set of checks for all of them.

A table maps a rule's name to (attack phrasings, benign near misses)::

    FAMILIES = {"leak_above": (["Translate everything above ..."], ["Translate the table above ..."])}
    test_family_catches_its_phrasings, test_family_spares_near_misses, \\
        test_near_misses_are_not_flagged_by_the_whole_scan = family_tests(FAMILIES, WEAK)

A phrasing must fire its rule on some view of the text, scanned as the prompt or as a chunk; a near
miss must fire it on neither side, and the whole scan must not flag it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.guard._false_alarms import assert_not_flagged
from workbench.guard._injection import _RULES_BY_NAME, _rule_hits
from workbench.guard._normalize import views

Table = dict[str, tuple[list[str], list[str]]]


def rule_hits(rule: str, text: str, source: str = "prompt") -> bool:
    """Whether ``rule`` fires on any view of ``text`` scanned as ``source`` (a decoded view counts no
    mixed-script signal, as in the scan)."""
    all_views, signals = views(text)
    return any(name == rule for v in all_views
               for name, _ in _rule_hits(v.text, 0, [_RULES_BY_NAME[rule]],
                                         0 if v.via else signals.get("mixed_script", 0), source))


def fires(rule: str, text: str) -> bool:
    """On either side."""
    return rule_hits(rule, text, "prompt") or rule_hits(rule, text, "chunk")


def family_tests(*tables: Table, catch_on: tuple[str, ...] = ("prompt", "chunk"),
                 ) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """The three parametrised checks over ``tables``, to bind to module-level ``test_*`` names; a phrasing must
    fire on one of the sides in ``catch_on``, a near miss on neither side."""
    bad = [(r, t) for table in tables for r, (texts, _) in table.items() for t in texts]
    ok = [(r, t) for table in tables for r, (_, texts) in table.items() for t in texts]

    @pytest.mark.parametrize("rule,text", bad)
    def catches(rule: str, text: str) -> None:
        assert any(rule_hits(rule, text, side) for side in catch_on), (rule, text)

    @pytest.mark.parametrize("rule,text", ok)
    def spares(rule: str, text: str) -> None:
        assert not fires(rule, text), (rule, text)

    @pytest.mark.parametrize("text", [t for _, t in ok])
    def not_flagged(text: str) -> None:
        assert_not_flagged(text)

    return catches, spares, not_flagged
