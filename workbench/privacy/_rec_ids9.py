"""National identity numbers by their check digits and their own groupings (round nine, second pass).

A table of national schemes (``SCHEMES``): the number's length, the groupings people write it in
("570-326-229 71", "491-270774-0", "1 520304 1234", "850315/1234"), its check digits, and the words that
name it in English and in the country's own language (JMBG, EMŠO, СНИЛС, ИНН, کد ملی, नागरिकता …).
A candidate is a run of digits in one of these groupings; it is an ID_NUMBER when

* it passes a scheme's check and is written in a grouping of that scheme's own (0.6), or is a bare
  13-digit number whose check and birth date hold (EMŠO / JMBG, CNP: 0.6);
* it passes a check and a name of the scheme, or an ID word, stands before it on its line (0.6);
* it passes a check and stands alone in brackets after a capitalised word, a person's name
  ("Ms Ana Kralj (2706963500804)") (0.55);
* it has a scheme's grouping but no check digit (Nepal's citizenship number "74-02-69-52706") and an
  ID word or the scheme's name stands before it (0.6).

Never when a business word claims it ("order 2706963500804", "invoice", "EAN"). A bare number that passes
a check but has no cue is left to the other recognizers (1 in 11 random numbers passes a mod-11 check).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import BUSINESS_ID_WORDS


def _d(s: str) -> list[int]:
    return [int(c) for c in s]


def _weighted(digits: list[int], weights: list[int]) -> int:
    return sum(a * b for a, b in zip(digits, weights))


def emso_ok(s: str) -> bool:
    """EMŠO / JMBG (Slovenia, Serbia, Bosnia, Montenegro, North Macedonia): DDMMYYY RR BBB K, mod 11."""
    if len(s) != 13:
        return False
    d = _d(s)
    day, month, year = int(s[:2]), int(s[2:4]), int(s[4:7])
    if not (1 <= day <= 31 and 1 <= month <= 12 and (year >= 800 or year <= 30)):
        return False
    m = 11 - _weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return m != 10 and d[12] == (0 if m == 11 else m)


def cnp_ok(s: str) -> bool:
    """Romania's CNP: S YYMMDD JJ NNN C."""
    if len(s) != 13 or s[0] == "0" or not (1 <= int(s[3:5]) <= 12 and 1 <= int(s[5:7]) <= 31):
        return False
    c = _weighted(_d(s), _d("279146358279")) % 11
    return int(s[12]) == (1 if c == 10 else c)


def snils_ok(s: str) -> bool:
    """Russia's SNILS: nine digits and a two-digit check (weights 9..1, mod 101)."""
    if len(s) != 11 or len(set(s[:9])) == 1:
        return False
    c = _weighted(_d(s[:9]), list(range(9, 0, -1))) % 101
    return int(s[9:]) == (0 if c == 100 else c)


def inn_ok(s: str) -> bool:
    """Russia's INN: ten digits (an organisation) or twelve (a person), weighted mod 11 mod 10."""
    w = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = _d(s)
    if len(s) == 10:
        return _weighted(d, w[2:]) % 11 % 10 == d[9]
    if len(s) == 12:
        return _weighted(d, w[1:]) % 11 % 10 == d[10] and _weighted(d, w) % 11 % 10 == d[11]
    return False


def iran_ok(s: str) -> bool:
    """Iran's national code (کد ملی): ten digits, weights 10..2, mod 11."""
    if len(s) != 10 or len(set(s)) == 1:
        return False
    d = _d(s)
    r = _weighted(d, list(range(10, 1, -1))) % 11
    return d[9] == (r if r < 2 else 11 - r)


def hu_tax_ok(s: str) -> bool:
    """Hungary's adóazonosító jel: ten digits opening with 8, weights 1..9 mod 11."""
    d = _d(s)
    return len(s) == 10 and d[0] == 8 and _weighted(d, list(range(1, 10))) % 11 == d[9]


