from __future__ import annotations

import sys
from typing import Any, Callable, Iterator

from .config import Settings, load_settings
from .pipeline import Answer, Delta, Pipeline, Request, current_context, install_cell_hook

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
    ) -> Answer:
        """Ask the model; returns an :class:`Answer`.

        ``stream=True`` prints the answer to stdout as it arrives; a callable receives each
        :class:`Delta` instead; ``None``/``False`` waits for the whole answer.
        """
        if not isinstance(prompt, str) or not prompt.strip():
            raise ValueError("prompt must be a non-empty string")
        request = Request(
            prompt=prompt,
            context=current_context(self.settings.user, entry_point or self.entry_point),
            system=system,
            corpus=corpus,
            k=k,
            model=model,
            max_tokens=max_tokens,
            temperature=temperature,
            history=list(history or []),
        )
        on_delta = _print_delta if stream is True else (stream or None)
        answer = self.pipeline.run(request, on_delta=on_delta)
        if stream is True:
            print(flush=True)
        return answer

    def stream(self, prompt: str, **kwargs: Any) -> Iterator[Delta]:
        """Yield the answer's pieces as they arrive (runs the call in a worker thread)."""
        import queue
        import threading

        pieces: queue.Queue[Any] = queue.Queue()
        done = object()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["answer"] = self.ask(prompt, stream=pieces.put, **kwargs)
            except BaseException as exc:  # re-raised in the caller's thread
                box["error"] = exc
            finally:
                pieces.put(done)

        threading.Thread(target=work, daemon=True).start()
        while (item := pieces.get()) is not done:
            yield item
        if "error" in box:
            raise box["error"]

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

        ``wb.corpus("hr").add(["policies/", "notes.md"])``, then ``wb.ask(q, corpus="hr")``.
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
