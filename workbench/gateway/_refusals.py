"""Refused credentials, in the audit log: what a compliance officer must see, at a bounded rate.

Every request the gateway refuses for its credential -- no ``Authorization`` header, an unknown,
revoked or expired token, a Hub refusal (401), a Hub token without the service's scope (403) --
becomes a record of kind ``auth_refused`` in the same hash-chained log as the calls:

    outcome "auth_refused", user None (nobody was authenticated), entry_point "gateway",
    auth.reason        no_credential | unknown_token | revoked_token | hub_refused | hub_scope
    auth.claimed_user  who it claimed to be, when known: a revoked token's owner, the Hub's
                       name for a token without the scope, else the body's workbench.claims.user
                       (unchecked: that is why it is a claim); None otherwise
    url.path, http.request.method, client.address
    auth.credential_hmac  the audit's keyed hash of the presented credential's SHA-256 (equal
                       credentials hash equally, so repeated tries show; the credential is never
                       stored, nor any part of it), None without one
    auth.count         how many refusals this record stands for (1, or the repeats a summary counts)
    auth.first, auth.last  the first and last of them (a summary's span)

A flood cannot fill the disk: per (reason, claimed user, client address) the first refusal of
a ``window`` (``[gateway] refusal_window``, 60 s) is written at once; the repeats inside it are only counted, and one summary
record (``auth.repeated`` true, ``auth.count`` = the repeats) is written when the window ends
(:meth:`RefusalLog.flush`, on a timer, and at close). At most ``budget`` keys (``[gateway] refusal_budget``, 200) start a
record per window; after that, new keys share one key per reason (``auth.folded`` true, claimed
user and address dropped), so a client that varies its claims or addresses still writes a few
records a minute. Read them with ``workbench audit show --outcome auth_refused`` (or ``export``).

Runs on the trusted side of the boundary (the gateway process).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from datetime import datetime, timezone
from typing import Any, Callable

from ..errors import AuditError

REFUSED = "auth_refused"
log = logging.getLogger("workbench.gateway")

Key = tuple[str, "str | None", "str | None"]


def _utc(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Window:
    __slots__ = ("opened", "repeats", "first", "last", "route", "method", "credential")

    def __init__(self, opened: float) -> None:
        self.opened = opened
        self.repeats = 0
        self.first = self.last = 0.0
        self.route = self.method = self.credential = None


class RefusalLog:
    """Decides which refusals become records, and writes them to ``audit_log``."""

    def __init__(self, audit_log: Any, *, window: float = 60.0, budget: int = 200,
                 clock: Callable[[], float] = time.time) -> None:
        self.log = audit_log
        self.window = float(window)
        self.budget = int(budget)
        self._clock = clock
        self._lock = threading.Lock()
        self._open: dict[Key, _Window] = {}
        self._budget_opened = 0.0
        self._budget_used = 0

    @classmethod
    def from_settings(cls, audit_log: Any, settings: Any, **kwargs: Any) -> RefusalLog:
        """The window and budget from ``[gateway] refusal_window`` / ``refusal_budget`` (validated
        when the settings load)."""
        gw = settings.gateway
        return cls(audit_log, window=gw.refusal_window, budget=gw.refusal_budget, **kwargs)

    def refused(self, *, reason: str, route: str, method: str, client: str | None,
                claimed_user: str | None = None, credential: str | None = None) -> list[dict[str, Any]]:
        """Count one refusal; return the records now due (write them with :meth:`write`, off the
        event loop). Cheap and without I/O: a flood is mostly counted here."""
        now = self._clock()
        cred = self._credential_hash(credential)
        due: list[dict[str, Any]] = []
        with self._lock:
            if now - self._budget_opened >= self.window:
                self._budget_opened, self._budget_used = now, 0
            key: Key = (reason, claimed_user, client)
            folded = False
            if key not in self._open and self._budget_used >= self.budget:
                key, folded = (reason, None, None), True
            window = self._open.get(key)
            if window is not None and now - window.opened < self.window:
                window.repeats += 1
                window.first = window.first or now
                window.last = now
                window.route, window.method, window.credential = route, method, cred
                return due
            if window is not None:  # its minute is over: the repeats it counted, then a new window
                due += self._summary(key, window)
            self._open[key] = _Window(now)
            if not folded:
                self._budget_used += 1
            due.append(self._record(key, now, now, 1, route, method, cred, folded=folded))
        return due

    def flush(self, everything: bool = False) -> list[dict[str, Any]]:
        """Summaries of the windows that are over (all of them with ``everything``, at close)."""
        now = self._clock()
        due: list[dict[str, Any]] = []
        with self._lock:
            for key, window in list(self._open.items()):
                if everything or now - window.opened >= self.window:
                    due += self._summary(key, window)
                    del self._open[key]
        return due

    def write(self, records: list[dict[str, Any]]) -> None:
        """Append the records; a failure is logged (the request is refused either way)."""
        for record in records:
            try:
                self.log.append(record)
            except AuditError as exc:
                log.warning("could not audit a refused credential (%s): %s", record.get("auth.reason"), exc)

    # -- records -------------------------------------------------------------------------------

    def _summary(self, key: Key, window: _Window) -> list[dict[str, Any]]:
        if not window.repeats:
            return []
        return [self._record(key, window.first, window.last, window.repeats, window.route, window.method,
                             window.credential, folded=key[1] is None and key[2] is None, repeated=True)]

    def _record(self, key: Key, first: float, last: float, count: int, route: Any, method: Any,
                credential: Any, *, folded: bool = False, repeated: bool = False) -> dict[str, Any]:
        reason, claimed, client = key
        record = {"outcome": REFUSED, "user": None, "entry_point": "gateway", "auth.reason": reason,
                  "auth.claimed_user": claimed, "client.address": client, "url.path": route,
                  "http.request.method": method, "auth.credential_hmac": credential, "auth.count": count,
                  "auth.first": _utc(first), "auth.last": _utc(last), "auth.window_s": self.window}
        if repeated:
            record["auth.repeated"] = True
        if folded:
            record["auth.folded"] = True
        return record

    def _credential_hash(self, credential: str | None) -> str | None:
        if not credential:
            return None
        try:  # keyed, and of the SHA-256 only: a stored value confirms no guessed credential
            return self.log.keyed_hash("gateway-credential:" + hashlib.sha256(credential.encode()).hexdigest())
        except AuditError:
            return None