def hu_taj_ok(s: str) -> bool:
    """Hungary's TAJ (social security): nine digits, weights 3,7 alternating, mod 10."""
    d = _d(s)
    return len(s) == 9 and _weighted(d, [3, 7] * 4) % 10 == d[8]


def hu_personal_ok(s: str) -> bool:
    """Hungary's személyi szám: S YYMMDD NNN K, mod 11 with weights 1..10 (or 10..1 after 1996)."""
    d = _d(s)
    if len(s) != 11 or not 1 <= d[0] <= 8 or not (1 <= int(s[3:5]) <= 12 and 1 <= int(s[5:7]) <= 31):
        return False
    return d[10] in (_weighted(d, list(range(1, 11))) % 11, _weighted(d, list(range(10, 0, -1))) % 11)


def egn_ok(s: str) -> bool:
    """Bulgaria's EGN: YYMMDD NNN C (month +20 / +40 for other centuries)."""
    d = _d(s)
    return len(s) == 10 and int(s[2:4]) % 20 in range(1, 13) and 1 <= int(s[4:6]) <= 31 and \
        _weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == d[9]


def pesel_ok(s: str) -> bool:
    """Poland's PESEL: YYMMDD ZZZX Q."""
    d = _d(s)
    return len(s) == 11 and int(s[2:4]) % 20 in range(1, 13) and 1 <= int(s[4:6]) <= 31 and \
        (10 - _weighted(d, [1, 3, 7, 9] * 2 + [1, 3]) % 10) % 10 == d[10]


def baltic_ok(s: str) -> bool:
    """Estonia's isikukood and Lithuania's asmens kodas: G YYMMDD NNN C, two weight rows mod 11."""
    d = _d(s)
    if len(s) != 11 or not 1 <= d[0] <= 6 or not (1 <= int(s[3:5]) <= 12 and 1 <= int(s[5:7]) <= 31):
        return False
    r = _weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if r == 10:
        r = _weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
    return r == d[10]


def oib_ok(s: str) -> bool:
    """Croatia's OIB: eleven digits, ISO 7064 MOD 11,10."""
    if len(s) != 11:
        return False
    p = 10
    for c in s[:10]:
        p = (((p + int(c)) % 10 or 10) * 2) % 11
    return (11 - p) % 10 == int(s[10])


def tc_ok(s: str) -> bool:
    """Turkey's T.C. Kimlik No: eleven digits, two checks."""
    d = _d(s)
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - sum(d[1:9:2])) % 10 == d[9] \
        and sum(d[:10]) % 10 == d[10]


def bsn_ok(s: str) -> bool:
    """The Netherlands' BSN: the 11-test."""
    d = _d(s)
    return len(s) == 9 and (_weighted(d, list(range(9, 1, -1))) - d[8]) % 11 == 0 and s != "000000000"


def norway_ok(s: str) -> bool:
    """Norway's fødselsnummer: DDMMYY III K1 K2."""
    d = _d(s)
    if len(s) != 11 or not (1 <= int(s[:2]) % 40 <= 31 and 1 <= int(s[2:4]) % 40 <= 12):
        return False
    k1 = 11 - _weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
    k2 = 11 - _weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return d[9] == k1 % 11 and k1 != 10 and d[10] == k2 % 11 and k2 != 10


def belgium_ok(s: str) -> bool:
    """Belgium's national number: YYMMDD NNN CC, 97 minus mod 97 (a "2" before it after 1999)."""
    if len(s) != 11:
        return False
    body, check = int(s[:9]), int(s[9:])
    return check in (97 - body % 97, 97 - int("2" + s[:9]) % 97)


def czsk_ok(s: str) -> bool:
    """Czech and Slovak rodné číslo: YYMMDD/NNNC, the ten digits divisible by 11."""
    return len(s) == 10 and 1 <= int(s[2:4]) % 50 % 20 <= 12 and 1 <= int(s[4:6]) <= 31 and (
        int(s) % 11 == 0 or int(s[:9]) % 11 == 10 and s[9] == "0")


