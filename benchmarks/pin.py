"""Pin the extractor's outputs, so a speed-up can prove it changed nothing.

    python benchmarks/pin.py            # compare with the pins, print what differs
    python benchmarks/pin.py --update   # rewrite the pins after a deliberate change

Two pins, both read by ``tests/test_pinned.py``:

* ``tests/pinned/article.json``: every quote of ``examples/article.txt``
  (our own text), in full;
* ``tests/pinned/polnear-40.sha256``: a digest of every quote found in the
  first 40 PolNeAR dev documents (the corpus itself stays in ``../shared``;
  only the digest is stored).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import quotes  # noqa: E402

PINS = ROOT / "tests" / "pinned"
ARTICLE = ROOT / "examples" / "article.txt"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
SAMPLE = 40


def article_outputs() -> list[dict]:
    return [q.to_dict() for q in quotes.extract(ARTICLE.read_text(encoding="utf-8"))]


def polnear_digest() -> str | None:
    if not POLNEAR.is_file():
        return None
    h = hashlib.sha256()
    with POLNEAR.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= SAMPLE:
                break
            found = quotes.extract(json.loads(line)["text"])
            h.update(json.dumps([q.to_dict() for q in found], sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="rewrite the pins")
    args = parser.parse_args()
    article = article_outputs()
    digest = polnear_digest()
    if args.update:
        PINS.mkdir(parents=True, exist_ok=True)
        (PINS / "article.json").write_text(json.dumps(article, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if digest is not None:
            (PINS / "polnear-40.sha256").write_text(digest + "\n", encoding="utf-8")
        print("pins updated")
        return 0
    same_article = json.loads((PINS / "article.json").read_text(encoding="utf-8")) == article
    print(f"examples/article.txt: {'same' if same_article else 'CHANGED'}")
    if digest is not None:
        pinned = (PINS / "polnear-40.sha256").read_text(encoding="utf-8").strip()
        print(f"polnear first {SAMPLE} docs: {'same' if pinned == digest else 'CHANGED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
