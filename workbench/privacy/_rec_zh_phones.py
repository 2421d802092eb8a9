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

import re

from presidio_analyzer import Pattern

from ._checks import has_cjk
from ._rec_en import _CASE_SENSITIVE, _Validated

_EXT = r"(?:\s?(?:转|轉|分机号|分機號|分机|分機|内线|內線|分线|分線|ext\.?|x)\s?\d{1,5})?"  # 内线508: round seven, second pass
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


def hkid_ok(value: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, a MOD 11 check character (0-9 or A)."""
    v = "".join(c for c in value.upper() if c.isalnum())
    if not 8 <= len(v) <= 9 or not v[-7:-1].isdigit():
        return False
    head = v[:-7]
    if not head.isalpha():
        return False
    letters = [36] * (2 - len(head)) + [ord(c) - 55 for c in head]
    total = letters[0] * 9 + letters[1] * 8 + sum(int(d) * w for d, w in zip(v[-7:-1], range(7, 1, -1)))
    check = (11 - total % 11) % 11
    return v[-1] == ("A" if check == 10 else str(check))


_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def twid_ok(value: str) -> bool:
    """台湾 national ID (or the resident certificate since 2021): a letter, 1/2 (8/9), eight digits; the last
    digit makes the weighted sum a multiple of ten."""
    v = value.upper()
    if len(v) != 10 or v[0] not in _TW_LETTERS or not v[1:].isdigit() or v[1] not in "1289":
        return False
    n = _TW_LETTERS[v[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(d) * w for d, w in zip(v[1:9], range(8, 0, -1))) + int(v[9])
    return total % 10 == 0


#: a travel-permit or regional-ID label just before the number (the values have no checksum of their own)
_PERMIT_LABEL = (r"(?:通行证|通行證|回乡证|回鄉證|台胞证|台胞證|居住证|居住證|身份证|身份證|身分證|澳门身份证|澳門身份證|證件號碼|证件号码"
                 r"|證件號|证件号|ID)[号號码碼]{0,2}[\"'“”]?[：:=＝\s]{0,2}")


class RegionalIdRecognizer(_Validated):
    """Round eight: 港澳台 identity numbers. Hong Kong ID cards (A123456(3), MOD 11) and 台湾 IDs (A123456789,
    weighted sum) by their checksums, in Chinese text or after "HKID"; after a permit or ID label, Macau IDs (1234567(8)), 港澳居民来往内地
    通行证 (H/M + 8 or 10 digits), 往来港澳通行证 (C + 8), 台胞证 (8 or 10 digits)."""

    ENTITY = "ID_NUMBER"
    PATTERNS = [
        Pattern("hong kong id", r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{6}(?:\([0-9A]\)|（[0-9A]）|[0-9A])(?![A-Za-z0-9])", 0.7),
        Pattern("台湾 id", r"(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![A-Za-z0-9])", 0.7),
        Pattern("permit after its label", r"(?<=" + _PERMIT_LABEL + r")(?<![A-Za-z0-9])"
                r"(?:[HM]\d{8}(?:\d{2})?|[CE][A-Z0-9]?\d{7,8}|[1578]\d{6}(?:\(\d\)|（\d）|\d)|\d{8}(?:\d{2})?)(?![A-Za-z0-9])",
                0.7),
    ]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        if re.fullmatch(r"[A-Z]{1,2}\d{6}(?:\([0-9A]\)|（[0-9A]）|[0-9A])", text):
            return hkid_ok(text)
        if re.fullmatch(r"[A-Z][1289]\d{8}", text):
            return twid_ok(text)
        return True

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        # in Chinese text, or English text with "HKID" (a product code passes a checksum one time in ten or eleven)
        if not (has_cjk(text) or ("HKID" in text and _ID_WORD.search(text))):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


_ID_WORD = re.compile(r"\bHKID\b")


PHONE_RECOGNIZERS = (CnLandlineRecognizer, CnPassportRecognizer, RegionalIdRecognizer)
