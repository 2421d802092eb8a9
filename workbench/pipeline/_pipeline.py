"""The one pipeline every model call goes through.

    policy -> retrieve -> guard -> redact -> send -> restore/render -> audit

Entry points (API, CLI, magics, chat panel, reports, LangChain, the gateway) build a
:class:`Request` and call :meth:`Pipeline.run`; none of them performs a step itself.

The same steps run on either side of the trust boundary:

- embedded (no gateway, the default): every step runs here, in the analyst's process;
- kernel with a gateway (``[gateway] url``): redact and restore/render run here (the vault stays
  in the kernel); policy, retrieval, the injection scan, the upstream key and the audit live in
  the gateway, which runs this same pipeline on its side;
- in the gateway: the caller's identity comes from the gateway's authentication, every step runs,
  and each request brings its own vault (``run(..., vault=)``).

The audit is two-phase: an intent record before anything is sent, and the outcome (answered,
failed, refused, interrupted) in a ``finally`` that sees every exit, ``BaseException`` included.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any, Callable

from ..config import Settings
from ..errors import AccessDenied, Cancelled, InjectionBlocked, NotAvailable, RedactionBlocked, WorkbenchError
from ..models import Endpoint, connect_client
from ._memo import SpanMemo
from ._record import CallState, build_record
from ._sources import SOURCES_PREAMBLE, check_citations, numbered, source_entry, sources_block, where, with_sources
from ._types import Answer, Delta, OnDelta, Request

_INTERRUPTS = (KeyboardInterrupt, GeneratorExit, SystemExit, Cancelled)
_SOURCE_START = re.compile(r"\n\n(?=\[\d+\] \()")  # where the next numbered source begins


class Pipeline:
    """Owns the parts a call needs (client, privacy vault, audit log) for one session."""

    def __init__(self, settings: Settings, *, progress: Any = None, renders: bool = True) -> None:
        """``renders=False`` where answers are passed on rather than shown (the gateway): values
        are restored as plain text and the client's own renderer makes them safe to display."""
        self.settings = settings
        self._progress = progress
        self._renders = renders
        self._lock = threading.Lock()
        self._client: Any = None
        self._privacy: Any = None
        self._vault: Any = None
        self._audit: Any = None
        self._corpora: Any = None
        self._workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="workbench-search")
        self.gateway_url: str | None = _gateway_url(settings)
        from ..guard import Guard  # first: it sets the offline switches before other libraries import

        self._guard_part = Guard(settings)
        self._guard_part.install_egress(on_connection=self._egress_record)
        if settings.privacy.enabled:
            from ..privacy import Privacy

            self._privacy = Privacy(settings.privacy)
            self._privacy.warm()
            self._vault = self._privacy.new_vault()
        self._memo = SpanMemo(self._privacy)  # spans found at a passage's first retrieval (_redact_sources)
        # With a gateway the audit writer is the gateway's: the kernel holds no log and no key.
        if settings.audit.enabled and self.gateway_url is None:
            from ..audit import AuditLog

            self._audit = AuditLog.open(settings)

    # -- parts, built on first use ------------------------------------------------------------

    @property
    def client(self) -> Any:
        """The model server's client (or a pool's, failing over between several), built on first use;
        strict egress then lets this process reach exactly those addresses."""
        with self._lock:
            if self._client is None:
                client = connect_client(self.settings, progress=self._progress)
                pool = getattr(client, "pool", None)
                self._guard_part.install_egress(allow=pool.addresses() if pool else [client.endpoint.address])
                self._client = client
            return self._client

    @property
    def corpora(self) -> Any:
        """The encrypted corpora (opened on first use; the key is unlocked on first need). With a
        gateway they live there (:class:`~workbench.corpus.RemoteCorpora`, the same face): this
        kernel holds no corpus key, and every check is the gateway's."""
        with self._lock:
            if self._corpora is None and self.gateway_url:
                from ..corpus import RemoteCorpora
                from ..models import GatewayAPI
                from ._context import current_context

                def claims() -> dict[str, Any]:  # what a corpus call made outside a Request claims
                    context = current_context(self.settings.user, "api")
                    return self._gateway_body(Request(prompt="", context=context))["workbench"]["claims"]

                self._corpora = RemoteCorpora(GatewayAPI.from_settings(self.settings), claims=claims)
            elif self._corpora is None:
                from ..corpus import Corpora

                self._corpora = Corpora.open(self.settings)
            return self._corpora

    @property
    def endpoint(self) -> Endpoint:
        return self.client.endpoint

    @property
    def audit_log(self) -> Any:
        return self._audit

    @property
    def vault(self) -> Any:
        """This session's vault (None when redaction is off)."""
        return self._vault

    def redact(self, text: str, vault: Any = None) -> Any:
        """What the redact step would send for ``text`` (the chat panel's preview uses this)."""
        if self._privacy is None:
            raise NotAvailable("Redaction is turned off ([privacy] enabled = false).")
        return self._privacy.redact(text, vault or self._vault)

    def refuse(self, request: Request, error: BaseException, operation: str = "chat") -> str | None:
        """Record a call refused before it reached the pipeline's steps (the gateway's model check):
        one "refused" record, nothing sent."""
        return self._audit_outcome(request, CallState(operation=operation), outcome="refused", error=error)

    def forget_passages(self) -> None:
        """Forget what this session found in the passages it retrieved (their spans and injection
        findings): the next ask analyses and scans them again."""
        self._memo.clear()
        self._guard_part.forget()

    def close(self) -> None:
        for part in (self._corpora, getattr(self._client, "pool", None)):  # HTTP clients, health checks
            close = getattr(part, "close", None)
            if close is not None:
                close()
        self._workers.shutdown(wait=False, cancel_futures=True)
        self.forget_passages()
        if self._vault is not None:
            self._vault.clear()
        if self._audit is not None:
            self._audit.close()

    # -- the call --------------------------------------------------------------------------------

    def run(self, request: Request, on_delta: OnDelta | None = None, *, vault: Any = None) -> Answer:
        """One model call: every step, in order, and its audit records whatever the outcome.

        ``vault`` replaces the session vault for this call (the gateway gives each request its own).
        """
        vault = vault if vault is not None else self._vault
        answer: Answer = self._audited(request, "chat", lambda call: self._chat(request, on_delta, call, vault))
        return answer

    def search(self, request: Request) -> list[Any]:
        """Retrieval without generation (the LangChain retriever): policy, retrieve, guard, audit.
        With a gateway, the gateway searches, checks and audits it (``_retrieve``)."""
        hits: list[Any] = self._audited(request, "retrieval", lambda call: self._search(request, call))
        return hits

    def _chat(self, request: Request, on_delta: OnDelta | None, call: CallState, vault: Any) -> Answer:
        # Policy and retrieval (the query's embedding, in ONNX Runtime, which releases the GIL) run
        # in a worker while this thread analyses the prompt: its redaction and its injection scan
        # need nothing retrieved. One thread doing the Python-bound work and one waiting on ONNX
        # overlap; two Python-bound threads would only trade the GIL. The prompt's results are used
        # only once policy, retrieve and guard have passed, in the order of the steps: a denied
        # call raises AccessDenied, not what the prompt's analysis found.
        search = (self._workers.submit(self._find, request, call)
                  if request.corpus is not None and not self.gateway_url else None)
        try:
            # a raw history is redacted first (in _redact), so a name it holds in full is known
            # before the prompt names the person by a part only: one person, one placeholder
            early = self._privacy is not None and (request.history_sent or not request.history)
            prompt_job = _Done.of(self._privacy.redact, request.prompt, vault) if early else None
            scan_job = _Done.of(self._guard_part.scan_prompt, request.prompt) if not self.gateway_url else None
        except BaseException:
            if search is not None:
                search.cancel()
            raise
        chunks = search.result() if search is not None else self._find(request, call)
        chunks = self._guard(request, chunks, call, scan_job)
        messages = self._redact(request, chunks, call, prompt_job, vault)
        completion = self._send(request, messages, on_delta, call, vault)
        text, reasoning = self._restore(completion, call, vault)
        html = call.rendered["text"].html if "text" in call.rendered else ""
        self._guard_part.record_usage(request.context.user, completion.usage.get("input_tokens"),
                                      completion.usage.get("output_tokens"))
        gateway = completion.gateway or {}
        sources = gateway.get("sources", call.sources) if self.gateway_url else call.sources
        return Answer(
            text=text,
            reasoning=reasoning,
            sent=messages,
            model=completion.model,
            entities=dict(call.redaction),
            unexpected_entities=call.unexpected,
            sources=sources,
            usage=completion.usage,
            latency=round(time.perf_counter() - call.started, 4),
            finish_reason=completion.finish_reason,
            guard=gateway.get("guard", call.guard) if self.gateway_url else call.guard,
            context=request.context,
            received=completion.text,
            prompt_sent=call.sent_prompt or "",
            citations=check_citations(completion.text, sources) if sources else {},
            html=html,
            audit_id=gateway.get("audit_id"),
        )

    def _search(self, request: Request, call: CallState, scan_job: Any = None) -> list[Any]:
        return self._guard(request, self._find(request, call), call, scan_job)

    def _find(self, request: Request, call: CallState) -> list[Any]:
        """Policy, then retrieval: the steps before the guard."""
        self._policy(request)
        return self._retrieve(request, call)

    def _audited(self, request: Request, operation: str, body: Callable[[CallState], Any]) -> Any:
        """Run ``body`` and write the outcome, whatever happens: answered, refused, failed or
        interrupted (a Ctrl-C, a closed stream, a raising callback, a Stop button)."""
        call = CallState(operation=operation)
        outcome, error, result = "failed", None, None
        try:
            result = body(call)
            outcome = "answered"
            return result
        except (AccessDenied, RedactionBlocked) as exc:
            outcome, error = "refused", exc
            raise
        except BaseException as exc:
            error = exc
            interrupted = call.caller_left or isinstance(exc, _INTERRUPTS)
            outcome = "interrupted" if interrupted else "failed"
            raise
        finally:
            audit_id = self._audit_outcome(request, call, outcome=outcome, error=error)
            if isinstance(result, Answer) and audit_id is not None:
                result.audit_id = audit_id

    # -- steps -------------------------------------------------------------------------------

    def _policy(self, request: Request) -> None:
        """Access: is this user within their rate limits, and may they read this corpus?
        (With a gateway, the gateway decides: a check in the analyst's own process is advice.)"""
        if self.gateway_url:
            return
        ctx = request.context
        self._guard_part.admit(ctx.user)
        if request.corpus is not None:
            self.corpora.authorize(ctx.user, request.corpus, "read", **_groups(ctx.groups))

    def _retrieve(self, request: Request, call: CallState) -> list[Any]:
        """Search the corpus; only the k hits returned are decrypted. With a gateway the search
        runs there: asked for here by a retrieval, and inside the gateway's own call for a chat
        (the corpus travels with the messages; its sources come back with the answer)."""
        if request.corpus is None or (self.gateway_url and call.operation != "retrieval"):
            return []
        ctx = request.context
        if self.gateway_url:  # the gateway checks the ACL, guards and audits; the claims are the kernel's
            hits = self.corpora.search(request.corpus, request.prompt, k=request.k,
                                       claims=self._gateway_body(request)["workbench"]["claims"])
        else:
            hits = self.corpora.search(request.corpus, request.prompt, k=request.k, user=ctx.user,
                                       **_groups(ctx.groups))
        call.chunk_ids = [hit.chunk_id for hit in hits]
        call.sources = [source_entry(n, hit) for n, hit in enumerate(hits, 1)]
        return hits

    def _guard(self, request: Request, chunks: list[Any], call: CallState, scan_job: Any = None) -> list[Any]:
        """Scan the prompt and every retrieved chunk for injected orders; flag, drop or block."""
        if self.gateway_url:
            return chunks
        found = scan_job.result() if scan_job is not None else None
        verdict = self._guard_part.scan(request.prompt, [hit.text for hit in chunks], prompt_findings=found)
        call.guard = verdict.to_record()
        if verdict.action == "block":
            raise InjectionBlocked(verdict.message())
        if verdict.drop:
            kept = [i for i in range(len(chunks)) if i not in verdict.drop]
            chunks = [chunks[i] for i in kept]
            call.chunk_ids = [call.chunk_ids[i] for i in kept]
            call.sources = [{**call.sources[i], "n": n} for n, i in enumerate(kept, 1)]
        return chunks

    def _redact(self, request: Request, chunks: list[Any], call: CallState, prompt_job: Any,
                vault: Any) -> list[dict[str, str]]:
        """Pseudonymise everything that will be sent: earlier turns, the retrieved sources and the
        prompt, with the vault. The sources go into the question itself (R1 and Gemma chat
        templates drop system turns)."""
        messages = request.messages()
        if self._privacy is None:
            call.sent_prompt = request.prompt
            call.chunk_texts = [hit.text for hit in chunks]
            if chunks:
                messages[-1] = {"role": "user", "content": self._with_sources(sources_block(chunks), request.prompt)}
                call.marked = self._marks_words()
            call.sent = messages
            return messages
        if request.history_sent:  # a Conversation's turns: already as sent, with this vault
            system, counts = self._privacy.redact_messages(messages[:1] if request.system else [], vault)
            earlier = system + list(request.history)
        else:
            earlier, counts = self._privacy.redact_messages(messages[:-1], vault)
        prompt = prompt_job.result() if prompt_job is not None else self._privacy.redact(request.prompt, vault)
        parts = [prompt]
        content = prompt.text
        if chunks:
            block, found, texts = self._redact_sources(chunks, vault)
            parts.extend(found)
            call.chunk_texts = texts
            content = self._with_sources(block, prompt.text)
            call.marked = self._marks_words()
        for part in parts:
            for kind, n in part.counts.items():
                counts[kind] = counts.get(kind, 0) + n
        messages = earlier + [{"role": "user", "content": content}]
        call.redaction = counts
        call.sent_prompt = prompt.text
        call.sent = messages
        return messages

    def _marks_words(self) -> bool:
        """Whether the sources go out datamarked (the model may copy marks into its answer)."""
        return self.settings.guard.datamark and self.settings.guard.spotlight == "datamark"

    def _with_sources(self, block: str, question: str) -> str:
        """The sources are marked as data (spotlighting), and the model is told so, unless
        ``[guard] datamark = false``: a passage's injected order then reads as quoted data."""
        if not self.settings.guard.datamark:
            return with_sources(block, question)
        from ..guard import DATA_NOTICE, boundary_tag, datamark, delimit, delimit_notice

        if self.settings.guard.spotlight == "delimit":
            tag = boundary_tag()
            marked = "\n\n".join(_mark_source(part, lambda body: delimit(body, tag))
                                   for part in _SOURCE_START.split(block))
            return with_sources(marked, question, preamble=f"{SOURCES_PREAMBLE} {delimit_notice(tag)}")
        marked = "\n\n".join(_mark_source(part, datamark) for part in _SOURCE_START.split(block))
        return with_sources(marked, question, preamble=f"{SOURCES_PREAMBLE} {DATA_NOTICE}")

    def _redact_sources(self, chunks: list[Any], vault: Any = None) -> tuple[str, list[Any], list[str]]:
        """The numbered sources, redacted, with what was found and each chunk's text (for keyed
        hashes in the audit).

        Each label and passage is redacted from its spans: those found at ingestion (``[corpus]
        find_entities``) when the recognizers and settings in force found them (``Hit.entities_for``:
        spans from privacy turned off, an older recognizer set or another policy are not used),
        else those this session's analyser found at the text's first retrieval (:class:`SpanMemo`).
        Texts with neither are analysed now, together in one analyser pass, and remembered. The
        vault's known values are applied at every call, whatever found the spans."""
        vault = vault if vault is not None else self._vault
        privacy = self._privacy
        texts = [hit.text for hit in chunks]
        labels = [where(hit) for hit in chunks]
        spans: list[list[dict[str, Any]] | None] = [self._memo.get(privacy, label) for label in labels]
        for hit in chunks:
            stored = hit.entities_for(privacy) if hasattr(hit, "entities_for") else None
            spans.append(stored if stored is not None else self._memo.get(privacy, hit.text))
        regions = labels + texts
        missing = [i for i, s in enumerate(spans) if s is None]
        if missing:
            for i, found in zip(missing, self._privacy.analyze_many([regions[i] for i in missing])):
                spans[i] = found
                self._memo.put(privacy, regions[i], found)
        red = [privacy.redact_found(text, s or [], vault) for text, s in zip(regions, spans)]
        n = len(chunks)
        block = "\n\n".join(numbered(i, red[i - 1].text, red[n + i - 1].text) for i in range(1, n + 1))
        return block, red, texts

    def _send(self, request: Request, messages: list[dict[str, str]], on_delta: OnDelta | None,
              call: CallState, vault: Any) -> Any:
        self._audit_ready()
        client = self.client
        call.endpoint = client.endpoint
        # Streams are rendered as they arrive by the one renderer: placeholders restored in prose
        # only, never inside a URL; remote links and images neutralised.
        from ..guard import Unmarker

        renderers = {kind: self._renderer(vault, stream=True) for kind in ("text", "reasoning")} if on_delta else {}
        unmarkers = {kind: Unmarker() for kind in renderers} if call.marked else {}

        def on_piece(kind: str, piece: str) -> None:
            call.pieces += 1
            if unmarkers:
                piece = unmarkers[kind].feed(piece)
            piece = renderers[kind].feed(piece)
            if not piece:
                return
            try:
                on_delta(Delta(kind, piece))  # type: ignore[misc, arg-type]
            except BaseException:
                call.caller_left = True  # the caller's callback raised: it has gone away
                raise

        call.intent_id = self._audit_intent(request, call)
        completion = client.complete(
            messages,
            model=request.model,
            max_tokens=request.max_tokens or self.settings.model.max_tokens,
            temperature=request.temperature if request.temperature is not None else self.settings.model.temperature,
            on_piece=on_piece if on_delta else None,
            cancel=request.cancel,
            extra_body=self._gateway_body(request, call) if self.gateway_url else None,
        )
        call.completion = completion
        call.endpoint = client.endpoint  # a pool's: the server that answered
        call.gateway = completion.gateway
        for kind, renderer in renderers.items():
            rendered = renderer.finish()
            call.rendered[kind] = rendered
            if rendered.replaced:  # what was streamed must give way to the safe whole
                on_delta(Delta("replace" if kind == "text" else "reasoning", rendered.text))  # type: ignore[misc]
            elif rendered.tail:
                on_delta(Delta(kind, rendered.tail))  # type: ignore[misc, arg-type]
        return completion

    def _renderer(self, vault: Any, *, stream: bool = False) -> Any:
        from ..guard import scan_answer
        from ..render import StreamRenderer, render_answer

        lookup = vault.lookup if (vault is not None and self._privacy is not None) else None
        hosts = self.settings.guard.allow_hosts
        if not self._renders:
            return _PlainRestore(self._privacy, vault, scan_answer) if stream else (
                lambda raw: _PlainRestore(self._privacy, vault, scan_answer).whole(raw))
        if stream:
            return StreamRenderer(lookup, allow_hosts=hosts, scan=scan_answer)
        return lambda raw: render_answer(raw, lookup, allow_hosts=hosts, scan=scan_answer)

    def _restore(self, completion: Any, call: CallState, vault: Any) -> tuple[str, str | None]:
        """Real values back into the answer and the model's reasoning, locally, through the one
        renderer; what it found (a placeholder in a URL, a remote image) goes to the audit."""
        from ..guard import Unmarker

        base = self._renderer(vault)
        render = (lambda raw: base(Unmarker().feed(raw))) if call.marked else base
        text = call.rendered["text"] if "text" in call.rendered else render(completion.text)
        call.rendered["text"] = text
        reasoning = None
        if completion.reasoning:
            reasoning = (call.rendered["reasoning"] if "reasoning" in call.rendered else render(completion.reasoning)).text
        call.answer_findings = [f for f in text.findings if f.get("kind") != "restored"]
        if self._privacy is not None:
            call.unexpected = self._privacy.unexpected(text.text, vault)
        return text.text, reasoning

    # -- the gateway, seen from the kernel ----------------------------------------------------

    def _gateway_body(self, request: Request, call: CallState | None = None) -> dict[str, Any]:
        """What travels to the gateway beside the messages: the corpus to search and the
        client's claims about itself (recorded as claims; identity is the gateway's to decide),
        including what this kernel pseudonymised (entity types and counts, never values)."""
        ctx = request.context
        claims = {"user": ctx.user, "entry_point": ctx.entry_point, "kernel_session": ctx.kernel_session,
                  "notebook_path": ctx.notebook_path, "cell_id": ctx.cell_id,
                  "execution_count": ctx.execution_count, "code_sha256": ctx.code_sha256,
                  "script_path": ctx.script_path, "script_line": ctx.script_line, "run_id": ctx.run_id,
                  "redaction": (dict(call.redaction) or None) if call is not None else None}
        return {"workbench": {"claims": {k: v for k, v in claims.items() if v is not None},
                              "corpus": request.corpus, "k": request.k,
                              "conversation_id": ctx.conversation_id}}

    # -- audit ---------------------------------------------------------------------------------

    def _egress_record(self, event: dict[str, Any]) -> None:
        """The egress guard's events: each outbound connection (audit mode), each destination
        allowed after install, and every attempt to loosen the guard from inside the process."""
        if self._audit is None:
            return
        kind = event.get("event", "connect")
        record = {
            "time": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
            "outcome": {"tamper": "egress_tamper", "allow": "egress_allow"}.get(kind, "egress"),
            "user": self.settings.user,
            "server.address": event.get("host"),
            "server.port": event.get("port"),
            "network.transport": event.get("transport"),
        }
        if kind == "tamper":
            record["attempt"] = str(event.get("attempt", ""))[:300]
        self._audit.append(record)

    def _audit_ready(self) -> None:
        """Fail closed: make sure a record can be written before anything is sent."""
        if self._audit is not None and self.settings.audit.fail_closed:
            self._audit.check_writable()

    def _record(self, request: Request, call: CallState, outcome: str,
                error: BaseException | None = None) -> dict[str, Any]:
        keyed = getattr(self._audit, "keyed_hash", None)
        return build_record(self.settings, request, call, outcome=outcome, error=error, keyed=keyed)

    def _audit_intent(self, request: Request, call: CallState) -> str | None:
        """Phase one: the intent, written before anything is sent (no record, no call)."""
        if self._audit is None:
            return None
        return self._audit.begin(self._record(request, call, "started"))

    def _audit_outcome(self, request: Request, call: CallState, *, outcome: str,
                       error: BaseException | None = None) -> str | None:
        """Phase two: the outcome, for every call, sent or refused before sending."""
        if self._audit is None:
            return (call.gateway or {}).get("audit_id")
        record = self._record(request, call, outcome, error)
        try:
            if call.intent_id is not None:
                return self._audit.finish(call.intent_id, record)
            return self._audit.append(record)
        except WorkbenchError:
            if self.settings.audit.fail_closed and outcome == "answered":
                raise  # the answer is withheld: a call that cannot be recorded did not happen
            return None