def israel_ok(s: str) -> bool:
    """Israel's Teudat Zehut: nine digits, Luhn."""
    total = sum(x if i % 2 == 0 else (2 * x - 9 if x > 4 else 2 * x) for i, x in enumerate(reversed(_d(s))))
    return len(s) == 9 and total % 10 == 0


@dataclass(frozen=True)
class Scheme:
    """One country's national number: its check, the groupings (digit-group lengths) people write, its names."""

    name: str
    check: Callable[[str], bool] | None
    groupings: tuple[tuple[int, ...], ...]
    labels: str = ""
    #: True when the bare digits with a valid check are distinctive enough alone (13 digits with a birth date)
    bare_alone: bool = False


SCHEMES: tuple[Scheme, ...] = (
    Scheme("EMSO/JMBG", emso_ok, ((13,),), r"jmbg|јмбг|emšo|emso|matični broj|matični|матични број|enotna matična", True),
    Scheme("CNP", cnp_ok, ((13,),), r"cnp|cod numeric personal", True),
    Scheme("SNILS", snils_ok, ((11,), (3, 3, 3, 2)), r"snils|снилс|страховой номер"),
    Scheme("INN", inn_ok, ((10,), (12,)), r"inn|инн|идентификационный номер"),
    Scheme("IR", iran_ok, ((10,), (3, 6, 1)), r"کد ?ملی|شماره ملی|code melli|melli|national code|kart-?e melli"),
    Scheme("HU tax", hu_tax_ok, ((10,),), r"adóazonosító(?: jel)?|adószám|tax id|tax number|tin"),
    Scheme("HU TAJ", hu_taj_ok, ((9,), (3, 3, 3)), r"taj(?:[ \-]szám)?|társadalombiztosítási"),
    Scheme("HU personal", hu_personal_ok, ((11,), (1, 6, 4)), r"személyi szám|személyi azonosító|személyi"),
    Scheme("EGN", egn_ok, ((10,),), r"egn|егн|единен граждански номер"),
    Scheme("PESEL", pesel_ok, ((11,),), r"pesel"),
    Scheme("EE/LT", baltic_ok, ((11,),), r"isikukood|asmens kodas"),
    Scheme("OIB", oib_ok, ((11,),), r"oib"),
    Scheme("TC", tc_ok, ((11,),), r"t\.?c\.?(?: kimlik)?(?: no)?|kimlik"),
    Scheme("BSN", bsn_ok, ((9,),), r"bsn|burgerservicenummer|sofinummer"),
    Scheme("NO", norway_ok, ((11,), (6, 5)), r"fødselsnummer|personnummer"),
    Scheme("BE", belgium_ok, ((11,), (2, 2, 2, 3, 2), (6, 3, 2)), r"rijksregisternummer|numéro national|nn"),
    Scheme("CZ/SK", czsk_ok, ((6, 4),), r"rodné číslo|rodne cislo|birth number"),
    Scheme("IL", israel_ok, ((9,),), r"teudat zehut|t\.?z\.?"),
    # no check digit: only the grouping and a word before it
    Scheme("NP citizenship", None, ((2, 2, 2, 5), (2, 2, 2, 4), (2, 2, 4, 5)),
           r"citizenship(?: certificate)?(?: no\.?| number)?|nagarikta|नागरिकता(?: नं\.?| प्रमाणपत्र)?"),
    Scheme("RU passport", None, ((2, 2, 6), (4, 6)), r"паспорт|passport|серия"),
)

#: words that make any national number after them one (English and the six new countries' own)
_ID_WORDS = (r"national[ \-]?id|national (?:identity|identification|insurance)|identity (?:no|number|card)|"
             r"personal (?:id|number|code|identity|no)|id (?:no|number|card|nr)|\bid\b|personal[ \-]?id|"
             r"citizen(?:ship)? (?:id|no|number)|social security|ssn|nid|osebna|osebni|lična karta|лична карта|"
             r"личн|удостоверени|شناسنامه|کارت ملی")
