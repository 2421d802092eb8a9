"""Revocations that survive a restore of the token store: each one is also an audit record.

``workbench gateway token revoke USER`` marks the user's tokens revoked in their store
(``tokens.json`` or the ``gateway_tokens`` table) AND appends one record of kind
``token_revoked`` to the gateway's audit log: ``user`` (whose tokens), ``gateway.revoked_before``
(an instant, microseconds, UTC: every token of that user created before it is revoked) and
``gateway.token_ids`` (the 8-hex-digit ids, for the reader). The audit log is another store, and
hash-chained: a record cannot be dropped without ``workbench audit verify`` failing. At every
token check the gateway asks :meth:`Revocations.revoked` whether the token's user and creation
time fall under a revocation read from that log, so a ``tokens.json`` or a table restored from
an older backup brings no revoked token back.

The log is read in full once (at the gateway's start) and then followed: at most once per
``refresh`` seconds a check reads only records appended since (``records(outcome=...,
after_seq=...)``). A revocation the store itself already enforces from the next request; this
is the backstop behind it, so a second's delay is never a window for a revoked token.

Runs on the trusted side of the boundary (the gateway and its operator's CLI).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime, timezone
from typing import Any, Iterable

from ..errors import AuditError, GatewayError

REVOKED = "token_revoked"
log = logging.getLogger("workbench.gateway")


def now_iso() -> str:
    """A creation or revocation instant: UTC, microseconds (tokens made and revoked within one
    second still compare correctly)."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _instant(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


class Revocations:
    """Per-user revocation instants, read from (and written to) one audit log."""

    def __init__(self, audit_log: Any, *, refresh: float = 1.0) -> None:
        self.log = audit_log
        self.refresh = refresh
        self._lock = threading.Lock()
        self._before: dict[str, datetime] = {}
        self._seq: int | None = None  # the last position read; None: never read
        self._read_at = 0.0

    def __repr__(self) -> str:
        return f"<Revocations {len(self._before)} users>"

    def record(self, user: str, token_ids: Iterable[str], *, entry_point: str = "cli") -> str:
        """Append the revocation of every token of ``user`` created until now; returns its audit id.
        Raises GatewayError when the log cannot be written (the caller says the revocation is
        then not protected against a restore)."""
        record = {"outcome": REVOKED, "user": user, "entry_point": entry_point,
                  "gateway.revoked_before": now_iso(), "gateway.token_ids": sorted(set(token_ids))}
        try:
            audit_id = self.log.append(record)
        except AuditError as exc:
            raise GatewayError(f"The revocation of {user!r}'s tokens could not be written to the audit log ({exc}); "
                               "it holds in the token store, but a restored copy of the store would bring them "
                               "back: fix the audit log and run `workbench gateway token revoke` again.") from None
        with self._lock:
            self._note(user, record["gateway.revoked_before"])
        return audit_id

    def revoked(self, user: str, created: Any) -> bool:
        """True when a recorded revocation covers a token of ``user`` created at ``created``.
        A token whose creation time cannot be read is refused once its user has a revocation."""
        with self._lock:
            if self._seq is None or time.monotonic() - self._read_at >= self.refresh:
                self._follow()
            before = self._before.get(user)
        if before is None:
            return False
        made = _instant(created)
        return made is None or made <= before

    def load(self) -> Revocations:
        """Read the whole log now (the gateway's start), so the first check waits for nothing."""
        with self._lock:
            self._follow()
        return self

    def _follow(self) -> None:
        try:
            head = int(self.log.head()["seq"])  # read first: a revocation appended meanwhile is in `rows`
            rows = self.log.records(outcome=REVOKED, after_seq=self._seq)
        except AuditError:
            if self._seq is None:
                raise  # never read: nothing to check against, fail closed (503)
            log.warning("audit log unreadable; token revocations as last read")
            return
        for row in rows:
            self._note(str(row.get("user") or ""), row.get("gateway.revoked_before"))
            head = max(head, int(row["audit_seq"]))
        self._seq = head  # the next read scans only what is appended after the head, not after this kind
        self._read_at = time.monotonic()

    def _note(self, user: str, when: Any) -> None:
        moment = _instant(when)
        if user and moment is not None and (user not in self._before or moment > self._before[user]):
            self._before[user] = moment
