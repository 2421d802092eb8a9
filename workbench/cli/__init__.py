"""The ``workbench`` command: one click group, one subgroup per part."""

from ._main import cli, main

__all__ = ["cli", "main"]
