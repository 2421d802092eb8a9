"""Round fourteen (PT, issue 15): spans read as a person or place that a record's structure says are none, and
PERSON spans that ran on past the name into the record around it.

Diagnosed on the seen splits HELD-OUT-10..13 (``--show``-style listing of every redacted word outside personal data);
every rule reads the shape of the text, not the words seen there:

* **No name at all** (:func:`not_personal`):
  - a PERSON or place with no letter in it (spaCy's PERSON "~2,400" in "earns ~2,400/month");
  - a record's key: the span stands right before ``=`` ("dc=coop" in an LDAP dn) or is a property glued to its
    parameters ("ATTENDEE;CN=..." in iCalendar, "TEL;TYPE=...");
  - a Python traceback's ``File "x.py", line 88`` word;
  - a log line's level: a short word in capitals right after a clock time ("06:25:24Z ERR notify ...") or after
    ``grep``;
  - a label of one word whose value is an amount ("Loan: 3,200.00"): a person's name before a colon is a speaker or
    a contact, whose value is words or a phone number, never a sum with cents.
* **A PERSON span cut back to its name** (:func:`trim`, on the recognizers' raw spans before they are merged):
  - at a record's field separators (``;``, ``|``, a tab, ``","``) and column gaps (two spaces or more): the edge
    fields with a digit in them, with no letter, of everyday words only, a letter-spaced label ("A D D R E S S", not
    a letter-spaced name) or a label before a colon ("HALILOVIĆ Adnan   ID: 1508...") leave the span ("Shalendra Narayan;Ba;230;920.00");
  - at its edges, a number or code ("RATION CARD 0088-7"; a handle such as "Alojz_6791614340" stays); a span left with everyday words only is none;
  - a lower-case word opening it that is no particle or listed name ("pt Altagracia Tejada", a chart's shorthand);
  - a role noun opening it (an everyday word in ``role_words`` or with a role's ending, -ee / -er / -or / -ant ...)
    that is no listed given name, surname or title, when two capitalised words or more stay ("Consignee Prabath
    Mahendra"; "Happiness Amani Mbwambo" keeps its given name).
"""

from __future__ import annotations

import re

_KEY_AFTER = re.compile(r"=|;[A-Za-z][A-Za-z-]*=")
_TRACEBACK = re.compile(r"[ \t]*File \"[^\"\n]+\", line \d+")
_CLOCK_BEFORE = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\]?[ \t]+$")
_GREP_BEFORE = re.compile(r"\bgrep(?:[ \t]+-\w+)*[ \t]+$")
_AMOUNT_AFTER = re.compile(r"[ \t]*[:：][ \t]*(?:[A-Z]{3}[ \t]?|[$€£¥₹])?[-+]?\d{1,3}(?:[,.' ]\d{3})*[.,]\d{2}\b")
_FIELD = re.compile(r"[ \t]*(?:[;|\t]|\",[ \t]*\"?|,\")[ \t]*|[ \t]{2,}")
_LETTER_SPACED = re.compile(r"(?:[^\W\d_] ){2,}[^\W\d_]")
_NAMEISH = ("PERSON", "LOCATION")
#: off only to measure this module against the tree without it (bench: the same process, the same samples)
ENABLED = True


