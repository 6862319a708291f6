"""Candidate speakers of an untagged dialogue turn, as features for a ranker.

Issue 13 asks to decide by measurement between the conversation model's
rules (:mod:`quotes.conversation`) and a small learned ranker over candidate
speakers. This module (a benchmark helper: the library does not use it) describes each candidate of an open turn with the cues
the rules read one at a time (distance and parity of the anchors, who the
neighbouring turns address, the first-pass guess and its rule, recency,
who speaks in the run), so that ``benchmarks/turn_ranker.py`` can train a
linear ranker leave-one-document-out and compare it with the rules.
"""

from __future__ import annotations

from typing import Any

from quotes.coref import Coref

__all__ = ["FEATURES", "candidates"]

#: The features of a candidate, in order.
FEATURES = (
    "even-anchor",  # 1/d for the nearest anchor of this speaker an even number d of turns away
    "odd-anchor",  # 1/d for the nearest anchor of this speaker an odd number of turns away
    "addressed-before",  # the turn before addresses the candidate
    "addressed-after",  # the turn after addresses the candidate
    "addressed-here",  # the turn itself addresses the candidate
    "guess",  # the first pass chose the candidate
    "guess-narration",  # ... by the subject of the narration before
    "guess-nearest",  # ... as the nearest person mentioned
    "recency",  # 1/(rank+1) among the people mentioned before the turn
    "run-share",  # the candidate's share of the run's anchors
    "speaks",  # the candidate is tagged as a speaker somewhere in the text
    "before-prev",  # the speaker of the anchored turn two before (alternation)
    "prev-guess",  # the first pass gave the turn before to the candidate
    "prev2-guess",  # the first pass gave the turn two before to the candidate
    "narrator",  # the candidate is the first-person narrator
)


def candidates(run: list[Any], k: int, resolved: list, coref: Coref, pos: int, key_of: Any) -> list[tuple[Any, list[float]]]:
    """The candidate speakers of turn *k* of *run* with their features.

    *key_of* maps a resolved item to its speaker key (an entity id, "I" or
    None), as :func:`quotes.conversation._key` does."""
    feats: dict[Any, list[float]] = {}

    def f(key: Any) -> list[float]:
        if key not in feats:
            feats[key] = [0.0] * len(FEATURES)
        return feats[key]

    anchors = [(j, key_of(resolved[t.anchor])) for j, t in enumerate(run) if t.anchor is not None]
    n_anchor = max(1, len(anchors))
    for j, key in anchors:
        if key is None or j == k:
            continue
        d = abs(j - k)
        slot = 0 if d % 2 == 0 else 1
        f(key)[slot] = max(f(key)[slot], 1.0 / d)
        f(key)[9] += 1.0 / n_anchor
    for j, slot in ((k - 1, 2), (k + 1, 3), (k, 4)):
        if 0 <= j < len(run):
            for eid in run[j].addressed:
                f(eid)[slot] = 1.0
    first = resolved[run[k].items[0]]
    guess = key_of(first)
    if guess is not None:
        f(guess)[5] = 1.0
        rule = first[2].rule if first[2] is not None else ""
        f(guess)[6] = float(rule == "narration-subject")
        f(guess)[7] = float(rule == "nearest-mention")
    people = [e for e in coref._before(pos, limit=12) if e.person and e.kind == "person"][:6]
    for rank, e in enumerate(people):
        f(e.eid)[8] = 1.0 / (rank + 1)
    if k >= 2 and run[k - 2].anchor is not None and run[k - 1].anchor is not None:
        two = key_of(resolved[run[k - 2].anchor])
        if two is not None and two != key_of(resolved[run[k - 1].anchor]):
            f(two)[11] = 1.0
    for back, slot in ((1, 12), (2, 13)):
        if k >= back:
            g = key_of(resolved[run[k - back].items[0]])
            if g is not None:
                f(g)[slot] = 1.0
    for key, vec in feats.items():
        if isinstance(key, int) and coref.entities[key].speaks:
            vec[10] = 1.0
        vec[14] = float(key == "I")
    return [(key, vec) for key, vec in feats.items() if key is not None]
