"""Pin the extractor's outputs, so a refactor or speed-up can prove it changed nothing.

    python benchmarks/pin.py            # compare with the pins, print what differs
    python benchmarks/pin.py --update   # rewrite the pins after a deliberate change
    python benchmarks/pin.py --only polnear litbank   # a subset (names below)

The pins, all read by ``tests/test_pinned.py``:

* ``tests/pinned/article.json``: every quote of ``examples/article.txt``
  (our own text), in full;
* ``tests/pinned/<name>.sha256`` for ``seed``, ``polnear``, ``litbank`` and
  ``pdnc``: a digest of every quote found in every document of the seed folder
  and of each dev corpus (the texts stay in ``../shared``; only the digests
  are stored here). To find the documents that changed, print a digest per
  document (``--docs``) here and on the parent commit, and diff the two.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quotes  # noqa: E402

PINS = ROOT / "tests" / "pinned"
ARTICLE = ROOT / "examples" / "article.txt"
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEEDS = SHARED / "seeds"
#: The pinned collections, each a name and where its texts are.
CORPORA = {
    "seed": SEEDS,
    "polnear": DATA / "polnear-dev.jsonl",
    "litbank": DATA / "litbank-dev.jsonl",
    "pdnc": DATA / "pdnc-dev.jsonl",
}


def article_outputs() -> list[dict]:
    return [q.to_dict() for q in quotes.extract(ARTICLE.read_text(encoding="utf-8"))]


def iter_texts(name: str) -> Iterator[tuple[str, str]]:
    """(document id, text) of every document of the collection *name*."""
    where = CORPORA[name]
    if where.is_dir():
        for path in sorted(where.glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")
        return
    with where.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            yield doc["id"], doc["text"]


def doc_digest(text: str) -> str:
    found = quotes.extract(text)
    blob = json.dumps([q.to_dict() for q in found], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def digest(name: str, *, per_doc: bool = False) -> str | None:
    """One digest over every document of *name*, or None when it is absent."""
    if not CORPORA[name].exists():
        return None
    h = hashlib.sha256()
    for doc_id, text in iter_texts(name):
        d = doc_digest(text)
        if per_doc:
            print(f"{name}\t{doc_id}\t{d}")
        h.update(d.encode())
    return h.hexdigest()


def pinned(name: str) -> str:
    return (PINS / f"{name}.sha256").read_text(encoding="utf-8").strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="rewrite the pins")
    parser.add_argument("--only", nargs="+", choices=sorted(CORPORA), default=list(CORPORA), help="collections to check")
    parser.add_argument("--docs", action="store_true", help="print a digest per document")
    args = parser.parse_args()
    article = article_outputs()
    changed = 0
    if args.update:
        PINS.mkdir(parents=True, exist_ok=True)
        (PINS / "article.json").write_text(json.dumps(article, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        same = json.loads((PINS / "article.json").read_text(encoding="utf-8")) == article
        changed += not same
        print(f"article: {'same' if same else 'CHANGED'}")
    for name in args.only:
        d = digest(name, per_doc=args.docs)
        if d is None:
            print(f"{name}: absent")
        elif args.update:
            (PINS / f"{name}.sha256").write_text(d + "\n", encoding="utf-8")
            print(f"{name}: pinned")
        else:
            same = pinned(name) == d
            changed += not same
            print(f"{name}: {'same' if same else 'CHANGED'}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
