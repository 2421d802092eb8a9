"""Values the session already pseudonymised, and their variants, as one regular expression.

A name found once ("Maria Gonzalez") is matched again however the next turn words it, as families
of spellings rather than a list of templates:

* **parts**: the surname or given name alone, each half of a hyphenated name, the particle tail
  ("van der Berg"), "Gonzalez, Maria" and "GONZALEZ Maria", initials ("M. Gonzalez", "Maria G.");
* **spelling**: any case; diacritics added or stripped (José = Jose); full-width letters and
  spaces; other spacing, line breaks, or the separators of handles, slugs and identifiers
  ("maria.gonzalez", "maria-gonzalez", "maria_gonzalez", "#MariaGonzalez");
* **Chinese and Japanese names**: the given name alone, split after the surname the recognizers
  know (compound surnames of the 百家姓, Japanese surnames), each part of a dotted transliteration
  (阿米尔·卡里米), the surname before an honorific (王先生, 欧阳总, 佐藤さん), 老/小 + a one-character
  surname, a one-character given name with 小/阿 or doubled, or alone between a cue and a verb;
* **numbers**: phone and card numbers with any separators, a phone without its country code.

Parts that are everyday English words ("Will", "Rose", "Baker") match alone only capitalised (or
in capitals), and not where the grammar reads the word: before a number ("May 3", "Rose 4%") or a
modal verb before a pronoun ("Will you"). Matching runs on a folded copy of the text (one character
for one, so offsets hold). ``key`` normalises a matched text so it can be looked up again.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any, Iterable

from . import _rec_names10

_CJK = re.compile(r"[\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_NAME_PART = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
#: Short words inside names that are not names on their own.
_PARTICLES = frozenset(
    "de da di du la le van von der den del della dos das do ter ten mr mrs ms miss dr prof sir jr sr st "
    "bin ibn al el y e i "
    # round eight: more of them ("Siobhán Ní Bhriain", "Fatima bint Youssef", "Owain ap Rhys", "Mohamed Ould Abdallah")
    "ni nic o ua bint binti bte ibnu ben bat ould abu ap ab".split()
)
#: Round eight: letters people spell out in two when they type without them ("Kjærgaard" = "Kjaergaard")
_SPELLED_OUT = {"æ": "ae", "ø": "oe", "ß": "ss", "œ": "oe", "þ": "th", "ö": "oe", "ü": "ue", "ä": "ae"}
#: Names that are also everyday English words (beside Webster's, ``_gazetteer.everyday``).
_COMMON = frozenset(
    "may will bill rose mark grace hope joy faith june april august art ray sky summer dawn rich king young "
    "brown white black green gray grey long little small short hill wood lane field bell ford price cook baker "
    "miller rice case page park hunter carter mason parker turner fisher stone rock river lake north west "
    "love star sun rain snow storm frank earnest sunny major chance patience honor lee long".split()
)
#: After an everyday-word name, what shows the word is meant: a number ("May 3", "Rose 4%"), or a pronoun
#: after a modal verb at a question's start ("Will you", "May I").
_EVERYDAY_READING = r"(?![ \t]*[\d%$€£]|[ \t]+(?:you|we|i|they|he|she|it|this|that|there|our|your)\b)"
_HONORIFICS_EXTRA = ("经理", "經理", "同学", "同學")  # beside _rec_zh_names' titles and Japanese honorifics
# Separators as character categories, not sets: the expression is rebuilt on each vault growth, and a set
# costs its compile time again at every place it stands.
_SEP = r"\W{0,3}"  # between a number's digits: spaces, dots, dashes, brackets, slashes
_JOIN = r"(?:\W|_){1,3}"  # between a name's words: spaces, line breaks, "> ", a handle's or slug's separators
_GLUE = r"(?:\W|_){0,3}"  # between the pieces of a name written as one word: "#MariaGonzalez", "o_voudren"


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = chr(cp - 0xFEE0)
    table.update({0x3000: " ", 0xA0: " ", 0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x2010: "-", 0x2011: "-"})
    # Round eight: letters with a stroke or without a dot have no decomposition, yet people write them plain
    # ("Łukasz Wójcik" = "Lukasz Wojcik", "Đặng" = "Dang", "Işık" = "Isik", "Søren" = "Soren"); one for one
    table.update({ord(a): b for a, b in zip("ŁłĐđÐØøıĦħŦŧĿŀƀƗɨ", "LlDdDOoiHhTtLlbIi")})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` with diacritics off Latin letters, full-width forms narrowed and apostrophes made one: the
    same length, so offsets in the folded text are offsets in ``text``."""
    return text if text.isascii() else text.translate(_FOLD)


