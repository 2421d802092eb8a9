"""URLs and placeholders: which hosts may stay live, and where a placeholder hides in a URL."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

#: A placeholder and the variants models write: PERSON_1, [PERSON_1], <PERSON_1>'s, <PERSON 1>,
#: ＜PERSON_1＞ (the same forms the privacy part restores).
PLACEHOLDER = re.compile(
    r"(?:(?P<open>[<\[{＜【《]{1,2})[ ]?)?"
    r"(?<![A-Za-z0-9_])(?P<type>[A-Z][A-Z_]*[A-Z])[_ ](?P<n>\d{1,6})(?!\d)"
    r"(?:[ ]?(?P<close>[>\]}＞】》]{1,2}))?"
)
#: Placeholder-like text once a URL is decoded, in any case: ``email_address_1``, ``EMAIL-ADDRESS 1``.
_LOOSE = re.compile(r"(?i)(?<![a-z0-9])[a-z][a-z_\- ]*[a-z][_\- +]\d{1,6}(?!\d)")
_PUNCT_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")

#: Context around a placeholder (the placeholder itself replaced by ``X``) that makes it part of
#: a URL, a host, an e-mail address or a query once restored.
URLISH = re.compile(
    r"://|(?i:www)\.|(?i:(?<![a-z])(?:https?|ftp|mailto|javascript|vbscript|data|file|blob|tel|sms|about|ws|wss)):"
    r"|[A-Za-z0-9-]\.[A-Za-z]{2,}|[?&=%@#/\\]|\]\(|\)\("
)
#: Code that may fetch or send: a placeholder in it is never restored.
FETCHES = re.compile(
    r"(?i)://|www\.|\b(?:curl|wget|fetch|requests|httpx|urllib|urllib3|aiohttp|http\.client|socket|"
    r"invoke-webrequest|invoke-restmethod|iwr|irm|xmlhttprequest|axios|sendbeacon|navigator|webbrowser|"
    r"nc|ncat|netcat|telnet|ssh|scp|sftp|rsync|ftp|smtplib|sendmail|mail|mailx|dig|nslookup|ping|"
    r"websocket|eventsource|import|src|href|url)\b|<img|<a\s|<iframe|<script|<link|@import"
)
#: A value that a renderer would turn into a link on its own (an e-mail address, a URL, a host).
AUTOLINKS = re.compile(r"(?i)://|www\.|@|[a-z0-9-]\.[a-z]{2,}")


def unescape_dest(dest: str) -> str:
    """A link destination as a browser sees it: <…> stripped, backslash escapes and entities decoded."""
    dest = dest.strip()
    if dest.startswith("<") and dest.endswith(">"):
        dest = dest[1:-1]
    return html.unescape(_PUNCT_ESCAPE.sub(r"\1", dest))


def decoded_forms(url: str) -> list[str]:
    """``url`` and its percent- and entity-decoded forms (decoded up to three times)."""
    forms = [url]
    for _ in range(3):
        nxt = html.unescape(unquote(forms[-1].replace("+", " ")))
        if nxt == forms[-1]:
            break
        forms.append(nxt)
    return forms


def placeholders_in(url: str) -> int:
    """How many placeholders (any spelling, encoded or not) hide in ``url``."""
    best = 0
    for form in decoded_forms(url):
        best = max(best, len(PLACEHOLDER.findall(form)), len(_LOOSE.findall(form)) if "_" in form or " " in form else 0)
    return best


class HostPolicy:
    """Which remote hosts may stay live links (``example.org`` exactly, ``.example.org`` and its
    subdomains). Everything else — other hosts, data:, javascript:, protocol-relative and
    malformed URLs — is neutralised."""

    def __init__(self, allow_hosts: Iterable[str] = ()) -> None:
        self.exact: set[str] = set()
        self.suffixes: set[str] = set()
        for host in allow_hosts:
            host = str(host).strip().lower().rstrip(".")
            if not host:
                continue
            if host.startswith("."):
                self.suffixes.add(host)
            else:
                self.exact.add(host)

    def allows(self, raw_url: str) -> bool:
        url = unescape_dest(raw_url)
        if not url or any(c.isspace() or ord(c) < 32 or c in "\\`<>\"'" for c in url):
            return False
        if url.startswith("#"):
            return True
        if not (self.exact or self.suffixes):
            return False
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower().rstrip(".")
            port = parts.port  # raises on a malformed port
        except ValueError:
            return False
        del port
        if parts.scheme.lower() not in ("http", "https") or not host or parts.username or parts.password:
            return False
        if "%" in parts.netloc or not re.fullmatch(r"[a-z0-9.-]+(?::\d+)?", parts.netloc.lower().split("@")[-1]):
            return False
        return host in self.exact or any(host.endswith(s) or host == s[1:] for s in self.suffixes)


def host_of(raw_url: str) -> str | None:
    try:
        return urlsplit(unescape_dest(raw_url)).hostname
    except ValueError:
        return None
