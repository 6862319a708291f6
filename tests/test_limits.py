"""Size limits of the package, so that no rule needs scrolling to read.

No module of ``quotes/`` over 600 lines (word lists are data files, not
code), no class over 400 lines and no function or method over 80 lines
(nested functions count inside their parent too). The limits come from the
core-layout issue; ``docs/anatomy.md`` says where each stage and sieve lives.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotes"
MODULE_LINES = 600
CLASS_LINES = 400
FUNCTION_LINES = 80


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _oversized(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    found = []
    n_lines = len(source.splitlines())
    if n_lines > MODULE_LINES:
        found.append(f"module {path.name}: {n_lines} lines > {MODULE_LINES}")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            size = node.end_lineno - node.lineno + 1  # type: ignore[operator]
            limit = CLASS_LINES if isinstance(node, ast.ClassDef) else FUNCTION_LINES
            if size > limit:
                what = "class" if isinstance(node, ast.ClassDef) else "function"
                found.append(f"{what} {node.name} (line {node.lineno}): {size} lines > {limit}")
    return found


def test_the_package_has_modules() -> None:
    assert len(_modules()) > 20


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_size_limits(path: Path) -> None:
    assert _oversized(path) == []
