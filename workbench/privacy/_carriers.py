"""The text the recognizers read: a carrier's disguise taken off, with every offset mapped back.

A structured value can sit in a wrapping that hides it from patterns written for its plain form: full-width
digits typed with an IME (``６０９．１８３４``), Unicode dashes or odd spaces between its groups (``5429–1209``,
NBSP, thin spaces), zero-width characters inside it, percent-encoding in a URL (``?email=anna%40example.com``,
``tel=050+123+7656``), an e-mail written ``anna [at] example [dot] com``, or a line break that a mail client put
in the middle of it. :func:`shadow` returns the text with those disguises undone (or None when there are none:
the common case costs one regex search), and a map from its offsets to the original's, so that every span found
on the shadow covers the original characters it came from, the whole ``%40`` or `` [at] `` included.

Runs inside the kernel, on the trusted side, before anything is sent.
"""

from __future__ import annotations

import bisect
import re
import urllib.parse

# cheap checks decide whether anything below can apply (one alternation of them all cost ten times more)
_ODD_CHARS = re.compile(
    r"[\uff10-\uff19\uff20\uff0b\uff0e\u00a0\u2002-\u200d\u202f\u2060\ufeff\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_OBFUSCATION_LITERALS = ("at)", "at]", "at}", "at>", "at )", "at ]", " dot ", "@ ", " @")
_OBFUSCATION_HINT = re.compile(r"[\[({<]\s*(?:at|dot|AT|DOT|At|Dot)\s*[\])}>]| (?:dot|DOT) |\s@|@\s")
_LOCAL_AT = re.compile(r"[._\d]\w* (?:at|AT) \S+\.")


_PERCENT_HINT = re.compile(r"%[0-9A-Fa-f]{2}")


def _hints(text: str) -> tuple[bool, bool, bool, bool]:
    """(odd characters, URL encoding, an obfuscated e-mail, a break inside a value): which passes can apply."""
    odd = not text.isascii() and bool(_ODD_CHARS.search(text))
    url = "%" in text and bool(_PERCENT_HINT.search(text)) or "+" in text and "=" in text
    lower = text.lower()
    obfuscated = any(h in lower for h in _OBFUSCATION_LITERALS) and bool(_OBFUSCATION_HINT.search(text)) or (
        " at " in lower and bool(_LOCAL_AT.search(text)))
    broken = False
    i = text.find("\n")
    while i > 0 and not broken:  # a break with a value's characters on both sides
        j, k = i - 1, i + 1
        while j > 0 and text[j] in " \t":
            j -= 1
        while k < len(text) and text[k] in " \t":
            k += 1
        if k < len(text) and (text[j].isalnum() or text[j] in ".-@)") and (text[k].isalnum() or text[k] in "(@+"):
            broken = text[j].isdigit() or text[j] in ".-@" or text[k] in "@(+" or text[k].isdigit()
        i = text.find("\n", i + 1)
    return odd, url, obfuscated, broken


# -- length-preserving: one character for one ----------------------------------------------------------------
_ONE_FOR_ONE = {**{0xFF10 + i: ord("0") + i for i in range(10)}, 0xFF20: ord("@"), 0xFF0B: ord("+"),
                **{c: ord(" ") for c in (0x00A0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
                                         0x200A, 0x202F)}}
_DASH = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# a dash, or a full-width point, bracket or slash, beside a digit: a separator of a number's groups
_DIGIT_PUNCT = re.compile(rf"(?<=\d)[{_DASH}\uff0e\uff0f\uff09]|[{_DASH}\uff0e\uff0f\uff08](?=[\d+])"
                          r"|(?<=[A-Za-z0-9])[\uff0e\uff0d](?=[A-Za-z0-9])")  # and a full-width point or hyphen inside an e-mail
_PUNCT_ASCII = {**{c: "-" for c in _DASH}, "\uff0e": ".", "\uff0f": "/", "\uff08": "(", "\uff09": ")"}
# a form-encoded space in a URL query value ("tel=050+123+7656"); a leading "+" is a country code
_QUERY_VALUE = re.compile(r"[?&][\w.\-\[\]]{1,40}=([^&#\s\"'<>]+)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")

