"""What counts as a model call: the one predicate every per-call view uses.

The chain holds more than calls: refused gateway credentials (``auth_refused``), revocations
(``token_revoked``), key rotations (``hmac_key_rotated``), egress events (``egress``,
``egress_allow``, ``egress_tamper``), served-model overrides (``override``) ... A view that
counts calls (``calls_by``, the plots, ``one_per_call``, a report's footer, the notebook
panel) counts only records whose outcome is a call's: an allow-list, so a record kind added
later is never counted as a call by mistake. ``workbench audit show/export`` list every record.
"""

from __future__ import annotations

from typing import Any

#: A call's final outcome (``finish``, or a one-shot refusal before anything was sent).
OUTCOMES = ("answered", "failed", "refused", "interrupted")
#: A call's intent (``begin``): phase one of a two-phase call.
STARTED = "started"
CALL_OUTCOMES = frozenset(OUTCOMES + (STARTED,))


def is_model_call(record: dict[str, Any]) -> bool:
    """True when ``record`` is (a phase of) a model call, not another kind of audit record."""
    return isinstance(record, dict) and record.get("outcome") in CALL_OUTCOMES
