"""The answer-side scanner: what in a model's answer would leak data or obey a document.

Runs kernel-side on the answer text before it is rendered (the one answer renderer calls it);
pure: str in, findings out. It is the defence for when the input scan missed: a markdown image
is fetched by the viewer's browser the moment it renders, so an image URL that carries a
placeholder (``<EMAIL_ADDRESS_1>``, restored to the real value after the answer comes back) or
encoded data is an exfiltration channel that needs no click.

Findings are plain dicts safe for the audit: a kind, a severity, the character span in the
answer (so the renderer can remove it), the URL's registrable domain and why it was flagged,
never the URL, its query or any value.

    findings = scan_answer(answer_text)
    safe_text, findings = defang_answer(answer_text)   # flagged images/links replaced
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

_URL = r"(?:https?:)?//[^\s)\"'<>\]]+(?:<[A-Z_]+_\d+>[^\s)\"'<>\]]*)*"
_MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]{0,300})\]\(\s*(?P<url><?[^\s)]+>?)(?:\s+\"[^\"]*\")?\s*\)")
_MD_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]{0,300})\]\(\s*(?P<url><?[^\s)]+>?)(?:\s+\"[^\"]*\")?\s*\)")
_MD_REF_IMAGE = re.compile(r"!\[[^\]]{0,300}\]\[(?P<ref>[^\]]{1,100})\]")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[(?P<ref>[^\]]{1,100})\]:\s*(?P<url>\S+)", re.M)
_HTML_SRC = re.compile(r"<(?P<tag>img|image|iframe|script|source|video|audio|embed|link)\b[^>]*?\b(?:src|href|srcset|data)\s*=\s*[\"']?(?P<url>[^\"'\s>]+)", re.I)
_HTML_A = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']?(?P<url>[^\"'\s>]+)", re.I)
_BARE = re.compile(r"(?<![(\"'=\w])https?://[^\s)\"'<>\]]+(?:<[A-Z_]+_\d+>[^\s)\"'<>\]]*)*")

#: a placeholder from the privacy vault, raw or URL-encoded
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>|%3C[A-Z][A-Z_]*_\d+%3E|&lt;[A-Z][A-Z_]*_\d+&gt;", re.I)
_EMAIL = re.compile(r"[\w.+-]+(?:@|%40)[\w-]+\.[\w.-]+")
_B64ISH = re.compile(r"[A-Za-z0-9+/_-]{20,}={0,2}")
_HEXISH = re.compile(r"(?:[0-9a-fA-F]{2}){12,}")
_DATA_KEYS = re.compile(r"^(?:q|d|data|payload|info|msg|message|content|text|secret|token|key|pw|pass(?:word)?|"
                        r"email|mail|user|name|u|p|v|x|c|s|leak|exfil|conv|chat|history|summary|prompt|log)$", re.I)

_OBEYED = re.compile("|".join((
    r"\bas\s+(?:instructed|requested|directed|required|asked|told)\s+(?:by|in)\s+(?:the\s+)?(?:document|page|email|file|"
    r"text|source|context|passage|report|website|article|retrieved\s+\w+)",
    r"\b(?:the|this)\s+(?:document|page|email|file|source|passage|report|article)\s+(?:instructs|asks|tells|told|asked|"
    r"instructed|wants|requires)\s+me\s+to\b",
    r"\b(?:following|per|according\s+to)\s+the\s+(?:instructions?|directions?|orders?)\s+(?:in|from|of)\s+the\s+"
    r"(?:document|page|email|file|source|passage|report|context)",
    r"\bi\s+(?:have\s+been|was|am)\s+(?:instructed|told|asked)\s+(?:by\s+the\s+(?:document|source|page|text)|to\s+"
    r"(?:ignore|disregard)\s+(?:your|the\s+user'?s?)\s+(?:question|request))",
    r"(?:按照|根据|依照)(?:该|这份|本|此)?(?:文档|文件|资料|来源|邮件|页面)(?:中)?的?(?:指示|指令|要求)",
    r"(?:文書|ドキュメント|資料|メール|ページ)(?:の|に書かれた)(?:指示|命令)(?:に従って|通り|どおり)",
)), re.I)


def _domain(host: str) -> str:
    parts = [p for p in host.lower().split(".") if p]
    return ".".join(parts[-2:]) if len(parts) >= 2 else (parts[0] if parts else "")


def _decodes_to_text(token: str) -> bool:
    core = token.rstrip("=")
    try:
        raw = base64.b64decode(core + "=" * (-len(core) % 4), altchars=b"-_" if ("-" in core or "_" in core) else None)
        out = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return len(out) >= 8 and sum(ch.isprintable() for ch in out) / len(out) > 0.9


def _why(url: str) -> list[str]:
    """Why a URL may carry data out (empty: it looks like a plain address)."""
    reasons = []
    text = unquote(url)
    if _PLACEHOLDER.search(url) or _PLACEHOLDER.search(text):
        reasons.append("placeholder")
    parts = urlsplit(url if "//" in url else "//" + url)
    tail = (parts.path or "") + "?" + (parts.query or "") + "#" + (parts.fragment or "")
    if _EMAIL.search(unquote(tail)):
        reasons.append("email_in_url")
    if any(_decodes_to_text(t) for t in _B64ISH.findall(tail)) or _HEXISH.search(tail):
        reasons.append("encoded_data")
    params = parse_qsl(parts.query, keep_blank_values=True)
    if any(_DATA_KEYS.match(k) and len(v) >= 12 for k, v in params):
        reasons.append("data_parameter")
    if "[" in text and "]" in text and re.search(r"\[(?:[A-Z_]{3,}|DATA|INFO|QUERY)\]", text):
        reasons.append("template_slot")
    return reasons


def _external(url: str) -> bool:
    u = url.strip("<>")
    return u.startswith(("http://", "https://", "//"))


def scan_answer(text: str) -> list[dict[str, Any]]:
    """Findings in an answer: exfiltration URLs in images and links, obedience to a document.

    Each finding: ``{"kind", "severity", "span": [start, end], "domain", "reasons"}`` (``domain``
    and ``reasons`` for URLs only). Kinds: ``exfil_image`` (an external image: fetched on render;
    high when its URL carries data, medium when it merely has a query string), ``exfil_link``
    (a link or bare URL carrying data), ``script_url`` (``javascript:``/``data:`` links),
    ``obeys_document`` ("as instructed by the document").
    """
    if not text:
        return []
    findings: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, severity: str, span: tuple[int, int], url: str | None = None, reasons: list[str] | None = None) -> None:
        if any(a <= span[0] and span[1] <= b for a, b in taken):
            return
        taken.append(span)
        item: dict[str, Any] = {"kind": kind, "severity": severity, "span": [span[0], span[1]]}
        if url is not None:
            host = urlsplit(url.strip("<>") if "//" in url else "//" + url.strip("<>")).hostname or ""
            item["domain"] = _domain(host)
            item["reasons"] = reasons or []
        findings.append(item)

    refs = {m.group("ref").lower(): m.group("url") for m in _MD_REF_DEF.finditer(text)}
    images = [(m.span(), m.group("url")) for m in _MD_IMAGE.finditer(text)]
    images += [(m.span(), refs[m.group("ref").lower()]) for m in _MD_REF_IMAGE.finditer(text) if m.group("ref").lower() in refs]
    images += [(m.span(), m.group("url")) for m in _HTML_SRC.finditer(text)]
    for span, url in images:
        low = url.strip("<>").lower()
        if low.startswith(("javascript:", "data:", "vbscript:")):
            add("script_url", "high", span, url, ["script_scheme"])
        elif _external(url):
            reasons = _why(url)
            if reasons:
                add("exfil_image", "high", span, url, reasons)
            elif urlsplit(url.strip("<>")).query:
                add("exfil_image", "medium", span, url, ["query_string"])
    links = [(m.span(), m.group("url")) for m in _MD_LINK.finditer(text)]
    links += [(m.span(), m.group("url")) for m in _HTML_A.finditer(text)]
    links += [(m.span(), m.group(0)) for m in _BARE.finditer(text)]
    for span, url in links:
        low = url.strip("<>").lower()
        if low.startswith(("javascript:", "data:", "vbscript:")):
            add("script_url", "high", span, url, ["script_scheme"])
        elif _external(url):
            reasons = _why(url)
            if reasons:
                add("exfil_link", "high" if "placeholder" in reasons else "medium", span, url, reasons)
    for m in _OBEYED.finditer(text):
        add("obeys_document", "medium", m.span())
    findings.sort(key=lambda f: f["span"][0])
    return findings


REMOVED = "[removed: a link or image that could send data out]"


def defang_answer(text: str, findings: list[dict[str, Any]] | None = None) -> tuple[str, list[dict[str, Any]]]:
    """The answer with every URL finding (image, link, script) replaced by ``REMOVED``, and the
    findings. ``obeys_document`` findings are reported, not removed."""
    found = scan_answer(text) if findings is None else findings
    out, last = [], 0
    for f in sorted(found, key=lambda f: f["span"][0]):
        if f["kind"] == "obeys_document":
            continue
        a, b = f["span"]
        if a < last:
            continue
        out.append(text[last:a])
        out.append(REMOVED)
        last = b
    out.append(text[last:])
    return "".join(out), found
