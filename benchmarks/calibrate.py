"""Measure entity-level confidence: how often the speaker *entity* is right,
per genre, attribution sieve and entity link (``quotes.sieves.registry.LINKS``).

    python benchmarks/calibrate.py            # print the table and the calibration it gives
    python benchmarks/calibrate.py --write    # rewrite quotes/sieves/entity_confidence.tsv

News is measured on the *tune* half of our own news set (the speaker's name
must be the gold name or an alias). PolNeAR is left out: its gold
``speaker`` is the annotated source string, often a description ("the
Washington Post fact checker"), so it would credit a description as a name.
Fiction is measured on LitBank and PDNC dev (character names and aliases).
The check half of the news set is never read here: ``benchmarks/entities.py
--split check`` reports how well the table carries over to it.

A cell (genre, sieve, link) is written when it has at least ``MIN_CELL``
items, and a row for all sieves (``*``) per link when it has ``MIN_LINK``;
each confidence is smoothed toward its link's rate (``PRIOR`` pseudo-items),
so that a small cell is not taken at its word.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import entities  # noqa: E402
import scoring  # noqa: E402

import quotes  # noqa: E402
from quotes.sieves.registry import NO_SPEAKER, REGISTRY, link_of  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
TABLE = ROOT / "quotes" / "sieves" / "entity_confidence.tsv"
MIN_CELL = 20
MIN_LINK = 10
PRIOR = 10


def _sieve(q: Any) -> str:
    if q.speaker is None and q.speaker_mention is None:
        return NO_SPEAKER
    return next((n for n in q.evidence if n in REGISTRY), NO_SPEAKER)


def observations(limit: int | None = None) -> list[tuple[str, str, str, bool]]:
    """(genre, sieve, link, right) for every found gold quote with a named speaker."""
    out: list[tuple[str, str, str, bool]] = []
    for doc in entities.load_news("tune"):
        preds = quotes.extract(doc["text"])
        for g in doc["quotes"]:
            p = entities.found(g, preds) if g["speaker"] else None
            if p is not None and "inner-quote" not in p.evidence:  # (inner quotes: quotes.inner.INNER_CONFIDENCE, measured on its own)
                ok = entities.same_entity(p.speaker.name if p.speaker else None, g["speaker"], g["aliases"])
                out.append(("news", _sieve(p), link_of(p.evidence, p.speaker is not None), ok))
    for name, genre in (("litbank", "fiction"), ("pdnc", "fiction")):
        path = DATA / f"{name}-dev.jsonl"
        if not path.is_file():
            continue
        docs = scoring.load_corpus(path)[:limit]
        for doc in docs:
            for p, ok in entities.named_speakers(doc, quotes.extract(doc["text"])):
                if p is not None:
                    out.append((genre, _sieve(p), link_of(p.evidence, p.speaker is not None), ok))
    return out


def table(obs: list[tuple[str, str, str, bool]]) -> list[tuple[str, str, str, float, int]]:
    cells: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for genre, sieve, link, ok in obs:
        for key in ((genre, sieve, link), (genre, "*", link)):
            cells[key][0] += ok
            cells[key][1] += 1
    rows = []
    for (genre, sieve, link), (right, n) in sorted(cells.items()):
        if sieve == "*" and n >= MIN_LINK:
            rows.append((genre, sieve, link, round(right / n, 2), n))
        elif sieve != "*" and n >= MIN_CELL:
            lr, ln = cells[(genre, "*", link)]
            rows.append((genre, sieve, link, round((right + PRIOR * lr / ln) / (n + PRIOR), 2), n))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"rewrite {TABLE.relative_to(ROOT)}")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents per dev corpus")
    args = parser.parse_args(argv)
    rows = table(observations(args.limit))
    for row in rows:
        print("\t".join(str(x) for x in row))
    if args.write:
        header = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        TABLE.write_text("\n".join(header + ["\t".join(str(x) for x in r) for r in rows]) + "\n", encoding="utf-8")
        print(f"written to {TABLE}; rewrite the pins: python benchmarks/pin.py --update")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
