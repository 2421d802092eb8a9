"""The one pipeline (policy, retrieve, guard, redact, audit intent, send, render, audit outcome) and its
types. Runs on both sides of the trust boundary: in the kernel, and inside the gateway."""

from ._context import cell_started, current_context, install_cell_hook
from ._pipeline import Pipeline
from ._types import Answer, CellContext, Delta, Request, markdown_source

__all__ = [
    "Answer",
    "CellContext",
    "Delta",
    "Pipeline",
    "Request",
    "cell_started",
    "current_context",
    "install_cell_hook",
    "markdown_source",
]
