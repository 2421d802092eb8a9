"""The tamper-evident audit log: one hash-chained record per model call, naming its cell.

Written only by the pipeline (or the gateway); read by the CLI (``workbench audit``), ``%audit``
and reports. Embedded SQLite by default; PostgreSQL when ``[audit] url`` names one, so several
processes (gateway replicas) append to one chain. See docs/audit.md for the format and the proof.

    from workbench.audit import AuditLog
    log = AuditLog.open(settings)
    intent = log.begin(record)                # before anything is sent: outcome "started"
    log.finish(intent, {**record, "outcome": "answered"})
    log.append(refusal)                       # one-shot records
    log.keyed_hash(code)                      # HMAC-SHA256 under the log's secret key
    log.rotate_hmac_key()                     # a new key; the old one kept for lookups
    log.lookup(code_sha256)                   # records holding its keyed hash, under any key
    log.verify().ok
    is_model_call(record)                     # the one test of "is this a call?" every view uses
"""

from ._calls import is_model_call
from ._schema import MIGRATIONS
from ._seal import decrypt_content, generate_reviewer_key, install_reviewer_key
from ._store import AuditLog
from ._verify import VerifyResult
from ._views import CallTable, calls_by, calls_by_cell, one_per_call, plot_calls, plot_redactions, plot_tokens

__all__ = [
    "AuditLog",
    "VerifyResult",
    "MIGRATIONS",
    "is_model_call",
    "CallTable",
    "calls_by",
    "calls_by_cell",
    "one_per_call",
    "plot_calls",
    "plot_tokens",
    "plot_redactions",
    "generate_reviewer_key",
    "install_reviewer_key",
    "decrypt_content",
]
