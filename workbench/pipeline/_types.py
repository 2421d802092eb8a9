from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Literal, Mapping

EntryPoint = Literal["api", "cli", "magic", "chat", "report", "langchain", "gateway"]


@dataclass(frozen=True)
class CellContext:
    """Where a model call came from: the notebook cell, or the script file and line."""

    user: str
    entry_point: str = "api"
    kernel_session: str | None = None
    notebook_path: str | None = None
    cell_id: str | None = None
    execution_count: int | None = None
    code_sha256: str | None = None  # hash of the cell's source, never the source itself
    script_path: str | None = None  # plain scripts: file and line instead of a cell
    script_line: int | None = None
    run_id: str | None = None  # headless report runs
    conversation_id: str | None = None  # the Conversation this call belongs to
    groups: tuple[str, ...] = ()  # the authenticated user's groups (the gateway: from the Hub)
    # What a client said about itself (user, cell, notebook, code hash ...) when its identity was
    # established by someone else (the gateway): recorded as claims, never trusted as identity.
    claims: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Delta:
    """A piece of a streamed answer: ``kind`` is "text" (the answer, to append), "reasoning", or
    "replace" (rare: the answer so far must be replaced by ``text``, the safe rendering of the whole)."""

    kind: Literal["text", "reasoning", "replace"]
    text: str


OnDelta = Callable[[Delta], None]


@dataclass
class Request:
    """One model call as an entry point hands it to the pipeline."""

    prompt: str
    context: CellContext
    system: str | None = None
    corpus: str | None = None
    k: int = 5
    model: str | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    history: list[dict[str, str]] = field(default_factory=list)
    # Set from any thread to stop the call: the stream is closed upstream and the call is audited
    # as "interrupted" with the tokens produced so far.
    cancel: threading.Event | None = None
    history_sent: bool = False  # ``history`` is already as sent (a Conversation's turns): not re-analysed

    def messages(self) -> list[dict[str, str]]:
        """The chat messages as the user wrote them (before redaction)."""
        system = [{"role": "system", "content": self.system}] if self.system else []
        return system + list(self.history) + [{"role": "user", "content": self.prompt}]


@dataclass
class Answer:
    """The result of one call through the pipeline.

    ``text`` is what the user reads (placeholders restored); ``sent`` holds the messages exactly
    as they left the kernel; ``entities`` counts what was redacted by type (never values).
    """

    text: str
    reasoning: str | None
    sent: list[dict[str, str]]
    model: str
    entities: dict[str, int] = field(default_factory=dict)
    unexpected_entities: dict[str, int] = field(default_factory=dict)  # PII in the answer, not in the prompt
    sources: list[dict[str, Any]] = field(default_factory=list)
    usage: dict[str, int] = field(default_factory=dict)
    latency: float = 0.0
    finish_reason: str | None = None
    guard: dict[str, Any] = field(default_factory=dict)  # the injection scan's verdict: rules, scores
    audit_id: str | None = None
    context: CellContext | None = None
    created: float = field(default_factory=time.time)
    received: str = ""  # the answer as the model wrote it, placeholders in (a conversation's history)
    prompt_sent: str = ""  # the question as it left, redacted, without the sources block
    citations: dict[str, list[int]] = field(default_factory=dict)  # [n] cited: "valid" / "invalid"
    html: str = field(default="", repr=False)  # the renderer's sanitised HTML of ``text``

    def __str__(self) -> str:
        return self.text

    def _repr_markdown_(self) -> str:
        return markdown_source(self.text)

    def _repr_html_(self) -> str:
        """Sanitised HTML from the one renderer: no script, no event handler, no remote src.
        (The pipeline's own rendering, with its allow-listed hosts, when it left one in ``html``.)"""
        from ..render import render_markdown

        return self.html or render_markdown(self.text).html


def markdown_source(text: str) -> str:
    """``text`` made safe for a Markdown renderer by the one answer renderer (workbench.render):
    nothing restored, remote images and links to other hosts shown as text, raw HTML inert, and
    placeholders such as <PERSON_2> (made up, or cut short) visible instead of taken for tags.
    Idempotent on text that renderer produced."""
    from ..render import render_markdown

    return render_markdown(text).text
