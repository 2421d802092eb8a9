"""One renderer for answers, used by every surface (%%ask, the Answer repr, the chat panel,
"Insert as cell", reports): the model's text with placeholders in, Markdown and HTML out.

    rendered = render_answer(raw, vault.lookup, allow_hosts=("docs.python.org",))
    rendered.text       # Markdown safe to display and to insert as a cell
    rendered.html       # sanitised HTML (no script, no event handler, no remote src)
    rendered.findings   # [{"kind": "placeholder_in_url", "count": 1}, ...] kinds and counts, no values

    stream = StreamRenderer(vault.lookup)
    for piece in pieces:
        show(stream.feed(piece))          # safe to append now
    rendered = stream.finish()            # rendered.tail: what is left to append

Placeholders are restored only in prose: never inside a URL, a link or image target, an
autolink, a reference definition, an HTML attribute or raw HTML, nor in code that fetches.
Remote images, and links to hosts not allow-listed, become code text with a short note; raw
HTML becomes inert text. A final check parses the Markdown with markdown-it-py and mistune and,
if anything live still carries a restored value, falls back to fully inert text.

Trust boundary: runs in the kernel; what it returns goes to the analyst's browser, which would
fetch any live URL in it past the kernel's egress guard. This is the last point where a URL
can be stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ._html import to_html, violations
from ._text import Scanner, fallback_text, run_scanner
from ._urls import HostPolicy

__all__ = ["Rendered", "StreamRenderer", "render_answer", "render_markdown"]

Lookup = Callable[[str, int], "str | None"]
Scan = Callable[[str], "list[dict[str, Any]]"]


@dataclass(frozen=True)
class Rendered:
    """``text``: safe Markdown; ``html``: sanitised HTML; ``findings``: plain dicts (kind, count),
    never a value; ``tail``: from :meth:`StreamRenderer.finish`, the part of ``text`` not yet
    streamed (``text`` when what was streamed had to be replaced: see ``replaced``)."""

    text: str
    html: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    tail: str = ""
    replaced: bool = False

    def __str__(self) -> str:
        return self.text


def render_answer(raw: str, lookup: Lookup | None, *, allow_hosts: Iterable[str] = (),
                  scan: Scan | None = None) -> Rendered:
    """Render the model's text ``raw`` (with placeholders) for display; ``lookup(type, n)``
    gives a placeholder's real value (``SessionVault.lookup``), None leaves all as they are."""
    policy = HostPolicy(allow_hosts)
    raw = raw or ""
    text, scanner = run_scanner(raw, lookup, policy)
    counts = dict(scanner.findings)
    bad = violations(text, scanner.values, policy)
    if bad:  # the scanner missed something a renderer makes live: nothing live at all, then
        text, scanner = fallback_text(raw, lookup)
        counts = {**counts, "renderer_fallback": 1}
        if violations(text, scanner.values, HostPolicy(())):
            from ._text import inert

            text = inert(raw)
    findings = [{"kind": k, "count": int(v)} for k, v in sorted(counts.items()) if v and k != "restored"]
    if counts.get("restored"):
        findings.append({"kind": "restored", "count": int(counts["restored"])})
    if scan is not None:
        findings.extend(_scanned(scan, raw, scanner.values))
    return Rendered(text=text, html=to_html(text, policy), findings=findings)


def render_markdown(text: str, *, allow_hosts: Iterable[str] = ()) -> Rendered:
    """Markdown from anywhere (an Answer's text, a transcript) made safe to display: nothing is
    restored, remote images, links and HTML are neutralised. Idempotent on rendered text."""
    return render_answer(text, None, allow_hosts=allow_hosts)


def _scanned(scan: Scan, raw: str, values: set[str]) -> list[dict[str, Any]]:
    """The answer-side scanner's findings, kept to plain fields that carry no restored value."""
    out: list[dict[str, Any]] = []
    for item in scan(raw) or []:
        if not isinstance(item, dict):
            continue
        clean = {str(k): v for k, v in item.items()
                 if isinstance(v, (str, int, float, bool)) and not (isinstance(v, str) and any(x in v for x in values))}
        clean.setdefault("kind", "scan")
        out.append(clean)
    return out


class StreamRenderer:
    """The streaming form: ``feed(piece)`` returns safe text to append now (holding back while
    a link, image, HTML tag, code span or placeholder may still be open); ``finish()`` renders
    the whole answer. ``"".join(fed) + finish().tail == render_answer(raw).text`` for every
    way the answer is split."""

    def __init__(self, lookup: Lookup | None, allow_hosts: Iterable[str] = (), scan: Scan | None = None) -> None:
        self._lookup = lookup
        self._allow = tuple(allow_hosts)
        self._policy = HostPolicy(self._allow)
        self._scan = scan
        self._raw: list[str] = []
        self._pending = ""  # raw text after the last finished block
        self._done = ""  # output of the text before _pending (final)
        self._resume = False  # _pending starts inside a paragraph, after a space
        self._emitted = ""
        self._finished: Rendered | None = None

    def feed(self, piece: str) -> str:
        if self._finished is not None:
            raise RuntimeError("StreamRenderer.feed after finish(); start a new StreamRenderer.")
        if not piece:
            return ""
        self._raw.append(piece)
        self._pending += piece
        out, raw_done, out_done, resume = Scanner(self._lookup, self._policy).run(
            self._pending, final=False, resume=self._resume)
        now = self._done + out
        new = now[len(self._emitted):]
        self._emitted += new
        if raw_done:
            self._done += out[:out_done]
            self._pending = self._pending[raw_done:]
            self._resume = resume
        return new

    @property
    def raw(self) -> str:
        """Everything fed so far, as the model wrote it."""
        return "".join(self._raw)

    def finish(self) -> Rendered:
        if self._finished is None:
            whole = render_answer(self.raw, self._lookup, allow_hosts=self._allow, scan=self._scan)
            emitted = self._emitted
            if whole.text.startswith(emitted):
                tail, replaced = whole.text[len(emitted):], False
            else:
                tail, replaced = whole.text, True
            self._finished = Rendered(text=whole.text, html=whole.html, findings=whole.findings,
                                      tail=tail, replaced=replaced)
        return self._finished
