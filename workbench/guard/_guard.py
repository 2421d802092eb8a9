"""The Guard: one object the pipeline holds for egress, injection scanning and rate limits."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import ConfigError
from . import _classifier, _egress
from ._injection import Finding, scan_text
from ._ratelimit import open_limiter

Action = Literal["allow", "flag", "drop", "block"]
POLICIES = ("flag", "drop", "block")


@dataclass
class Verdict:
    """What the injection scan decided for one call.

    ``action``: "allow" (nothing found), "flag" (found, call goes on, noted on the Answer and in
    the audit), "drop" (the chunks in ``drop`` are removed; the call goes on), "block" (the
    pipeline raises InjectionBlocked). ``findings``: (where, rule, score), where is "prompt" or
    a chunk index. ``sources``: per scanned source that scored at least the threshold, its
    score and the action taken for it. ``policy``: the policy in force for each kind of source.
    Never holds any of the scanned text.
    """

    action: Action = "allow"
    findings: list[Finding] = field(default_factory=list)
    drop: set[int] = field(default_factory=set)
    seconds: float = 0.0
    sources: list[dict[str, Any]] = field(default_factory=list)
    policy: dict[str, Any] = field(default_factory=dict)

    @property
    def score(self) -> float:
        return max((f.score for f in self.findings), default=0.0)

    def to_record(self) -> dict[str, Any]:
        """For the audit record and Answer: rules, scores, per-source actions, no text."""
        return {
            "action": self.action,
            "score": self.score,
            "findings": [{"where": f.where, "rule": f.rule, "score": f.score} for f in self.findings],
            "dropped": sorted(self.drop),
            "sources": [dict(s) for s in self.sources],
            "policy": dict(self.policy),
        }

    def message(self) -> str:
        """One line for InjectionBlocked: where and which rules, never the text."""
        blocked = [s["where"] for s in self.sources if s.get("action") == "block"] or [f.where for f in self.findings]
        places = sorted({("the prompt" if w == "prompt" else f"retrieved chunk {w}") for w in blocked})
        rules = sorted({f.rule for f in self.findings if f.where in blocked})
        return (f"Possible prompt injection in {', '.join(places)} (rules: {', '.join(rules)}; score "
                f"{self.score:.2f}); nothing was sent. Rephrase the request, remove the document from "
                "the corpus, or set [guard] injection / chunk_injection = \"flag\" to let such calls through "
                "with a note.")


_STRENGTH = {"allow": 0, "flag": 1, "drop": 2, "block": 3}


class Guard:
    """Egress control, prompt-injection scanning and rate limits for one user's session."""

    def __init__(self, settings: Settings, *, clock: Callable[[], float] | None = None) -> None:
        gs = settings.guard
        if gs.injection not in POLICIES:
            raise ConfigError(f"guard.injection is {gs.injection!r}; choose one of {', '.join(POLICIES)}.")
        if gs.chunk_injection not in POLICIES:
            raise ConfigError(f"guard.chunk_injection is {gs.chunk_injection!r}; choose one of {', '.join(POLICIES)}.")
        if not 0 < gs.injection_threshold <= 1:
            raise ConfigError("guard.injection_threshold must be in (0, 1].")
        if not 0 < gs.injection_high <= 1:
            raise ConfigError("guard.injection_high must be in (0, 1].")
        for entry in gs.allow_hosts:
            try:
                _egress.parse_entry(entry)
            except ValueError:
                raise ConfigError(f"guard.allow_hosts entry {entry!r} is not \"host\" or \"host:port\".") from None
        self.settings = settings
        # shared by every gateway replica when [audit] url names a PostgreSQL database, else a file
        self.limiter = open_limiter(settings, clock=clock)
        if settings.egress != "off":
            _egress.set_offline_env()
        # a retrieved passage's findings, by its text's digest: a passage retrieved again is not scanned again
        self._chunk_memo: OrderedDict[tuple[Any, ...], tuple[Any, tuple[tuple[str, float], ...]]] = OrderedDict()
        self._memo_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<Guard egress={self.settings.egress!r} injection={self.settings.guard.injection!r}>"

    # -- egress ------------------------------------------------------------------------------

    def install_egress(self, allow: Iterable[Any] = (), on_connection: Callable[[dict[str, Any]], None] | None = None) -> str:
        """Install the process's egress hook in the configured mode; returns the mode in force.

        ``allow``: (host, port) pairs such as the model server's; ``[guard] allow_hosts`` and the
        host of ``WORKBENCH_MODEL_URL`` are added, and so is the managed server's port whenever it
        starts (so the hook can be installed before the first call). Idempotent: later calls add
        to the allow-list.
        """
        entries = list(allow) + list(self.settings.guard.allow_hosts)
        gateway = getattr(self.settings, "gateway", None)
        # the model server(s), or the gateway replicas a kernel talks to (one URL or several)
        for value in (self.settings.model.url, getattr(gateway, "url", None)):
            for url in (value or "").replace(",", " ").split():
                parts = urlsplit(url)
                if parts.hostname:
                    entries.append((parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)))
        return _egress.install(self.settings.egress, entries, on_connection,
                               managed_state=str(self.settings.run_dir / "server.json"))

    @staticmethod
    def allow(*entries: Any) -> None:
        """Allow more destinations in this process (e.g. a model server started later)."""
        _egress.allow(*entries)

    # -- prompt injection --------------------------------------------------------------------

    def scan_prompt(self, prompt: str) -> list[Finding]:
        """The prompt's findings alone (the pipeline runs this beside the search, then hands them to
        :meth:`scan` with the chunks, so the prompt is scanned once)."""
        return scan_text("prompt", prompt or "", self.settings.guard.injection_threshold)

    def scan(self, prompt: str, chunks: Iterable[str] = (), *, prompt_findings: list[Finding] | None = None) -> Verdict:
        """Scan the user's prompt and each retrieved chunk; apply the per-source policy.

        A source scoring at least ``injection_threshold`` is flagged; from ``injection_high`` on,
        its policy applies: ``[guard] injection`` for the prompt (flag | block; a prompt cannot be
        dropped, so "drop" flags it) and ``[guard] chunk_injection`` for a chunk (flag | drop |
        block). The verdict's action is the strongest taken for any source.
        """
        started = time.perf_counter()
        gs = self.settings.guard
        threshold, high = gs.injection_threshold, max(gs.injection_high, gs.injection_threshold)
        prompt_policy = "flag" if gs.injection == "drop" else gs.injection
        verdict = Verdict(policy={"prompt": prompt_policy, "chunk": gs.chunk_injection,
                                  "threshold": threshold, "high": high})
        scanned: list[tuple[Any, str, str]] = [("prompt", prompt or "", prompt_policy)]
        scanned += [(i, chunk or "", gs.chunk_injection) for i, chunk in enumerate(chunks)]
        action = "allow"
        for where, text, policy in scanned:
            if where == "prompt":
                hits = prompt_findings if prompt_findings is not None else scan_text(where, text, threshold)
            else:
                hits = self._chunk_findings(where, text, threshold)
            if not hits:
                continue
            score = hits[0].score
            taken = policy if score >= high else "flag"
            if taken == "drop":
                verdict.drop.add(where)
            verdict.findings.extend(hits)
            verdict.sources.append({"where": where, "score": score, "action": taken})
            action = max(action, taken, key=_STRENGTH.__getitem__)
        verdict.action = action
        verdict.seconds = round(time.perf_counter() - started, 6)
        return verdict

    def _chunk_findings(self, where: Any, text: str, threshold: float) -> list[Finding]:
        """``scan_text`` for a retrieved chunk, remembered per text for the session's last 4096: its
        findings depend on the text, the threshold and the classifier's weights, all checked."""
        model = _classifier.load()
        key = (threshold, len(text), hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest())
        with self._memo_lock:
            cached = self._chunk_memo.get(key)
            if cached is not None and cached[0] is model:
                self._chunk_memo.move_to_end(key)
                return [Finding(where, rule, score) for rule, score in cached[1]]
        hits = scan_text(where, text, threshold)
        with self._memo_lock:
            self._chunk_memo[key] = (model, tuple((f.rule, f.score) for f in hits))
            while len(self._chunk_memo) > 4096:
                self._chunk_memo.popitem(last=False)
        return hits

    def forget(self) -> None:
        """Forget the findings kept for chunks already scanned (the next scan reads them again)."""
        with self._memo_lock:
            self._chunk_memo.clear()

    # -- rate limits -------------------------------------------------------------------------

    def admit(self, user: str) -> None:
        """Before a call: take one call from the user's buckets, or raise RateLimited."""
        self.limiter.admit(user)

    def record_usage(self, user: str, input_tokens: int | None, output_tokens: int | None) -> None:
        """After a call: take its tokens from the user's token buckets."""
        self.limiter.record_usage(user, input_tokens, output_tokens)
