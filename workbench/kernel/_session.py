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


_conversations: dict[str, Any] = {}
_current: list[Any] = []  # the conversation --continue continues


def conversation_for(args: Any) -> Any:
    """The Conversation a ``%%ask`` cell asks in: None for a one-shot question; ``--new`` starts
    one, ``--continue`` continues the current one (starting one if there is none),
    ``--conversation NAME`` continues (or starts) the named one, saved encrypted."""
    if not (args.new or args.continue_ or args.conversation):
        return None
    wb = session()
    with _lock:
        if args.conversation:
            conv = _conversations.get(args.conversation)
            if conv is None:
                conv = wb.conversation(system=args.system, corpus=args.corpus, k=args.k, name=args.conversation,
                                       entry_point="magic")
                _conversations[args.conversation] = conv
        elif args.continue_ and _current:
            conv = _current[0]
        else:
            conv = wb.conversation(system=args.system, corpus=args.corpus, k=args.k, entry_point="magic")
        _current[:] = [conv]
        return conv


def close_session() -> None:
    global _session
    with _lock:
        _conversations.clear()
        _current.clear()
        if _session is not None:
            _session.close()
            _session = None
