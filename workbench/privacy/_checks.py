"""Checksums and small text helpers shared by the recognizers (no Presidio imports here)."""

from __future__ import annotations

import ipaddress
import re

#: Boundaries that work next to Chinese characters. ``\b`` does not: CJK characters are ``\w``,
#: so "电话13812345678" has no word boundary before the digits.
NOT_AFTER_ALNUM = r"(?<![0-9A-Za-z])"
NOT_BEFORE_ALNUM = r"(?![0-9A-Za-z])"
NOT_AFTER_DIGIT = r"(?<![0-9])"
NOT_BEFORE_DIGIT = r"(?![0-9])"

_HAN_AND_MARKS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
#: round eight: the other East Asian scripts an English model misreads (します as PERSON): kana (and its phonetic
#: extensions), hangul syllables, jamo and compatibility jamo, enclosed CJK, CJK compatibility forms, and the CJK
#: extension planes (one code point each, so blanking keeps offsets)
_OTHER_EAST_ASIAN = (r"\u3040-\u30ff\u31f0-\u31ff\u3130-\u318f\u1100-\u11ff\ua960-\ua97f\uac00-\ud7ff"
                     r"\u3200-\u33ff\ufe30-\ufe4f\U00020000-\U0003134f")
_CJK = re.compile(rf"[{_HAN_AND_MARKS}]")
_EAST_ASIAN = re.compile(rf"[{_HAN_AND_MARKS}{_OTHER_EAST_ASIAN}]")
NOT_CJK = re.compile(rf"[^{_HAN_AND_MARKS}{_OTHER_EAST_ASIAN}]+")  # runs between (blanked) East Asian characters


def has_cjk(text: str) -> bool:
    """True when ``text`` holds at least one Chinese character or full-width punctuation."""
    return _CJK.search(text) is not None


def has_east_asian(text: str) -> bool:
    """True when ``text`` holds a Chinese character, kana, hangul or CJK punctuation (round eight): what
    ``blank_cjk`` blanks."""
    return _EAST_ASIAN.search(text) is not None


def blank_cjk(text: str) -> str:
    """``text`` with every CJK character, kana and hangul replaced by a space: same length, same offsets.

    The English spaCy model then reads only the Latin parts of mixed text (round eight: Japanese kana and Korean
    hangul too, which it read as names: します, 입니다).
    """
    return _EAST_ASIAN.sub(" ", text)


def table_cells(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The separator of a table row ("|", tab, ";", ",": the first that occurs) and its cells'
    (start, end) offsets in ``line`` without their padding; ("", []) when ``line`` is no row."""
    for sep in ("|", "\t", ";", ","):
        if sep in line:
            out, pos = [], 0
            for part in line.split(sep):
                a = pos + len(part) - len(part.lstrip())
                out.append((a, a + len(part.strip())))
                pos += len(part) + 1
            return sep, out
    return "", []


def column_header(text: str, pos: int) -> str | None:
    """The header of the table column holding ``text[pos]``: the top row of the rows above with as many cells
    (markdown rule lines skipped); None when ``pos`` is in no row of three cells or more, or no row is above."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    sep, cells = table_cells(line)
    if len(cells) < 3:
        return None
    col = next((i for i, (a, b) in enumerate(cells) if a <= pos - line_start <= b), -1)
    header, end = None, line_start - 1
    for _ in range(12):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        end = start - 1
        if set(above.strip()) <= set("|-: \t+="):
            continue  # a markdown rule line
        if sep not in above or len(above.split(sep)) != len(line.split(sep)):
            break
        header = above
    if header is None or col < 0:
        return None
    return header.split(sep)[col]


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdecimal())


def luhn_ok(value: str) -> bool:
    nums = digits(value)
    if not 12 <= len(nums) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(nums)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def prc_id_ok(value: str) -> bool:
    """GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character."""
    value = value.upper()
    if len(value) != 18 or not value[:17].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == value[17]


def prc_id_check_char(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def uscc_ok(value: str) -> bool:
    """GB 32100-2015 Unified Social Credit Code: 18 characters, MOD 31 check character."""
    value = value.upper()
    if len(value) != 18 or any(c not in USCC_ALPHABET for c in value):
        return False
    if not value[2:8].isdigit():
        return False
    return uscc_check_char(value[:17]) == value[17]


def iban_ok(value: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", value).upper()  # round nine: dots too ("GQ97.3930.2649…")
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = "".join(str(int(ch, 36)) for ch in rearranged)
    except ValueError:
        return False
    return int(number) % 97 == 1


def ip_ok(value: str) -> bool:
    try:
        ipaddress.ip_address(value.split("%", 1)[0])
    except ValueError:
        return False
    return True


def ssn_ok(value: str) -> bool:
    nums = digits(value)
    if len(nums) != 9:
        return False
    area, group, serial = nums[:3], nums[3:5], nums[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return len(set(nums)) > 1


#: words whose "id" is a business record's key, not an identity document's number ("order_id", "Emp ID",
#: "contact_id", "txn-id"); a regex alternation, used by the context matcher and the ID-number column header
BUSINESS_ID_WORDS = (r"(?:order|invoice|inv|txn|transaction|ticket|case|request|req|session|trace|span|event|job|"
                     r"batch|row|record|entry|item|sku|product|shipment|tracking|message|msg|thread|file|doc|post|"
                     r"comment|ref|payment|refund|cart|booking|reservation|contact|customer|cust|client|user|"
                     r"account|acct|vendor|supplier|emp|employee|staff|agent|device|asset|store|branch)")
