"""Committed notebooks carry no outputs (nbstripout's rule), run on the Agg backend, and stay small.

They are executed by ``pytest --nbmake notebooks/`` (CI); this test only checks what is committed.
Strip before committing with ``nbstripout notebooks/*.ipynb``.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))


def test_the_two_notebooks_exist():
    names = {path.name for path in NOTEBOOKS}
    assert {"01-exploration.ipynb", "02-timeline-and-crew-network.ipynb"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_outputs(path: Path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {number} has outputs: run nbstripout {path.name}"
            assert cell.execution_count is None, f"cell {number} has an execution count"
    assert "widgets" not in notebook.metadata


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_works_on_a_throwaway_store_without_a_display(path: Path):
    source = "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")
    assert "tempfile.mkdtemp" in source and "kg.ingest(" in source  # never the user's own store
    if "matplotlib" in source:
        assert 'matplotlib.use("Agg")' in source


def test_nbstripout_would_change_nothing():
    pytest.importorskip("nbstripout")
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "nbstripout", "--verify", *map(str, NOTEBOOKS)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
