"""Throughput of this checkout against another one, in alternating fresh processes.

Run from the repository root (not a test; it prints figures)::

    git worktree add ../baseline 84ff2b2
    python benchmarks/speed_ab.py ../baseline --rounds 10 --corpus polnear litbank

``benchmarks/speed.py`` run from each checkout "back to back" is the
measure the issues name, but on a shared machine two such runs minutes
apart can differ by 5-10%. Here each round runs both checkouts, one fresh
interpreter each, in alternating order; each interpreter imports its
checkout's ``quotes``, extracts the corpus twice and keeps the faster pass
(CPU time). The ratio (this checkout's throughput over the other's) is
printed per round, with the median and the ratio of the best times.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

# One timed run: sys.argv = [tree, corpus file].
_RUN = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import quotes
with open(sys.argv[2], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh]
quotes.extract('Warm-up. "Hi," she said.')
best = float("inf")
for _ in range(2):
    t0 = time.process_time()
    for t in texts:
        quotes.extract(t)
    best = min(best, time.process_time() - t0)
print(best)
"""


def _time(tree: Path, corpus: Path) -> float:
    out = subprocess.run([sys.executable, "-c", _RUN, str(tree), str(corpus)], capture_output=True, text=True, check=True, cwd=tree.parent)
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (its root, holding quotes/)")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--corpus", nargs="+", default=["polnear"], choices=["polnear", "litbank", "pdnc"])
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    other = args.other.resolve()
    for corpus in args.corpus:
        path = args.data / f"{corpus}-dev.jsonl"
        mine: list[float] = []
        theirs: list[float] = []
        ratios: list[float] = []
        for r in range(args.rounds):
            order = [(ROOT, mine), (other, theirs)] if r % 2 else [(other, theirs), (ROOT, mine)]
            for tree, acc in order:
                acc.append(_time(tree, path))
            ratios.append(theirs[-1] / mine[-1])
        print(f"{corpus}: throughput of this checkout / {other.name}, per round: " + " ".join(f"{x:.3f}" for x in ratios))
        print(f"{corpus}: median {statistics.median(ratios):.3f}, best against best {min(theirs) / min(mine):.3f}")


if __name__ == "__main__":
    main()
