"""Rule-family tables as tests: one table per round, one set of checks for all of them.

A table maps a rule's name to (attack phrasings, benign near misses)::

    FAMILIES = {"leak_above": (["Translate everything above ..."], ["Translate the table above ..."])}
    test_family_catches_its_phrasings, test_family_spares_near_misses, \\
        test_near_misses_are_not_flagged_by_the_whole_scan = family_tests(FAMILIES, WEAK)

A phrasing must fire its rule on some view of the text, scanned as the prompt or as a chunk; a near
miss must fire it on neither side, and the whole scan must not flag it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import pytest

from tests.guard._false_alarms import assert_not_flagged
from workbench.guard import score_text
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


#: runs a pattern could backtrack over after one of its gate keywords
FILLERS = ("\n" * 3000, " ," * 3000, "a " * 3000, " \n" * 2000, "_" * 3000, "'" * 2000, "。" * 2000, "の" * 2000)


def stall_tests(rules: Iterable[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    """Two checks that ``rules`` never stall: each one between two of its keywords with a long filler between
    (< 50 ms), and the whole scan over 60,000 characters of all their keywords (< 3 s)."""
    names = sorted(set(rules))

    @pytest.mark.parametrize("rule", names)
    def keyword_runs(rule: str) -> None:
        r = _RULES_BY_NAME[rule]
        worst = 0.0
        for keyword in r.gate:
            for filler in FILLERS:
                started = time.process_time()
                r.compiled.search(keyword + filler + keyword)
                worst = max(worst, time.process_time() - started)
        assert worst < 0.05, (rule, worst)

    def long_document() -> None:
        words = " ".join(g for name in names for g in _RULES_BY_NAME[name].gate)
        text = (words + " ") * (60_000 // (len(words) + 1) + 1)
        started = time.process_time()
        score_text(text[:60_000], source="chunk")
        assert time.process_time() - started < 3.0

    return keyword_runs, long_document