# -- edits that change the length -------------------------------------------------------------------------------
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")  # a run: "%D0%BF" is one UTF-8 character
_AT = r"(?:\s*[\[({<]\s*(?:at|AT|At)\s*[\])}>]\s*|\s+(?:at|AT)\s+|\s*@\s+|\s+@\s*)"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|DOT|Dot|\.)\s*[\])}>]\s*|\s+(?:dot|DOT)\s+|\s+\.\s+|\.)"
_OBFUSCATED = re.compile(rf"(?<![\w.+\-])[\w.+\-]*\w(?P<at>{_AT})\w[\w\-]*(?:{_DOT}\w[\w\-]*)*{_DOT}[a-zA-Z]{{2,12}}\b")
_AT_SEP = re.compile(_AT)
_DOT_SEP = re.compile(_DOT)
_BRACKETED = re.compile(r"[\[({<]")
_WORDED_DOT = re.compile(r"\s(?:dot|DOT)\s|\s\.\s|[\[({<]")
# a line break inside a value: after a separator of an e-mail or a number, or between digit groups
_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_NUMBERISH = re.compile(r"[+(]?[\dA-Za-z]*\d[\dA-Za-z]*[)\-.]?")
_TABLE = re.compile(r"[\t|]|[,;].*[,;]")  # a table row: a tab, a pipe, or two commas/semicolons


def shadow(text: str) -> Shadow | None:
    """The text with carriers' disguises undone and a map back, or None when it has none."""
    odd, url, obfuscated, broken = _hints(text)
    if not (odd or url or obfuscated or broken):
        return None
    out = text
    if odd:
        out = out.translate(_ONE_FOR_ONE)
        out = _DIGIT_PUNCT.sub(lambda m: _PUNCT_ASCII[m.group()], out)
    if url and "+" in out and "=" in out:
        chars = None
        for m in _QUERY_VALUE.finditer(out):
            for i in range(m.start(1) + 1, m.end(1)):
                if out[i] == "+" and (out[i - 1].isalnum() or out[i - 1] == ")"):
                    chars = chars or list(out)
                    chars[i] = " "
        out = "".join(chars) if chars else out
    edits = _edits(out, odd, url, obfuscated, broken)
    if not edits and out == text:
        return None
    return Shadow(out, edits)


