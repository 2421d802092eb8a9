"""Round ten (issue 15): honorifics of many languages around a name, and the particles before a surname.

People address one another with a word before or after the name that is no part of it: "Khun Somchai",
"Bapak Hendra", "Sayın Yıldırım", "Ustaz Ahmad", "Frau Keller", "Dr. med. Verhoeven", "Yılmaz Bey",
"Sharma ji", "Tanaka-san". The recognizers often take the honorific into the PERSON span (a seen split's
gold did too, so the span is left as the recognizers find it: docs/privacy.md, round nine). What must not
happen is that turn 2 ("Khun Somchai asked again") gets a new placeholder beside turn 1's "Somchai
Wongsakul", or that the honorific alone becomes a "part" of the known name and is replaced wherever it
stands. :func:`core` gives the name without the honorifics around it; the vault (``_vault``) and the known
values (``_known``) use it.

The words: the English and European titles of ``_gazetteer.TITLES`` and ``RANKS``; the prefixes of Faker's
Latin-script person providers (MIT) that are honorifics rather than degrees or particles ("Sayın" is written
here, Faker's tr_TR has "Bay"/"Bayan"); and honorifics of South-East Asian, South Asian, Arabic, Persian,
Turkish, African and Slavic usage written here. Words that are also common given names or surnames
("Don", "Pan", "Tan", "Sri", "Anh", "Nai") are left out: stripping them would lose a name.
"""

from __future__ import annotations

import re

from . import _gazetteer

#: Before the name (lower case; a trailing dot is ignored).
HONORIFICS_BEFORE = frozenset(
    # Thai, Lao, Khmer, Burmese (romanised)
    "khun nangsao thao daw "
    # Malay, Indonesian, Javanese, Filipino
    "bapak pak ibu encik puan cik tuan datuk dato datin haji hajah hajjah hj mbak kak "
    "gng ginoo ginang binibini "
    # Arabic, Persian, Urdu, Turkish, Azerbaijani (romanised)
    "sayeda sayyida sheikha ustaz ustaza ustazah ustadh ustad "
    "khanum janab janaba mohtaram sayın sayin cenap cənab xanım bayan alhaji alhaja hajiya mallam "
    # South Asian
    "shri shree shrimati smt kumari sushri thiru thirumathi selvi srimati "
    # African
    "bwana mzee mwalimu ogbeni oloye chief mnumzane nkosazana nkosikazi owura awura agya maame "
    # Romance, Germanic, Slavic, Baltic, Greek, Nordic
    "señor señora señorita senor senora senorita sr sra srta srita dña doña sig sigra signor signora "
    "signorina dott dottssa dottor avv geom monsieur madame mademoiselle m mme mlle "
    "herr frau fräulein hr fr fru dhr mevr mw mevrouw meneer heer "
    "pani panna paní pán slečna gospodin gospozha gospodja gospa kyrios kyria kirios kiria "
    "herra rouva neiti härra proua ponas ponia kungs kundze "
    # degrees and offices said before a name ("Dr. med.", "Dipl.-Ing.", "Univ.-Prof.", "Ir.", "Engr.")
    "med dent vet phil rer nat habil dipl dipl-ing ing mag univ univ-prof mgr ir drs engr atty hon rev revd "
    "mx lic mtro".split()
) | _gazetteer.TITLES | _gazetteer.RANKS
#: After the name, written apart ("Yılmaz Bey", "Ayşe Hanım"); in lower case only, "ji" and "san" ("Sharma ji":
#: "Ji" and "San" are also names); glued, the Japanese, Korean and Hindi ones ("Tanaka-san", "Sharma-ji").
HONORIFICS_AFTER = frozenset("bey hanım hanim efendi sahib saheb sahab".split())
_AFTER_LOWER = frozenset("ji jee san sama".split())
_GLUED_AFTER = frozenset("san sama kun chan sensei senpai ji jee ssi nim".split())


def _is_honorific(word: str, before: bool) -> bool:
    low = word.casefold().rstrip(".,")
    if not before:
        return low in HONORIFICS_AFTER or word in _AFTER_LOWER
    return low in HONORIFICS_BEFORE or low.replace(".", "") in HONORIFICS_BEFORE


def core(value: str) -> str:
    """``value`` without the honorifics before and after it ("Khun Somchai" -> "Somchai", "Dr. med. Johanna
    Verhoeven" -> "Johanna Verhoeven", "Tanaka-san" -> "Tanaka"); the value itself when nothing else is left."""
    words = value.split()
    while len(words) > 1 and _is_honorific(words[0], True):
        words = words[1:]
    while len(words) > 1 and _is_honorific(words[-1], False):
        words = words[:-1]
    if len(words) == 1 and "-" in words[0]:
        head, _, tail = words[0].rpartition("-")
        if head and tail.casefold() in _GLUED_AFTER:
            words = [head]
    return " ".join(words) if words else value


#: Round ten, second pass (P7): name parts that stand outside a name's capitalised words but belong to it --
#: the Bangladeshi/South Asian "Md." / "Mohd." / "Most." / "Mst." (abbreviated Mohammad / Mosammat, written as
#: part of the registered name) before it, and the Azerbaijani, Turkish and Central Asian patronymic words
#: "oğlu" / "qızı" / "kızı" / "uulu" / "kyzy" (son / daughter of) after the father's name.
_NAME_PREFIX = re.compile(r"(?<![\w.])(?:Md|MD|Mohd|Most|Mst|MST|Mosammat|Mosamat|Mohammad|Mohammed|Muhammad)"
                          r"(?:\.[ \t]*|[ \t]+)$")
_NAME_SUFFIX = re.compile(r"[ \t]+(?:oğlu|oglu|qızı|qizi|kızı|kizi|uulu|kyzy|ogly|ugli)(?![\w'’-])")


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of a PERSON span grown over a name prefix before it and a patronymic word after it."""
    m = _NAME_PREFIX.search(text, max(0, start - 12), start + 1 if text[start : start + 1] == "." else start)
    if m and (m.end() == start or text[start : start + 1] == "."):
        start = m.start()
    m = _NAME_SUFFIX.match(text, end)
    if m:
        end = m.end()
    return start, end
