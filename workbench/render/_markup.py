"""Markdown pieces the scanner writes: inert text, code spans, and the patterns it looks for."""

from __future__ import annotations

import re

_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_VALUE_ESC = re.compile(r"([\\`*\[\]<>~|_])")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})([^\n]*)$")
_URL_START = re.compile(
    r"(?i)[a-z][a-z0-9+.\-]{0,31}://|www\.|(?:mailto|javascript|vbscript|data|file|blob|tel|sms|ftp):(?=\S)"
)
_PROTO_REL = re.compile(r"//[\w-]+\.[\w]")
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_EMAIL_AUTOLINK = re.compile(r"<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
                             r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*)>")
_TRAIL = ".,;:!?*_~'\""
_SPACED = re.compile(r"(?:[<\[{＜【《]{1,2} ?)?(?:[A-Z][A-Z_]*[A-Z] |(?<=[<\[{＜【《]) )\s*$")
_PH_PREFIX = re.compile(r"[<＜]{1,2} ?(?:[A-Z][A-Z_]*(?:[_ ]\d{0,6}(?: ?[>＞]{0,2})?)?)?$")
_PLACEHOLDERISH = re.compile(r"<[ ]?[A-Z][A-Z0-9]*_")
_OPENERS = "<[{＜【《"


def inert(text: str) -> str:
    """``text`` with every ASCII punctuation character backslash-escaped: Markdown shows it as
    typed, and no renderer finds a link, an image, HTML or emphasis in it."""
    return _PUNCT.sub(r"\\\1", text)


def codespan(text: str) -> str:
    """``text`` as one inline code span (never a link in any renderer). Text with backticks is
    made inert instead: marked lets emphasis cross a code span of several backticks."""
    text = text.replace("\n", " ")
    if "`" in text:
        return inert(text)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"

def _gap(out: list[str]) -> str:
    """A space before a code span that follows ``~`` or a backtick: marked (JupyterLab) reads
    ``~`` and the backticks after it as one run of text, and two backtick runs merge into one."""
    last = next((piece[-1] for piece in reversed(out) if piece), "")
    return " " if last in ("~", "`") else ""


def _gap_after(s: str, j: int) -> str:
    """A space after a code span followed by a backtick (the two runs would merge)."""
    return " " if j < len(s) and s[j] == "`" else ""


def _literal(text: str) -> str:
    """Placeholder text or leftover brackets, shown as typed (never a tag or a link)."""
    return "".join("\\" + c if c in "<[]" else c for c in text)


def _skip_ws(s: str, k: int, end: int) -> int:
    newline = False
    while k < end and s[k] in " \t\n":
        if s[k] == "\n":
            if newline:
                break
            newline = True
        k += 1
    return k


def _find_run(s: str, j: int, end: int, n: int) -> int | None:
    while True:
        j = s.find("`", j, end)
        if j < 0:
            return None
        k = j
        while k < end and s[k] == "`":
            k += 1
        if k - j == n:
            return j
        j = k


def _maybe_fence(body: str) -> bool:
    stripped = body.lstrip(" ")
    if len(body) - len(stripped) > 3:
        return False
    return bool(stripped) and (set(stripped) <= {"`"} or set(stripped) <= {"~"} or stripped.startswith(("```", "~~~")))

