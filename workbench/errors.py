"""Exceptions raised by the workbench.

Every error a user can meet derives from :class:`WorkbenchError`, and every message says what to
do next. Messages never contain a secret (API key, passphrase) or a raw prompt value: foreign
exceptions (openai, sqlite, presidio, faiss) are translated at the edge of the part that calls
them, with ``raise ... from exc``.

    WorkbenchError
    ├── ConfigError            bad workbench.toml or WORKBENCH_* variable
    ├── NotAvailable           a capability this install or version does not have
    ├── AccessDenied           policy refused the call
    │   ├── RateLimited        the user's calls or tokens per minute/day are used up
    │   └── InjectionBlocked   the prompt or a retrieved chunk carries injected orders
    ├── ModelError             anything between the kernel and the model server
    │   ├── ModelUnavailable   no server answers at the URL
    │   ├── ModelAuthError     the server refused the API key (401/403)
    │   ├── ModelTimeout       no answer within the timeout
    │   ├── ContextTooLong     the prompt does not fit the model's context window
    │   ├── UnknownModel       the server does not serve the requested model
    │   ├── ServerStartError   `workbench model serve` could not start an engine
    │   ├── ManifestMismatch   the model files differ from their signed manifest
    │   └── ModelInterrupted   the model server went away mid-answer (not retried: text was shown)
    ├── Cancelled              the caller stopped the call (Stop button, closed stream);
    │                          audited as "interrupted"
    ├── AuditError             the audit log could not be opened, written or read
    │   └── AuditTampered      `verify` found the log edited, reordered or cut
    ├── RedactionError         personal data could not be pseudonymised; nothing was sent
    │   └── RedactionBlocked   the privacy policy blocks an entity type found in the prompt
    ├── CorpusError            an encrypted corpus could not be opened, written or searched
    │   ├── WrongPassphrase    the passphrase or key file does not unlock the master key
    │   ├── IntegrityError     a corpus file was altered, truncated or swapped
    │   ├── CorpusNotFound     no corpus of that name
    │   └── EmbeddingMismatch  the index was built with another embedding model
    ├── EgressBlocked          strict egress refused a connection (also a PermissionError)
    ├── GatewayError           the gateway refused or could not serve a request
    │   ├── Unauthenticated    no, an unknown or a revoked token (401; nothing forwarded)
    │   ├── InvalidRequest     a request body the gateway cannot read (400; names the field)
    │   └── GatewayUnavailable no gateway answers at WORKBENCH_GATEWAY_URL (the kernel's side)
    └── ReportError            a headless report run or schedule failed
        ├── CellFailed         a cell of the report raised; names the cell (number and id)
        └── ScheduleError      a bad cron expression, an unknown schedule, a busy scheduler
"""

from __future__ import annotations

__all__ = [
    "WorkbenchError",
    "ConfigError",
    "NotAvailable",
    "AccessDenied",
    "ModelError",
    "ModelUnavailable",
    "ModelAuthError",
    "ModelTimeout",
    "ContextTooLong",
    "UnknownModel",
    "ServerStartError",
    "AuditError",
    "AuditTampered",
    "RedactionError",
    "RedactionBlocked",
    "RateLimited",
    "InjectionBlocked",
    "ManifestMismatch",
    "ModelInterrupted",
    "Cancelled",
    "EgressBlocked",
    "ReportError",
    "CellFailed",
    "ScheduleError",
    "CorpusError",
    "WrongPassphrase",
    "IntegrityError",
    "CorpusNotFound",
    "EmbeddingMismatch",
    "GatewayError",
    "Unauthenticated",
    "InvalidRequest",
    "GatewayUnavailable",
]


class WorkbenchError(Exception):
    """Base class of every error the workbench raises on purpose."""


class ConfigError(WorkbenchError):
    """The configuration (workbench.toml or a WORKBENCH_* variable) is invalid."""


class NotAvailable(WorkbenchError):
    """A capability that this install or this version of the workbench does not provide."""


class AccessDenied(WorkbenchError):
    """The access policy refused the call."""


class ModelError(WorkbenchError):
    """A failure talking to the model server."""


class ModelUnavailable(ModelError):
    """No model server answers at the configured URL."""


class ModelAuthError(ModelError):
    """The model server refused the API key."""


class ModelTimeout(ModelError):
    """The model server did not answer in time."""


