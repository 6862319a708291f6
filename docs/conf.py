"""Sphinx configuration for the quotes documentation.

Build (from the repository root)::

    python -m sphinx -b html -W --keep-going docs build/docs/html
    python -m sphinx -b doctest -W --keep-going docs build/docs/doctest
"""

from __future__ import annotations

import doctest
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # document this checkout, installed or not
sys.path.insert(1, str(HERE))  # make_anatomy.ANATOMY_TEXT, used by anatomy.md

quotes = importlib.import_module("quotes")

project = "quotes"
author = "the quotes authors"
copyright = "the quotes authors, MIT licence"
release = quotes.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

html_theme = "alabaster"
html_static_path = ["_static"]
html_title = f"quotes {release}"

# -- autodoc ------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}

# -- doctest ------------------------------------------------------------------
# Docstring examples call extract(), Extractor() ... unqualified: give every
# doctest the public namespace.
doctest_global_setup = "import quotes\nfrom quotes import *\n"
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1

# -- the batch page, written separately ----------------------------------------
# docs/batch.md joins the table of contents when it exists; until then the
# quick start carries a short section on many documents instead.
HAVE_BATCH = (HERE / "batch.md").is_file()


def _fill_markers(app, docname, source):
    text = source[0]
    text = text.replace("<!-- toc:batch -->\n", "batch\n" if HAVE_BATCH else "")
    link = "The [batch usage](batch.md) page covers whole corpora.\n" if HAVE_BATCH else ""
    text = text.replace("<!-- link:batch -->\n", link)
    source[0] = text


def setup(app):
    app.connect("source-read", _fill_markers)
    return {"parallel_read_safe": True}
