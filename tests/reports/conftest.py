from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest


@pytest.fixture
def make_notebook(tmp_path: Path) -> Callable[..., Path]:
    """Write a notebook of code cells; ``params`` (source) becomes the cell tagged `parameters`."""

    def make(cells: list[str], *, name: str = "nb", params: str | None = None) -> Path:
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        if params is not None:
            cell = nbformat.v4.new_code_cell(params)
            cell.metadata["tags"] = ["parameters"]
            nb.cells.append(cell)
        nb.cells += [nbformat.v4.new_code_cell(src) for src in cells]
        path = tmp_path / f"{name}.ipynb"
        nbformat.write(nb, path)
        return path

    return make