def key(text: str) -> str:
    """What two spellings of one value share: case-folded letters, digits and CJK characters."""
    return "".join(ch for ch in fold(text).casefold() if ch.isalnum())


def _words(value: str, join: str = r"(?:\s|>)+") -> str:  # noqa: D103 (a value's words, however spaced)
    return join.join(re.escape(w) for w in value.split())


@functools.lru_cache(maxsize=1)
def _zh() -> dict[str, Any]:
    """The Chinese and Japanese recognizers' lists (surnames, titles, cue characters), read once."""
    from . import _rec_zh, _rec_zh_names

    return {
        "compound": frozenset(_rec_zh.COMPOUND_SURNAMES) | _rec_zh_names.ja_surnames()[0],
        "titles": "|".join(sorted({*_rec_zh_names._TITLES, *_rec_zh_names.JA_AFTER, *_HONORIFICS_EXTRA},
                                  key=len, reverse=True)),
        "dots": _rec_zh_names._DOT,
        "not_prefixed": frozenset(_rec_zh_names._NOT_PREFIXED),
        "after": "".join(sorted(_rec_zh_names._AFTER_CHARS | set("，。！？、；：,.!?;: \n的和跟与"))),
        "before": "".join(sorted({w for w in _rec_zh_names.BEFORE_WORDS if len(w) == 1} | set("，。！？、；："))),
    }


@functools.lru_cache(maxsize=1)
def _word_after() -> dict[str, str]:
    """For each character, the characters that follow it in CC-CEDICT's everyday words (伟 -> 大业岸...)."""
    from ._rec_zh_names import everyday_words

    after: dict[str, set[str]] = {}
    for word in everyday_words():
        after.setdefault(word[0], set()).add(word[1])
    return {ch: "".join(sorted(chars)) for ch, chars in after.items()}


def _everyday(word: str) -> bool:  # (no cache: the words are names, and nothing may keep them past the vault)
    from . import _gazetteer

    low = word.casefold()
    return low in _COMMON or _gazetteer.everyday(low)


# How a match must be written, beyond what its pattern says (the patterns match lower-cased text):
_ANY, _WORD, _INITIAL, _NOSPACE = "any", "word", "initial", "nospace"


def _case_ok(rule: str, written: str) -> bool:
    if rule == _WORD:  # an everyday-word name: "Will" or "WILL", never "will"
        return written[:1].isupper() and (written[1:].islower() or written.isupper() or not written[1:].isalpha())
    if rule == _INITIAL:  # "T. Quenbaldi", not "a Quenbaldi"
        return written[:1].isupper()
    if rule == _NOSPACE:  # "@tquenbaldi", "#TaviroQuenbaldi"
        return not any(ch.isspace() for ch in written)
    return True


def _cjk_variants(value: str) -> list[tuple[str, str, str]]:
    zh = _zh()
    out = [(re.escape(value), value, _ANY)]
    parts = [p for p in re.split("[" + zh["dots"] + r"\s]+", value) if p]
    if len(parts) > 1:  # 阿米尔·卡里米: each part of a transliteration
        return out + [(re.escape(p), p, _ANY) for p in parts if len(p) >= 2]
    surname = next((value[:n] for n in (3, 2) if len(value) > n and value[:n] in zh["compound"]), value[:1])
    given = value[len(surname):]
    out.append((re.escape(surname) + "(?=" + zh["titles"] + ")", surname, _ANY))  # 王先生, 欧阳总, 佐藤さん
    if len(surname) == 1:
        out += [(re.escape(p + surname), p + surname, _ANY) for p in "老小" if p + surname not in zh["not_prefixed"]]
    if len(given) >= 2:
        out.append((re.escape(given), given, _ANY))
    elif len(given) == 1:  # 张伟 -> 小伟, 阿伟, 伟伟, and 伟 alone after a cue or a break
        out += [(re.escape(p + given), p + given, _ANY) for p in ("小", "阿") if p + given not in zh["not_prefixed"]]
        out.append((re.escape(given * 2), given * 2, _ANY))
        blocked = _word_after().get(given, "")  # 伟大, 伟业: CC-CEDICT's words that start with it
        out.append(("(?:(?<=[" + re.escape(zh["before"]) + "])|^)" + re.escape(given)
                    + ("(?![" + re.escape(blocked) + "])" if blocked else ""), given, _ANY))
    return out


