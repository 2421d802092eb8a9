"""Round twelve (P4, issue 15): identity numbers by the record they stand in, whatever their country.

Found on a fresh fuzz (``bench/p4_structured_fresh12.py``: python-stdnum's formats of 46 countries no split drew,
in table cells, CSV, JSON, logs, key=value records and prose): every earlier pass closed slots and label words, and
a national id of a new country still leaked through a label nobody listed ("ITIN", "kt.", "РНОКПП", "NIPT") or no
label at all ("holder=Ana Lind; doc=…", "<td>Ana Lind</td><td>…</td>", "… — Ana Lind"). Two slots, neither tied to
a scheme or a wording:

* **A number in a record that names a person**: an id-shaped value (six digits or more, not grouped like an amount,
  or letters and five digits or more) in the same line, JSON object or table row as a person's name (two to four
  capitalised words, one of them a listed given name, one no everyday word). A business word right before it
  (order, invoice, ticket, SKU ...), a date, a time, an amount (a currency or unit beside it, a thousands grouping)
  or a version keeps it.
* **A value after an unknown short label**: an acronym of two to six capitals, or a dotted abbreviation ("C.C.",
  "a.k.", "kt."), then ":" / "=" / "no." and the id-shaped value; the acronym is none of the business, KPI,
  currency and unit acronyms that head numbers in analyst text (SKU, MRR, ARR, DAU, EUR, KWH ...).

Values the recognizers of rounds nine to eleven already find are found again here at most (overlaps merge).
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from . import _rec_ids10, _rec_ids11

#: an id-shaped value: digits in groups (space, dot, dash, slash), letters around them, or letters and digits mixed
_UP = "A-ZА-ЯЁΑ-Ω"  # round fourteen (PE): series letters in Cyrillic and Greek too ("КЕ70080226")
_CANDIDATE = re.compile(rf"(?<![\w\-/.+@#:])((?:[{_UP}]{{1,4}}-?)?\d(?:\d|[ .\-/](?=\d)){{5,30}}(?:[ \-]?[{_UP}]{{1,3}}\d?)?"
                        rf"|(?=(?:[{_UP}]*\d){{4}})(?=(?:\d*[{_UP}]){{1}})[{_UP}0-9]{{7,20}})"
                        r"(?![\w\-]|[./]\d|,\d{3}(?!\d))")  # a comma may close it (a CSV cell), not a thousands group
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d{1,2}")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d")
#: words that make a number on their line a business value (a token, a voucher, a transfer's control number ...)
_LINE_CLAIMS = re.compile(r"(?i)(?<![^\W\d_])(?:token|voucher|coupon|mtcn|confirmation|receipt|otp|waybill|awb|parcel|"
                          r"container|consignment|meter|serial|batch|lot|tracking|invoice|order|ticket|booking|"
                          r"reservation|transaction|txn|reference|ref)s?(?![^\W\d_])")
#: acronyms that head numbers in business and analyst text (never an identity document)
_NOT_ID_ACRONYMS = frozenset(
    "sku po inv ean upc gtin isbn issn doi asin lot sn imo mmsi awb bl hs hsn sac gst vat ein duns lei cusip isin "
    "sedol figi ric bic swift iban aba mrr arr arpu dau mau wau gmv aov ltv cac nps roi ebitda capex opex cogs gdp cpi "
    "yoy qoq mom kpi sla eta etd fte hc pnl ytd mtd qtd wtd fy h1 h2 q1 q2 q3 q4 usd eur gbp jpy chf cny rmb inr brl "
    "kes mxn sek nok dkk pln zar aud cad nzd sgd hkd krw try rub kwh mwh gwh kw mw kb mb gb tb px dpi rpm mph kmh kph "
    "tel fax mob ph cell ext pin otp cvv cvc pid ppid uid gid pr id ref tx txn utc gmt cet est pst api url ip ttl "
    "http https tcp udp ssh port rows row col len max min avg std sum qty no nr tot bal amt".split())
_HEADER_NOT_ID = re.compile(r"(?i)(?<![^\W\d_])(?:notes?|comments?|remarks?|memo|part|parts|code|codes|model|status|"
                            r"desc|description|category|type|kind|product|item|sku|batch|lot)(?![^\W\d_])")
#: prefixes of ticket, request and document keys in service desks and ERPs
_TICKET_PREFIXES = frozenset("inc req chg tkt sr ritm prb task ord so inv crm ops jira bug feat pr mr rfc rma grn dn "
                             "cn qt quo est wo".split())
_ACRONYM_LABEL = re.compile(r"(?:(?<![\w.])(?:[^\W\d_]\.){1,4}|(?<![\w.])[A-ZА-ЯЁ]{2,6}|(?<![\w.])[a-zа-яё]{2,5}\.)"
                            r"[ \t]*(?:(?:no|nr|nº|n°|#)\.?[ \t]*)?[:=：]?[ \t]*$")
_CAP_WORD = r"[A-ZÀ-ÞĀ-ŽΑ-ΩА-ЯЁ][^\W\d_'’\-]+(?:[\-'’][^\W\d_]+)?"
_NAME = re.compile(rf"(?<![^\W\d_]){_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{1,3}}(?![^\W\d_])")
_JSON_OBJECT = re.compile(r"\{[^{}\n]*\}")


def _record(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding the value, or the JSON object inside it that holds the value."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    for m in _JSON_OBJECT.finditer(text, ls, le):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return ls, le


def _names_a_person(segment: str) -> bool:
    from ._gazetteer import everyday, gazetteer

    given = gazetteer().given
    for m in _NAME.finditer(segment):
        words = m.group().split()
        if any(w.casefold() in given for w in words) and any(not everyday(w) for w in words):
            return True
    return False


def _plain_number(text: str, start: int, end: int) -> bool:
    """A date, a time, an amount or a measure, a version, or a number a business word claims."""
    value = text[start:end]
    if _THOUSANDS.fullmatch(value) or _TIME.search(value) or _rec_ids11._DATE_INSIDE.search(value) or \
            _YEARS.fullmatch(value) or re.fullmatch(r"\d+[.,]\d+", value):
        return True
    if _date(value):
        return True
    if _rec_ids10._AMOUNT_AFTER.match(text[end:end + 8]) or re.search(r"[$€£¥₹]\s*$|\b[A-Z]{3}\s*$", text[max(0, start - 5):start]):
        return True
    if re.search(r"(?i)\bv(?:ersion)?\.?\s*$", text[max(0, start - 9):start]):
        return True
    before = text[max(0, start - 22):start]
    claimed = [m for m in _rec_ids11._CLAIMED.finditer(before) if not re.fullmatch(r"(?i)doc\w*|document\w*", m.group())]
    return bool(claimed) and not _rec_ids11.label_near_before(before)


def _date(value: str) -> bool:
    """A date written with separators (day, month, year in any order; a year and month), or a year."""
    if re.fullmatch(r"(?:19|20)\d\d", value):
        return True
    parts = re.split(r"[.\-/ ]", value)
    if not all(p.isdigit() for p in parts) or len(parts) not in (2, 3):
        return False
    n = [int(p) for p in parts]
    if len(parts) == 2:
        return (len(parts[0]) == 4 and 1 <= n[1] <= 12) or (len(parts[1]) == 4 and 1 <= n[0] <= 12)
    a, b, c = n
    if len(parts[0]) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return len(parts[2]) in (2, 4) and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))


def _acronym_label(text: str, start: int) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    before = text[max(ls, start - 20):start]
    m = _ACRONYM_LABEL.search(before)
    if m is None:
        return False
    token = re.sub(r"[^\w]", "", m.group().split()[0] if m.group().split() else "").casefold()
    token = re.sub(r"(?:no|nr)$", "", token) if len(token) > 4 else token
    return bool(token) and token not in _NOT_ID_ACRONYMS and (m.group().strip()[-1:] in ":=：." or "." in m.group())


def score(text: str, start: int, end: int) -> float:
    value = text[start:end]
    if sum(c.isdigit() for c in value) < 6 and len(re.findall(r"[A-Z]", value)) < 3:
        return 0.0
    if _plain_number(text, start, end):
        return 0.0
    prefix = re.match(r"[A-Z]{2,5}(?=-?\d)", value)
    if prefix and (prefix.group().casefold() in _NOT_ID_ACRONYMS or prefix.group().casefold() in _TICKET_PREFIXES):
        return 0.0  # "INC0045512", "SKU-884213": a ticket's or a product's key
    if "\n" in text:
        from ._checks import column_header

        header = column_header(text, start)
        if header is not None and (_rec_ids11._CLAIMED.search(header) or _LINE_CLAIMS.search(header)
                                   or _HEADER_NOT_ID.search(header)):
            return 0.0  # a column of notes, references, parts or codes
    rs, re_ = _record(text, start, end)
    before = text[rs:start]
    if _LINE_CLAIMS.search(before) and not _rec_ids11.label_near_before(before[-40:]):
        return 0.0  # "Electricity token for meter … purchased by Ana Lind: 0928-…"
    digits = sum(c.isdigit() for c in value)
    compact_code = "-" not in value and " " not in value and len(re.findall(r"[A-Z]", value)) >= 3
    if (digits >= 7 or compact_code) and _names_a_person(before + " " + text[end:re_]):
        return 0.5
    if _acronym_label(text, start):
        return 0.5
    return 0.0


class RecordIdRecognizer12(LocalRecognizer):
    """ID_NUMBER in a record that names a person, or after an unknown short label."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "RecordIdRecognizer12")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(map(str.isdigit, text)) < 6:
            return out
        for m in _CANDIDATE.finditer(text):
            start, end = m.start(1), m.end(1)
            value = m.group(1)
            if sum(c.isdigit() for c in value) < 4:
                continue
            s = score(text, start, end)
            if s <= 0:
                continue
            out.append(RecognizerResult(
                "ID_NUMBER", start, end, s, analysis_explanation=AnalysisExplanation(type(self).__name__, s),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out


__all__ = ["RecordIdRecognizer12", "score"]
