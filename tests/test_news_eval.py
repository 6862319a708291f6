"""Our own news evaluation set (``tests/news_eval/``) is well formed.

The articles are invented and annotated by hand; ``README.md`` there gives
the format. This checks every file against it, so a scorer can trust the
offsets it derives: every quote and non-speech text is found where it says,
every named speaker is an entity, and the tune/check split covers every
article exactly once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from entities import find  # noqa: E402  (the scorer's own placement of a quote's text)

FOLDER = Path(__file__).resolve().parent / "news_eval"
KEYS = {"id", "genre", "text", "entities", "quotes", "non_speech"}
KINDS = {"direct", "mixed", "indirect"}


def _articles() -> list[Path]:
    return sorted(p for p in FOLDER.glob("*.json") if p.name != "split.json")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_is_large_enough() -> None:
    articles = [_load(p) for p in _articles()]
    assert len(articles) >= 40
    assert sum(len(a["quotes"]) for a in articles) >= 300
    assert len({a["genre"] for a in articles}) >= 10


def test_the_split_covers_every_article_once() -> None:
    split = json.loads((FOLDER / "split.json").read_text(encoding="utf-8"))
    ids = {_load(p)["id"] for p in _articles()}
    holdout = set(split.get("holdout", ()))
    assert set(split["tune"]) | set(split["check"]) | holdout == ids
    assert not set(split["tune"]) & set(split["check"])
    assert not holdout & (set(split["tune"]) | set(split["check"]))
    # The check half was fixed first and never grows; later batches join tune.
    for half in ("tune", "check"):
        arts = [_load(FOLDER / f"{i}.json") for i in split[half]]
        assert len(arts) >= 20 and sum(len(a["quotes"]) for a in arts) >= 250, half


@pytest.mark.parametrize("path", _articles(), ids=lambda p: p.stem)
def test_article_is_well_formed(path: Path) -> None:
    a = _load(path)
    assert set(a) == KEYS
    assert a["id"] == path.stem
    text = a["text"]
    for q in a["quotes"]:
        assert q["kind"] in KINDS, q
        assert find(text, q["text"], q.get("occurrence", 1)) >= 0, q["text"]
        assert q["speaker"] is None or q["speaker"] in a["entities"], q["speaker"]
    for n in a["non_speech"]:
        assert find(text, n["text"], n.get("occurrence", 1)) >= 0, n["text"]
        assert n["why"]
    for name, aliases in a["entities"].items():
        assert isinstance(aliases, list)
        assert all(isinstance(x, str) and x for x in aliases), name