def variants(entity_type: str, value: str) -> list[tuple[str, str, str]]:
    """(regex, literal, rule) for ``value`` and its spellings. The regex matches the folded, lower-cased
    text; every text it matches has the ``key`` of ``literal``; ``rule`` says how it must be written."""
    written = value.strip()
    value = fold(written)
    if not value:
        return []
    if entity_type == "PERSON" and _CJK.search(value):
        return _cjk_variants(value)
    if entity_type == "PERSON" and _HANGUL.fullmatch(value) and len(value) >= 3:  # 김민준: 민준 alone, 김 씨/님
        return [(re.escape(value), value, _ANY), (re.escape(value[1:]), value[1:], _ANY),
                (re.escape(value[0]) + r"\s?(?=씨|님|선생|대리|과장|부장|팀장)", value[0], _ANY)]
    if entity_type == "PERSON":
        bare = _rec_names10.core(value)
        if bare != value:  # round ten: "Khun Somchai Wongsakul": the whole as written, the name's parts without
            return [(_words(_lower(value), _JOIN), value, _ANY)] + _person_variants(bare) \
                + _honorific_names(value, bare) + _spelled_out(_rec_names10.core(written)) \
                + _transliterated(bare)  # "Khun" alone
        return _person_variants(value) + _spelled_out(written) + _transliterated(value)
    if entity_type == "LOCATION" and len(value.split()) >= 2:
        return _place_variants(value)
    alnum = [ch for ch in _lower(value) if ch.isalnum()]
    if entity_type == "PHONE_NUMBER" and value.lstrip().startswith(("+", "00")):
        number = _national(value)
        if number:  # "+44 20 7946 0958" = "0044 (20) 7946.0958" = "020-7946-0958" = "20 7946 0958"
            country, national = number
            pattern = r"(?:(?:\+|00)\W{0,3}" + country + r"|0)?" + _SEP + _SEP.join(national)
            return [(pattern, lead + national, _ANY) for lead in ("", "0", country, "00" + country)]
    if sum(ch.isdigit() for ch in alnum) >= 6 and entity_type not in ("ADDRESS", "EMAIL_ADDRESS"):
        # numbers: the same characters with any separators ("415-555-2671" = "(415) 555 2671")
        return [(_SEP.join(re.escape(ch) for ch in alnum), value, _ANY)]
    return [(_words(_lower(value)), value, _ANY)]


