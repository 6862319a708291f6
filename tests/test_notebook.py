"""examples/quickstart.ipynb runs top to bottom and shows the highlighted view."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def test_quickstart_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (part of the [dev] extra)")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (part of the [dev] extra)")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed (part of the [dev] extra)")
    pytest.importorskip("pandas", reason="pandas is not installed (the notebook shows a DataFrame)")

    # The kernel is a child process: let it import this checkout even when
    # the package is not installed.
    path = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + (os.pathsep + path if path else ""))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()

    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]
    assert not [out for out in outputs if out.get("output_type") == "error"]
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("q-quote" in h for h in html), "the Extraction cell did not render its HTML view"
    text = "".join(out.get("text", "") for out in outputs if out.get("output_type") == "stream")
    assert "Maren Holt" in text
