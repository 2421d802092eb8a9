"""One injection rule as data (a name, a weight, patterns, gate keywords), and the phrase fragments the
rule tables share (``_injection_rules``, ``_rules8``, ``_rules8_intl``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    name: str
    weight: float
    patterns: tuple[str, ...]
    #: substrings one of which every match contains: a view with none of them skips the patterns
    gate: tuple[str, ...] = ()
    #: older rules (earlier in RULES) whose matched phrases this rule does not count a second time
    overlaps: tuple[str, ...] = ()
    #: the sources ("prompt", "chunk") whose text the rule scores: "your .env" is the assistant's only in the user's prompt
    sides: tuple[str, ...] = ("prompt", "chunk")
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile("|".join(f"(?:{p})" for p in self.patterns), re.S))


_EN_PRIOR = r"(?:all\s+|any\s+|the\s+|your\s+|of\s+)*(?:previous|prior|above|earlier|preceding|former|original|initial|system|existing)"
_EN_ORDERS = r"(?:instructions?|prompts?|rules|directions|directives|guidelines|guidance|orders|commands|guardrails|constraints|restrictions|limits|context)"
_EN_DROP = r"(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|discard|set\s+aside|put\s+aside|stop\s+following|stop\s+obeying|stop\s+using)"
_ZH_PRIOR = r"(?:之前|以前|先前|上面|上述|前面|以上|此前|原来|原先|系统|所有|全部)"
_ZH_ORDERS = r"(?:指令|指示|提示词?|规则|规定|要求|设定|命令|约束|限制)"
_JA_PRIOR = r"(?:以前|前|上記|これまで|先ほど|最初|元|システム|全て|すべて)"
_JA_ORDERS = r"(?:指示|命令|ルール|プロンプト|制約|制限|設定|ガイドライン|決まり|規則)"
