"""The outputs are pinned: a refactor or speed-up must not change a single quote.

After a deliberate change of behaviour, rewrite the pins with
``python benchmarks/pin.py --update`` and say so in the commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import pin  # noqa: E402


def test_sample_article_outputs_are_pinned() -> None:
    pinned = json.loads((pin.PINS / "article.json").read_text(encoding="utf-8"))
    assert pin.article_outputs() == pinned


def test_polnear_sample_outputs_are_pinned() -> None:
    digest = pin.polnear_digest()
    if digest is None:
        pytest.skip(f"{pin.POLNEAR} is absent (the dev corpora live in ../shared)")
    assert digest == (pin.PINS / "polnear-40.sha256").read_text(encoding="utf-8").strip()
