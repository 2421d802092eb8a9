"""HTML for answers, and the final check that parses the Markdown as real renderers do.

HTML is rendered from the *safe* Markdown by markdown-it-py with raw HTML off, images shown as
text (no remote ``src`` at all), links kept only to allow-listed hosts, then cleaned by bleach
(an allow-list of tags and attributes: no script, no event handler, no style).

:func:`violations` parses Markdown twice — markdown-it-py (CommonMark, tables, strikethrough,
linkify) and mistune (what nbconvert renders reports with, bare URLs on) — and lists every
image, raw HTML, non-allow-listed link or restored value found in a URL.
"""

from __future__ import annotations

import html as htmlmod
from collections.abc import Iterable
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

from ._urls import HostPolicy, decoded_forms

TAGS = ["p", "em", "strong", "code", "pre", "a", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4",
        "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr", "br", "s", "del", "span", "div"]
ATTRIBUTES = {"a": ["href", "rel", "target"], "code": ["class"], "span": ["class"], "div": ["class"],
              "ol": ["start"]}


@lru_cache(maxsize=1)
def _display_parser() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    return md


def to_html(markdown: str, policy: HostPolicy) -> str:
    """Sanitised HTML for already-safe Markdown."""
    import bleach

    md = _display_parser()
    env: dict[str, Any] = {"links": []}
    tokens = md.parse(markdown, env)
    for tok in _walk(tokens):
        if tok.type == "image":
            alt = "".join(c.content for c in (tok.children or []) if c.type in ("text", "code_inline"))
            src = tok.attrGet("src") or ""
            tok.type, tok.tag, tok.nesting, tok.children = "html_inline", "", 0, None
            tok.content = (f'<span class="wb-image">{htmlmod.escape(alt)}</span> '
                           f'<span class="wb-note">(image not shown: <code>{htmlmod.escape(str(src))}</code>)</span>')
        elif tok.type == "link_open":
            href = str(tok.attrGet("href") or "")
            keep = policy.allows(href)
            env["links"].append(keep)
            if keep:
                tok.attrs = {"href": href, "rel": "noopener noreferrer nofollow", "target": "_blank"}
            else:
                tok.tag, tok.attrs = "span", {"class": "wb-link-removed"}
        elif tok.type == "link_close":
            if env["links"] and not env["links"].pop():
                tok.tag = "span"
    rendered = md.renderer.render(tokens, md.options, env)
    clean = bleach.clean(rendered, tags=TAGS, attributes=ATTRIBUTES, protocols=["http", "https"], strip=True)
    return f'<div class="wb-answer">{clean}</div>'


def _walk(tokens: Iterable[Any]) -> Iterable[Any]:
    for tok in tokens:
        yield tok
        if tok.children:
            yield from _walk(tok.children)


@lru_cache(maxsize=1)
def _check_parser() -> Any:
    from markdown_it import MarkdownIt

    try:
        import linkify_it  # noqa: F401

        linkify = True
    except ImportError:  # the check then relies on mistune's bare-URL plugin
        linkify = False
    md = MarkdownIt("commonmark", {"html": True, "linkify": linkify})
    md.enable(["table", "strikethrough"] + (["linkify"] if linkify else []))
    return md


@lru_cache(maxsize=1)
def _mistune() -> Any:
    import mistune

    return mistune.create_markdown(escape=False, plugins=["url", "table", "strikethrough"])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


_MISTUNE_TAGS = set(TAGS) | {"img", "input"}


def violations(markdown: str, values: Iterable[str], policy: HostPolicy) -> list[str]:
    """What a renderer would make live in ``markdown``: kinds only, never the value."""
    values = [v for v in values if v]
    found: list[str] = []

    def check_url(url: str, kind: str) -> None:
        forms = [f.lower() for f in decoded_forms(url)]
        for value in values:
            needles = {value.lower(), quote(value, safe="").lower(), quote(value).lower()}
            if any(n in f for n in needles for f in forms):
                found.append("value_in_url")
                return
        if kind == "img" and not policy.allows(url):
            found.append("remote_image")
        elif kind == "a" and not (policy.allows(url) or url.lower().startswith("mailto:")):
            found.append("live_link")

    for tok in _walk(_check_parser().parse(markdown)):
        if tok.type in ("html_inline", "html_block"):
            found.append("raw_html")
        elif tok.type == "image":
            check_url(str(tok.attrGet("src") or ""), "img")
        elif tok.type == "link_open":
            check_url(str(tok.attrGet("href") or ""), "a")
    parser = _Tags()
    parser.feed(_mistune()(markdown))
    for tag, attrs in parser.found:
        if tag not in _MISTUNE_TAGS or any(k.startswith("on") or k in ("style", "srcset") for k in attrs):
            found.append("raw_html")
        if "src" in attrs:
            check_url(attrs["src"], "img")
        if "href" in attrs:
            check_url(attrs["href"], "a")
    return sorted(set(found))


def html_violations(page: str, values: Iterable[str]) -> list[str]:
    """Live URLs in an HTML page (a report, a repr) that carry a value; script and handlers."""
    values = [v.lower() for v in values if v]
    parser = _Tags()
    parser.feed(page)
    found: list[str] = []
    for tag, attrs in parser.found:
        if tag == "script" and attrs.get("src"):
            found.append("script_src")
        for key, val in attrs.items():
            if key.startswith("on"):
                found.append("event_handler")
            if key in ("src", "href", "srcset", "action", "formaction", "poster", "data", "style", "background"):
                forms = [f.lower() for f in decoded_forms(val)]
                if any(v in f or quote(v, safe="").lower() in f for v in values for f in forms):
                    found.append("value_in_url")
    return sorted(set(found))
