"""Code footprint per document: how much of the library one extraction runs.

Run from the repository root (not a test; it prints figures)::

    python benchmarks/footprint.py                       # this checkout
    python benchmarks/footprint.py ../baseline --limit 100   # and another, side by side

Why this exists: on PolNeAR, this checkout runs about as many machine
instructions per pass as ``84ff2b2`` did (0.98 of them, counted with
``valgrind --tool=cachegrind``), yet takes a fifth longer. The difference is
the memory the interpreter walks, not the work: each document runs nearly
twice as many distinct functions of ``quotes`` as it did then (their bytecode,
constants and inline caches are data to the processor), and a cache
simulation of a 1 MB second-level cache counted twice the misses per pass.
Throughput therefore follows the number of rules a document goes through
even when they do little; this script counts them, so that a change can be
judged by its footprint as well as by its timings, which vary by 10-20%
between runs on a shared machine.

For each checkout: the distinct functions of ``quotes`` called while
extracting one document (mean over the documents, each extracted once
before, so caches are warm), the bytes of their bytecode, and the modules
with the most bytecode run per document.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

# One checkout, in a fresh interpreter: sys.argv = [tree, corpus file, limit].
_RUN = r"""
import collections, json, sys
sys.path.insert(0, sys.argv[1])
import quotes
with open(sys.argv[2], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh][: int(sys.argv[3])]
for t in texts:
    quotes.extract(t)
seen = set()
def profile(frame, event, arg):
    if event == "call":
        seen.add(frame.f_code)
n_funcs = n_bytes = 0
by_module = collections.Counter()
for t in texts:
    seen.clear()
    sys.setprofile(profile)
    quotes.extract(t)
    sys.setprofile(None)
    mine = [c for c in seen if "/quotes/" in c.co_filename.replace("\\", "/")]
    n_funcs += len(mine)
    for c in mine:
        n_bytes += len(c.co_code)
        by_module[c.co_filename.replace("\\", "/").split("/quotes/", 1)[1]] += len(c.co_code)
n = max(1, len(texts))
print(json.dumps({"docs": len(texts), "functions": n_funcs / n, "bytes": n_bytes / n,
                  "modules": {k: v / n for k, v in by_module.most_common(12)}}))
"""


def measure(tree: Path, corpus: Path, limit: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _RUN, str(tree), str(corpus), str(limit)],
                         capture_output=True, text=True, check=True, cwd=tree.parent)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("others", nargs="*", type=Path, help="other checkouts (their roots, holding quotes/)")
    ap.add_argument("--corpus", default="polnear", choices=["polnear", "litbank", "pdnc"])
    ap.add_argument("--limit", type=int, default=100, help="documents (default: 100)")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    path = args.data / f"{args.corpus}-dev.jsonl"
    for tree in [ROOT, *args.others]:
        fig = measure(tree.resolve(), path, args.limit)
        print(f"{tree.resolve().name}: {args.corpus}, {fig['docs']} documents: "
              f"{fig['functions']:.0f} distinct functions and {fig['bytes'] / 1000:.0f} kB of bytecode run per document")
        for module, size in fig["modules"].items():
            print(f"    {module:28s} {size / 1000:6.1f} kB")


if __name__ == "__main__":
    main()
