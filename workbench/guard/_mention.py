"""Mentions of an order, not orders (round twelve, I2): what the scan's rules should not count at full weight.

A security training, a paper or a ticket quotes the words of an attack to talk about them: "attackers write things
like 'ignore previous instructions'", "prompts such as 'pretend you are DAN'", "why 'ignore all previous
instructions' attacks work", 攻击者会写“忽略之前的所有指令”之类的话, 「前の指示を無視して」といった文言,
'이전 지시를 무시하라'라고 써서. ``_injection`` already counts a rule whose every match lies inside quotes at half
weight (reported speech); a quote that is MARKED as a mention (an example cue before it, a naming noun or a
quotative particle after it) counts at ``MENTION_FACTOR``, and so does an order reported as someone's attempt
("requests to print the system prompt", "a user tried to make the chatbot reveal its prompt").

The other way round, a quote that is a DATA CONTAINER is no reported speech: a CSV cell (a quote right after the
row's comma) or a spreadsheet formula's string (``="…"``) holds text someone planted in the data, and counts in
full. Quotes are read on the canonical view (lower case, NFKC), so full-width quotes and colons are already ASCII.
"""

from __future__ import annotations

import re

#: a rule whose every match lies in a marked mention counts at this fraction of its weight (a plain quote: 0.5)
MENTION_FACTOR = 0.2

#: quoted passages: ASCII and typographic quotes, CJK brackets, guillemets, German low-high quotes; an ASCII single
#: quote may be followed by a Hangul particle ('…'라고) or a CJK character, not by a Latin letter (don't, it's)
_QUOTED = re.compile(r"(?<!\w)'[^'\n]{3,300}'(?![a-z0-9])|\"[^\"\n]{3,300}\"|“[^”]{1,300}”|‘[^’]{1,300}’|「[^」]{1,300}」|"
                     r"『[^』]{1,300}』|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]")

#: just before a quote: the cue that what follows is an example of words, not the speaker's order
_BEFORE = re.compile(
    r"(?:\b(?:like|such\s+as|e\.g\.|eg\.|i\.e\.|for\s+example|for\s+instance|including|include|included|includes|"
    r"(?:the\s+|a\s+|an\s+)?(?:phrases?|words?|strings?|lines?|sentences?|messages?|prompts?|requests?|payloads?|inputs?|"
    r"commands?|texts?|examples?|wording|snippets?)|(?:writes?|wrote|written|writing|types?|typed|typing|says?|said|saying|"
    r"asks?|asked|asking|tells?|told|telling|sends?|sent|enters?|entered|pastes?|pasted|contains?|contained|read|reads|"
    r"labell?ed|flags?|flagged|blocks?|blocked|detects?|detected)(?:\s+(?:it|them|him|her|the\s+\w+|things?|something|"
    r"lines?|phrases?))?(?:\s+to)?|called|named|known\s+as|so-called|dubbed|comme|tels?\s+que|telles?\s+que|par\s+exemple|"
    r"écrivent|écrit|como|por\s+ejemplo|escriben|wie|z\.\s?b\.|schreiben|come|ad\s+esempio|scrivono)"
    r"|\(|例如|比如|诸如|諸如|像|类似|類似|写|寫|写道|寫道|说|說|输入|輸入|发送|發送|例えば|たとえば|書く|書いて|書き込|입력|예를\s?들어)"
    r"(?:\s+(?:often|sometimes|usually|typically|commonly|parfois|souvent|a\s+veces|manchmal|oft|spesso))?\s*[:,]?\s*$")
