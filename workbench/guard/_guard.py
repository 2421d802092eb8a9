"""The Guard: one object the pipeline holds for egress, injection scanning and rate limits."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal
from urllib.parse import urlsplit

from ..config import Settings
from ..errors import ConfigError
from . import _egress
from ._injection import Finding, scan_text
from ._ratelimit import RateLimiter, limits_from

Action = Literal["allow", "flag", "drop", "block"]
POLICIES = ("flag", "drop", "block")


@dataclass
class Verdict:
    """What the injection scan decided for one call.

    ``action``: "allow" (nothing found), "flag" (found, call goes on, noted on the Answer and in
    the audit), "drop" (the chunks in ``drop`` are removed; the call goes on), "block" (the
    pipeline raises InjectionBlocked). ``findings``: (where, rule, score), where is "prompt" or
    a chunk index. Never holds any of the scanned text.
    """

    action: Action = "allow"
    findings: list[Finding] = field(default_factory=list)
    drop: set[int] = field(default_factory=set)
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return max((f.score for f in self.findings), default=0.0)

    def to_record(self) -> dict[str, Any]:
        """For the audit record and Answer: rules and scores, no text."""
        return {
            "action": self.action,
            "score": self.score,
            "findings": [{"where": f.where, "rule": f.rule, "score": f.score} for f in self.findings],
            "dropped": sorted(self.drop),
        }

    def message(self) -> str:
        """One line for InjectionBlocked: where and which rules, never the text."""
        places = sorted({("the prompt" if f.where == "prompt" else f"retrieved chunk {f.where}") for f in self.findings})
        rules = sorted({f.rule for f in self.findings})
        return (f"Possible prompt injection in {', '.join(places)} (rules: {', '.join(rules)}; score "
                f"{self.score:.2f}); nothing was sent. Rephrase the request, remove the document from "
                "the corpus, or set [guard] injection = \"flag\" to let such calls through with a note.")


class Guard:
    """Egress control, prompt-injection scanning and rate limits for one user's session."""

    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.time) -> None:
        gs = settings.guard
        if gs.injection not in POLICIES:
            raise ConfigError(f"guard.injection is {gs.injection!r}; choose one of {', '.join(POLICIES)}.")
        if not 0 < gs.injection_threshold <= 1:
            raise ConfigError("guard.injection_threshold must be in (0, 1].")
        for entry in gs.allow_hosts:
            try:
                _egress.parse_entry(entry)
            except ValueError:
                raise ConfigError(f"guard.allow_hosts entry {entry!r} is not \"host\" or \"host:port\".") from None
        self.settings = settings
        self.limiter = RateLimiter(settings.home / "guard" / "ratelimit.sqlite3", limits_from(gs), clock=clock)
        if settings.egress != "off":
            _egress.set_offline_env()

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
        if self.settings.model.url:
            parts = urlsplit(self.settings.model.url)
            if parts.hostname:
                entries.append((parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)))
        return _egress.install(self.settings.egress, entries, on_connection,
                               managed_state=str(self.settings.run_dir / "server.json"))

    @staticmethod
    def allow(*entries: Any) -> None:
        """Allow more destinations in this process (e.g. a model server started later)."""
        _egress.allow(*entries)

    # -- prompt injection --------------------------------------------------------------------

    def scan(self, prompt: str, chunks: Iterable[str] = ()) -> Verdict:
        """Scan the user's prompt and each retrieved chunk; apply ``[guard] injection``."""
        started = time.perf_counter()
        threshold = self.settings.guard.injection_threshold
        findings = scan_text("prompt", prompt or "", threshold)
        flagged_chunks: set[int] = set()
        for index, chunk in enumerate(chunks):
            hits = scan_text(index, chunk or "", threshold)
            if hits:
                flagged_chunks.add(index)
                findings.extend(hits)
        verdict = Verdict(findings=findings)
        policy = self.settings.guard.injection
        if findings:
            if policy == "block":
                verdict.action = "block"
            elif policy == "drop" and flagged_chunks:
                verdict.action, verdict.drop = "drop", flagged_chunks
            else:  # "flag", or "drop" with only the prompt flagged: a prompt cannot be dropped
                verdict.action = "flag"
        verdict.seconds = round(time.perf_counter() - started, 6)
        return verdict

    # -- rate limits -------------------------------------------------------------------------

    def admit(self, user: str) -> None:
        """Before a call: take one call from the user's buckets, or raise RateLimited."""
        self.limiter.admit(user)

    def record_usage(self, user: str, input_tokens: int | None, output_tokens: int | None) -> None:
        """After a call: take its tokens from the user's token buckets."""
        self.limiter.record_usage(user, input_tokens, output_tokens)
