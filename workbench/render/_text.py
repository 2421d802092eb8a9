"""The Markdown side: the model's text (with placeholders) in, Markdown safe to display out.

A left-to-right scanner over the model's text that edits it in place: it copies prose, restores
a placeholder only where it is prose (never in a URL, a link or image target, an autolink, raw
HTML, a reference definition or code that fetches), turns raw HTML into inert text and remote
links and images into code text with a short note. Its decisions need only a bounded look
ahead, so the same scanner runs on a stream: with ``final=False`` it stops where the rest might
still change what comes next, and the text it has produced is a prefix of the final one.

Output invariants, outside code spans and code blocks: every ``<`` is escaped (no HTML, no
autolink except allow-listed ones), every backtick is escaped or belongs to a balanced code span,
no ``[label]:`` definition survives, and a restored value carries no Markdown syntax.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ._markup import (
    _ASCII_PUNCT,
    _AUTOLINK,
    _EMAIL_AUTOLINK,
    _FENCE,
    _OPENERS,
    _PH_PREFIX,
    _PLACEHOLDERISH,
    _PROTO_REL,
    _SPACED,
    _TRAIL,
    _URL_START,
    _VALUE_ESC,
    _find_run,
    _gap,
    _gap_after,
    _literal,
    _maybe_fence,
    _skip_ws,
    codespan,
    inert,
)
from ._urls import AUTOLINKS, FETCHES, PLACEHOLDER, URLISH, HostPolicy, placeholders_in

Lookup = Callable[[str, int], "str | None"]


class NeedMore(Exception):
    """The text so far cannot decide what comes next (streaming only)."""


class Scanner:
    """One pass over the model's text; collects findings (kinds and counts) and the values it
    restored (so the final check can look for them in every URL)."""

    def __init__(self, lookup: Lookup | None, policy: HostPolicy) -> None:
        self.lookup = lookup
        self.policy = policy
        self.findings: Counter[str] = Counter()
        self.values: set[str] = set()

    # -- blocks ------------------------------------------------------------------------------

    def run(self, src: str, *, final: bool, resume: bool = False) -> tuple[str, int, int, bool]:
        """Process ``src``. Returns ``(out, raw_done, out_done, resume)``: ``out`` is the text
        decided so far; the first ``raw_done`` characters of ``src`` produce ``out[:out_done]``
        whatever follows, and the rest can be processed on its own — as a new block, or (``resume``)
        as the rest of a paragraph after a space. ``resume=True`` here says ``src`` is such a rest."""
        out: list[str] = []
        lines = src.splitlines(keepends=True)
        pos = 0
        done_raw, done_out, done_resume = 0, 0, False
        i = 0
        block_start = not resume
        while i < len(lines):
            line = lines[i]
            complete_line = line.endswith("\n") or final
            body = line.rstrip("\n")
            first_rest = resume and i == 0
            if not body.strip() and not first_rest:
                if not complete_line:
                    break  # whitespace that may still become a line of text
                out.append(line)
                pos += len(line)
                i += 1
                block_start = True
                done_raw, done_out, done_resume = pos, sum(map(len, out)), False
                continue
            fence = None if first_rest else _FENCE.match(body)
            if not complete_line and not first_rest and _maybe_fence(body):
                break
            if fence and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
                j = i + 1
                closer = re.compile(r"^ {0,3}" + re.escape(fence.group(2)[0]) + "{" + str(len(fence.group(2))) + r",}[ \t]*$")
                while j < len(lines) and not closer.match(lines[j].rstrip("\n")):
                    j += 1
                if j < len(lines) and not (lines[j].endswith("\n") or final):
                    break  # the closing line may still grow
                if j >= len(lines) and not final:
                    break
                content = "".join(lines[i + 1:j])
                # marked lets a fence line without a newline continue the paragraph before it
                out.append(line + ("" if line.endswith("\n") else "\n") + self._fenced(content))
                if j < len(lines):
                    out.append(lines[j])
                pos += sum(len(x) for x in lines[i:j + 1])
                i = j + 1
                block_start = True
                done_raw, done_out, done_resume = pos, sum(map(len, out)), False
                continue
            # a paragraph: lines up to a blank line or a fence
            j = i + 1 if first_rest else i
            while j < len(lines):
                b = lines[j].rstrip("\n")
                if not b.strip() or (j > i and _FENCE.match(b)):
                    break
                j += 1
            para = "".join(lines[i:j])
            complete = j < len(lines) or final
            if j == len(lines) and not final and para and not para.endswith("\n"):
                complete = False
            if j < len(lines) and not lines[j].endswith("\n") and not final:
                complete = False  # the line that ends the paragraph may still change (text, or no fence)
            if block_start and body.startswith(("    ", "\t")):
                if not complete:
                    break
                out.append(self._paragraph(para, complete=True, restore=not self._fetches(para)))
            else:
                before = sum(map(len, out))
                piece, finished, rest_at = self._partial_paragraph(para, complete)
                out.append(piece)
                if not finished:
                    if rest_at:
                        done_raw, done_out, done_resume = pos + rest_at, before + len(piece), True
                    break
            pos += len(para)
            i = j
            block_start = False
            if complete and j < len(lines):
                done_raw, done_out, done_resume = pos, sum(map(len, out)), False
        return "".join(out), done_raw, done_out, done_resume

    def _partial_paragraph(self, para: str, complete: bool) -> tuple[str, bool, int]:
        """The paragraph's decided output, whether it is finished, and (unfinished) a point
        after a space up to which everything is decided and after which processing can resume."""
        if complete:
            return self._paragraph(para, complete=True), True, 0
        # Never decide inside the last whitespace-delimited run: it may still grow.
        limit = len(para)
        while limit > 0 and not para[limit - 1].isspace():
            limit -= 1
        # "<PERSON 1>" and "< PERSON_1>": a placeholder may span the last space
        spans = _SPACED.search(para, 0, limit)
        if spans is not None:
            limit = spans.start()
        out: list[str] = []
        self._at = 0
        try:
            self._inline(para, 0, len(para), out, complete=False, limit=limit)
        except NeedMore:
            pass
        at = self._at
        rest_at = at if at > 0 and para[at - 1] in " \t" else 0
        return "".join(out), False, rest_at

    def _paragraph(self, para: str, *, complete: bool, restore: bool = True) -> str:
        out: list[str] = []
        self._inline(para, 0, len(para), out, complete=complete, restore=restore)
        return "".join(out)

    def _fetches(self, text: str) -> bool:
        return bool(FETCHES.search(PLACEHOLDER.sub("X", text)))

    def _fenced(self, content: str) -> str:
        if not content:
            return content
        if self._fetches(content):
            self.findings["placeholder_in_code"] += self._known(content)
            return content
        lines = []
        for line in content.splitlines(keepends=True):
            restored = PLACEHOLDER.sub(lambda m: self._code_value(m), line)
            if restored != line and _FENCE.match(restored.rstrip("\n")):
                restored = line
            lines.append(restored)
        return "".join(lines)

    def _known(self, text: str) -> int:
        return sum(1 for m in PLACEHOLDER.finditer(text) if self._value(m) is not None)

    def _value(self, m: re.Match[str]) -> str | None:
        if self.lookup is None:
            return None
        try:
            value = self.lookup(m.group("type"), int(m.group("n")))
        except (KeyError, ValueError, TypeError):
            return None
        return value if isinstance(value, str) and value else None

    def _code_value(self, m: re.Match[str]) -> str:
        value = self._value(m)
        if value is None:
            return m.group(0)
        if "`" in value or "\n" in value:
            self.findings["placeholder_in_code"] += 1
            return m.group(0)
        self.values.add(value)
        self.findings["restored"] += 1
        opened, closed = m.group("open") or "", m.group("close") or ""
        return (opened[:-1] if opened else "") + value + (closed[1:] if opened and closed else closed)

    # -- inline ------------------------------------------------------------------------------

    def _need(self, j: int, end: int, complete: bool) -> None:
        if j >= end and not complete:
            raise NeedMore

    def _inline(self, s: str, i: int, end: int, out: list[str], *, complete: bool, limit: int | None = None,
                restore: bool = True, in_link: bool = False) -> None:
        stop = end if limit is None else limit
        top = limit is not None
        while i < stop:
            if top:
                self._at = i  # where the item being decided starts (streaming resumes only there)
            c = s[i]
            if c == "\\":
                self._need(i + 1, end, complete)
                if i + 1 < end and (s[i + 1] in _ASCII_PUNCT or s[i + 1] == "\n"):
                    out.append(s[i:i + 2])
                    i += 2
                else:
                    out.append("\\\\")  # shown the same, and never escapes what comes next
                    i += 1
                continue
            if c == "`":
                i = self._backticks(s, i, end, out, complete)
                continue
            if c == "!":
                self._need(i + 1, end, complete)
                if i + 1 < end and s[i + 1] == "[":
                    nxt = self._link(s, i + 1, end, out, complete, image=True, restore=restore)
                    if nxt is not None:
                        i = nxt
                        continue
                out.append("!")
                i += 1
                continue
            if c == "[":
                nxt = None if in_link else self._link(s, i, end, out, complete, image=False, restore=restore)
                if nxt is not None:
                    i = nxt
                    continue
                close = self._match_bracket(s, i, end, complete)
                if close is not None:
                    self._need(close + 1, end, complete)
                # (a "](" that is not a kept link's is always written "\](", so no parser can end a
                # link that this "[" starts anywhere else)
                if in_link or (close is not None and close + 1 < end and s[close + 1] in ":("):
                    out.append("\\[")  # never a reference definition, a nested link, or a link
                    i += 1            # another parser would find where this one found none
                    i += 1
                    continue
            if c in _OPENERS or ("A" <= c <= "Z" and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] == "_"))):
                m = PLACEHOLDER.match(s, i, end)
                if m is not None and m.end() + 3 > end and not complete:
                    raise NeedMore  # " >" or a second closer may follow
                if m is not None and self._value(m) is not None:
                    i = self._placeholder(s, i, end, m, out, complete, restore)
                    continue
            if c == "<":
                i = self._angle(s, i, end, out, complete)
                continue
            if c.isalpha() or c == "/":
                url = _URL_START.match(s, i, end) or (_PROTO_REL.match(s, i, end) if c == "/" else None)
                if url is not None:
                    i = self._bare_url(s, i, end, out, complete)
                    continue
            if c == "]" and (in_link or (i + 1 < end and s[i + 1] == "(")):
                out.append("\\]")
                i += 1
                continue
            out.append(c)
            i += 1
        if top:
            self._at = i

    def _backticks(self, s: str, i: int, end: int, out: list[str], complete: bool) -> int:
        n = 1
        while i + n < end and s[i + n] == "`":
            n += 1
        self._need(i + n, end, complete)
        j = i + n
        while True:
            j = s.find("`", j, end)
            if j < 0:
                self._need(end, end, complete)
                out.append("\\`" * n)  # no closer: literal backticks
                return i + n
            k = j
            while k < end and s[k] == "`":
                k += 1
            self._need(k, end, complete)
            if k - j == n:
                content = self._code_span(s[i + n:j])
                if n > 1 or "`" in content:  # marked lets emphasis cross such a span: keep it inert
                    out.append(inert(s[i:i + n] + content + s[j:k]))
                else:
                    out.append(_gap(out) + s[i:i + n] + content + s[j:k])
                return k
            j = k

    def _code_span(self, content: str) -> str:
        if not self._known(content):
            return content
        if self._fetches(content):
            self.findings["placeholder_in_code"] += self._known(content)
            return content
        return PLACEHOLDER.sub(lambda m: self._code_value(m), content)

    def _match_bracket(self, s: str, i: int, end: int, complete: bool) -> int | None:
        """The ``]`` that closes the ``[`` at ``i`` (nesting, escapes and code spans honoured)."""
        depth = 0
        j = i
        while j < end:
            c = s[j]
            if c == "\\":
                j += 2
                continue
            if c == "`":
                n = 1
                while j + n < end and s[j + n] == "`":
                    n += 1
                close = _find_run(s, j + n, end, n)
                if close is None:
                    self._need(end, end, complete)
                    j += n
                    continue
                j = close + n
                continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    return j
            j += 1
        self._need(end, end, complete)
        return None

    def _link(self, s: str, i: int, end: int, out: list[str], complete: bool, *, image: bool,
              restore: bool) -> int | None:
        """An inline link or image at ``s[i] == "["``: emitted (kept, or neutralised with a note),
        returning where it ends; None when it is not one."""
        close = self._match_bracket(s, i, end, complete)
        if close is None:
            return None
        j = close + 1
        self._need(j, end, complete)
        if j >= end or s[j] != "(":
            return None
        parsed = self._destination(s, j + 1, end, complete)
        if parsed is None:
            return None
        dest, title, after = parsed
        hidden = placeholders_in(dest) + placeholders_in(title)
        if hidden:
            self.findings["placeholder_in_url"] += hidden
        keep = not hidden and "`" not in dest and self.policy.allows(dest) and not (image and dest.startswith("#"))
        if image and keep:
            out.append("![" + inert(s[i + 1:close]) + "](" + dest + ")")
            self.findings["image_kept"] += 1
        elif keep:
            out.append("[")
            self._inline(s, i + 1, close, out, complete=True, restore=restore, in_link=True)
            out.append("](" + dest + ")")
        else:
            self.findings["remote_image_blocked" if image else "link_blocked"] += 1
            self._inline(s, i + 1, close, out, complete=True, restore=restore, in_link=True)
            shown = dest if dest else "(empty)"
            note = "image not loaded" if image else "link removed"
            out.append(f" ({note}: {codespan(shown)})")
        return after

    def _destination(self, s: str, k: int, end: int, complete: bool) -> tuple[str, str, int] | None:
        """``dest``, ``title`` and the index after ``)`` of an inline link's ``( … )``."""
        k = _skip_ws(s, k, end)
        self._need(k, end, complete)
        if k >= end:
            return None
        if s[k] == "<":
            e = k + 1
            while e < end and s[e] not in "<>\n":
                e += 2 if s[e] == "\\" else 1
            self._need(e, end, complete)
            if e >= end or s[e] != ">":
                return None
            dest = s[k:e + 1]
            k = e + 1
        else:
            e, depth = k, 0
            while e < end and not s[e].isspace() and ord(s[e]) >= 32:
                if s[e] == "\\":
                    e += 2
                    continue
                if s[e] == "(":
                    depth += 1
                elif s[e] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                e += 1
            self._need(e, end, complete)
            if e > end:
                return None
            dest = s[k:e]
            k = e
        k2 = _skip_ws(s, k, end)
        self._need(k2, end, complete)
        title = ""
        if k2 < end and s[k2] in "\"'(" and k2 > k:
            closer = ")" if s[k2] == "(" else s[k2]
            e = k2 + 1
            while e < end and s[e] != closer:
                e += 2 if s[e] == "\\" else 1
            self._need(e, end, complete)
            if e >= end:
                return None
            title = s[k2 + 1:e]
            k2 = _skip_ws(s, e + 1, end)
            self._need(k2, end, complete)
        if k2 >= end or s[k2] != ")":
            return None
        return dest, title, k2 + 1

    def _placeholder(self, s: str, i: int, end: int, m: re.Match[str], out: list[str], complete: bool,
                     restore: bool) -> int:
        value = self._value(m)
        assert value is not None
        a = i
        while a > 0 and not s[a - 1].isspace():
            a -= 1
        b = m.end()
        while b < end and not s[b].isspace():
            b += 1
        self._need(b, end, complete)
        context = PLACEHOLDER.sub("X", s[a:b])
        if not restore:
            self.findings["placeholder_in_code"] += 1
            out.append(_literal(m.group(0)))
        elif URLISH.search(context):
            self.findings["placeholder_in_url"] += 1
            out.append(_literal(m.group(0)))
        else:
            self.values.add(value)
            self.findings["restored"] += 1
            opened, closed = m.group("open") or "", m.group("close") or ""
            shown = _gap(out) + codespan(value) + _gap_after(s, m.end()) if AUTOLINKS.search(value) else _VALUE_ESC.sub(r"\\\1", value.replace("\n", " "))
            lead = opened[:-1] if opened else ""
            tail = closed[1:] if opened and closed else closed
            out.append(_literal(lead) + shown + _literal(tail))
        return m.end()

    def _angle(self, s: str, i: int, end: int, out: list[str], complete: bool) -> int:
        """``<`` that is not a placeholder: an autolink, raw HTML, or a literal ``<``."""
        self._need(i + 1, end, complete)
        if _PLACEHOLDERISH.match(s, i, end):
            out.append("\\<")  # a placeholder we did not issue (or cut short): shown as typed
            return i + 1
        m = _AUTOLINK.match(s, i, end) or _EMAIL_AUTOLINK.match(s, i, end)
        if m is not None:
            self._need(m.end() + 1, end, complete)  # a backtick right after changes the output
            url = m.group(1)
            if "@" not in url or ":" in url:
                hidden = placeholders_in(url)
                if hidden:
                    self.findings["placeholder_in_url"] += hidden
                if not hidden and "`" not in url and self.policy.allows(url):
                    out.append(m.group(0))
                    return m.end()
            self.findings["link_blocked"] += 1
            out.append(_gap(out) + codespan(url) + " (link removed)" + _gap_after(s, m.end()))
            return m.end()
        e = self._html_end(s, i, end, complete)
        if e is None:
            out.append("\\<")
            return i + 1
        region = s[i:e]
        self.findings["html_neutralised"] += 1
        hidden = self._known(region)
        if hidden:
            self.findings["placeholder_in_html"] += hidden
        body = region.rstrip("\n")
        out.append(inert(body))
        if "=" in region:
            out.append(" (HTML shown as text)")  # on the tag's line: never a line of its own
        out.append(region[len(body):])
        return e

    def _html_end(self, s: str, i: int, end: int, complete: bool) -> int | None:
        """Where raw HTML starting at ``i`` ends (tag, comment, declaration, processing
        instruction, CDATA); None when ``<`` starts none of them."""
        rest = s[i + 1:i + 10]
        if not rest and not complete:
            raise NeedMore
        if rest.startswith("!--"):
            closing = "-->"
        elif rest.startswith("?"):
            closing = "?>"
        elif rest.startswith("![CDATA["):
            closing = "]]>"
        elif rest.startswith("!") and rest[1:2].isalpha():
            closing = ">"
        elif rest[:1].isalpha() or (rest.startswith("/") and rest[1:2].isalpha()):
            quote = None
            j = i + 1
            while j < end:
                c = s[j]
                if quote:
                    if c == quote:
                        quote = None
                elif c in "\"'":
                    quote = c
                elif c == ">":
                    return j + 1
                j += 1
            self._need(end, end, complete)
            return end
        else:
            if len(rest) < 8 and not complete and i + 1 + len(rest) >= end:
                if "<![CDATA[".startswith(s[i:end]) or "<!--".startswith(s[i:end]):
                    raise NeedMore
            return None
        j = s.find(closing, i + 2, end)
        if j < 0:
            self._need(end, end, complete)
            return end
        return j + len(closing)

    def _bare_url(self, s: str, i: int, end: int, out: list[str], complete: bool) -> int:
        j = i
        while j < end and not s[j].isspace():
            if s[j] in "<＜":
                m = PLACEHOLDER.match(s, j, end)
                if (m is None or m.end() + 3 > end) and not complete and _PH_PREFIX.match(s, j, end):
                    raise NeedMore  # "<PERSON " may still become "<PERSON 1>", part of this URL
                if m is None or not m.group("open"):
                    break
                j = m.end()
                continue
            j += 1
        self._need(j, end, complete)
        k = j
        while k > i and s[k - 1] in _TRAIL:
            k -= 1
        url = s[i:k]
        while url.endswith((")", "]")) and url.count(url[-1]) > url.count("(" if url[-1] == ")" else "["):
            url = url[:-1]
        k = i + len(url)
        hidden = placeholders_in(url)
        if hidden:
            self.findings["placeholder_in_url"] += hidden
        if not hidden and "`" not in url and self.policy.allows(url):
            out.append(url)
        else:
            self.findings["link_blocked"] += 1
            out.append(_gap(out) + codespan(url) + " (link removed)" + _gap_after(s, k))
        return k



def run_scanner(raw: str, lookup: Lookup | None, policy: HostPolicy) -> tuple[str, Scanner]:
    scanner = Scanner(lookup, policy)
    text = scanner.run(raw, final=True)[0]
    return text, scanner


def fallback_text(raw: str, lookup: Lookup | None) -> tuple[str, Scanner]:
    """The last resort when the final check finds a live URL: every character inert, values
    restored only where no URL is glued to them."""
    scanner = Scanner(lookup, HostPolicy(()))
    out: list[str] = []
    pos = 0
    for m in PLACEHOLDER.finditer(raw):
        out.append(inert(raw[pos:m.start()]))
        value = scanner._value(m)
        a, b = m.start(), m.end()
        while a > 0 and not raw[a - 1].isspace():
            a -= 1
        while b < len(raw) and not raw[b].isspace():
            b += 1
        if value is None or URLISH.search(PLACEHOLDER.sub("X", raw[a:b])):
            out.append(inert(m.group(0)))
        else:
            scanner.values.add(value)
            out.append(codespan(value) if AUTOLINKS.search(value) else inert(value.replace("\n", " ")))
        pos = m.end()
    out.append(inert(raw[pos:]))
    return "".join(out), scanner
