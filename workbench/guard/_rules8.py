"""Round eight's rules (issue 16): social engineering, probing questions, friendly-opener jailbreaks,
harmless-looking tool orders. Near misses in tests/guard/test_rules_r8.py."""

from __future__ import annotations

from ._rule import Rule

RULES8: tuple[Rule, ...] = ()