def _person_variants(value: str) -> list[tuple[str, str, str]]:
    parts = _NAME_PART.findall(value)
    low = _lower(value)
    out = [(_words(low, _JOIN), value, _ANY)]  # the whole name, however spaced or joined
    names = [p for p in parts if p.casefold() not in _PARTICLES and len(p) >= 2]
    if len(names) >= 2:
        given, surname = _lower(names[0]), _lower(names[-1])
        tail = low[low.index(given) + len(given):].strip()
        if tail != surname and tail.split()[0] in _PARTICLES:  # "van der Berg", "de la Cruz"
            out.append((_words(tail, _JOIN), tail, _ANY))
        out.append((re.escape(surname) + r"[\s,]+" + re.escape(given), surname + given, _ANY))  # "Gonzalez, Maria"
        out.append((re.escape(given) + r"\s+" + re.escape(surname[0]) + r"\.", given + surname[0], _ANY))  # "Maria G."
        if len(given) >= 3 and len(surname) >= 4 and not _everyday(surname):  # #MariaGonzalez, @mgonzalez
            whole = _joined([_lower(n) for n in names])
            out[0:1] = [whole] if len(names) == len(parts) else [out[0], whole]  # one pattern where one covers both
            initial, literal, _ = _joined([given[0], *(_lower(n) for n in names[1:])])  # "M. Gonzalez", "@mgonzalez"
            out += [(initial, literal, _INITIAL), (initial, literal, _NOSPACE)]
        else:
            out.append((re.escape(given[0]) + r"\.?\s*" + re.escape(surname), given[0] + surname, _INITIAL))
    elif names and parts[-1] == names[-1]:  # round ten: "H. Al Suwaidi", "J. van der Berg": the particles too
        tail = _particle_tail(low, _lower(names[-1]))
        if tail:
            out.append((_words(tail, _JOIN), tail, _ANY))
    halves = [h for part in parts if "-" in part for h in part.split("-") if len(h) >= 3]
    for part in [*parts, *halves]:  # "Dubois-Laurent": "Dubois" and "Laurent" alone too
        if len(part) < 2 or part.casefold() in _PARTICLES:
            continue
        if _everyday(part):  # "Will", "Baker": capitalised or in capitals, and not as the word
            out.append((re.escape(_lower(part)) + _EVERYDAY_READING, part, _WORD))
        else:
            out.append((re.escape(_lower(part)), part, _ANY))
    return out


def _particle_tail(low: str, surname: str) -> str:
    """The surname with the particles right before it ("al suwaidi" in "h. al suwaidi"), or "" when none."""
    words = low.split()
    if words[-1:] != [surname]:
        return ""
    i = len(words) - 1
    while i > 0 and words[i - 1].strip(".") in _PARTICLES:
        i -= 1
    return " ".join(words[i:]) if i < len(words) - 1 else ""


def _honorific_names(value: str, bare: str) -> list[tuple[str, str, str]]:
    """Round ten: an honorific stripped from a name that is also a name ("Pak", a Korean surname; "Tuan"): still
    matched alone, capitalised, so a surname that reads as an honorific is not sent in clear."""
    from . import _gazetteer

    g = _gazetteer.gazetteer()
    out = []
    for word in _NAME_PART.findall(value.replace(bare, " ")):
        low = _lower(word)
        if len(word) >= 3 and (low in g.surnames or low in g.given) and low not in _gazetteer.TITLES:
            out.append((re.escape(low) + _EVERYDAY_READING, word, _WORD))
    return out


def _spelled_out(written: str) -> list[tuple[str, str, str]]:
    """Round eight: each part of a name as people type it without its letters ("Kjærgaard" -> "kjaergaard",
    "Müller" -> "mueller", "Strauß" -> "strauss"); the text's fold keeps one character for one, so these are
    patterns of their own."""
    out = []
    for part in _NAME_PART.findall(written):
        low = part.lower()
        if len(part) >= 3 and any(ch in _SPELLED_OUT for ch in low):
            spelled = fold("".join(_SPELLED_OUT.get(ch, ch) for ch in low))
            out.append((re.escape(spelled), spelled, _ANY))
    return out


def _transliterated(value: str) -> list[tuple[str, str, str]]:
    """Round eleven (P3): each part of a name in the other script ("Aminova" in turn 1, "Аминова" in turn 2;
    "Петров" then "Petrov"), by ``_rec_names11.transliterations``; a spelling that is an everyday English word
    ("Марк" -> "mark") is left out."""
    from ._rec_names11 import transliterations

    out = []
    for part in _NAME_PART.findall(value):
        for other in transliterations(_lower(part)):
            if other.isascii() and _everyday(other):
                continue
            out.append((re.escape(other), other, _ANY))
    return out


def _joined(names: list[str], rule: str = _ANY) -> tuple[str, str, str]:
    """A name written as one word or with any separators: "#BruzheLeikiathZhiavliaTabrein", "o_voudren"."""
    pieces = [p for p in re.split(r"[\s'\-]+", " ".join(names)) if p]
    return _GLUE.join(re.escape(p) for p in pieces), "".join(pieces), rule