#: just after a quote: a naming noun ("… attacks", "-style prompts") or a quotative particle (といった, 之类, 라고)
_AFTER = re.compile(
    r"\s*(?:-?\s*(?:style|type|like|kind|based)\b|(?:attacks?|prompts?|injections?|payloads?|patterns?|phrases?|examples?|"
    r"requests?|attempts?|techniques?|jailbreaks?|strings?|messages?|lines?|tricks?|commands?|texts?|instructions?\s+(?:are|is|was|were)|"
    r"trick|ploy|approach|method|template|category|variants?|family)\b|(?:といった|などの|などと|などという|のような|のように|"
    r"という|と(?:いう|書|入力|言|打)|之类|之類|这类|這類|这样的|這樣的|等|一类|一類|的(?:攻击|攻擊|提示|指令|话|話|字样|字樣|说法|說法)|"
    r"라고|이라고|같은|등의|등))")
#: an order reported as someone's attempt, just before the matched words: "requests to print", "tried to make the bot reveal"
_ATTEMPT = re.compile(
    r"\b(?:requests?|attempts?|attempted|attempting|tries|tried|trying|efforts?|demands?|asks)\s+(?:to\s+)?(?:(?:get|make|trick|force|"
    r"convince|persuade|coax|manipulate)\s+(?:the\s+|an?\s+|its\s+|our\s+|their\s+)?(?:\w+\s+)?(?:ai|bot|chatbot|model|assistant|agent|"
    r"llm|system|tool)s?\s+(?:into\s+)?(?:to\s+)?|to\s+)$")
#: between two quotes of one list: the second is a mention when the first is ("asked it to '…' and to '…'", "'…', '…'")
_LISTED = re.compile(r"\s*(?:,|;|/|\bor\b|\band\b|\bas\s+well\s+as\b|、|和|或|や|と)?\s*(?:(?:also\s+)?to\s+)?(?:\(|,)?\s*")
#: a CSV cell (the quote opens right after a comma, no space, of a row with another comma) or a formula string (="…")
_CELL_BEFORE = re.compile(r"(?:^|\n)[^\n]*,[^\n]*,$|=\s*$")


def quote_spans(norm: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The quoted passages of a canonical view that are reported speech, and those of them marked as mentions.
    A data container (a CSV cell, a formula's string) is neither."""
    quoted: list[tuple[int, int]] = []
    mentioned: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(norm):
        start, end = m.span()
        head = norm[max(0, start - 200):start]
        if norm[start] == '"' and _CELL_BEFORE.search(head):
            continue
        quoted.append((start, end))
        listed = bool(mentioned) and _LISTED.fullmatch(norm, mentioned[-1][1], start) is not None  # "'…' and to '…'"
        if listed or _BEFORE.search(norm, max(0, start - 60), start) or _AFTER.match(norm, end):
            mentioned.append((start, end))
    return quoted, mentioned


def reported_attempt(norm: str, start: int) -> bool:
    """Whether the order matched at ``norm[start:]`` is reported as someone's attempt ("requests to print …")."""
    return bool(_ATTEMPT.search(norm, max(0, start - 90), start))


#: right after "override / ignore the previous instructions": the document they belong to, named ("… in the runbook",
#: "… of the install guide"): a change to a procedure for people, not the assistant's own set-up (never "your …")
_ARTIFACT_AFTER = re.compile(
    r"\s+(?:in|of|from|for|on)\s+(?:the|this|that|our|their)\s+(?:(?:old|current|previous|existing|latest|new|team'?s?|"
    r"deployment|install(?:ation)?|onboarding|release|migration|ops|it|hr)\s+)?(?:runbooks?|manuals?|handbooks?|playbooks?|wiki|readme|"
    r"sops?|checklists?|guides?|procedures?|specs?|specifications?|templates?|forms?|tickets?|memos?|contracts?|sections?|chapters?|"
    r"appendix|recipes?|jobs?|pipelines?|dags?|etl|scripts?|repo|repository|jira|confluence|binder|leaflet|brochure|sheet|page\s+\d+)\b")


def document_scoped(norm: str, end: int) -> bool:
    """Whether the instructions matched just before ``norm[end:]`` are a named document's ("in the runbook")."""
    return bool(_ARTIFACT_AFTER.match(norm, end))
