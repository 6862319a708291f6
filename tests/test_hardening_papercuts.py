"""Papercuts: packaging extras and typing, the HTML view's styles and key, distributed's hint."""

from __future__ import annotations

import configparser
import importlib
import re
import sys
from pathlib import Path

import pytest

import quotes
from quotes import render

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    '"We will win," Ana Ruiz said. She called the plan a "historic step" for the city. '
    "Talks will resume next week, the official said."
)


def _setup() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    return cfg


def test_dev_extra_installs_nbconvert() -> None:
    dev = _setup()["options.extras_require"]["dev"].split()
    assert any(req.startswith("nbconvert") for req in dev)


def test_package_is_typed_and_editable_installs_are_type_checker_visible() -> None:
    cfg = _setup()
    assert "py.typed" in cfg["options.package_data"]["quotes"]
    assert cfg["options"]["zip_safe"].strip() == "False"
    assert (ROOT / "quotes" / "py.typed").exists()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    version = re.search(r'"setuptools>=(\d+)', pyproject)
    assert version and int(version.group(1)) >= 64  # PEP 660 editable installs


def test_quote_kinds_are_styled_distinctly() -> None:
    css = render._css(".quotes-view")
    rules = {kind: re.search(rf"\.q-{kind}\{{([^}}]*)\}}", css) for kind in ("direct", "mixed", "indirect")}
    assert all(rules.values()), rules
    bodies = {kind: m.group(1) for kind, m in rules.items() if m}
    assert len(set(bodies.values())) == 3


def test_view_has_a_key_to_its_marks() -> None:
    page = quotes.render_html(ARTICLE)
    key = re.search(r'<p class="q-key">(.*?)</p>', page)
    assert key, "no key"
    for words in ("direct", "mixed", "indirect", "underline", "bold", "dotted"):
        assert words in key.group(1)
    # The key's samples do not count as marks of the document.
    assert page.count('class="q-mention') == quotes.render_html(ARTICLE).count('class="q-mention')
    assert 'class="q-key"' not in quotes.render_html("No quotes here.")


def test_table_text_column_has_room() -> None:
    css = render._css(".quotes-view")
    rule = re.search(r"td\.q-text\{([^}]*)\}", css)
    assert rule and "min-width" in rule.group(1)
    assert '<div class="q-table-wrap">' in quotes.render_html(ARTICLE)


def test_distributed_names_the_package_really_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes import distributed

    def fail(name: str, *args, **kwargs):
        raise ModuleNotFoundError("No module named 'pyarrow'", name="pyarrow")

    monkeypatch.setattr(importlib, "import_module", fail)
    with pytest.raises(quotes.BackendUnavailableError) as info:
        distributed._require("dask.dataframe")
    assert "pyarrow" in str(info.value) and "needs dask" not in str(info.value)

    def no_dask(name: str, *args, **kwargs):
        raise ModuleNotFoundError("No module named 'dask'", name="dask")

    monkeypatch.setattr(importlib, "import_module", no_dask)
    with pytest.raises(quotes.BackendUnavailableError, match="needs dask"):
        distributed._require("dask.bag")


def test_harness_imports_without_atheris(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "atheris", None)
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    fuzz = importlib.import_module("fuzz")
    fuzz.check_one(b'\x00"We will win," Ana Ruiz said.')
    fuzz.check_one(b"\xff\xfe\xd8\x00 broken")