class _Done:
    """A step run now, on this thread, read later like a future: ``result()`` returns its value or
    raises its error then, so the steps' order decides which failure the caller sees."""

    def __init__(self, value: Any = None, error: Exception | None = None) -> None:
        self._value, self._error = value, error

    @classmethod
    def of(cls, fn: Callable[..., Any], *args: Any) -> _Done:
        try:
            return cls(fn(*args))
        except Exception as exc:  # kept for result(); KeyboardInterrupt and the like go up at once
            return cls(error=exc)

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


class _PlainRestore:
    """Restore without rendering (the gateway passes answers on; the client renders them), with the
    renderer's interface: ``feed``/``finish`` for streams, ``whole`` for a complete answer."""

    def __init__(self, privacy: Any, vault: Any, scan: Any) -> None:
        self._privacy, self._vault, self._scan = privacy, vault, scan
        self._restorer = privacy.restorer(vault) if privacy is not None and vault is not None else None
        self._raw: list[str] = []

    def _restore(self, text: str) -> str:
        return self._privacy.restore(text, self._vault) if self._restorer is not None else text

    def feed(self, piece: str) -> str:
        self._raw.append(piece)
        return self._restorer.feed(piece) if self._restorer is not None else piece

    def finish(self) -> Any:
        tail = self._restorer.flush() if self._restorer is not None else ""
        return dataclasses.replace(self.whole("".join(self._raw)), tail=tail)

    def whole(self, raw: str) -> Any:
        from ..render import Rendered

        findings = [f for f in (self._scan(raw) if self._scan else []) if isinstance(f, dict)]
        return Rendered(text=self._restore(raw), html="", findings=findings)


def _mark_source(part: str, datamark: Callable[[str], str]) -> str:
    """One numbered source, ``[n] (label)`` kept as it is, its passage datamarked."""
    head, _, body = part.partition("\n")
    return f"{head}\n{datamark(body)}" if body else part


def _groups(groups: tuple[str, ...]) -> dict[str, Any]:
    """Hub groups for the corpus ACL, passed only when there are some."""
    return {"groups": groups} if groups else {}


def _gateway_url(settings: Settings) -> str | None:
    gateway = getattr(settings, "gateway", None)
    url = getattr(gateway, "url", None)
    return url.rstrip("/") if url else None
