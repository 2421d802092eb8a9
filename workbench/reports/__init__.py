"""Headless notebook runs: execution that tells the kernel which cell is running."""

from ._execute import CellIdClient, execute_notebook

__all__ = ["CellIdClient", "execute_notebook"]
