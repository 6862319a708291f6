"""A small learned ranker over the candidate speakers of an untagged turn (issue 13).

The conversation model (:mod:`quotes.conversation`) cuts fiction's dialogue
into runs of turns. For an untagged turn, :func:`candidates` lists who may
speak it, each with a few features read from the run: the anchors (tagged
turns) at even and odd distances, the speakers decided for the turns just
before and after, who those turns address by name, who this turn addresses,
the first answer of the sieves, the people mentioned just before the run.
:func:`best` scores them with the weights of ``sieves/turn_weights.tsv``
(a conditional logit, McFadden 1974, as the speaker rankers of He et al.
2013 and Muzny et al. 2017 rank candidates), written by
``benchmarks/train_turns.py`` from the tune part of the fiction split.
Pure Python; no weights file, no ranker.
"""

from __future__ import annotations

import functools
import math
from importlib import resources
from typing import Any

__all__ = ["FEATURES", "best", "candidates", "weights"]

#: The features of a candidate, in the order of the weights file.
FEATURES = (
    "anchor-even",  # 1/d for its nearest anchor an even number d of turns away
    "anchor-odd",  # 1/d for its nearest anchor an odd number of turns away
    "spoke-prev1",  # the turn before is decided for it
    "spoke-prev2",  # the turn two before
    "spoke-next1",  # the turn after
    "spoke-next2",  # the turn two after
    "addressed-by-neighbour",  # the turn before or after addresses it by name
    "addressed-by-self",  # this turn addresses it
    "addressed-odd-far",  # a turn three or five away addresses it
    "first-guess",  # the sieves' first answer
    "mentioned-before-run",  # 1/(rank+1) among the people mentioned before the run
    "narrator",  # the unnamed first-person narrator
    "run-head",  # the turn opens its run (no turn before)
    "first-by-narration",  # the first answer, from the narration before (narration-subject)
    "first-by-nearest",  # the first answer, the nearest person mentioned (nearest-mention)
    "anchors-even",  # how many of its anchors are an even number of turns away (/3)
    "anchors-odd",  # how many an odd number (/3)
)

_REACH = 6


def candidates(run: list, k: int, keys: list, coref: Any, near: list[int], firsts: list) -> dict[Any, list[float]]:
    """Who may speak turn *k* of *run*, with their features.

    *keys*: each turn's speaker key as first decided (an entity id, "I" or None);
    a turn's ``anchor`` is set when a tag or a beat decided it. *near*: entity
    ids of the people mentioned last before the run, most recent first.
    *firsts*: the rule of each turn's first answer (or None)."""
    out: dict[Any, list[float]] = {}

    def row(key: Any) -> list[float]:
        if key not in out:
            out[key] = [0.0] * len(FEATURES)
        return out[key]

    for d in range(1, _REACH + 1):
        for j in (k - d, k + d):
            if not 0 <= j < len(run) or run[j].anchor is None or keys[j] is None:
                continue
            f = row(keys[j])
            slot = 0 if d % 2 == 0 else 1
            f[slot] = max(f[slot], 1.0 / d)
            f[15 + slot] += 1.0 / 3
    for off, slot in ((-1, 2), (-2, 3), (1, 4), (2, 5)):
        j = k + off
        if 0 <= j < len(run) and keys[j] is not None:
            row(keys[j])[slot] = 1.0
    for j in (k - 1, k + 1):
        if 0 <= j < len(run):
            for eid in run[j].addressed:
                row(eid)[6] = 1.0
    for eid in run[k].addressed:
        row(eid)[7] = 1.0
    for j in (k - 5, k - 3, k + 3, k + 5):
        if 0 <= j < len(run):
            for eid in run[j].addressed:
                row(eid)[8] = 1.0
    if keys[k] is not None:
        f = row(keys[k])
        f[9] = 1.0
        f[13] = 1.0 if firsts[k] == "narration-subject" else 0.0
        f[14] = 1.0 if firsts[k] == "nearest-mention" else 0.0
    for rank, eid in enumerate(near[:4]):
        row(eid)[10] = max(row(eid)[10], 1.0 / (rank + 1))
    for key, f in out.items():
        f[11] = 1.0 if key == "I" else 0.0
        f[12] = 1.0 if k == 0 else 0.0
    return out


@functools.cache
def weights() -> tuple[float, ...] | None:
    """The weights of ``sieves/turn_weights.tsv``, or None when there is no such file."""
    path = resources.files("quotes.sieves").joinpath("turn_weights.tsv")
    if not path.is_file():
        return None
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, value = line.split("\t")[:2]
            table[name] = float(value)
    return tuple(table.get(name, 0.0) for name in FEATURES)


def score(f: list[float], w: tuple[float, ...]) -> float:
    """The linear score of one candidate."""
    return sum(a * b for a, b in zip(f, w))


def best(cands: dict[Any, list[float]], w: tuple[float, ...]) -> tuple[Any, float] | None:
    """The best candidate and its probability among them (softmax of the scores)."""
    if not cands:
        return None
    scored = sorted(((score(f, w), i, key) for i, (key, f) in enumerate(cands.items())), key=lambda x: (-x[0], x[1]))
    top = scored[0][0]
    z = sum(math.exp(s - top) for s, _, _ in scored)
    return scored[0][2], 1.0 / z
