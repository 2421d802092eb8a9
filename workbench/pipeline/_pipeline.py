"""The one pipeline every model call goes through.

    policy -> retrieve -> guard -> redact -> send -> restore -> audit

Entry points (API, CLI, magics, chat panel, reports, LangChain) build a :class:`Request` and
call :meth:`Pipeline.run`; none of them performs a step itself. The audit record is written
here, for answered, failed and refused calls alike.
"""

from __future__ import annotations

import hashlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor
import time
from datetime import datetime, timezone
from typing import Any

from ..config import Settings
from ..errors import AccessDenied, InjectionBlocked, NotAvailable, RedactionBlocked, WorkbenchError
from ..models import Endpoint, ModelClient, resolve_endpoint
from ._types import Answer, Delta, OnDelta, Request


class Pipeline:
    """Owns the parts a call needs (client, privacy vault, audit log) for one session."""

    def __init__(self, settings: Settings, *, progress: Any = None) -> None:
        self.settings = settings
        self._progress = progress
        self._lock = threading.Lock()
        self._client: ModelClient | None = None
        self._privacy: Any = None
        self._vault: Any = None
        self._audit: Any = None
        self._corpora: Any = None
        self._workers = ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-redact")
        from ..guard import Guard  # first: it sets the offline switches before other libraries import

        self._guard_part = Guard(settings)
        self._guard_part.install_egress(on_connection=self._egress_record)
        if settings.privacy.enabled:
            from ..privacy import Privacy

            self._privacy = Privacy(settings.privacy)
            self._privacy.warm()
            self._vault = self._privacy.new_vault()
        if settings.audit.enabled:
            from ..audit import AuditLog

            self._audit = AuditLog.open(settings)

    # -- parts, built on first use ------------------------------------------------------------

    @property
    def client(self) -> ModelClient:
        with self._lock:
            if self._client is None:
                endpoint = resolve_endpoint(self.settings, progress=self._progress)
                self._guard_part.install_egress(allow=[endpoint.address])
                self._client = ModelClient(endpoint, timeout=self.settings.model.timeout)
            return self._client

    @property
    def corpora(self) -> Any:
        """The encrypted corpora (opened on first use; the key is unlocked on first need)."""
        with self._lock:
            if self._corpora is None:
                from ..corpus import Corpora

                self._corpora = Corpora.open(self.settings)
            return self._corpora

    @property
    def endpoint(self) -> Endpoint:
        return self.client.endpoint

    @property
    def audit_log(self) -> Any:
        return self._audit

    def redact(self, text: str) -> Any:
        """What the redact step would send for ``text`` (the chat panel's preview uses this)."""
        if self._privacy is None:
            raise NotAvailable("Redaction is turned off ([privacy] enabled = false).")
        return self._privacy.redact(text, self._vault)

    def close(self) -> None:
        self._workers.shutdown(wait=False, cancel_futures=True)
        if self._vault is not None:
            self._vault.clear()
        if self._audit is not None:
            self._audit.close()

    # -- the call --------------------------------------------------------------------------------

    def run(self, request: Request, on_delta: OnDelta | None = None) -> Answer:
        """One model call: every step, in order, and one audit record whatever the outcome."""
        answer: Answer = self._audited(request, "chat", lambda call: self._chat(request, on_delta, call))
        return answer

    def search(self, request: Request) -> list[Any]:
        """Retrieval without generation (the LangChain retriever): policy, retrieve, guard, audit."""
        hits: list[Any] = self._audited(request, "retrieval", lambda call: self._search(request, call))
        return hits

    def _chat(self, request: Request, on_delta: OnDelta | None, call: dict[str, Any]) -> Answer:
        # The prompt's redaction does not depend on what is retrieved: it runs beside the search
        # (the query's embedding), and is used only once policy, retrieve and guard have passed.
        prompt_job = self._workers.submit(self._privacy.redact, request.prompt, self._vault) if self._privacy else None
        try:
            chunks = self._search(request, call)
        except BaseException:
            if prompt_job is not None:
                prompt_job.cancel()
            raise
        messages = self._redact(request, chunks, call, prompt_job)
        completion = self._send(request, messages, on_delta, call)
        text, unexpected = self._restore(completion.text, call)
        call.update(completion=completion, unexpected=unexpected)
        self._guard_part.record_usage(request.context.user, completion.usage.get("input_tokens"),
                                      completion.usage.get("output_tokens"))
        return Answer(
            text=text,
            reasoning=completion.reasoning,
            sent=messages,
            model=completion.model,
            entities=dict(call["redaction"]),
            unexpected_entities=unexpected,
            sources=call.get("sources", []),
            usage=completion.usage,
            latency=round(time.perf_counter() - call["started"], 4),
            finish_reason=completion.finish_reason,
            guard=call.get("guard", {}),
            context=request.context,
        )

    def _search(self, request: Request, call: dict[str, Any]) -> list[Any]:
        self._policy(request)
        chunks = self._retrieve(request, call)
        return self._guard(request, chunks, call)

    def _audited(self, request: Request, operation: str, body: Any) -> Any:
        call: dict[str, Any] = {"operation": operation, "started": time.perf_counter(),
                                "redaction": {}, "chunk_ids": [], "sent": None}
        try:
            result = body(call)
        except (AccessDenied, RedactionBlocked) as exc:
            self._audit_call(request, call, outcome="refused", error=exc)
            raise
        except WorkbenchError as exc:
            self._audit_call(request, call, outcome="failed", error=exc)
            raise
        audit_id = self._audit_call(request, call, outcome="answered")
        if isinstance(result, Answer):
            result.audit_id = audit_id
        return result

    # -- steps -------------------------------------------------------------------------------

    def _policy(self, request: Request) -> None:
        """Access: is this user within their rate limits, and may they read this corpus?"""
        self._guard_part.admit(request.context.user)
        if request.corpus is not None:
            self.corpora.authorize(request.context.user, request.corpus, "read")

    def _retrieve(self, request: Request, call: dict[str, Any]) -> list[Any]:
        """Search the corpus; only the k hits returned are decrypted."""
        if request.corpus is None:
            return []
        hits = self.corpora.search(request.corpus, request.prompt, k=request.k, user=request.context.user)
        call["chunk_ids"] = [hit.chunk_id for hit in hits]
        call["sources"] = [_source(n, hit) for n, hit in enumerate(hits, 1)]
        return hits

    def _guard(self, request: Request, chunks: list[Any], call: dict[str, Any]) -> list[Any]:
        """Scan the prompt and every retrieved chunk for injected orders; flag, drop or block."""
        verdict = self._guard_part.scan(request.prompt, [hit.text for hit in chunks])
        call["guard"] = verdict.to_record()
        if verdict.action == "block":
            raise InjectionBlocked(verdict.message())
        if verdict.action == "drop" and verdict.drop:
            kept = [i for i in range(len(chunks)) if i not in verdict.drop]
            chunks = [chunks[i] for i in kept]
            call["chunk_ids"] = [call["chunk_ids"][i] for i in kept]
            call["sources"] = [{**call["sources"][i], "n": n} for n, i in enumerate(kept, 1)]
        return chunks

    def _redact(self, request: Request, chunks: list[Any], call: dict[str, Any], prompt_job: Any = None) -> list[dict[str, str]]:
        """Pseudonymise everything that will be sent: earlier turns, the retrieved sources and the
        prompt, with the session vault. The sources go into the question itself (R1 and Gemma
        chat templates drop system turns)."""
        messages = request.messages()
        if self._privacy is None:
            if chunks:
                messages[-1] = {"role": "user", "content": with_sources(sources_block(chunks), request.prompt)}
            call["sent"] = messages
            return messages
        earlier, counts = self._privacy.redact_messages(messages[:-1], self._vault)
        prompt = prompt_job.result() if prompt_job is not None else self._privacy.redact(request.prompt, self._vault)
        parts = [prompt]
        content = prompt.text
        if chunks:
            block, found = self._redact_sources(chunks)
            parts.extend(found)
            content = with_sources(block, prompt.text)
        for part in parts:
            for kind, n in part.counts.items():
                counts[kind] = counts.get(kind, 0) + n
        messages = earlier + [{"role": "user", "content": content}]
        call["redaction"] = counts
        call["sent"] = messages
        return messages

    def _redact_sources(self, chunks: list[Any]) -> tuple[str, list[Any]]:
        """The numbered sources, redacted. Chunks whose personal data was found at ingestion
        (``[corpus] find_entities``) are redacted from those spans, so a call analyses only the
        prompt and the source labels; other chunks are analysed now."""
        if any(getattr(hit, "entities", None) is None or "\n" in _where(hit) for hit in chunks):
            block = self._privacy.redact(sources_block(chunks), self._vault)
            return block.text, [block]
        labels = self._privacy.redact("\n".join(_where(hit) for hit in chunks), self._vault)
        texts = [self._privacy.redact_found(hit.text, hit.entities, self._vault) for hit in chunks]
        block = "\n\n".join(_numbered(n, where, red.text)
                             for n, (where, red) in enumerate(zip(labels.text.split("\n"), texts), 1))
        return block, [labels, *texts]

    def _send(self, request: Request, messages: list[dict[str, str]], on_delta: OnDelta | None,
              call: dict[str, Any]) -> Any:
        self._audit_ready()
        client = self.client
        call["endpoint"] = client.endpoint
        restorer = self._privacy.restorer(self._vault) if (self._privacy and on_delta) else None

        def on_piece(kind: str, piece: str) -> None:
            if kind == "text" and restorer is not None:
                piece = restorer.feed(piece)
                if not piece:
                    return
            on_delta(Delta(kind, piece))  # type: ignore[misc, arg-type]

        completion = client.complete(
            messages,
            model=request.model,
            max_tokens=request.max_tokens or self.settings.model.max_tokens,
            temperature=request.temperature if request.temperature is not None else self.settings.model.temperature,
            on_piece=on_piece if on_delta else None,
        )
        if restorer is not None:
            tail = restorer.flush()
            if tail:
                on_delta(Delta("text", tail))  # type: ignore[misc]
        return completion

    def _restore(self, text: str, call: dict[str, Any]) -> tuple[str, dict[str, int]]:
        if self._privacy is None:
            return text, {}
        restored = self._privacy.restore(text, self._vault)
        return restored, self._privacy.unexpected(restored, self._vault)

    def _egress_record(self, event: dict[str, Any]) -> None:
        """Egress audit mode: one record per outbound connection the kernel opens."""
        if self._audit is None:
            return
        self._audit.append({
            "time": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
            "outcome": "egress",
            "user": self.settings.user,
            "server.address": event.get("host"),
            "server.port": event.get("port"),
            "network.transport": event.get("transport"),
        })

    # -- audit ---------------------------------------------------------------------------------

    def _audit_ready(self) -> None:
        """Fail closed: make sure a record can be written before anything is sent."""
        if self._audit is not None and self.settings.audit.fail_closed:
            self._audit.check_writable()

    def _audit_call(self, request: Request, call: dict[str, Any], *, outcome: str,
                    error: BaseException | None = None) -> str | None:
        if self._audit is None:
            return None
        record = build_record(self.settings, request, call, outcome=outcome, error=error)
        try:
            return self._audit.append(record)
        except WorkbenchError:
            if self.settings.audit.fail_closed or outcome != "answered":
                raise
            return None


