from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_session: Any = None


def session() -> Any:
    """The kernel's one Workbench (one vault, one audit log), created on first use."""
    global _session
    with _lock:
        if _session is None:
            from .._api import connect

            _session = connect(entry_point="magic")
        return _session


def close_session() -> None:
    global _session
    with _lock:
        if _session is not None:
            _session.close()
            _session = None
