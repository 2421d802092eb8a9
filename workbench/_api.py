from __future__ import annotations

import dataclasses
import queue
import sys
import threading
import uuid
from typing import Any, Callable, Iterator

from ._conversation import Conversation, saved_exists
from .config import Settings, load_settings
from .pipeline import Answer, CellContext, Delta, Pipeline, Request, current_context, install_cell_hook

StreamArg = bool | Callable[[Delta], None] | None


class Workbench:
    """A session with the model: every call goes through the one pipeline.

    Build it with :func:`workbench.connect`. One Workbench keeps one session vault, so the same
    personal value gets the same placeholder for the whole session.
    """

    def __init__(self, settings: Settings, *, entry_point: str = "api", progress: Any = None) -> None:
        self.settings = settings
        self.entry_point = entry_point
        self.pipeline = Pipeline(settings, progress=progress or _stderr)
        install_cell_hook()  # inside IPython, calls name the cell that made them

    def __repr__(self) -> str:
        return f"<Workbench user={self.settings.user!r} home={str(self.settings.home)!r}>"

    def ask(
        self,
        prompt: str,
        *,
        corpus: str | None = None,
        k: int = 5,
        system: str | None = None,
        stream: StreamArg = None,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float | None = None,
        history: list[dict[str, str]] | None = None,
        entry_point: str | None = None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """Ask the model once; returns an :class:`Answer`. For a dialogue use :meth:`conversation`.

        ``stream=True`` prints the answer to stdout as it arrives; a callable receives each
        :class:`Delta` instead; ``None``/``False`` waits for the whole answer. Setting ``cancel``
        (a ``threading.Event``, from any thread) stops the call: the server stops generating and
        the call is audited as interrupted.
        """
        return self._call(prompt, corpus=corpus, k=k, system=system, stream=stream, model=model,
                          max_tokens=max_tokens, temperature=temperature, history=list(history or []),
                          entry_point=entry_point, cancel=cancel)

    def _call(self, prompt: str, *, stream: StreamArg = None, history: list[dict[str, str]] | None = None,
              history_sent: bool = False, entry_point: str | None = None, conversation_id: str | None = None,
              context: CellContext | None = None, cancel: threading.Event | None = None,
              **options: Any) -> Answer:
        """The one way an entry point of this session makes a call (ask, conversations)."""
        if not isinstance(prompt, str) or not prompt.strip():
            raise ValueError("prompt must be a non-empty string")
        base = context or current_context(self.settings.user, entry_point or self.entry_point)
        ctx = dataclasses.replace(base, entry_point=entry_point or base.entry_point,
                                  conversation_id=conversation_id or uuid.uuid4().hex)
        request = Request(prompt=prompt, context=ctx, history=list(history or []), history_sent=history_sent,
                          cancel=cancel, **options)
        on_delta = _print_delta if stream is True else (stream or None)
        answer = self.pipeline.run(request, on_delta=on_delta)
        if stream is True:
            print(flush=True)
        return answer

    def stream(self, prompt: str, **kwargs: Any) -> Iterator[Delta]:
        """Yield the answer's pieces as they arrive. Leaving the loop early (``break``, an
        exception, ``close()``) stops the call upstream; it is audited as interrupted."""
        return self._stream_call(lambda on_delta, cancel: self.ask(prompt, stream=on_delta, cancel=cancel, **kwargs))

    @staticmethod
    def _stream_call(start: Callable[[Callable[[Delta], None], threading.Event], Answer]) -> Iterator[Delta]:
        """Run ``start(on_delta, cancel)`` in a worker thread and yield its pieces here."""
        pieces: queue.Queue[Any] = queue.Queue()
        done = object()
        box: dict[str, Any] = {}
        cancel = threading.Event()

        def work() -> None:
            try:
                box["answer"] = start(pieces.put, cancel)
            except BaseException as exc:  # re-raised in the caller's thread
                box["error"] = exc
            finally:
                pieces.put(done)

        worker = threading.Thread(target=work, daemon=True, name="workbench-stream")

        def generate() -> Iterator[Delta]:
            worker.start()
            finished = False
            try:
                while (item := pieces.get()) is not done:
                    yield item
                finished = True
            finally:
                if not finished:  # the caller left: stop the call, and let its audit record land
                    cancel.set()
                    worker.join(timeout=10)
            if "error" in box:
                raise box["error"]

        return generate()

    def conversation(self, system: str | None = None, corpus: str | None = None, *, k: int = 5,
                     name: str | None = None, entry_point: str | None = None,
                     context: CellContext | None = None) -> Conversation:
        """A dialogue: ``conv.ask(...)`` sends the earlier turns as history, redacted, with one
        conversation id in every audit record. With ``name=`` it is saved encrypted after each turn
        and continued where it was if it already exists (after a kernel restart, say)."""
        if name is not None and saved_exists(self.settings, name):
            return Conversation.load(self, name, context=context, entry_point=entry_point)
        return Conversation(self, system=system, corpus=corpus, k=k, name=name, context=context,
                            entry_point=entry_point)

    def restore(self, text: str) -> str:
        """``text`` with this session's placeholders put back (for display only)."""
        vault = self.pipeline.vault
        if vault is None or not text:
            return text
        from .privacy import Privacy

        return Privacy.restore(text, vault)

    def _vault_entries(self, placeholders: set[str]) -> list[tuple[str, int, str]]:
        vault = self.pipeline.vault
        return vault.entries(placeholders) if vault is not None else []

    def _adopt_vault_entries(self, entries: list[Any]) -> None:
        vault = self.pipeline.vault
        if vault is not None:
            vault.adopt(entries)

    def search(self, query: str, *, corpus: str, k: int = 5, entry_point: str | None = None) -> list[Any]:
        """Retrieve the ``k`` best chunks of ``corpus`` for ``query`` through the pipeline's
        policy, retrieve and guard steps (audited as a "retrieval"); no model is called."""
        request = Request(prompt=query, corpus=corpus, k=k,
                          context=current_context(self.settings.user, entry_point or self.entry_point))
        return self.pipeline.search(request)

    def chat(self, **options: Any) -> Any:
        """The chat panel (ipywidgets): review exactly what will be sent, then send, edit or cancel.

        Every turn is ``self.ask(..., entry_point="chat")``, so it goes through the one pipeline.
        """
        from .ui import ChatPanel

        return ChatPanel(self, **options)

    def corpus(self, name: str) -> Any:
        """The encrypted corpus ``name`` (created, owned by you, on its first ``add``).

        ``wb.corpus("hr").add(["policies/", "notes.md"])``, then ``wb.ask(q, corpus="hr")``. Through a
        gateway it is the gateway's corpus (a ``RemoteCorpus``: files are read here, sent as texts;
        the keys, the index and the access rules stay at the gateway).
        """
        return self.pipeline.corpora.get(name)

    def redact(self, text: str) -> Any:
        """Exactly what would be sent for ``text``, and what was found (types and spans)."""
        return self.pipeline.redact(text)

    @property
    def audit_log(self) -> Any:
        return self.pipeline.audit_log

    def close(self) -> None:
        """Clear the session vault and write the audit log's closing checkpoint."""
        self.pipeline.close()

    def __enter__(self) -> Workbench:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def connect(**overrides: Any) -> Workbench:
    """A :class:`Workbench` configured from ``WORKBENCH_HOME/workbench.toml``, ``WORKBENCH_*``
    variables and ``overrides`` (``model=``, ``model_url=``, ``api_key=``, ``home=``, ...)."""
    entry_point = overrides.pop("entry_point", "api")
    progress = overrides.pop("progress", None)
    return Workbench(load_settings(**overrides), entry_point=entry_point, progress=progress)


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _print_delta(delta: Delta) -> None:
    if delta.kind == "text":
        print(delta.text, end="", flush=True)
