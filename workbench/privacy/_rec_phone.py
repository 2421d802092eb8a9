"""Phone numbers in the shapes people write them, national formats without a country code included.

``phonenumbers`` (WbPhoneRecognizer, in _rec_en) validates numbers for a list of regions; this one
reads the shape instead, so a number from any country is found: "04.47.64.53.88",
"729 198 216", "051-096-883", "0443685013-Office", "(0755) 8888 1234", "x723" extensions.

Scores: an unmistakable shape (country code, area code in brackets, a leading 0 with eight or
more digits, an extension, pairs of digits, ten or more digits in groups) 0.6; a plausible one
(six to nine digits in groups) 0.4, which Presidio's context words ("phone", "call", "mobile",
"电话"...) lift over the threshold. Dates, times, years, amounts and IPs are rejected.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

_PHONE = re.compile(
    r"(?<![0-9A-Za-z.+\-/,:])"
    r"(?P<cc>(?:\(\+\d{1,3}\)|(?:\+|00)\d{1,3})[\s.\-]?(?:\(0\)[\s.\-]?)?)?"  # "+358", "(+358)"
    r"(?P<area>[(（]\d{1,5}(?:[\s\-]\d{1,4})?[)）][\s.\-]?)?"  # "(0755)", "(0-312)", "(8 12)"
    r"(?P<body>\d{1,12}(?:(?:[ .\-/]|\s-\s)\d{1,8}){0,5})"
    r"(?P<ext>\s?(?:x|ext\.?|extension|#)\s?\d{1,5})?"
    r"(?P<label>-(?:Office|Home|Work|Mobile|Cell|Fax|Fixe|Bureau))?"
    r"(?![0-9A-Za-z%‰]|[.,]\d)",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"^(?:\d{4}[./\-]\d{1,2}[./\-]\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{2}|\d{4})|\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)$"
)
_YEARS = re.compile(r"^(?:19|20)\d{2}(?:\s?[\-/–]\s?(?:19|20)?\d{2})?$")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?:usd|eur|gbp|cny|rmb|chf|jpy))\s?$", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"^\s?(?:%|percent|[kmb]n?\b|million|billion|thousand|users|rows|people|customers|units|items|orders|"
    r"km|kg|mb|gb|tb|ms|元|万|亿|个|人|年|月|日|号)",
    re.IGNORECASE,
)


def _score(m: re.Match[str], text: str) -> float:
    body, cc, area, ext, label = (m.group(g) or "" for g in ("body", "cc", "area", "ext", "label"))
    value = m.group().strip()
    digits = sum(ch.isdigit() for ch in value) - sum(ch.isdigit() for ch in ext)
    if not 6 <= digits <= 15:
        return 0.0
    if _DATE.match(body) or _YEARS.match(body):
        return 0.0
    if _MONEY_BEFORE.search(text[max(0, m.start() - 5) : m.start()]) or _UNIT_AFTER.match(text[m.end() : m.end() + 12]):
        return 0.0
    groups = re.split(r"[ .\-/]+", body)
    if not cc and not area and re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", body):
        return 0.0  # 1.250.000
    if len(groups) == 4 and body.count(".") == 3 and all(len(g) <= 3 for g in groups) and not cc:
        return 0.0  # an IPv4 address
    if not cc and not area and len(groups) > 1 and all(_YEARS.match(g) for g in groups):
        return 0.0
    if cc or area or ext or label:
        return 0.6
    if len(groups) == 1:
        if body.startswith("0") and 9 <= digits <= 12:
            return 0.55
        return 0.3 if 9 <= digits <= 12 else 0.0
    if body.startswith("0") and digits >= 8:
        return 0.6
    if digits >= 10:
        return 0.6
    if len(groups) >= 4 and all(len(g) == 2 for g in groups[1:]):
        return 0.6  # "06 95 67 85 31", "61-18-37-53"
    if len(groups) >= 3 and "." in body and all(len(g) in (2, 3) for g in groups):
        return 0.55
    line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    thousands = len(groups) > 1 and all(len(g) == 3 for g in groups[1:])  # "12 500 000": an amount
    if (digits >= 8 or digits >= 7 and len(groups) > 1) and line_start > 0 and line.strip(" \t>-*•") == value \
            and not thousands:
        return 0.55  # "9716 6363" on a line of its own under a name: a signature or contact block
    return 0.4


class PhoneShapeRecognizer(LocalRecognizer):
    """PHONE_NUMBER by shape (see the module docstring)."""

    CONTEXT = ["phone", "telephone", "tel", "mobile", "cell", "fax", "call", "ring", "number", "contact", "desk",
               "office", "whatsapp", "sms", "text", "dial", "reach", "landline", "hotline", "电话", "手机", "座机",
               "联系", "传真", "téléphone", "telefono", "telefon", "móvil", "tlf"]

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=list(self.CONTEXT), name=name or "PhoneShapeRecognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out = []
        for m in _PHONE.finditer(text):
            score = _score(m, text)
            if score <= 0:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append(RecognizerResult(
                "PHONE_NUMBER", start, end, score,
                analysis_explanation=AnalysisExplanation(type(self).__name__, score),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
        return out
