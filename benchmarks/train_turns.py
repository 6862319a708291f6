"""Train the turn ranker (quotes/turnrank.py) on the tune part of the fiction split.

    python benchmarks/train_turns.py                 # fit on tune, print tune/check accuracy
    python benchmarks/train_turns.py --write         # and write quotes/sieves/turn_weights.tsv

For every untagged turn of a run of dialogue (quotes.conversation), the
candidates and their features come from :func:`quotes.turnrank.candidates`;
a candidate is right when its entity's name matches the gold speaker
(benchmarks/scoring.py leniency, PDNC aliases). A conditional logit is fitted
by plain gradient ascent with a small L2 penalty. The figures printed are the
share of open turns whose best candidate is right, on the turns where some
candidate is right and on all open turns, for tune and check (check is
never fitted on).
"""

from __future__ import annotations

import argparse
import bisect
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import scoring  # noqa: E402

import quotes  # noqa: E402
import quotes.conversation as conversation  # noqa: E402
import quotes.resolve as resolve  # noqa: E402
from quotes import turnrank  # noqa: E402

WEIGHTS = ROOT / "quotes" / "sieves" / "turn_weights.tsv"


def examples(corpus: str, part: str) -> list[list[tuple[list[float], bool]]]:
    """One list of (features, right) per open turn of the documents of *part*."""
    docs = accuracy.in_part(scoring.load_corpus(accuracy.DEFAULT_DATA / f"{corpus}-dev.jsonl"), corpus, part)
    captured: dict[str, Any] = {}
    real = conversation.converse

    def spy(items, resolved, coref, vocatives, *, off=frozenset()):  # type: ignore[no-untyped-def]
        turns = conversation._turns(items, resolved)
        for t in turns:
            t.addressed = frozenset(
                e.eid for j in t.items for name in vocatives(items[j].start, items[j].end) if (e := coref.find(name)) is not None
            )
        captured["state"] = (items, list(resolved), coref, conversation._runs(turns, resolved))
        return real(items, resolved, coref, vocatives, off=off)

    resolve.converse = spy
    out = []
    try:
        for doc in docs:
            quotes.extract(doc["text"])
            out.extend(_doc_examples(doc, *captured["state"]))
    finally:
        resolve.converse = real
    return out


def _doc_examples(doc: dict[str, Any], items: list, resolved: list, coref: Any, runs: list) -> list:
    chars = scoring.Characters.from_doc(doc)
    golds = sorted((g["start"], g) for g in doc["quotes"] if g.get("speaker") and not str(g["speaker"]).startswith("_"))
    starts = [s for s, _ in golds]

    def gold_of(it: Any) -> dict[str, Any] | None:
        i = bisect.bisect_right(starts, it.start) - 1
        for j in (i, i + 1):
            if 0 <= j < len(golds) and scoring.overlap(golds[j][1]["start"], golds[j][1]["end"], it.start, it.end) > 0:
                return golds[j][1]
        return None

    def right(key: Any, gold: dict[str, Any]) -> bool:
        if not isinstance(key, int):
            return False
        name = coref.entities[key].canonical()
        owners = chars.owners(name) if chars else frozenset()
        aliases = chars.aliases_of(gold["speaker"]) if chars else ()
        return not (owners and gold["speaker"] not in owners) and scoring.name_matches(name, gold["speaker"], aliases)

    out = []
    for run in runs:
        keys, near, firsts = conversation.run_inputs(run, items, resolved, coref)
        for k, t in enumerate(run):
            if t.anchor is not None or not conversation._open(t, resolved):
                continue
            gold = gold_of(items[t.items[0]])
            if gold is None:
                continue
            cands = turnrank.candidates(run, k, keys, coref, near, firsts)
            out.append([(f, right(key, gold)) for key, f in cands.items()])
    return out


def fit(data: list, *, epochs: int = 300, rate: float = 0.3, l2: float = 1e-3) -> list[float]:
    """Gradient ascent on the conditional log-likelihood of the right candidates."""
    w = [0.0] * len(turnrank.FEATURES)
    usable = [ex for ex in data if any(ok for _, ok in ex)]
    for _ in range(epochs):
        grad = [-l2 * x for x in w]
        for ex in usable:
            scores = [turnrank.score(f, tuple(w)) for f, _ in ex]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            n_right = sum(ok for _, ok in ex)
            for (f, ok), e in zip(ex, exps):
                coef = (ok / n_right) - e / z
                for i, v in enumerate(f):
                    grad[i] += coef * v
        w = [a + rate * g / len(usable) * 10 for a, g in zip(w, grad)]
    return w


def accuracy_of(data: list, w: list[float]) -> tuple[float, float, int]:
    """Share right among turns with a right candidate, among all turns; and the number of turns."""
    n_ok = n_reach = 0
    for ex in data:
        best = max(range(len(ex)), key=lambda i: (turnrank.score(ex[i][0], tuple(w)), -i)) if ex else None
        reach = any(ok for _, ok in ex)
        n_reach += reach
        n_ok += best is not None and ex[best][1]
    return n_ok / max(1, n_reach), n_ok / max(1, len(data)), len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write quotes/sieves/turn_weights.tsv")
    args = parser.parse_args(argv)
    tune = examples("pdnc", "tune") + examples("litbank", "tune")
    check = {c: examples(c, "check") for c in ("pdnc", "litbank")}
    w = fit(tune)
    first = [0.0] * len(turnrank.FEATURES)
    first[turnrank.FEATURES.index("first-guess")] = 1.0
    for name, data in (("tune", tune), *check.items()):
        print(f"{name:8} first guess {accuracy_of(data, first)} | ranker {accuracy_of(data, w)}")
    for name, x in zip(turnrank.FEATURES, w):
        print(f"  {name:24}{x:8.3f}")
    if args.write:
        lines = ["# Weights of the turn ranker (quotes/turnrank.py), one feature a line:",
                 "# written by `python benchmarks/train_turns.py --write` from the tune part",
                 "# of the fiction split (benchmarks/fiction_split.json), never from check."]
        lines += [f"{name}\t{x:.4f}" for name, x in zip(turnrank.FEATURES, w)]
        WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"written {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
