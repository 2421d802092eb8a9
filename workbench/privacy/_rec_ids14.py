"""Round fourteen (PE): the edges of ids and phones, and EDIFACT's communication segments.

Run on every recognizer's spans once they are known (``Privacy._select``):

* an id's **letter prefix** in any script: letters glued to the digits a recognizer found ("Ез50122174",
  "УБ99061512": a Mongolian register number's two letters) or one to three capitals before them at the start of
  a field ("PID|1||ББ 79091294^^^MRN"), since the series letters are part of the number;
* a phone's **country code in brackets** before the digits found ("(+229) 01 6460 0566");
* a **number in brackets right after a name** ("… recipient Waisea Tora (787.7861)", "Moldir Omarova
  (8.(707).473.9053)") is that person's phone when some region's ``phonenumbers`` metadata holds its digits as a
  valid number written with these groups (or as one run of seven or more digits), however it is punctuated;
* **HL7 v2 identifier fields** by their place: PID-2 / 3 / 4 (the patient's ids, each repetition's first
  component), PID-19 (social security number), PID-20 (driver's licence), whatever the number's shape;
* **EDIFACT COM segments**: ``COM+<number>:TE'`` (telephone), ``:FX`` (fax), ``:MO`` / ``:MB`` (mobile),
  ``:AL`` / ``:AH`` / ``:AJ`` (other telephones) are phones whatever their shape (the qualifier names them).
"""

from __future__ import annotations

import functools
import re
from typing import Any

ENABLED = True

#: series letters glued to an id's digits; never Chinese, Japanese or Korean script, where the word before a
#: number is its label ("身份证3173…", "护照K102…"; round fifteen, PZA)
_GLUED = re.compile(r"(?<![\w\-.])[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]{1,3}$")
_FIELD_CAPS = re.compile(r"(?:^|(?<=[|^\t:;,\"'>=(]))[ \t]?(?P<w>[^\W\d_a-zа-яё]{1,3})[ \t]$")
_CODE_BEFORE = re.compile(r"\(\+?\d{1,4}\)[ \t]?$|(?<![\w+])\+\d{1,3}[ \t]$")
_COM = re.compile(r"(?m)COM\+(?P<v>[^:'\n+]{5,40}|\+[^:'\n+]{5,40}):(?:TE|FX|MO|MB|AL|AH|AJ)(?=['\n]|$)")
_BRACKET_AFTER = re.compile(r"[ \t]*\((?P<v>\+?\d[\d .\-()]{5,22}\d)\)")
_DATE = re.compile(r"\d{1,4}([./\-])\d{1,2}\1\d{1,4}$")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d")
_ID_TYPES = frozenset({"ID_NUMBER", "US_SSN"})
#: labels, not series letters: English id words and the scheme acronyms python-stdnum names (``id_labels13.txt``)
_LABEL_WORDS = frozenset("id no nr nos pp tin nin pin ssn sin nic cin cni ci vat dob mrn reg ref acct".split())


@functools.lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    from ._rec_ids13 import _vocabulary

    return frozenset(w.casefold() for w in _vocabulary()[0]) | _LABEL_WORDS


def _upper(word: str) -> bool:
    return all(c.isupper() for c in word)


def spans14(text: str, spans: list[list[Any]]) -> list[list[Any]]:
    """New spans ``[start, end, type, score, 1, None]``: ids and phones with their prefixes, COM segments' phones."""
    if not ENABLED or not text:
        return []
    out = []
    for s in spans:
        start, end, kind = s[0], s[1], s[2]
        if kind in _ID_TYPES or kind == "PHONE_NUMBER" and text[start : start + 1].isdigit():
            before = text[max(0, start - 8) : start]
            glued = _GLUED.search(before)
            if glued and (kind in _ID_TYPES or _upper(glued.group())) and glued.group().casefold() not in _labels():
                out.append([start - len(glued.group()), end, kind, s[3], 1, None])
                continue
            caps = _FIELD_CAPS.search(before)
            if caps and kind in _ID_TYPES and _upper(caps.group("w")) and caps.group("w").casefold() not in _labels():
                out.append([start - (len(before) - caps.start("w")), end, kind, s[3], 1, None])
                continue
        if kind == "PHONE_NUMBER":
            code = _CODE_BEFORE.search(text[max(0, start - 10) : start])
            if code:
                out.append([start - len(code.group()), end, kind, s[3], 1, None])
        if kind == "PERSON":
            m = _BRACKET_AFTER.match(text, end)
            if m and _phone_digits(m.group("v")):
                out.append([m.start("v"), m.end("v"), "PHONE_NUMBER", 0.6, 1, None])
    if "PID|" in text:
        out += [[a, b, "ID_NUMBER", 0.8, 1, None] for a, b in _hl7_ids(text)]
    if "COM+" in text:
        for m in _COM.finditer(text):
            if sum(c.isdigit() for c in m.group("v")) >= 5:
                out.append([m.start("v"), m.end("v"), "PHONE_NUMBER", 0.8, 1, None])
    return out


def _phone_digits(value: str) -> bool:
    """Whether bracketed digits after a name read as a phone of some region (``_rec_phone.national_fit``)."""
    from ._rec_phone import national_fit

    groups = tuple(re.findall(r"\d+", value))
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 13 or _DATE.match(value) or _YEARS.fullmatch(value) or re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", value):
        return False
    valid, exact = national_fit(groups)
    return valid > 0 and (exact or len(groups) == 1)


_PID = re.compile(r"(?m)^[ \t>]*PID\|[^\n]*")
_PID_ID_FIELDS = frozenset({2, 3, 4, 19, 20})


def _hl7_ids(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PID.finditer(text):
        at = m.start() + m.group().index("PID|")
        for k, value in enumerate(text[at : m.end()].split("|")):
            if k in _PID_ID_FIELDS:
                pos = at
                for rep in value.split("~"):
                    first = rep.split("^")[0]
                    if sum(c.isdigit() for c in first) >= 4:
                        out.append((pos, pos + len(first)))
                    pos += len(rep) + 1
            at += len(value) + 1
    return out
