"""The chat panel (ipywidgets): a conversation with the model that shows, before anything is
sent, exactly what will leave the kernel — placeholders highlighted — with send / edit / cancel.

    from workbench.ui import chat
    chat()              # in a notebook; or `%workbench chat` after `%load_ext workbench`
"""

from __future__ import annotations

from typing import Any

from ._chat import ChatPanel, Pending, list_corpora

__all__ = ["ChatPanel", "Pending", "chat", "list_corpora"]


def chat(wb: Any = None, **options: Any) -> ChatPanel:
    """A :class:`ChatPanel` on ``wb``, or on the kernel's session Workbench (the one ``%%ask`` uses)."""
    if wb is None:
        from ..kernel import session

        wb = session()
    return ChatPanel(wb, **options)
