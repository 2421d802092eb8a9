"""HTML for the chat panel: the "what will be sent" preview, the conversation, the styles.

Pure functions of their arguments (no widgets), so tests can check them directly. Nothing here
ever renders a redacted *value*: the preview shows the text exactly as it will leave the kernel,
with each placeholder highlighted and explained by type and action.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

CSS = """
<style>
.wb-chat { font-family: var(--jp-ui-font-family); font-size: var(--jp-content-font-size1); max-width: 920px; }
.wb-chat p { line-height: 1.4; margin: 4px 0; }
.wb-chat .wb-bar { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.wb-chat .wb-pill { padding: 1px 8px; border-radius: 9px; font-size: 0.85em; font-weight: 600; }
.wb-chat .wb-on { background: var(--jp-success-color3, #c8e6c9); color: var(--jp-success-color0, #1b5e20); }
.wb-chat .wb-off { background: var(--jp-error-color3, #ffcdd2); color: var(--jp-error-color0, #b71c1c); }
.wb-chat .wb-muted { color: var(--jp-ui-font-color2, #777); font-size: 0.9em; }
.wb-chat .wb-turn { margin: 8px 0; padding: 6px 10px; border-radius: 6px; }
.wb-chat .wb-user { background: var(--jp-layout-color2, #f3f3f3); margin-left: 15%; }
.wb-chat .wb-assistant { background: var(--jp-layout-color1, #fff); border-left: 3px solid var(--jp-brand-color1, #1976d2); }
.wb-chat .wb-who { font-size: 0.8em; font-weight: 600; color: var(--jp-ui-font-color2, #777); margin-bottom: 2px; }
.wb-chat .wb-text p { margin: 4px 0; }
.wb-chat .wb-pre { white-space: pre-wrap; word-break: break-word; margin: 0; font-family: var(--jp-code-font-family, monospace); font-size: 0.95em; }
.wb-chat mark.wb-ph { background: #ffe082; color: #4e342e; border-radius: 3px; padding: 0 2px; font-weight: 600; }
.wb-chat mark.wb-ph.wb-mask { background: #ffccbc; }
.wb-chat .wb-preview { border: 2px solid #f9a825; border-radius: 6px; padding: 8px 10px; margin: 8px 0; background: var(--jp-layout-color1, #fff); }
.wb-chat .wb-preview h4 { margin: 0 0 6px; font-size: 1em; }
.wb-chat .wb-msg { margin: 6px 0; padding: 4px 8px; background: var(--jp-layout-color2, #f7f7f7); border-radius: 4px; }
.wb-chat .wb-msg.wb-new { outline: 1px dashed #f9a825; }
.wb-chat .wb-role { font-size: 0.8em; font-weight: 600; text-transform: uppercase; color: var(--jp-ui-font-color2, #777); }
.wb-chat table.wb-legend { border-collapse: collapse; margin-top: 6px; font-size: 0.9em; }
.wb-chat table.wb-legend td, .wb-chat table.wb-legend th { padding: 1px 8px; border-bottom: 1px solid var(--jp-border-color2, #ddd); text-align: left; }
.wb-chat .wb-warn { color: var(--jp-error-color1, #c62828); font-weight: 600; }
.wb-chat .wb-sources { margin: 4px 0 0; padding-left: 20px; font-size: 0.9em; }
.wb-chat details summary { cursor: pointer; }
</style>
"""


@dataclass
class PreviewMessage:
    """One message as it will be sent, with the placeholders found in it (by type, no values)."""

    role: str
    sent: str
    marks: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end in `sent`, type, action
    new: bool = False


def mark_placeholders(original: str, redaction: Any) -> PreviewMessage:
    """Locate each placeholder of ``redaction`` inside its ``.text`` (entity spans refer to the
    original), so the preview can highlight them."""
    marks: list[tuple[int, int, str, str]] = []
    out_pos = 0
    in_pos = 0
    for e in sorted(redaction.entities, key=lambda e: e.start):
        if e.action == "keep" or e.placeholder is None:
            continue
        out_pos += e.start - in_pos
        marks.append((out_pos, out_pos + len(e.placeholder), e.type, e.action))
        out_pos += len(e.placeholder)
        in_pos = e.end
    return PreviewMessage(role="user", sent=redaction.text, marks=marks)


def highlighted(message: PreviewMessage) -> str:
    parts, pos = [], 0
    for start, end, etype, action in message.marks:
        parts.append(html.escape(message.sent[pos:start]))
        css = "wb-ph wb-mask" if action == "mask" else "wb-ph"
        title = f"{etype}: {'masked' if action == 'mask' else 'pseudonymised'}; the real value stays in this kernel"
        parts.append(f'<mark class="{css}" title="{html.escape(title)}">{html.escape(message.sent[start:end])}</mark>')
        pos = end
    parts.append(html.escape(message.sent[pos:]))
    return "".join(parts)


def preview_html(messages: list[PreviewMessage], *, redaction_on: bool, model: str | None,
                 corpus: str | None, k: int, blocked: str | None = None) -> str:
    """The preview card: every message that will leave the kernel, placeholders highlighted."""
    new = [m for m in messages if m.new]
    earlier = [m for m in messages if not m.new]
    placeholders: dict[str, tuple[str, str]] = {}
    for m in messages:
        for start, end, etype, action in m.marks:
            placeholders.setdefault(m.sent[start:end], (etype, action))
    out = ['<div class="wb-preview" data-testid="wb-preview">']
    target = html.escape(model or "the local model")
    out.append(f"<h4>What will be sent to {target}</h4>")
    if blocked:
        out.append(f'<p class="wb-warn">Nothing can be sent: {html.escape(blocked)}</p>')
    elif not redaction_on:
        out.append('<p class="wb-warn">PII redaction is OFF ([privacy] enabled = false): '
                   "the text below leaves the kernel exactly as written.</p>")
    else:
        n = sum(len(m.marks) for m in new)
        summary = (f"{n} item{'s' if n != 1 else ''} of personal data replaced in your message"
                   if n else "No personal data found in your message")
        out.append(f'<p class="wb-muted">{summary}; highlighted placeholders are all the model '
                   "sees. Real values are restored in the answer, inside this kernel.</p>")
    if earlier:
        out.append(f"<details><summary class='wb-muted'>{len(earlier)} earlier message"
                   f"{'s' if len(earlier) != 1 else ''} of this conversation, also sent</summary>")
        out.extend(_message_html(m) for m in earlier)
        out.append("</details>")
    out.extend(_message_html(m) for m in new)
    if corpus:
        out.append(f'<p class="wb-muted">Plus up to {k} passages retrieved from corpus '
                   f"<b>{html.escape(corpus)}</b>, redacted the same way.</p>")
    if placeholders:
        out.append('<table class="wb-legend"><tr><th>placeholder</th><th>type</th><th>action</th></tr>')
        for ph, (etype, action) in placeholders.items():
            out.append(f"<tr><td><mark class='wb-ph'>{html.escape(ph)}</mark></td><td>{html.escape(etype)}</td>"
                       f"<td>{html.escape(action)}</td></tr>")
        out.append("</table>")
    chars = sum(len(m.sent) for m in messages)
    out.append(f'<p class="wb-muted">{len(messages)} message{"s" if len(messages) != 1 else ""}, '
               f"{chars} characters (~{max(1, chars // 4)} tokens).</p></div>")
    return "".join(out)


def _message_html(m: PreviewMessage) -> str:
    cls = "wb-msg wb-new" if m.new else "wb-msg"
    return (f'<div class="{cls}"><div class="wb-role">{html.escape(m.role)}</div>'
            f'<pre class="wb-pre" data-testid="wb-sent">{highlighted(m)}</pre></div>')


def markdown_html(text: str) -> str:
    """The answer as HTML from the one answer renderer (workbench.render): raw HTML inert,
    remote images and links to other hosts shown as text, no script, no remote src."""
    from ..render import render_markdown

    return render_markdown(text).html


def turn_html(role: str, text: str, *, streaming: bool = False, sources: list[dict[str, Any]] | None = None,
              meta: str = "") -> str:
    if role == "user":
        body = f'<pre class="wb-pre">{html.escape(text)}</pre>'
        return f'<div class="wb-turn wb-user"><div class="wb-who">You</div>{body}</div>'
    body = f'<pre class="wb-pre">{html.escape(text)}▍</pre>' if streaming else markdown_html(text or "*(empty answer)*")
    cites = ""
    if sources:
        items = "".join(f"<li>{html.escape(_source_label(s))}</li>" for s in sources)
        cites = f'<div class="wb-muted">Sources</div><ol class="wb-sources">{items}</ol>'
    tail = f'<div class="wb-muted">{html.escape(meta)}</div>' if meta else ""
    return (f'<div class="wb-turn wb-assistant" data-testid="wb-answer"><div class="wb-who">Model</div>'
            f'<div class="wb-text">{body}</div>{cites}{tail}</div>')


def _source_label(source: dict[str, Any]) -> str:
    name = str(source.get("source") or source.get("name") or source.get("id") or "source")
    page = source.get("page")
    score = source.get("score")
    label = f"{name}, p. {page}" if page is not None else name
    return f"{label} (score {score:.2f})" if isinstance(score, (int, float)) else label
