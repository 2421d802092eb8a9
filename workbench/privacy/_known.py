"""Values the session already pseudonymised, and their variants, as one regular expression.

A name found once ("Maria Gonzalez") is matched again however the next turn words it: the
surname or given name alone, another case, other spacing or line breaks, "Gonzalez, Maria";
phone and card numbers with any separators; Chinese names by given name, or surname plus an
honorific (王先生). ``key`` normalises a matched text so it can be looked up again.
"""

from __future__ import annotations

import re
from typing import Iterable

_CJK = re.compile(r"[\u3400-\u9fff]")
_NAME_PART = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: Short words inside names that are not names on their own.
_PARTICLES = frozenset(
    "de da di du la le van von der den del della dos das do ter ten mr mrs ms miss dr prof sir jr sr st "
    "bin ibn al el y e i".split()
)
#: Names that are also everyday English words: matched alone only when capitalised.
_COMMON = frozenset(
    "may will bill rose mark grace hope joy faith june april august art ray sky summer dawn rich king young "
    "brown white black green gray grey long little small short hill wood lane field bell ford price cook baker "
    "miller rice case page park hunter carter mason parker turner fisher stone rock river lake north west "
    "love star sun rain snow storm frank earnest sunny major chance patience honor lee long".split()
)
_HONORIFICS = "先生|女士|小姐|总|總|经理|經理|老师|老師|医生|醫生|律师|律師|教授|主任|姐|哥|工|同学|同學"
_CN_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木",
                "歐陽", "司馬", "諸葛", "東方", "尉遲", "公孫", "長孫")
_SEP = r"[\s.\-()/]*"


def key(text: str) -> str:
    """What two spellings of one value share: case-folded letters, digits and CJK characters."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _words(value: str) -> str:
    return r"(?:\s|>)+".join(re.escape(w) for w in value.split())


def variants(entity_type: str, value: str) -> list[tuple[str, bool]]:
    """(regex, case_sensitive) for ``value`` and its parts. Parts are names' words only."""
    value = value.strip()
    if not value:
        return []
    if entity_type == "PERSON" and _CJK.search(value):
        out = [(re.escape(value), True)]
        surname = value[:2] if value[:2] in _CN_COMPOUND else value[:1]
        given = value[len(surname):]
        if len(given) >= 2:
            out.append((re.escape(given), True))
        out.append((re.escape(surname) + r"(?=" + _HONORIFICS + r")", True))
        return out
    if entity_type == "PERSON":
        parts = _NAME_PART.findall(value)
        out = [(_apostrophes(_words(value)), False)]
        if len(parts) >= 2:
            out.append((re.escape(parts[-1]) + r",\s*" + re.escape(parts[0]), False))
        halves = [h for part in parts if "-" in part for h in part.split("-") if len(h) >= 3]
        for part in [*parts, *halves]:  # "Dubois-Laurent": "Dubois" and "Laurent" alone too
            low = part.casefold()
            if len(part) < 2 or low in _PARTICLES:
                continue
            out.append((_apostrophes(re.escape(part)), low in _COMMON))
        return out
    alnum = [ch for ch in value if ch.isalnum()]
    if entity_type == "PHONE_NUMBER" and value.lstrip().startswith(("+", "00")):
        national = _national(value)
        if national:
            return [(_SEP.join(re.escape(ch) for ch in alnum), False), (_SEP.join(national), False)]
    if sum(ch.isdigit() for ch in alnum) >= 6 and entity_type not in ("ADDRESS", "EMAIL_ADDRESS"):
        # numbers: the same characters with any separators ("415-555-2671" = "(415) 555 2671")
        return [(_SEP.join(re.escape(ch) for ch in alnum), False)]
    return [(_words(value), False)]


def _apostrophes(pattern: str) -> str:
    """O'Neil and O’Neil are one name."""
    return re.sub(r"\\?['’]", "['’]", pattern)


def _national(value: str) -> str | None:
    """The national digits of an international number ("+1 415 555 2671" -> "4155552671")."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value.replace("00", "+", 1) if value.startswith("00") else value, None)
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    return national if len(national) >= 6 else None


class KnownValues:
    """A compiled matcher over (type, value, placeholder) triples; ``find`` returns spans."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        self._by_key: dict[str, tuple[str, str]] = {}
        insensitive: list[str] = []
        sensitive: list[str] = []
        for entity_type, value, token in entries:
            for pattern, case in variants(entity_type, value):
                (sensitive if case else insensitive).append(pattern)
                self._by_key.setdefault(self._pattern_key(pattern, value), (entity_type, token))
        self._res = [
            re.compile(_bounded(sorted(set(pats), key=len, reverse=True)), flags)
            for pats, flags in ((insensitive, re.IGNORECASE), (sensitive, 0))
            if pats
        ]

    @staticmethod
    def _pattern_key(pattern: str, value: str) -> str:
        # the key of the literal text the pattern stands for (escapes and separators removed)
        literal = re.sub(r"\(\?=.*\)$", "", pattern)
        literal = literal.replace(_SEP, "").replace(r"(?:\s|>)+", " ").replace(r",\s*", ", ")
        return key(re.sub(r"\\(.)", r"\1", literal))

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, type, placeholder) for every known value in ``text``."""
        out = []
        for rx in self._res:
            for m in rx.finditer(text):
                hit = self._by_key.get(key(m.group()))
                if hit is not None:
                    out.append((m.start(), m.end(), hit[0], hit[1]))
        return out


def _bounded(patterns: list[str]) -> str:
    # Latin values end at a non-alphanumeric; CJK values may touch other characters.
    return r"(?:(?<![0-9A-Za-z\u00c0-\u024f])(?:" + "|".join(patterns) + r")(?![0-9A-Za-z\u00c0-\u024f]))"