SOURCES_PREAMBLE = (
    "Answer the question from the numbered sources below and cite them like [1]. "
    "If the sources do not hold the answer, say so."
)


def sources_block(hits: list[Any]) -> str:
    """The retrieved chunks, numbered so the answer can cite them."""
    return "\n\n".join(_numbered(n, _where(hit), hit.text) for n, hit in enumerate(hits, 1))


def _where(hit: Any) -> str:
    return hit.source + (f", page {hit.page}" if hit.page else "")


def _numbered(n: int, where: str, text: str) -> str:
    return f"[{n}] ({where})\n{text.strip()}"


def with_sources(block: str, question: str) -> str:
    """The user turn of a RAG call: instructions, the numbered sources, then the question."""
    return f"{SOURCES_PREAMBLE}\n\n{block}\n\nQuestion: {question}"


def _source(n: int, hit: Any) -> dict[str, Any]:
    return {"n": n, "source": hit.source, "page": hit.page, "chunk_id": hit.chunk_id, "score": round(float(hit.score), 4)}


def build_record(settings: Settings, request: Request, call: dict[str, Any], *,
                 outcome: str, error: BaseException | None = None) -> dict[str, Any]:
    """One audit record: OpenTelemetry GenAI names where they exist; never a raw value."""
    ctx = request.context
    endpoint: Endpoint | None = call.get("endpoint")
    completion = call.get("completion")
    host, port = endpoint.address if endpoint else (None, None)
    sent = call.get("sent")
    record: dict[str, Any] = {
        "time": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
        "outcome": outcome,
        "gen_ai.operation.name": call.get("operation", "chat"),
        "gen_ai.provider.name": endpoint.provider if endpoint else None,
        "gen_ai.request.model": request.model or (endpoint.model if endpoint else settings.model.name),
        "gen_ai.response.model": completion.model if completion else None,
        "gen_ai.usage.input_tokens": completion.usage.get("input_tokens") if completion else None,
        "gen_ai.usage.output_tokens": completion.usage.get("output_tokens") if completion else None,
        "gen_ai.response.finish_reasons": [completion.finish_reason] if completion and completion.finish_reason else [],
        "server.address": host,
        "server.port": port,
        "error.type": type(error).__name__ if error else None,
        "user": ctx.user,
        "kernel_session": ctx.kernel_session,
        "notebook_path": ctx.notebook_path,
        "cell_id": ctx.cell_id,
        "execution_count": ctx.execution_count,
        "code_sha256": ctx.code_sha256,
        "script_path": ctx.script_path,
        "script_line": ctx.script_line,
        "run_id": ctx.run_id,
        "entry_point": ctx.entry_point,
        "corpus": request.corpus,
        "chunk_ids": call.get("chunk_ids", []),
        "redaction": call.get("redaction", {}),
        "unexpected_entities": call.get("unexpected", {}),
        "guard": call.get("guard", {}),
        "sent_sha256": _sha256(sent) if sent is not None else None,
        "received_sha256": _sha256(completion.raw) if completion else None,
        "latency_ms": round((time.perf_counter() - call["started"]) * 1000, 2),
    }
    if settings.audit.content == "redacted" and sent is not None:
        record["content"] = sent
    elif settings.audit.content == "encrypted-full":
        record["content_plain"] = request.messages()
    return record


def _sha256(value: Any) -> str:
    data = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()