def _edits(text: str, odd: bool, url: bool, obfuscated: bool, broken: bool) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of the edits that change the length, sorted, not overlapping."""
    edits: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in _ZERO_WIDTH.finditer(text)] if odd else []
    if url and "%" in text:
        for m in _PERCENT.finditer(text):
            try:
                decoded = urllib.parse.unquote(m.group(), errors="strict")
            except UnicodeDecodeError:
                continue
            if decoded.isprintable():
                edits.append((m.start(), m.end(), decoded))
    for m in _OBFUSCATED.finditer(text) if obfuscated else ():
        at = m.group("at")
        rest_start = m.end("at")
        rest = text[rest_start:m.end()]
        # a plain " at " needs a bracketed or worded dot after it ("anna at example dot com"), or a local part
        # that no sentence word has ("anna.berg at example.com"): never "look at example.com"
        if not _BRACKETED.search(at) and "@" not in at and not _WORDED_DOT.search(rest) and not re.search(
                r"[._\d]", text[m.start():m.start("at")]):
            continue
        edits.append((m.start("at"), m.end("at"), "@"))
        for d in _DOT_SEP.finditer(rest):
            if d.group() != ".":
                edits.append((rest_start + d.start(), rest_start + d.end(), "."))
    if broken:
        edits += _line_joins(text)
    edits.sort()
    kept: list[tuple[int, int, str]] = []
    for e in edits:
        if not kept or e[0] >= kept[-1][1]:
            kept.append(e)
    return kept


#: a line that starts with a postcode and a town's word (the line under a Hungarian "… 8. em. 2.")
_POSTCODE_TOWN_LINE = re.compile(r"\d{3,6}[ \t]+[^\W\d_]")


def _line_joins(text: str) -> list[tuple[int, int, str]]:
    """A value a mail client broke across lines: the break after an e-mail's or a number's separator
    ("anna.\\nberg@example.com", "555-\\n123-4567") goes; between digit groups ("00380\\n50 129 0736", "DE89
    3704\\n0044 …") it becomes a space when neither line is a table row, the groups hold 9 digits or more and no
    capitalised word (a town after a postcode) follows them."""
    out = []
    for m in _BREAK.finditer(text):
        s, e = m.start(), m.end()
        if s == 0 or e >= len(text):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        before, after = text[line_start:s], text[e:line_end if line_end != -1 else len(text)]
        if not before or not after:
            continue
        last = before.split()[-1] if before.split() else ""
        first = after.split()[0] if after.split() else ""
        if _broken_email(before[-1], last, first) or (
                before[-1] in "-." and re.fullmatch(r"[\d.\-]*\d[.\-]", last) and re.match(r"\d[\d.\-]*\d", first)
                and not _POSTCODE_TOWN_LINE.match(after)):  # round nine b: "…em. 2.\n4068 Debrecen" is two lines
            out.append((s, e, ""))
            continue
        if not (before[-1].isalnum() or before[-1] == ")") or not (after[0].isdigit() or after[0] in "(+"):
            continue
        if _TABLE.search(before) or _TABLE.search(after):
            continue
        tail = []
        for tok in reversed(before.split()):
            if not _NUMBERISH.fullmatch(tok):
                break
            tail.append(tok)
        head, rest = [], after.split()
        for tok in rest:
            if not _NUMBERISH.fullmatch(tok.rstrip(".,;")):
                break
            head.append(tok)
        town = len(rest) > len(head) and rest[len(head)][:1].isupper()  # "Apt. 407\n10115 Berlin": a postcode line
        digits = sum(c.isdigit() for tok in tail + head for c in tok)
        if tail and head and 9 <= digits <= 34 and not town and before.rstrip()[-1:] != ".":
            out.append((s, e, " "))
    return out


_LOCAL = re.compile(r"[\w+]+(?:[._+\-][\w+]+)+|[\w.+\-]*\d[\w.+\-]*")  # a separator or a digit inside it
_DOMAIN_HEAD = re.compile(r"@?[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*\.[A-Za-z]{2,24}\b")
_DOMAIN_TAIL = re.compile(r"[A-Za-z0-9][\w\-]*(?:\.[\w\-]+)*(?:\.[A-Za-z]{2,24})?\b")


def _broken_email(end_char: str, last: str, first: str) -> bool:
    """An e-mail broken across lines: in its domain after a dot or hyphen ("anna@yahoo.\ncom"), right after
    its "@", or in its local part before the "@" when that part has a separator or digit inside
    ("thomas.gray-\n62@mail.example.com"); never a sentence's end before an e-mail ("below.\nanna@x.com")
    or a chat mention ("9:04 AM\n@Mega")."""
    if "@" in last:
        local, _, domain = last.rpartition("@")
        return bool(local) and (domain == "" or end_char in ".-") and bool(_DOMAIN_TAIL.match(first))
    head = first.split(",")[0]
    if head.startswith("@"):
        return bool(_LOCAL.fullmatch(last.rstrip("._-"))) and bool(_DOMAIN_HEAD.match(head))
    if end_char in "._-" and "@" in head:
        local, _, domain = head.partition("@")
        return bool(_LOCAL.fullmatch(last.rstrip("._-"))) and bool(_DOMAIN_HEAD.match(domain))
    return False


class Shadow:
    """The text the recognizers read (``text``) and the map of its offsets back to the original's."""

    __slots__ = ("text", "_ns", "_ne", "_os", "_oe")

    def __init__(self, text: str, edits: list[tuple[int, int, str]]) -> None:
        parts, pos, shift = [], 0, 0
        self._ns, self._ne, self._os, self._oe = [], [], [], []
        for s, e, rep in edits:
            parts.append(text[pos:s])
            parts.append(rep)
            ns = s + shift
            self._ns.append(ns)
            self._ne.append(ns + len(rep))
            self._os.append(s)
            self._oe.append(e)
            shift += len(rep) - (e - s)
            pos = e
        parts.append(text[pos:])
        self.text = "".join(parts)

    def start(self, p: int) -> int:
        """The original offset of a span that starts at shadow offset ``p``."""
        i = bisect.bisect_right(self._ns, p) - 1
        if i < 0:
            return p
        if p < self._ne[i]:
            return self._os[i]
        return p - self._ne[i] + self._oe[i]

    def end(self, p: int) -> int:
        """The original offset of a span that ends (exclusive) at shadow offset ``p``."""
        if p <= 0:
            return p
        q = p - 1
        i = bisect.bisect_right(self._ns, q) - 1
        if i < 0:
            return p
        if q < self._ne[i]:
            return self._oe[i]
        return p - self._ne[i] + self._oe[i]
