"""Rules or a learned ranker for untagged dialogue turns? (issue 13, item 2)

    python benchmarks/turn_ranker.py                 # LitBank and PDNC dev, leave-one-document-out
    python benchmarks/turn_ranker.py --corpus pdnc

For every open turn the conversation model re-decides (an untagged line in
a run of dialogue), the candidate speakers and their features
(``benchmarks/turn_features.py``) are recorded from one run of the library, before
the model decides. A linear ranker (softmax over the candidates, trained by
stochastic gradient descent in pure Python) is trained on all documents but
one and tested on that one; the figure beside it is how often the rules'
final choice for the same turns is the gold speaker. Only turns with a gold
named speaker count. The weights are printed; nothing is written.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scoring  # noqa: E402

import quotes  # noqa: E402
from quotes import conversation, resolve  # noqa: E402
from turn_features import FEATURES, candidates  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def collect(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The open turns of one document: span, candidates (name, features) and the rules' choice."""
    turns_out: list[dict[str, Any]] = []
    original = conversation.converse

    def spy(items: list, resolved: list, coref: Any, addressees: Any, named: Any, **kw: Any) -> list:
        # (the turns and runs converse reads, built as it builds them)
        turns = conversation.prepared_turns(items, resolved, coref, addressees, named)
        pending = []
        for run in conversation._runs(turns, resolved, kw.get("breaks", frozenset()), kw.get("named_in", lambda p: set())):
            for k, t in enumerate(run):
                if t.anchor is not None or not conversation._open(t, resolved):
                    continue
                cands = candidates(run, k, resolved, coref, items[t.items[0]].start, conversation._key)
                pending.append((items[t.items[0]], t.items[0], cands))
        out = original(items, resolved, coref, addressees, named, **kw)
        for it, j, cands in pending:
            name = lambda key: "I" if key == "I" else coref.entities[key].canonical()  # noqa: E731
            rule_key = conversation._key(out[j])
            turns_out.append({
                "start": it.start, "end": it.end,
                "cands": [(name(key), vec) for key, vec in cands],
                "rule": name(rule_key) if rule_key is not None else None,
            })
        return out

    resolve.converse = spy
    try:
        quotes.extract(doc["text"], config=quotes.Config(genre="fiction"))
    finally:
        resolve.converse = original
    return turns_out


def right(name: str | None, gold: dict[str, Any], chars: Any) -> bool:
    """Is *name* the gold speaker (as :func:`scoring.speaker_right` judges a name)?"""
    if not name or not gold.get("speaker"):
        return False
    if chars:
        owners = chars.owners(name)
        if owners and gold["speaker"] not in owners:
            return False
    return scoring.name_matches(name, gold["speaker"], chars.aliases_of(gold["speaker"]) if chars else ())


def labelled(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The document's open turns with a gold named speaker, each candidate marked right or wrong."""
    chars = scoring.Characters.from_doc(doc)
    golds = [g for g in doc["quotes"] if g.get("speaker")]
    starts = sorted((g["start"], g["end"], i) for i, g in enumerate(golds))
    out = []
    for turn in collect(doc):
        hit = next((golds[i] for s, e, i in starts if s < turn["end"] and turn["start"] < e), None)
        if hit is None:
            continue
        turn["ok"] = [right(n, hit, chars) for n, _ in turn["cands"]]
        turn["rule_ok"] = right(turn["rule"], hit, chars)
        out.append(turn)
    return out


def train(turns: list[dict[str, Any]], epochs: int = 12, rate: float = 0.1, l2: float = 1e-4, seed: int = 0) -> list[float]:
    """Softmax-over-candidates weights by SGD (turns with no right candidate are skipped)."""
    w = [0.0] * len(FEATURES)
    data = [t for t in turns if any(t["ok"])]
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for t in data:
            scores = [sum(a * b for a, b in zip(w, vec)) for _, vec in t["cands"]]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            z = sum(exps)
            gold = sum(e for e, ok in zip(exps, t["ok"]) if ok) / z
            for i in range(len(w)):
                expect = sum(e * vec[i] for e, (_, vec) in zip(exps, t["cands"])) / z
                want = sum(e * vec[i] for e, (_, vec), ok in zip(exps, t["cands"], t["ok"]) if ok) / (gold * z)
                w[i] += rate * (want - expect) - l2 * w[i]
    return w


def pick(w: list[float], turn: dict[str, Any]) -> int:
    """The index of the best-scoring candidate."""
    return max(range(len(turn["cands"])), key=lambda i: sum(a * b for a, b in zip(w, turn["cands"][i][1])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", default=["litbank", "pdnc"])
    args = parser.parse_args(argv)
    for corpus in args.corpus:
        docs = scoring.load_corpus(DATA / f"{corpus}-dev.jsonl")
        per_doc = {d["id"]: labelled(d) for d in docs}
        n = ranker_ok = rule_ok = 0
        for did, turns in per_doc.items():
            if not turns:
                continue
            w = train([t for other, ts in per_doc.items() if other != did for t in ts])
            for t in turns:
                n += 1
                rule_ok += t["rule_ok"]
                ranker_ok += bool(t["cands"]) and t["ok"][pick(w, t)]
        reachable = sum(any(t["ok"]) for ts in per_doc.values() for t in ts)
        print(f"== {corpus}: {n} open turns with a named gold speaker ({reachable} with the right speaker among the candidates)")
        print(f"   rules: {rule_ok / max(1, n):.3f}   ranker, leave-one-document-out: {ranker_ok / max(1, n):.3f}")
        w = train([t for ts in per_doc.values() for t in ts])
        print("   weights (all documents): " + ", ".join(f"{name} {x:+.2f}" for name, x in zip(FEATURES, w)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