class ContextTooLong(ModelError):
    """The prompt is longer than the model's context window; nothing was generated."""


class UnknownModel(ModelError):
    """The server does not serve the requested model."""


class ServerStartError(ModelError):
    """A model engine could not be started."""


class AuditError(WorkbenchError):
    """The audit log could not be opened, written or read; with fail_closed no call is made."""


class AuditTampered(AuditError):
    """Verification found the audit log edited, reordered, deleted from or cut short."""


class RedactionError(WorkbenchError):
    """Redaction failed, so nothing was sent (fail closed). Messages never contain a value."""


class RedactionBlocked(RedactionError):
    """The privacy policy blocks a type of data found in the prompt; ``entity_type`` names it."""

    def __init__(self, entity_type: str) -> None:
        self.entity_type = entity_type
        super().__init__(
            f"The prompt contains {entity_type}, which the privacy policy blocks; nothing was sent. "
            f"Remove it from the prompt, or change [privacy.policy] {entity_type} in workbench.toml."
        )


class RateLimited(AccessDenied):
    """The user's calls or tokens per minute/day are used up; ``retry_after`` is in seconds."""

    def __init__(self, message: str, *, retry_after: float = 0.0, limit: str = "") -> None:
        self.retry_after = retry_after
        self.limit = limit
        super().__init__(message)


class InjectionBlocked(AccessDenied):
    """The guard found injected instructions and the policy ([guard] injection) is "block"."""


class Cancelled(WorkbenchError):
    """The caller stopped the call; the model server was told to stop, and the call is audited
    as interrupted with what had been produced so far."""


class ManifestMismatch(ModelError):
    """Model files differ from their signed manifest, or the signature is missing or untrusted."""


class ModelInterrupted(ModelError):
    """The model server went away after part of the answer had been streamed. Not retried on
    another server (the caller has already shown text); the answer is incomplete."""


class EgressBlocked(WorkbenchError, PermissionError):
    """Strict egress refused a connection or name lookup; the message names the host, never data.

    Also a ``PermissionError`` (an ``OSError``), so libraries that handle a refused connection
    treat it as one.
    """


class ReportError(WorkbenchError):
    """A headless report run failed (not a cell: the kernel, a timeout, the export)."""


class CellFailed(ReportError):
    """A cell of a report raised. Names the cell by number and id, and the exception's type only
    (its message may hold data); the partial report shows the traceback."""

    def __init__(self, index: int, cell_id: str | None, ename: str, partial: str | None = None) -> None:
        self.index = index
        self.cell_id = cell_id
        self.ename = ename
        self.partial = partial
        where = f" The partial report, with the traceback, is {partial}." if partial else ""
        super().__init__(
            f"cell {index} (id {cell_id!r}) raised {ename}; the run failed.{where} "
            "Fix the cell and run the report again."
        )


class ScheduleError(ReportError):
    """A schedule could not be added, found or run (bad cron expression, unknown name, a second
    scheduler on the same WORKBENCH_HOME)."""


class CorpusError(WorkbenchError):
    """An encrypted corpus could not be opened, written or searched."""


class WrongPassphrase(CorpusError):
    """The passphrase (or key file) does not unlock the corpus master key."""


class IntegrityError(CorpusError):
    """A corpus file failed authentication: it was altered, truncated or swapped."""


class CorpusNotFound(CorpusError):
    """No corpus of that name exists in WORKBENCH_HOME."""


class EmbeddingMismatch(CorpusError):
    """The corpus index was built with a different embedding model or dimension."""


class GatewayError(WorkbenchError):
    """The workbench gateway refused or could not serve a request (``status`` is its HTTP code)."""

    status = 400


class Unauthenticated(GatewayError):
    """No valid credential: a missing, unknown or revoked gateway token or Hub token. Nothing was
    forwarded. Ask the gateway's operator for a token (`workbench gateway token add USER`)."""

    status = 401


class InvalidRequest(GatewayError):
    """A request the gateway cannot read (bad JSON, a missing field, a wrong type); names the field."""

    status = 400


class GatewayUnavailable(GatewayError):
    """No gateway answers at ``WORKBENCH_GATEWAY_URL`` (refused, timed out, not a gateway); nothing
    was done there. Check the URL and that the gateway runs (``GET /health``)."""

    status = 503