def not_personal(text: str, start: int, end: int, entity: str, source: str = "", score: float = 1.0) -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-personal spans."""
    if entity not in _NAMEISH or not ENABLED:
        return False
    value = text[start:end]
    if not value.strip():
        return False
    if not any(c.isalpha() for c in value):
        return True
    if _KEY_AFTER.match(text, end) and " " not in value.strip():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if value == "File" and _TRACEBACK.match(text, line_start) and text.startswith(' "', end):
        return True
    if value.isupper() and len(value) <= 5 and value.isalpha():
        before = text[line_start:start]
        if _CLOCK_BEFORE.search(before) or _GREP_BEFORE.search(before):
            return True
    if " " not in value.strip() and _AMOUNT_AFTER.match(text, end):
        return True
    return False


def _everyday_only(words: list[str]) -> bool:
    from ._gazetteer import everyday

    letters = [w.strip(".,'’()\"") for w in words]
    letters = [w for w in letters if w]
    return bool(letters) and all(everyday(w) for w in letters)


def _bad_field(text: str, s: int, e: int) -> bool:
    """A field at a PERSON span's edge that is no part of a name (module docstring)."""
    part = text[s:e]
    if not part.strip():
        return True
    if any(c.isdigit() for c in part) or not any(c.isalpha() for c in part):
        return True
    if _LETTER_SPACED.fullmatch(part.strip()):
        return _everyday_only([part.replace(" ", "")])  # "A D D R E S S" is a label, "J a s u r" a name
    if re.match(r"[ \t]*[:：]", text[e:e + 3]):
        return True  # "ID:" after the name's column
    from ._gazetteer import gazetteer

    g = gazetteer()
    words = part.split()
    return _everyday_only(words) and not any(w.strip(".,").casefold() in g.given or w.strip(".,").casefold()
                                             in g.surnames for w in words)  # "Grace  Hopper" keeps Grace


def _fields(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out, pos = [], s
    for m in _FIELD.finditer(text, s, e):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, e))
    return out


def _cut_fields(text: str, span: list) -> None:
    parts = _fields(text, span[0], span[1])
    if len(parts) < 2:
        return
    while parts and _bad_field(text, *parts[-1]):
        parts.pop()
    while parts and _bad_field(text, *parts[0]):
        parts.pop(0)
    if parts:
        span[0], span[1] = parts[0][0], parts[-1][1]
    else:
        span[1] = span[0]


_WORD = re.compile(r"\S+")


def _number(word: str) -> bool:
    """A number or code with at most one letter ("0088-7", "~2,400", "M-0042"); a handle ("Alojz_6791") is no number."""
    return any(c.isdigit() for c in word) and sum(c.isalpha() for c in word) <= 1


def _cut_words(text: str, span: list) -> None:
    from ._gazetteer import _ROLE_SUFFIX, TITLES, everyday, gazetteer, role_words
    from ._rec_names13 import _PARTICLES

    words = [(m.start(), m.end()) for m in _WORD.finditer(text, span[0], span[1])]
    digit = False
    while words and _number(text[words[-1][0]:words[-1][1]]):
        words.pop()
        digit = True
    while words and _number(text[words[0][0]:words[0][1]]):
        words.pop(0)
        digit = True
    if not words:
        span[1] = span[0]
        return
    if digit and _everyday_only([text[a:b] for a, b in words]):
        span[1] = span[0]  # "RATION CARD 0088-7": a heading with its number
        return
    g = gazetteer()
    first = text[words[0][0]:words[0][1]]
    low = first.strip(".,:").casefold()
    rest = [text[a:b] for a, b in words[1:]]
    named = [w for w in rest if w[:1].isupper()]
    if len(words) > 1 and first[:1].islower() and first.isalpha() and first not in _PARTICLES \
            and low not in g.given and low not in g.surnames and named:
        words.pop(0)  # "pt Altagracia Tejada"
    elif len(named) >= 2 and first[:1].isupper() and first.isalpha() and everyday(low) and low not in g.given \
            and low not in g.surnames and low not in TITLES and (low in role_words() or _ROLE_SUFFIX.search(low)):
        words.pop(0)  # "Consignee Prabath Mahendra"
    span[0], span[1] = words[0][0], words[-1][1]


def trim(text: str, spans: list[list]) -> None:
    """The recognizers' raw PERSON spans ``[start, end, type, score, rank, placeholder]`` cut back to their name, in
    place (module docstring); a span left with nothing of a name is removed from ``spans``."""
    if not ENABLED:
        return
    gone = []
    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        old = (span[0], span[1])
        _cut_fields(text, span)
        if span[1] > span[0]:
            _cut_words(text, span)
        if span[1] <= span[0]:
            span[0], span[1] = old
            gone.append(span)
    for span in gone:
        spans.remove(span)