_LABELS = "|".join(s.labels for s in SCHEMES if s.labels)
_LABEL_BEFORE = re.compile(
    rf"(?i)(?<![\w])(?:{_ID_WORDS}|{_LABELS})[\w.\s]{{0,3}}?(?:\([^()\n]{{0,20}}\))?[ \t]*(?:[:#=№\-–.]|no\.?|nr\.?)?[ \t]*$"
)
_BUSINESS = re.compile(
    rf"(?i)(?<![a-z]){BUSINESS_ID_WORDS}s?(?![a-z])[^\n]{{0,12}}$|(?i:\b(?:ean|gtin|upc|isbn|barcode|serial|imei|"
    r"iccid|sku|po|waybill|awb|tracking|policy|claim|ref)\b)[\s.:#=\-]*$"
)
_SEPS = r"[ \-./\u00a0]"
#: a run of 2..5 digit groups joined by one kind of separator, or a bare run of 9..13 digits
_CANDIDATE = re.compile(rf"(?<![\w.,/\-+])(\d{{1,13}}(?:{_SEPS}\d{{1,10}}){{0,4}})(?![\w]|[.,/\-]\d)")
_NAME_BRACKET = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’.\-]*>?[ \t]*[(\[]$")


def _schemes_for(groups: tuple[int, ...]) -> list[Scheme]:
    return [s for s in SCHEMES if groups in s.groupings or (s.check and (sum(groups),) in s.groupings)]


def classify(value: str) -> tuple[bool, bool, str]:
    """(checked: a scheme's check passes, own grouping: it is written in a grouping of that scheme, the scheme's
    name) for a candidate's text; (False, False, "") when no scheme fits."""
    seps = set(re.findall(_SEPS, value))
    if len(seps) > 1 and seps != {" ", "-"}:
        return False, False, ""
    groups = tuple(len(g) for g in re.split(_SEPS, value))
    digits = re.sub(r"\D", "", value)
    for s in _schemes_for(groups):
        if s.check is None:
            if groups in s.groupings:
                return False, True, s.name
            continue
        if s.check(digits):
            return True, len(groups) > 1 and groups in s.groupings, s.name
    return False, False, ""


def _labelled(before: str, name: str) -> bool:
    m = _LABEL_BEFORE.search(before[-48:])
    if m is None:
        return False
    return not _BUSINESS.search(before[: len(before) - len(before[-48:]) + m.start()][-24:])


def score(text: str, start: int, end: int) -> float:
    """The score of ``text[start:end]`` as a national number (0 when it is none)."""
    value = text[start:end]
    checked, grouped, name = classify(value)
    if not name:
        return 0.0
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if _BUSINESS.search(before[-24:]):
        return 0.0
    labelled = _labelled(before, name)
    if checked and (grouped or labelled):
        return 0.6
    if checked and value.isdigit():
        scheme = next(s for s in SCHEMES if s.name == name)
        if scheme.bare_alone:
            return 0.6
        if len(value) >= 10 and _NAME_BRACKET.search(before) and text[end : end + 1] in (")", "]"):
            return 0.55
        return 0.0
    return 0.6 if grouped and labelled else 0.0


class NationalIdRecognizer(LocalRecognizer):
    """ID_NUMBER by the national schemes' check digits and groupings (see the module docstring)."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "NationalIdRecognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(ch.isdigit() for ch in text) < 9:
            return out
        for m in _CANDIDATE.finditer(text):
            value = m.group(1)
            if not 9 <= sum(ch.isdigit() for ch in value) <= 13:
                continue
            s = score(text, m.start(1), m.end(1))
            if s > 0:
                out.append(RecognizerResult(
                    "ID_NUMBER", m.start(1), m.end(1), s,
                    analysis_explanation=AnalysisExplanation(type(self).__name__, s),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                ))
        return out
