"""Round ten, second pass (P7, HELD-OUT-11 seen): more spans that are no personal data, dropped through
``_over9.not_personal``. Each is a family, decided on word classes rather than on any one wording:

* **A document's own word heading a line**: "Payslip for …", "Chargeback dispute: …", "Consignee did not answer",
  "Handover from …", "SUMMARY:Loan review with …". One capitalised word at a line's start (or right after a
  "LABEL:" there) that is an everyday English word, or a compound of two ("Pay|slip", "Charge|back",
  "Hand|over"), and no listed given name or surname, followed by a lower-case word: a heading, not a person
  ("Maria said", "Coşqun did not answer" keep theirs: listed names, or no English word).
* **A company with a legal form** of the Baltic, Balkan and Caucasus registers (SIA, MMC, EOOD, OOD, EAD, AD,
  Kft, d.o.o., ASC, QSC, UAB, OÜ ...), or a trade word at its end ("Serendib Tea Exporters"): the span and the
  capitalised words up to that form hold an everyday English word ("Freight", "Payroll", "Forwarding", "Tea").
  A firm named only by a surname ("Aliyev MMC") keeps the surname redacted.
* **A markup tag's name** read as a name: ``<Nm>``, ``</Nm>`` (ISO 20022's "Name" element).
* **A unit of an organisation**: a span of two or more words that are all everyday English words (or a ward's
  code such as "4B"), none a listed name or place: "Treasury Operations", "Respiratory 4B".
"""

from __future__ import annotations

import functools
import re

#: legal forms of company registers the earlier lists lack (exact case, as registers write them)
_LEGAL_FORMS = frozenset(
    "SIA MMC ASC QSC EOOD OOD EAD AD ADSITs Kft Zrt Nyrt Bt UAB AB OÜ AS ApS d.o.o. doo d.d. a.s. s.r.o. spol. "
    "TOO AO OAO ZAO PAO OOO LLP LLC Ltd Ltd. Limited PLC plc Pvt Pvt. PLC. SRL S.R.L. SA S.A. JSC".split())
#: trade words that end a firm's name without a legal form
_TRADE_WORDS = frozenset("exporters importers traders garments textiles freight forwarding payroll logistics "
                         "shipping labs laboratories clinic pharmacy bakery foods supplies distributors".split())
_CAP_WORD = re.compile(r"[ \t]+([A-Z][\w.&'-]*)")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z_-]{1,20}:[ \t]*$")


def _gaz():
    from . import _gazetteer

    return _gazetteer.gazetteer()


def _is_name(word: str) -> bool:
    g = _gaz()
    w = word.casefold()
    return w in g.given or w in g.surnames


def _everyday(word: str) -> bool:
    """Webster's entry (or a plural of one); obscure ones among them are given names elsewhere ("yapa")."""
    from ._gazetteer import everyday

    return everyday(word)


@functools.lru_cache(maxsize=1)
def _common_set() -> frozenset[str]:
    """The tagger's common and modern word lists as one set, built once (round eleven, P1: the union was
    rebuilt at every call, about 0.7 ms each, 4 ms of a 200-word prompt)."""
    from ._rec_tagger import common_words, modern_words

    return common_words() | modern_words()


def _common(word: str) -> bool:
    """A word in everyday use: the tagger's common and modern word lists, or a plural of one."""
    w = word.casefold()
    common = _common_set()
    return w in common or w.endswith("s") and (w[:-1] in common or w.endswith("ies") and w[:-3] + "y" in common)


def _wordish(word: str) -> bool:
    """An English word in everyday use, a long Webster's word ("Consignee", "Respiratory"), or a compound of two
    Webster's words, the second of four letters or more ("Pay|slip", "Charge|back", "Hand|over"); no listed name.
    Short obscure Webster's entries ("Yapa", "Sultana") are given names or surnames of other languages."""
    if not word.isalpha() or not word.isascii() or _is_name(word):
        return False
    if _common(word) or len(word) >= 9 and _everyday(word):
        return True
    w = word.casefold()
    return any(_everyday(w[:i]) and _everyday(w[i:]) for i in range(3, len(w) - 3))


def _trade_head(word: str) -> bool:
    """A word of a firm's name that is an English word and no given name ("Tea", "Freight"; a surname may be one)."""
    return _wordish(word) or word.isalpha() and _everyday(word) and word.casefold() not in _gaz().given


def _heading_word(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if " " in value.strip() or not value[:1].isupper() or value.isupper():
        return False
    line_start = start == 0 or text[start - 1] == "\n" or bool(_LINE_LABEL.search(text, 0, start))
    return line_start and bool(_LOWER_NEXT.match(text, end)) and _wordish(value)


def _company(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    pos = end
    while len(words) < 8:
        m = _CAP_WORD.match(text, pos)
        if not m:
            break
        words.append(m.group(1))
        pos = m.end()
    inside = len(text[start:end].split())
    for k in range(max(1, inside - 1), len(words)):
        last = words[k].rstrip(",;")
        if last in _LEGAL_FORMS or last.casefold() in _TRADE_WORDS:
            if any(_trade_head(w) for w in words[:k]):
                return True
    return False


def _tag_name(text: str, start: int, end: int) -> bool:
    """``<Nm>`` or ``</Nm>`` where the element is closed in the text (not a chat's ``<Boyan>`` nickname)."""
    value = text[start:end]
    if not (end < len(text) and text[end] == ">" and value.isalnum() and value.isascii()):
        return False
    return text[start - 2 : start] == "</" or text[start - 1 : start] == "<" and f"</{value}>" in text


def _unit(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    if len(words) < 2:
        return False
    g = _gaz()
    if text[start:end].casefold() in g.cities:
        return False
    plain = [w for w in words if not re.fullmatch(r"\d{1,3}[A-Z]?", w)]
    return bool(plain) and (any(_common(w) for w in plain) or len(plain) < len(words)) and all(
        w[:1].isupper() and w.casefold() not in g.cities and (_wordish(w) or w.isalpha() and _everyday(w)
                                                              and not _is_name(w)) for w in plain)


def not_personal(text: str, start: int, end: int, entity: str) -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-personal spans."""
    if entity not in ("PERSON", "LOCATION"):
        return False
    if _tag_name(text, start, end):
        return True
    if entity == "PERSON" and _heading_word(text, start, end):
        return True
    return _company(text, start, end) or _unit(text, start, end)
