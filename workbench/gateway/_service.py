"""The gateway's one service object: its settings, its pipeline, its identity check.

Runs on the trusted side of the boundary, as the gateway's own Unix user, with its own
WORKBENCH_HOME (0700). It alone holds the upstream key, the audit log and its signing key, the
corpus master key and the rate-limit state. Every model call goes through the one
:class:`~workbench.pipeline.Pipeline` (policy, retrieve, guard, redact, send, restore, audit):
nothing here performs a step itself. The handlers (``_app``) only translate HTTP.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import os
import stat
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from ..config import Settings, ensure_private_dir, load_settings
from ..errors import AccessDenied, ConfigError, InvalidRequest, ModelError, UnknownModel
from ._auth import Identity, authenticator
from ._refusals import RefusalLog
from ._revocations import Revocations
from ._tokens import check_user, open_tokens
from ._wire import ChatCall

MASTER_KEY_FILE = "corpus-master.key"


def read_key_file(path: str | os.PathLike[str]) -> str:
    """The upstream key: the file's first line. Refused when others may read it."""
    p = Path(path).expanduser()
    try:
        st = p.stat()
        key = p.read_text().strip()
    except OSError as exc:
        raise ConfigError(f"The upstream key file {p} cannot be read ({exc.strerror}); check the path and that "
                          "it belongs to the gateway's user.") from None
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"The upstream key file {p} is readable by others; run `chmod 600 {p}` (only the "
                          "gateway's user may hold the upstream key).")
    if not key:
        raise ConfigError(f"The upstream key file {p} is empty; write the model server's API key into it.")
    return key


def gateway_settings(upstream: str | None = None, upstream_key_file: str | None = None, auth: str | None = None,
                     env: Any = None, *, audit_url: str | None = None, witness: str | None = None) -> Settings:
    """The gateway's own settings: WORKBENCH_HOME (made 0700), the upstream and its key, strict egress
    (only the upstream, and the Hub API in hub mode), a corpus master key file in its home."""
    env = dict(os.environ if env is None else env)
    for var in ("WORKBENCH_GATEWAY_URL", "WORKBENCH_USER"):  # a gateway is never a client of itself
        env.pop(var, None)
    settings = load_settings(env=env)
    gw = settings.gateway
    gw.upstream = upstream or gw.upstream or settings.model.url
    gw.upstream_key_file = upstream_key_file or gw.upstream_key_file
    gw.auth = auth or gw.auth
    # replicas share one chain in PostgreSQL: --audit-url, else [gateway] audit_url, else [audit] url
    settings.audit.url = audit_url or gw.audit_url or settings.audit.url
    settings.audit.witness = witness or gw.witness or settings.audit.witness
    if gw.auth not in ("tokens", "hub"):
        raise ConfigError(f"--auth {gw.auth!r}: choose tokens or hub.")
    if not gw.upstream:
        raise ConfigError("The gateway needs --upstream URL (the model server's OpenAI base URL, e.g. "
                          "http://127.0.0.1:8000/v1) or [gateway] upstream in its workbench.toml.")
    ensure_private_dir(settings.home)
    settings.gateway.url = None
    settings.model.url = gw.upstream
    if gw.upstream_key_file:
        settings.model.api_key = read_key_file(gw.upstream_key_file)
    settings.egress = "strict"
    hosts = list(settings.guard.allow_hosts)
    hub_api = env.get("JUPYTERHUB_API_URL")
    if gw.auth == "hub" and hub_api:
        parts = urlsplit(hub_api)
        hosts.append(f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}")
    for url in (getattr(settings.audit, "url", None),):  # a shared audit store (PostgreSQL)
        parts = urlsplit(url) if url else None
        if parts is not None and parts.hostname:
            hosts.append(f"{parts.hostname}:{parts.port or 5432}")
    settings.guard.allow_hosts = hosts
    if not settings.passphrase and not settings.corpus.key_file:
        key_file = settings.keys_dir / MASTER_KEY_FILE
        if not key_file.exists():
            from ..corpus import create_key_file

            ensure_private_dir(settings.keys_dir)
            create_key_file(key_file)
        settings.corpus.key_file = str(key_file)
    return settings


