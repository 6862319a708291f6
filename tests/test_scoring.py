"""The benchmarks' lenient name matching judges a speaker's name as a user reads it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from scoring import name_matches  # noqa: E402


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "right"),
    [
        ("Ana M. Ruiz", "Ana Ruiz", (), True),  # a surname match
        ("Ruiz", "Ana Ruiz", (), True),
        ("Jane and Elizabeth", "Elizabeth", (), False),  # two people are neither of them
        ("Jane and Elizabeth", "Jane", ("Miss Bennet",), False),
        ("Marks and Spencer", "Marks and Spencer", (), True),  # a firm's name built that way
        ("Greyling & Shaw", "Greyling & Shaw", (), True),
        ("Marjorie of Brenda", "Brenda", (), False),  # the name is before "of"
        ("Marjorie of Brenda", "Marjorie", (), True),
        ("Teodor Vasca of Calderia", "Teodor Vasca", (), True),
        ("Bank of England", "Bank of England", (), True),
        ("Duke of York", "Prince Andrew", ("the Duke of York",), True),
    ],
)
def test_name_matches(pred: str, gold: str, aliases: tuple[str, ...], right: bool) -> None:
    assert name_matches(pred, gold, aliases) is right
