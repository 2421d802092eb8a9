"""The tamper-evident audit log: one hash-chained record per model call, naming its cell.

Written only by the pipeline (``AuditLog.append``); read by the CLI (``workbench audit``),
``%audit`` and reports. See docs/audit.md for the format and the proof.

    from workbench.audit import AuditLog
    log = AuditLog.open(settings)
    audit_id = log.append(record)
    log.verify().ok
"""

from ._schema import MIGRATIONS
from ._seal import decrypt_content, generate_reviewer_key, install_reviewer_key
from ._store import AuditLog
from ._verify import VerifyResult
from ._views import CallTable, calls_by, calls_by_cell, plot_calls, plot_redactions, plot_tokens

__all__ = [
    "AuditLog",
    "VerifyResult",
    "MIGRATIONS",
    "CallTable",
    "calls_by",
    "calls_by_cell",
    "plot_calls",
    "plot_tokens",
    "plot_redactions",
    "generate_reviewer_key",
    "install_reviewer_key",
    "decrypt_content",
]