class GatewayService:
    """Owns one pipeline for the gateway process and runs each request in a worker thread."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tokens = open_tokens(settings)  # PostgreSQL when [audit] url names one, else tokens.json
        self.auth = authenticator(settings.gateway.auth, self.tokens, settings.gateway.hub_cache)
        self.executor = ThreadPoolExecutor(max_workers=max(1, settings.gateway.workers),
                                           thread_name_prefix="gateway-call")
        self.ready = threading.Event()
        self.failure: str | None = None
        self.waiting: str | None = None  # why not ready yet: the upstream does not answer
        self._stopping = threading.Event()
        self.pipeline: Any = None
        self._models: list[str] | None = None
        self._served: list[str] = []
        self._vault_lock = threading.Lock()
        self._own_vault = False
        self.refusals: RefusalLog | None = None  # refused credentials, audited (set by start)

    # -- start-up ----------------------------------------------------------------------------

    def start(self) -> None:
        """Build the pipeline (loads the analyzer, opens the audit log); ``ready`` when done."""
        try:
            from ..pipeline import Pipeline

            self.pipeline = Pipeline(self.settings, renders=False)  # the client renders
            self._own_vault = "vault" in inspect.signature(self.pipeline.run).parameters
            if self.settings.privacy.enabled:
                self.pipeline.redact("Ready check.")  # the analyzer is built now, not on the first call
            self._watch_credentials(self.pipeline.audit_log)
        except Exception as exc:  # reported by /health and the serve command
            self.failure = f"{type(exc).__name__}: {exc}"
            raise
        while not self.ready.is_set():  # an upstream still loading its model (vLLM: minutes) is waited for
            try:
                self.models()
            except ModelError as exc:
                self.waiting = type(exc).__name__
                if self._stopping.wait(2.0):
                    return
                continue
            self.waiting = None
            self.ready.set()

    def _watch_credentials(self, audit: Any) -> None:
        """Refused credentials go to the audit log, and its token revocations are checked at
        every token check (a restored token store revives none): see ``_refusals``, ``_revocations``."""
        if audit is None:
            return
        self.refusals = RefusalLog.from_settings(audit, self.settings)
        if hasattr(self.tokens, "revocations"):
            self.tokens.revocations = Revocations(audit).load()

    def flush_refusals(self, everything: bool = False) -> None:
        """Write the summaries of refusal windows that are over (a timer calls it; close, all)."""
        if self.refusals is not None:
            self.refusals.write(self.refusals.flush(everything))

    def upstreams(self) -> dict[str, Any] | None:
        """With several upstreams: which answer, and their load (no secrets); None with one."""
        pool = getattr(getattr(self.pipeline, "_client", None), "pool", None)
        return pool.status() if pool is not None else None

    def close(self) -> None:
        self._stopping.set()
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.pipeline is not None:
            self.flush_refusals(everything=True)
            self.pipeline.close()

    # -- the calls ---------------------------------------------------------------------------

    def models(self) -> list[str]:
        """The upstream's models that analysts may ask for (``[gateway] models``; empty = all)."""
        if self._models is None:
            self._served = self.pipeline.client.models()
            allowed = self.settings.gateway.models
            self._models = [m for m in self._served if not allowed or m in allowed]
        return self._models

    def request(self, who: Identity, call: ChatCall) -> Any:
        """The pipeline's request for ``call``. A model the upstream does not serve (404) or that
        ``[gateway] models`` withholds (403) is refused here, before any step runs, and audited
        ``refused`` by the pipeline's own outcome writer (nothing was sent)."""
        from ..pipeline import Request

        request = self._build(Request, prompt=call.prompt, history=call.history, system=call.system,
                              corpus=call.corpus, k=call.k, model=call.model, max_tokens=call.max_tokens,
                              temperature=call.temperature,
                              context=self.context(who, call.claims, call.conversation_id), cancel=threading.Event())
        offered = self.models()
        if call.model is not None and call.model not in offered:
            refusal: Exception
            if call.model not in self._served:
                refusal = UnknownModel(f"The gateway's model server does not serve {call.model!r}; ask for one "
                                       f"of: {', '.join(offered) or 'none'} (GET /v1/models).")
            else:
                refusal = AccessDenied(f"Model {call.model!r} is not offered to {who.user!r} by this gateway; "
                                       f"ask for one of: {', '.join(offered) or 'none'}.")
            self._audit_refusal(request, refusal)
            raise refusal
        return request

    def _audit_refusal(self, request: Any, refusal: Exception) -> None:
        """A refusal before the pipeline ran (a model not offered), recorded by the pipeline's own
        record builder and writer, so it reads like one from its policy step."""
        self.pipeline.refuse(request, refusal)

    def context(self, who: Identity, claims: dict[str, Any], conversation_id: str | None = None) -> Any:
        """The audited context: the authenticated user; the client's claims recorded as claims,
        and its cell, notebook and code hash as the call's place (what JupyterLab reported)."""
        from ..pipeline import CellContext

        def claim(key: str, kind: type = str) -> Any:
            value = claims.get(key)
            return kind(value) if isinstance(value, (str, int)) and str(value).strip() else None

        try:
            count = claim("execution_count", int)
            line = claim("script_line", int)
        except ValueError:
            raise InvalidRequest("workbench.claims execution_count and script_line must be integers.") from None
        return self._build(CellContext, user=who.user, entry_point="gateway", groups=who.groups,
                           claims=dict(claims), conversation_id=conversation_id, cell_id=claim("cell_id"),
                           notebook_path=claim("notebook_path"), code_sha256=claim("code_sha256"),
                           kernel_session=claim("kernel_session"), execution_count=count,
                           script_path=claim("script_path"), script_line=line, run_id=claim("run_id"))

    @staticmethod
    def _build(cls: Any, **values: Any) -> Any:
        # Fields the pipeline does not have yet (groups, claims, cancel) are left out.
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def run(self, request: Any, on_delta: Callable[[Any], None] | None = None) -> Any:
        """One call through the pipeline, with a fresh session vault: one analyst's values are never
        another's placeholders."""
        from ..privacy import SessionVault

        if self._own_vault:
            return self.pipeline.run(request, on_delta=on_delta, vault=SessionVault())
        with self._vault_lock:  # a pipeline without run(vault=...): one call at a time, own vault
            saved, self.pipeline._vault = self.pipeline._vault, SessionVault()
            try:
                return self.pipeline.run(request, on_delta=on_delta)
            finally:
                self.pipeline._vault.clear()
                self.pipeline._vault = saved

    # -- corpora -----------------------------------------------------------------------------

    def search(self, who: Identity, name: str, query: str, k: int, claims: dict[str, Any]) -> list[dict[str, Any]]:
        """Policy, retrieve (only the k hits decrypted) and guard, audited as a retrieval."""
        from ..pipeline import Request

        request = self._build(Request, prompt=query, corpus=name, k=k, context=self.context(who, claims))
        hits = self.pipeline.search(request)
        return [{"n": n, "source": h.source, "page": h.page, "chunk_id": h.chunk_id,
                 "score": round(float(h.score), 4), "text": h.text} for n, h in enumerate(hits, 1)]

    def add(self, who: Identity, name: str, documents: list[dict[str, str]]) -> dict[str, Any]:
        """Add texts (never paths: the gateway reads no file on a client's behalf)."""
        items = [{"source": d["source"], "text": d["text"]} for d in documents]
        report = self.pipeline.corpora.get(name).add(items, progress=False, user=who.user)
        return {"corpus": name, "documents": report.documents, "chunks_added": report.chunks_added,
                "errors": [str(e) for e in report.errors]}

    def grant(self, who: Identity, name: str, to: str, right: str, revoke: bool = False) -> dict[str, Any]:
        """Grant (or revoke) ``right`` on ``name`` to a user or ``group:NAME``; needs admin."""
        target = to[len("group:"):] if to.startswith("group:") else to
        check_user(target)
        corpus = self.pipeline.corpora.get(name, create=False)
        if revoke:
            return {"corpus": name, "revoked": corpus.revoke(to, by=who.user, groups=who.groups), "to": to}
        corpus.grant(to, right, by=who.user, groups=who.groups)
        return {"corpus": name, "granted": right, "to": to}

    def corpora(self, who: Identity) -> list[dict[str, Any]]:
        return self.pipeline.corpora.list(who.user, groups=who.groups)

    # -- audit -------------------------------------------------------------------------------

    def audit(self, who: Identity, *, limit: int = 50, cell: str | None = None,
              notebook: str | None = None) -> list[dict[str, Any]]:
        """The caller's own records (the authenticated user's), most recent ``limit``."""
        log = self.pipeline.audit_log
        if log is None:
            return []
        records = log.records(user=who.user, cell=cell, notebook=notebook, limit=limit)
        return [{k: v for k, v in r.items() if k != "content_plain"} for r in records]

    def describe(self, host: str, port: int) -> dict[str, Any]:
        return {"pid": os.getpid(), "host": host, "port": port, "url": f"http://{host}:{port}",
                "auth": self.settings.gateway.auth, "upstream": self.settings.model.url,
                "home": str(self.settings.home)}

    def write_state(self, host: str, port: int) -> Path:
        run = ensure_private_dir(self.settings.run_dir)
        path = run / "gateway.json"
        path.write_text(json.dumps(self.describe(host, port), indent=1))
        return path