def _place_variants(value: str) -> list[tuple[str, str, str]]:
    """A name of several words taken for a place ("Dr Föfouder Dodirouñ"): when GeoNames does not know it, its
    words that are no place and no everyday word are matched alone too, as a person's would be; a real place's
    words ("San" and "Francisco") are not."""
    from . import _gazetteer

    g = _gazetteer.gazetteer()
    out = [(_words(_lower(value), _JOIN), value, _ANY)]
    if value.casefold() in g.cities or value.casefold() in g.towns or value.casefold() in g.regions:
        return out
    names = [_lower(p) for p in _NAME_PART.findall(value)
             if p.casefold() not in _gazetteer.TITLES and p.casefold() not in _PARTICLES]
    if len(names) >= 2 and sum(map(len, names)) >= 8:
        out.append(_joined(names))
    tail = _particle_tail(_lower(value), names[-1]) if names else ""
    if tail:  # round ten: "H. Al Suwaidi" read as a place: "Al Suwaidi" in turn 2 sends no "Al"
        out.append((_words(tail, _JOIN), tail, _ANY))
    for part in names:
        for piece in {part, *part.split("-")}:
            if len(piece) < 4 or piece in _PARTICLES or piece in _gazetteer.TITLES or _everyday(piece):
                continue
            if piece in g.cities or piece in g.towns or piece in g.regions or piece in g.countries:
                continue
            out.append((re.escape(piece), piece, _ANY))
    return out


