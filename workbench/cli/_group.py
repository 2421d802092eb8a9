from __future__ import annotations

import sys
from typing import Any

import click

from ..errors import WorkbenchError


class WorkbenchGroup(click.Group):
    """Turns WorkbenchError into one red line and exit code 1 (no traceback), also when a
    subgroup runs on its own."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WorkbenchError as exc:
            click.secho(f"Error ({type(exc).__name__}): {exc}", fg="red", err=True)
            sys.exit(1)
