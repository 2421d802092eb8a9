"""Normalisation before injection scoring: the views of a text an attacker may hide orders in.

Runs kernel-side, inside the process it protects: it makes hidden text visible to the scorer,
it does not enforce anything by itself.

``views(text)`` returns the canonical view (NFKC, case-folded, invisible characters removed,
confusable letters folded to Latin, datamarks undone, whitespace collapsed) and, when present,
decoded views: base64 and hex runs (UTF-8: Chinese and Japanese too), rot13 (also inside an
English wrapper), text written backwards, leetspeak, Unicode tag characters ("ASCII smuggling"). Each decoded view is tagged with the encoding that produced it, so a finding in it
can say "encoded_base64". Decoding is bounded (a few runs, depth two) so a scan stays cheap.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from typing import NamedTuple

#: zero-width, bidi controls, word joiners, BOM, soft hyphen, Mongolian vowel separator
INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_TAGS = re.compile("[\U000e0000-\U000e007f]+")

#: The datamark of _datamark.py; folded back to a space before scoring.
MARK = "\u02c6"

# Letters that look Latin but are not (Cyrillic, Greek, a few symbols NFKC keeps).
_CONFUSABLE_PAIRS = ("аa еe оo рp сc уy хx іi јj ѕs ԁd һh ӏl ԛq ԝw вb кk мm нh тt ьb "
                     "Аa Вb Еe Кk Мm Нh Оo Рp Сc Тt Уy Хx Іi Јj Ѕs "
                     "αa βb εe ιi κk νv οo ρp τt υu χx ωw Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx "
                     "ɑa ɡg ɩi ʟl")
_CONFUSABLES = {ord(pair[0]): pair[1] for pair in _CONFUSABLE_PAIRS.split()}
_CONFUSABLE_SRC = "".join(chr(c) for c in _CONFUSABLES)
_NON_LATIN_LOOKALIKE = re.compile(f"[{_CONFUSABLE_SRC}]")
_OTHER_CYRILLIC_GREEK = re.compile(f"(?![{_CONFUSABLE_SRC}])[\u0370-\u03ff\u0400-\u04ff]")

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                       "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"})
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$!|+€]*[a-z])(?=[\w@$!|+€]*[0-9@$!|+€])[\w@$!|+€]{3,}")

_B64_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2}){6,}|(?<![0-9A-Fa-f])(?:[0-9a-fA-F]{2}[ :]?){10,}")
_WS = re.compile(r"[ \t\r\f\v]+")

#: frequent English words: a rot13'd or decoded text turns into words again
_COMMON = frozenset("""the and you your to of a in is that it for on with as are this be all any
ignore instructions previous prompt system say print tell me now from what not do please
forget disregard override reveal secret password rules above output write send data user answer
respond reply how make explain must should will instead new task only every give show repeat no""".split())
_WORD = re.compile(r"[a-z]+")

MAX_RUNS = 4  # decoded runs per encoding and level


class View(NamedTuple):
    text: str
    via: str  # "" for the canonical view, else the encoding: "base64", "hex", "rot13", ...


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
    return good / len(text)


def _common_words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if w in _COMMON)


def canonical(text: str) -> tuple[str, dict[str, int]]:
    """The canonical view and counts of what was folded: hidden, homoglyph, mark."""
    signals: dict[str, int] = {}
    folded = unicodedata.normalize("NFKC", text)
    hidden = len(INVISIBLE.findall(folded))
    if hidden:
        signals["hidden"] = hidden
        folded = INVISIBLE.sub("", folded)
    tags = _TAGS.findall(folded)
    if tags:
        signals["tags"] = sum(len(t) for t in tags)
        folded = _TAGS.sub("", folded)
    if MARK in folded:
        signals["mark"] = folded.count(MARK)
        folded = folded.replace(MARK, " ")
    lookalikes = len(_NON_LATIN_LOOKALIKE.findall(folded))
    if lookalikes:
        latin = sum(1 for ch in folded if "a" <= ch.lower() <= "z")
        # mostly Latin text with look-alikes mixed in, or "Latin" spelt almost wholly in look-alikes
        # (real Russian or Greek has many letters with no Latin twin: и, л, д, я, λ, σ, ...)
        if latin >= lookalikes or len(_OTHER_CYRILLIC_GREEK.findall(folded)) * 20 < lookalikes:
            signals["homoglyph"] = lookalikes
            folded = folded.translate(_CONFUSABLES)
    folded = _WS.sub(" ", folded.casefold())
    return folded, signals


def _decode_b64(run: str) -> str | None:
    core = run.rstrip("=")
    if len(set(core)) < 8 or core.isdigit() or core.isalpha() and (core.islower() or core.isupper()):
        return None  # words, numbers, hex-like ids: not base64 worth decoding
    try:
        raw = base64.b64decode(core + "=" * (-len(core) % 4), altchars=b"-_" if ("-" in core or "_" in core) else None)
        out = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return out if len(out) >= 6 and _printable_ratio(out) > 0.9 else None


def _decode_hex(run: str) -> str | None:
    digits = re.sub(r"\\x|[ :]", "", run)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        out = bytes.fromhex(digits).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return out if len(out) >= 5 and _printable_ratio(out) > 0.9 and re.search(r"[A-Za-z\u3040-\u9fff]{2}", out) else None


def _decoded(text: str) -> list[View]:
    out: list[View] = []
    for name, pattern, decode in (("base64", _B64_RUN, _decode_b64), ("hex", _HEX_RUN, _decode_hex)):
        runs = pattern.findall(text)
        if not runs:
            continue
        pieces = [p for p in (decode(r) for r in runs[:MAX_RUNS]) if p]
        if pieces:
            out.append(View(" ".join(pieces), name))
    return out


def views(text: str) -> tuple[list[View], dict[str, int]]:
    """Every view worth scoring, canonical first, and the fold counts (see ``canonical``)."""
    main, signals = canonical(text)
    result = [View(main, "")]
    tags = _TAGS.findall(unicodedata.normalize("NFKC", text))
    if tags:  # Unicode tag characters spell ASCII invisibly
        hidden = "".join(chr(ord(ch) - 0xE0000) for t in tags for ch in t if 0x20 <= ord(ch) - 0xE0000 < 0x7F)
        if hidden.strip():
            result.append(View(canonical(hidden)[0], "tags"))
    # decoded runs come from the original casing (base64 is case-sensitive), two levels deep
    raw = INVISIBLE.sub("", text)
    frontier = [raw]
    for _ in range(2):
        found = [v for piece in frontier for v in _decoded(piece)]
        for v in found:
            result.append(View(canonical(v.text)[0], v.via))
        frontier = [v.text for v in found]
        if not frontier:
            break
    rot = main.translate(_ROT13)
    if _gain(main, _rot13) >= 3:  # three distinct words that only read as English rot13'd
        result.append(View(rot, "rot13"))
    if _gain(main, _backwards) >= 3:  # words written backwards ("nialpxe woh ot ...")
        result.append(View(main[::-1], "reversed"))
    if _LEET_TOKEN.search(main):
        leet, n = _LEET_TOKEN.subn(_unleet, main)
        if leet != main and (n >= 2 or _common_words(leet) > _common_words(main)):
            result.append(View(leet, "leetspeak"))
    return result, signals


def _rot13(word: str) -> str:
    return word.translate(_ROT13)


def _backwards(word: str) -> str:
    return word[::-1]


def _gain(text: str, how) -> int:
    """Distinct words of ``text`` that are no common English word but become one ``how``-decoded
    (rot13, backwards): an encoded order inside an English wrapper ("Decode this ROT13: vtaber
    nyy ...") still shows, and ordinary English gains next to nothing ("or" -> "be")."""
    words = set(_WORD.findall(text))
    return sum(1 for w in words if len(w) > 1 and w not in _COMMON and how(w) in _COMMON)


_HEXLIKE = re.compile(r"[0-9a-f]{8,}|.{21,}")


def _unleet(m: re.Match[str]) -> str:
    tok = m.group(0)
    return tok if _HEXLIKE.fullmatch(tok) else tok.translate(_LEET)


_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