def _national(value: str) -> tuple[str, str] | None:
    """The country code and national digits of an international number ("+1 415 555 2671" -> "1", "4155552671")."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value.replace("00", "+", 1) if value.startswith("00") else value, None)
    except phonenumbers.NumberParseException:
        return None
    national = str(number.national_number)
    return (str(number.country_code), national) if len(national) >= 6 else None


def _lower(text: str) -> str:
    """Lower case, one character for one (offsets hold; "İ" stays as written)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class KnownValues:
    """A compiled matcher over (type, value, placeholder) triples; ``find`` returns spans.

    One expression over the folded, lower-cased text (plain literals compile and match several times
    faster than case-insensitive ones); how a match must be written (an everyday-word name capitalised)
    is checked on the text as written. A first-character lookahead lets most positions fail at once."""

    def __init__(self, entries: Iterable[tuple[str, str, str]], cache: dict | None = None) -> None:
        """``cache``: the vault's own memo of each value's variants (the matcher is rebuilt on each growth; it
        is cleared with the vault, so no value outlives it)."""
        self._by_key: dict[str, tuple[str, str, set[str]]] = {}
        patterns: dict[str, int] = {}  # pattern -> the length of what it stands for (longest first)
        firsts: set[str] = set()
        cache = {} if cache is None else cache
        for entity_type, value, token in entries:
            spellings = cache.get((entity_type, value))
            if spellings is None:
                spellings = cache[(entity_type, value)] = variants(entity_type, value)
            for pattern, literal, rule in spellings:
                patterns[pattern] = max(patterns.get(pattern, 0), len(literal))
                hit = self._by_key.setdefault(key(literal), (entity_type, token, set()))
                hit[2].add(rule)
                k = key(literal)
                firsts.update({_lower(literal.strip()[:1]), k[:1]})
            if entity_type == "PHONE_NUMBER":
                firsts.update("+0")
        firsts.discard("")
        self._rx = re.compile(_bounded(_grouped(patterns), firsts)) if patterns else None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, type, placeholder) for every known value in ``text``."""
        if self._rx is None:
            return []
        out = []
        low = _lower(fold(text))
        pos, search = 0, self._rx.search
        while (m := search(low, pos)) is not None:
            s, e = m.span()
            hit = self._by_key.get(key(m.group()))
            if hit is None or not any(_case_ok(rule, text[s:e]) for rule in hit[2]) or (
                    s and _touches(low[s - 1]) and not _CJK.match(low[s])) or (
                    e < len(low) and _touches(low[e]) and not _CJK.match(low[e - 1])):
                pos = s + 1  # not this one ("и Петров" is no initial; "Petrov" inside "Petrova"): look again inside it
                continue
            out.append((s, e, hit[0], hit[1]))
            pos = e
        return out


def _grouped(patterns: dict[str, int]) -> list[str]:
    """The patterns, longest value first (of two matches at one place, the whole name wins), then those that
    share a lookahead (a surname before an honorific, an everyday word's reading: single words) written once
    as ``(?:a|b|c)(?=...)``: the expression is rebuilt each time the vault grows, and compiles faster so."""
    shared = [_EVERYDAY_READING]
    if any(_CJK.search(p) for p in patterns):
        shared.append("(?=" + _zh()["titles"] + ")")
    groups: dict[str, list[str]] = {}
    plain = []
    for pattern in patterns:
        tail = next((t for t in shared if pattern.endswith(t)), None)
        if tail is None:
            plain.append(pattern)
        else:
            groups.setdefault(tail, []).append(pattern[: -len(tail)])
    plain.sort(key=lambda p: (-patterns[p], -len(p)))
    return plain + ["(?:" + "|".join(sorted(cores, key=len, reverse=True)) + ")" + tail for tail, cores in groups.items()]


def _bounded(patterns: list[str], firsts: set[str]) -> str:
    # Values end at a non-letter (ASCII here, the other alphabetic scripts in ``_touches``: a set of wide
    # Unicode ranges costs milliseconds to compile); CJK values may touch other characters.
    first = "(?=[" + "".join(sorted(re.escape(c) for c in firsts)) + "])" if firsts else ""
    return "(?<![0-9a-z])" + first + "(?:" + "|".join(patterns) + ")(?![0-9a-z])"


def _touches(ch: str) -> bool:
    """A letter or digit of an alphabetic script (not CJK, written without spaces, nor Hangul, whose particles
    are written onto the name: 민준은, 김민준씨)."""
    return ch.isalnum() and not ("\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7af")


#: span types a known name may be read inside ("Has Berg" as a PERSON, "Kouquafes meinte ja", an address of names)
_READ_AROUND = frozenset({"PERSON", "LOCATION", "ADDRESS", "NRP", "ORGANIZATION"})
_NAME_TYPES = frozenset({"PERSON", "LOCATION"})


def within_known(text: str, start: int, end: int, known: Iterable[tuple[int, int, str, str]],
                 entity_type: str = "PERSON") -> bool:
    """Whether a span the recognizers found (``start``-``end``) is a name the vault knows, read with words
    around it that are no name: "Has Berg" when "Berg" is known, "Kouquafes meinte ja", 和 + a known 瑶. Its
    other words are lower-case or everyday words, titles, particles, initials or Chinese cue characters;
    none is a capitalised given name or surname inside a sentence ("ask Priya Berg" is someone else), and
    an address keeps its numbers. Then the known value's span wins (the caller drops this one)."""
    if entity_type not in _READ_AROUND:
        return False
    inner = [(s, e) for s, e, t, _ in known if t in _NAME_TYPES and start <= s and e <= end]
    if not inner or any(s == start and e == end for s, e in inner):
        return False
    from . import _gazetteer

    rest = list(text[start:end])
    for s, e in inner:
        rest[s - start : e - start] = " " * (e - s)
    rest_text = "".join(rest)
    if entity_type == "ADDRESS" and any(ch.isdigit() for ch in rest_text):
        return False  # "12 <known> Street": the number is the address's
    g, zh = _gazetteer.gazetteer(), None
    for m in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", rest_text):
        word, low = m.group(), m.group().casefold()
        if _CJK.search(word):
            zh = zh or _zh()
            if all(ch in zh["before"] or ch in zh["after"] for ch in word) or re.fullmatch(zh["titles"], word):
                continue
            return False
        if len(word) == 1 or low in _gazetteer.TITLES or low in _PARTICLES:
            continue
        if word.islower():
            continue  # names are capitalised in these scripts: "meinte", "ja", "or"
        if not _everyday(word) or "'" in word or entity_type == "ADDRESS":
            return False
        at = start + m.start()
        before = text[max(0, at - 40) : at].rstrip(" \t")
        opens = at < 40 and not before or before[-1:] in (".", "!", "?", ":", ";", "\n", '"', "“", "(")
        if not opens and (low in g.given or low in g.surnames):
            return False
    return True
