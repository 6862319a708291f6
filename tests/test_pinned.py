"""The outputs are pinned: a refactor or speed-up must not change a single quote.

The sample article is pinned in full; the seed article and every document of
the three dev corpora by digest. After a deliberate change of behaviour,
rewrite the pins with ``python benchmarks/pin.py --update`` and say so in the
commit, with the figures before and after.
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


@pytest.mark.parametrize("name", sorted(pin.CORPORA))
def test_corpus_outputs_are_pinned(name: str) -> None:
    digest = pin.digest(name)
    if digest is None:
        pytest.skip(f"{pin.CORPORA[name]} is absent (the seed and the dev corpora live in ../shared)")
    assert digest == pin.pinned(name), f"outputs on {name} changed: see benchmarks/pin.py"
