"""Round ten's injection rules in English (``RULES10``): families written by mechanism from the seen splits'
misses (heldout3..heldout9), each with benign near misses in tests/guard/test_rules_r10.py."""

from __future__ import annotations

from ._rule import Rule

RULES10: tuple[Rule, ...] = ()
