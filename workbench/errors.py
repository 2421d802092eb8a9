"""Exceptions raised by the workbench.

Every error a user can meet derives from :class:`WorkbenchError`, and every message says what to
do next. Messages never contain a secret (API key, passphrase) or a raw prompt value: foreign
exceptions (openai, sqlite, presidio, faiss) are translated at the edge of the part that calls
them, with ``raise ... from exc``.

    WorkbenchError
    ├── ConfigError            bad workbench.toml or WORKBENCH_* variable
    ├── NotAvailable           a capability this install or version does not have
    ├── AccessDenied           policy refused the call
    ├── ModelError             anything between the kernel and the model server
    │   ├── ModelUnavailable   no server answers at the URL
    │   ├── ModelAuthError     the server refused the API key (401/403)
    │   ├── ModelTimeout       no answer within the timeout
    │   ├── ContextTooLong     the prompt does not fit the model's context window
    │   ├── UnknownModel       the server does not serve the requested model
    │   └── ServerStartError   `workbench model serve` could not start an engine
    ├── AuditError             the audit log could not be opened, written or read
    │   └── AuditTampered      `verify` found the log edited, reordered or cut
    └── RedactionError         personal data could not be pseudonymised; nothing was sent
        └── RedactionBlocked   the privacy policy blocks an entity type found in the prompt
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
