"""The chat panel: a conversation with the workbench's model inside a notebook output.

Nothing is sent before the user has seen it: "Review" shows every message exactly as it will
leave the kernel (placeholders highlighted), and only "Send" sends *that*. Editing the draft
after a review withdraws the review. The conversation's history is kept in this panel; the
session vault keeps placeholders stable across turns (Li Wei is <PERSON_1> in every turn).
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any

import ipywidgets as W

from ..errors import Cancelled, NotAvailable, RedactionBlocked, WorkbenchError
from ..pipeline import current_context, markdown_source
from . import _render as R
from ._bridge import Slots, insert_cell

NO_CORPUS = "(no corpus)"


@dataclass
class Pending:
    """What was reviewed: sending uses exactly this, never the live draft."""

    prompt: str
    corpus: str | None
    k: int
    history: list[dict[str, str]]
    expected: list[dict[str, str]]  # the messages as the preview showed them


class ChatPanel(W.VBox):
    """``ChatPanel(wb)``: displays as a widget; ``%workbench chat`` opens one for the kernel's session.

    Its calls run from widget callbacks, after other cells have run: they name the cell that
    opened the panel (``context``), the entry point "chat" and the panel's conversation id,
    never the last executed cell. A send runs in a worker thread, so Stop can cancel it.
    """

    def __init__(self, wb: Any, *, system: str | None = None, corpora: list[str] | None = None,
                 max_tokens: int | None = None, stream_interval: float = 0.1) -> None:
        self.wb = wb
        self.system = system
        self.max_tokens = max_tokens
        self.history: list[dict[str, str]] = []
        self.pending: Pending | None = None
        self.last_answer: Any = None
        self._interval = stream_interval
        self._model: str | None = None
        self._redaction_on = bool(getattr(wb.settings.privacy, "enabled", True))
        self.context = current_context(wb.settings.user, "chat")  # the cell that opened the panel
        self.conversation: Any = self._new_conversation()
        self._cancel: threading.Event | None = None
        self._worker: threading.Thread | None = None
        self._slots = Slots()  # turns shown outside widget state (never saved into the .ipynb)

        names = corpora if corpora is not None else list_corpora(wb.settings)
        self.corpus = W.Dropdown(options=[NO_CORPUS, *names], value=NO_CORPUS, description="Corpus",
                                 disabled=not names, layout=W.Layout(width="280px"), style={"description_width": "initial"},
                                 tooltip="Encrypted corpora you may read" if names else "No corpora available")
        self.k = W.BoundedIntText(value=5, min=1, max=50, description="passages", disabled=not names,
                                  layout=W.Layout(width="150px"), style={"description_width": "initial"},
                                  tooltip="How many passages to retrieve from the corpus")
        self.new_button = W.Button(description="New conversation", icon="refresh", layout=W.Layout(width="auto"),
                                   tooltip="Forget this conversation's history (placeholders stay the same)")
        pill = ('<span class="wb-pill wb-on" data-testid="wb-redaction">PII redaction on</span>' if self._redaction_on
                else '<span class="wb-pill wb-off" data-testid="wb-redaction">PII redaction OFF</span>')
        header = W.HTML(R.CSS + f'<div class="wb-bar"><b>Workbench chat</b>{pill}</div>')
        self.transcript = W.VBox([])
        self.draft = W.Textarea(placeholder="Ask the model… (you will see exactly what is sent before it is sent)",
                                layout=W.Layout(width="100%", height="80px"))
        self.review_button = W.Button(description="Review what will be sent", button_style="primary", icon="eye",
                                      layout=W.Layout(width="auto"))
        self.preview = W.HTML("")
        self.send_button = W.Button(description="Send", button_style="success", icon="paper-plane",
                                    tooltip="Send exactly the messages shown above")
        self.edit_button = W.Button(description="Edit", icon="pencil", tooltip="Back to the draft")
        self.cancel_button = W.Button(description="Cancel", icon="times", tooltip="Discard this draft")
        self.stop_button = W.Button(description="Stop", icon="stop", button_style="danger",
                                    tooltip="Stop the answer: the model stops generating; the call is audited as interrupted")
        self.stop_button.layout.display = "none"
        self.status = W.HTML("")
        self.preview_box = W.VBox([self.preview, W.HBox([self.send_button, self.edit_button, self.cancel_button])])
        self.compose_box = W.VBox([self.draft, W.HBox([self.review_button, self.corpus, self.k])])
        for widget, test_id in ((self.review_button, "wb-review"), (self.send_button, "wb-send"),
                                (self.edit_button, "wb-edit"), (self.cancel_button, "wb-cancel"),
                                (self.draft, "wb-draft"), (self.stop_button, "wb-stop")):
            widget.add_class(test_id)

        self.review_button.on_click(lambda _: self.review())
        self.send_button.on_click(lambda _: self.send(wait=False))
        self.stop_button.on_click(lambda _: self.stop())
        self.edit_button.on_click(lambda _: self.edit())
        self.cancel_button.on_click(lambda _: self.cancel())
        self.new_button.on_click(lambda _: self.new_conversation())
        self.draft.observe(self._draft_changed, names="value")

        super().__init__([header, self.transcript, self.compose_box, self.preview_box, self.status,
                          W.HBox([self.stop_button, self.new_button])])
        self.add_class("wb-chat")
        self._show("compose")

    # -- the review -----------------------------------------------------------------------------

    def review(self, prompt: str | None = None) -> Pending | None:
        """Show what will be sent for the draft (or ``prompt``); returns the pending send."""
        if prompt is not None:
            self.draft.value = prompt
        text = self.draft.value.strip()
        if not text:
            self._say("Write a question first.")
            return None
        corpus = None if self.corpus.value == NO_CORPUS else self.corpus.value
        msgs = ([{"role": "system", "content": self.system}] if self.system else [])
        sent_history = self.conversation.preview(text).history if self.conversation is not None else []
        if self.conversation is None:
            msgs += list(self.history)
        msgs.append({"role": "user", "content": text})
        shown: list[R.PreviewMessage] = []
        blocked = None
        try:
            for i, m in enumerate(msgs):
                pm = self._redacted(m["content"])
                pm.role, pm.new = m["role"], i == len(msgs) - 1
                shown.append(pm)
            at = 1 if self.system else 0
            shown[at:at] = [_as_sent(m) for m in sent_history]  # already as sent: placeholders in
        except RedactionBlocked as exc:
            blocked = f"the privacy policy blocks {exc} in this conversation; edit the draft."
        self.pending = None if blocked else Pending(
            prompt=text, corpus=corpus, k=int(self.k.value), history=list(self.history),
            expected=[{"role": m.role, "content": m.sent} for m in shown])
        self.preview.value = R.preview_html(shown, redaction_on=self._redaction_on, model=self._target_model(),
                                            corpus=corpus, k=int(self.k.value), blocked=blocked)
        self.send_button.disabled = blocked is not None
        self._say("")
        self._show("preview")
        return self.pending

    def _redacted(self, content: str) -> R.PreviewMessage:
        if not self._redaction_on:
            return R.PreviewMessage(role="user", sent=content)
        try:
            return R.mark_placeholders(content, self.wb.redact(content))
        except NotAvailable:
            self._redaction_on = False
            return R.PreviewMessage(role="user", sent=content)

    def edit(self) -> None:
        self.pending = None
        self._show("compose")

    def cancel(self) -> None:
        self.pending = None
        self.draft.value = ""
        self._say("Draft discarded; nothing was sent.")
        self._show("compose")

    def _draft_changed(self, _change: Any) -> None:
        if self.pending is not None and self.draft.value.strip() != self.pending.prompt:
            self.pending = None  # a review covers only the text it showed
            self._show("compose")

    # -- sending --------------------------------------------------------------------------------

    def send(self, *, wait: bool = True) -> Any:
        """Send the reviewed messages; the answer streams into the conversation. The buttons send
        with ``wait=False`` (a worker thread, so Stop works); scripts and tests wait for the Answer."""
        pending = self.pending
        if pending is None:
            self._say("Review the draft first: nothing is sent unseen.")
            return None
        if self._worker is not None and self._worker.is_alive():
            self._say("An answer is still arriving: wait, or Stop it.")
            return None
        self.pending = None
        self._cancel = threading.Event()
        self._show("sending")
        self.transcript.children = (*self.transcript.children, self._turn(R.turn_html("user", pending.prompt)))
        bubble = self._turn(R.turn_html("assistant", "", streaming=True))
        self.transcript.children = (*self.transcript.children, bubble)
        if wait:
            return self._run(pending, bubble, self._cancel)
        self._worker = threading.Thread(target=self._run, args=(pending, bubble, self._cancel), daemon=True,
                                        name="workbench-chat")
        self._worker.start()
        return None

    def stop(self) -> None:
        """Stop the answer being streamed (the model server stops generating)."""
        if self._cancel is not None:
            self._cancel.set()
            self._say("Stopping…")

    def wait(self, timeout: float | None = None) -> Any:
        """Wait for a send started by the Send button; returns the last Answer."""
        if self._worker is not None:
            self._worker.join(timeout)
        return self.last_answer

    def _run(self, pending: Pending, bubble: W.HTML, cancel: threading.Event) -> Any:
        pieces: list[str] = []
        last = 0.0

        def on_delta(delta: Any) -> None:
            nonlocal last
            if delta.kind == "replace":  # the renderer's safe whole replaces what was streamed
                pieces[:] = [delta.text]
            elif delta.kind != "text":
                if not pieces and time.monotonic() - last >= self._interval:
                    self._set(bubble, R.turn_html("assistant", "(thinking…)", streaming=True))
                    last = time.monotonic()
                return
            else:
                pieces.append(delta.text)
            now = time.monotonic()
            if now - last >= self._interval:
                self._set(bubble, R.turn_html("assistant", "".join(pieces), streaming=True))
                last = now

        options = dict(corpus=pending.corpus, k=pending.k, stream=on_delta, max_tokens=self.max_tokens,
                       entry_point="chat", cancel=cancel)
        try:
            if self.conversation is not None:
                answer = self.conversation.ask(pending.prompt, **options)
            else:
                answer = self.wb.ask(pending.prompt, system=self.system, history=pending.history, **options)
        except Cancelled:
            self._set(bubble, R.turn_html("assistant", "".join(pieces) + "\n\n*(stopped)*"))
            self._say("Stopped; the call is in the audit log as interrupted.")
            return None
        except WorkbenchError as exc:
            self._set(bubble, R.turn_html("assistant", f"*Not answered — {type(exc).__name__}: {exc}*"))
            self._say(f"{type(exc).__name__}: {exc}", error=True)
            return None
        finally:
            if self.state == "sending":  # whatever happened, the panel is usable again
                self._show("compose")
        self.last_answer = answer
        usage = answer.usage or {}
        tokens = " / ".join(f"{usage[key]} {label}" for key, label in (("input_tokens", "in"), ("output_tokens", "out"))
                            if usage.get(key) is not None)
        meta = " · ".join(x for x in (answer.model, f"tokens {tokens}" if tokens else "", f"{answer.latency:.1f} s",
                                      f"audit {answer.audit_id}" if answer.audit_id else "audit off") if x)
        self._set(bubble, R.turn_html("assistant", answer.text, sources=answer.sources, meta=meta))
        self.transcript.children = (*self.transcript.children, self._answer_tools(answer))
        self.history += [{"role": "user", "content": pending.prompt}, {"role": "assistant", "content": answer.text}]
        if pending.corpus is None and answer.sent != pending.expected:
            self._say("Note: what was sent differs from the review (the privacy settings changed meanwhile).",
                      error=True)
        else:
            self._say("")
        self.draft.value = ""
        self._show("compose")
        return answer

    def _answer_tools(self, answer: Any) -> W.Widget:
        insert = W.Button(description="Insert as cell", icon="plus", layout=W.Layout(width="auto"),
                          tooltip="Insert this answer as a Markdown cell below the active cell")
        insert.add_class("wb-insert")
        sent = W.HTML("<details><summary class='wb-muted'>What was sent</summary>" + "".join(
            f'<div class="wb-msg"><div class="wb-role">{m["role"]}</div><pre class="wb-pre">{_esc(m["content"])}</pre></div>'
            for m in answer.sent) + "</details>")

        def do_insert(_: Any) -> None:
            ok = insert_cell(markdown_source(answer.text), "markdown")
            self._say("Inserted below the active cell." if ok else "No JupyterLab frontend to insert into.")

        insert.on_click(do_insert)
        return W.VBox([W.HBox([insert]), sent])

    def ask(self, prompt: str) -> Any:
        """Review and send ``prompt`` in one step (scripts and tests; the UI always shows the review)."""
        return self.send() if self.review(prompt) is not None else None

    def new_conversation(self) -> None:
        self.history.clear()
        self.conversation = self._new_conversation()
        self.transcript.children = ()
        self.pending = None
        self._say("New conversation. The same personal value keeps its placeholder for this session.")
        self._show("compose")

    # -- helpers --------------------------------------------------------------------------------

    def _turn(self, html: str) -> W.HTML:
        """A transcript entry. In a kernel its widget holds an empty slot and the HTML goes to
        the page through the labextension, so widget state never holds the transcript."""
        if not self._slots.active:
            return W.HTML(html)
        slot = uuid.uuid4().hex
        widget = W.HTML(f'<div class="wb-slot" data-wb-slot="{slot}"><span class="wb-muted">(shown by the Analyst '
                        "Workbench extension; never saved with the notebook)</span></div>")
        widget._wb_slot = slot  # type: ignore[attr-defined]
        self._slots.show(slot, html)
        return widget

    def _set(self, widget: W.HTML, html: str) -> None:
        slot = getattr(widget, "_wb_slot", None)
        if slot is None:
            widget.value = html
        else:
            self._slots.show(slot, html)

    def shown(self, widget: W.HTML) -> str:
        """What a transcript entry shows (its slot's HTML in a kernel, else its value)."""
        slot = getattr(widget, "_wb_slot", None)
        return self._slots.html.get(slot, "") if slot else widget.value

    def _new_conversation(self) -> Any:
        """The panel's conversation: turns kept as sent, one conversation id in every record."""
        make = getattr(self.wb, "conversation", None)
        if make is None:
            return None
        return make(system=self.system, entry_point="chat", context=self.context)

    def _show(self, state: str) -> None:
        self.state = state
        self.stop_button.layout.display = None if state == "sending" else "none"
        self.compose_box.layout.display = "none" if state == "preview" else None
        self.preview_box.layout.display = None if state == "preview" else "none"
        busy = state == "sending"
        for w in (self.review_button, self.draft, self.new_button):
            w.disabled = busy

    def _say(self, text: str, *, error: bool = False) -> None:
        cls = "wb-warn" if error else "wb-muted"
        self.status.value = f'<div class="wb-chat"><span class="{cls}">{_esc(text)}</span></div>' if text else ""

    def _target_model(self) -> str | None:
        """The model the preview names: configured, else the managed server's (asked once)."""
        if self._model is None:
            s = self.wb.settings
            name = s.model.name
            if not name and not s.model.url:
                from .. import models

                state = models.status(s)
                name = state.model if state else None
            self._model = name or ""
        return self._model or None


_PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*[A-Z])_(\d{1,6})>")


def _as_sent(message: dict[str, str]) -> R.PreviewMessage:
    """An earlier turn exactly as it is sent again (placeholders in), placeholders marked."""
    text = message["content"]
    marks = [(m.start(), m.end(), m.group(1), "pseudonymise") for m in _PLACEHOLDER.finditer(text)]
    return R.PreviewMessage(role=message["role"], sent=text, marks=marks)


def _esc(text: str) -> str:
    import html

    return html.escape(text)


def list_corpora(settings: Any) -> list[str]:
    """Names of the corpora this user may read; empty when none, when the corpus part is not
    installed, or when the corpora are locked (no passphrase or key file: never a prompt here)."""
    try:
        from ..corpus import Corpora
    except ImportError:
        return []

    def refuse(_label: str) -> str:
        raise NotAvailable("Corpora are locked: set WORKBENCH_PASSPHRASE or [corpus] key_file.")

    try:
        return [c["name"] for c in Corpora.open(settings, prompt=refuse).list(settings.user)]
    except WorkbenchError:
        return []
