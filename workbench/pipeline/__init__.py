"""The one pipeline (policy, retrieve, guard, redact, send, restore, audit) and its types."""

from ._context import cell_started, current_context, install_cell_hook
from ._pipeline import Pipeline, build_record
from ._types import Answer, CellContext, Delta, Request, markdown_source

__all__ = [
    "Answer",
    "CellContext",
    "Delta",
    "Pipeline",
    "Request",
    "build_record",
    "cell_started",
    "current_context",
    "install_cell_hook",
    "markdown_source",
]
