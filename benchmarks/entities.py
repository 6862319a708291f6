"""Entity-level scoring: is the speaker the right *named* person or organisation?

A user asks "who said it" about a name. This scorer gives no credit for a
speaker mention that merely overlaps the annotated source ("Retired judge"
for "the retired judge said" is wrong when the text names her): the
predicted ``Speaker.name`` must be the gold entity's name or one of the
names it goes by.

Two uses, both printed by ``benchmarks/accuracy.py``:

* our own news set (``tests/news_eval/``, ``--corpus news``; ``--split
  tune|check|all``): named-speaker accuracy, detection recall, calibration
  (accuracy of the quotes with confidence >= 0.9 and the expected
  calibration error), and the non-speech false-hit rate (non-speech spans of
  which half or more is covered by a reported quote);
* the dev corpora: beside the mention-level metric, the same named-speaker
  accuracy on the gold quotes whose speaker is a name (PolNeAR's ``speaker``
  field, LitBank's and PDNC's characters), and on LitBank, whose gold gives
  every mention of each speaker, the cluster test of :func:`chain_level`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

try:
    from benchmarks import scoring
except ImportError:  # run as a script
    import scoring  # type: ignore[no-redef]

NEWS = Path(__file__).resolve().parents[1] / "tests" / "news_eval"
#: Confidence bins of the calibration error (lower edges).
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def find(text: str, needle: str, occurrence: int = 1) -> int:
    """The offset of the *occurrence*-th *needle* in *text*, or -1 (how the
    news set's annotations, which give text and not offsets, are placed)."""
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def load_news(split: str = "all", folder: Path = NEWS) -> list[dict[str, Any]]:
    """The articles of our news set, gold quotes with offsets, for one split."""
    names = json.loads((folder / "split.json").read_text(encoding="utf-8"))
    every = set(names["tune"]) | set(names["check"]) | set(names.get("holdout", ()))
    keep = every if split == "all" else set(names.get(split, ()))
    docs = []
    for path in sorted(folder.glob("*.json")):
        if path.name == "split.json":
            continue
        art = json.loads(path.read_text(encoding="utf-8"))
        if art["id"] not in keep:
            continue
        text = art["text"]
        golds = []
        for q in art["quotes"]:
            s = find(text, q["text"], q.get("occurrence", 1))
            aliases = tuple(art["entities"].get(q["speaker"], ())) if q["speaker"] else ()
            golds.append({"start": s, "end": s + len(q["text"]), "kind": q["kind"], "speaker": q["speaker"], "aliases": aliases})
        spans = []
        for n in art["non_speech"]:
            s = find(text, n["text"], n.get("occurrence", 1))
            spans.append((s, s + len(n["text"]), n["text"]))
        docs.append({"id": art["id"], "genre": art["genre"], "text": text, "quotes": golds, "non_speech": spans,
                     "entities": art["entities"]})
    return docs


def same_entity(pred_name: str | None, gold_name: str, aliases: Iterable[str] = ()) -> bool:
    """Strict: the predicted name is the gold name or one of its aliases
    (case, punctuation and honorifics aside); a description never is."""
    if not pred_name:
        return False
    pred = scoring.name_tokens(pred_name)
    return bool(pred) and any(pred == scoring.name_tokens(n) for n in (gold_name, *aliases) if n)


def found(g: dict[str, Any], preds: Sequence[Any]) -> Any | None:
    """The prediction that finds the gold quote *g* (:func:`scoring.is_found`),
    where a quote inside a quote (``Quote.inner``) that overlaps it as much
    as the outer one does finds it instead: our news set annotates the words
    a speaker quotes someone else as saying, with that person as speaker.
    (The dev corpora annotate no nested quotes: their scores read the
    top-level quotes only.)"""
    p = scoring.is_found(g, preds)
    if p is None:
        return None
    inner = [x for q in preds for x in q.inner]
    if inner:
        best, n = scoring.best_overlap(g, inner)
        if best is not None and n >= scoring.overlap(g["start"], g["end"], p.start, p.end):
            return best
    return p


def _inside_found_gold(s: int, e: int, pred: Any, golds: Sequence[dict[str, Any]]) -> bool:
    """Is the non-speech span *s*:*e* nested in a longer gold quote that *pred*
    finds (a title inside a reported clause, a word in an interview answer)?
    Such a hit is the right quote reported, not the span taken for speech: the
    strict false-hit rate counts it, the rate "outside gold quotes" does not."""
    for g in golds:
        if g["start"] <= s and e <= g["end"] and g["end"] - g["start"] > e - s:
            if 2 * scoring.overlap(g["start"], g["end"], pred.start, pred.end) >= g["end"] - g["start"]:
                return True
    return False


def calibration(pairs: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """Accuracy of the predictions with confidence >= 0.9, and the expected
    calibration error over the bins of :data:`BINS` (Guo et al. 2017)."""
    high = [ok for c, ok in pairs if c >= 0.9]
    ece = 0.0
    edges = (*BINS, 1.01)
    for lo, hi in zip(edges, edges[1:]):
        b = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if b:
            ece += len(b) / len(pairs) * abs(sum(ok for _, ok in b) / len(b) - sum(c for c, _ in b) / len(b))
    return {"n": len(pairs), "n_high": len(high), "acc_high": scoring.ratio(sum(high), len(high)), "ece": ece if pairs else None}


def score_news(docs: Sequence[dict[str, Any]], extract: Callable[[str], Sequence[Any]], *, max_errors: int = 0) -> dict[str, Any]:
    """Named-speaker accuracy, detection, calibration and non-speech false hits."""
    n_gold = n_found = n_with = n_named = 0
    pairs: list[tuple[float, bool]] = []
    n_ns = n_ns_hit = n_ns_inside = 0
    errors: list[str] = []
    ns_hits: list[str] = []
    junk_kinds: dict[str, int] = {}
    for doc in docs:
        text = doc["text"]
        preds = list(extract(text))
        for g in doc["quotes"]:
            n_gold += 1
            p = found(g, preds)
            n_found += p is not None
            if g["speaker"] is None:
                continue
            n_with += 1
            if p is None:
                continue
            name = p.speaker.name if p.speaker else None
            ok = same_entity(name, g["speaker"], g["aliases"])
            n_named += ok
            pairs.append((p.confidence, ok))
            if not ok and len(errors) < max_errors:
                errors.append(f"[{doc['id']}] gold {g['speaker']!r} | pred {name!r} @ "
                              f"{p.speaker_mention.text if p.speaker_mention else None!r} {p.evidence} :: "
                              f"{text[g['start']:g['end']][:90]!r}")
        for s, e, _ in doc["non_speech"]:
            n_ns += 1
            covered, hit = max(((scoring.overlap(s, e, p.start, p.end), p) for p in preds), default=(0, None),
                               key=lambda pair: pair[0])
            if 2 * covered >= (e - s):
                n_ns_hit += 1
                inside = hit is not None and _inside_found_gold(s, e, hit, doc["quotes"])
                n_ns_inside += inside
                if hit is not None and len(ns_hits) < max_errors:
                    ns_hits.append(f"[{doc['id']}] non-speech {text[s:e]!r} in a {hit.kind.value} quote "
                                   f"{'inside a gold quote ' if inside else ''}{hit.text[:60]!r} {hit.evidence}")
        for p in preds:
            if p.speaker is not None:
                junk_kinds[p.speaker.kind] = junk_kinds.get(p.speaker.kind, 0) + 1
    return {
        "n_docs": len(docs),
        "n_gold": n_gold,
        "recall": scoring.ratio(n_found, n_gold),
        "n_with_speaker": n_with,
        "named_right": scoring.ratio(n_named, n_with),
        "named_right_on_found": scoring.ratio(n_named, len(pairs)),
        "calibration": calibration(pairs),
        "non_speech": {"n": n_ns, "false_hits": n_ns_hit, "rate": scoring.ratio(n_ns_hit, n_ns),
                       "inside_gold": n_ns_inside, "rate_outside_gold": scoring.ratio(n_ns_hit - n_ns_inside, n_ns)},
        "speaker_kinds": junk_kinds,
        "errors": errors,
        "non_speech_hits": ns_hits,
    }


def entity_level(docs: Sequence[dict[str, Any]], extract: Callable[[str], Sequence[Any]]) -> dict[str, Any]:
    """Named-speaker accuracy on a dev corpus: the gold quotes whose speaker is a
    name; a found quote is right when its speaker's name matches it (surname
    leniency, as the corpora need without gold coreference), never by mention
    overlap. With a character list (PDNC), the character's aliases count."""
    n = n_right = n_strict = 0
    listed = True  # (every document has a character list: the strict figure needs one, see other_given_name)
    pairs: list[tuple[float, bool]] = []
    for doc in docs:
        chars = scoring.Characters.from_doc(doc)
        listed = listed and chars is not None
        for g, (found, ok) in zip(named_golds(doc), named_speakers(doc, list(extract(doc["text"])))):
            n += 1
            if found is not None:
                n_right += ok
                pairs.append((found.confidence, ok))
                aliases = chars.aliases_of(g["speaker"]) if chars else ()
                n_strict += ok and not other_given_name(found.speaker.name, g["speaker"], aliases)
    strict = scoring.ratio(n_strict, n) if listed and docs else None
    return {"n": n, "named_right": scoring.ratio(n_right, n), "named_right_strict": strict, "calibration": calibration(pairs)}


def other_given_name(pred_name: str, gold_name: str, aliases: Iterable[str] = ()) -> bool:
    """Does the predicted name hold a word before its last that no gold name
    or alias holds ("Lydia Bennet" for "Mrs. Bennet", "Whereas Philip" for
    "Philip")? The surname leniency of :func:`entity_level` credits such a
    name; a user reads another member of the family, or a name with a stray
    word glued on. The strict figure drops that credit. (A lower bound: a
    character list that lacks a character's full name, "Fitzwilliam Darcy"
    for "Mr. Darcy", loses credit too. Only for a corpus with a character
    list, PDNC: where a gold label is one mention's words, PolNeAR's
    "Trump", every full name would lose credit.)"""
    pred = scoring.name_tokens(pred_name)
    gold = {t for n in (gold_name, *aliases) if n for t in scoring.name_tokens(n)}
    return len(pred) > 1 and not any(t in gold for t in pred[:-1])


#: First words of a gold speaker label that make it a description, not a
#: name (LitBank labels an entity the excerpt never names by how it is
#: described: "a white man", "THE STRANGE MAN", "one of them", "our last guide").
_DESCRIPTION_OPENERS = frozenset(
    "the a an one our my his her their its this that these those other another some i we narrator".split()
)


def is_description_label(label: str) -> bool:
    """Is a gold speaker label a description rather than a name ("the man at
    the toll-bar", "narrator", "her husband"; not "Jack Durbeyfield", "MRS SHAW")?"""
    words = label.split()
    return not words or words[0].lower() in _DESCRIPTION_OPENERS or label.islower()


def chain_level(docs: Sequence[dict[str, Any]], extract: Callable[[str], Sequence[Any]]) -> dict[str, Any] | None:
    """Entity-level accuracy on a corpus with gold coreference for its speakers
    (LitBank: every mention of each speaker, ``speaker_id``), or None for a
    corpus without it.

    A found quote's speaker is the right *entity* when its cluster (the
    ``Speaker.mentions``) holds at least one mention of the gold speaker and
    no more mentions of another gold speaker: the cluster is that person,
    whatever it is called, and a merged or misplaced cluster is wrong. No
    credit for a tag mention alone ("he" in the gold chain, resolved to
    someone else). Two figures:

    * ``entity_right``: the cluster test on every gold quote with a speaker;
    * ``user_right``: a user's reading. Where the gold label is a name, the
      speaker's name must match it too (a cluster the text names but that we
      call "the pedestrian" is wrong); where the label is a description
      (the excerpt never names the person: "a white man", "THE STRANGE MAN"),
      the cluster test alone decides, as no name could match it.
    """
    n = n_entity = n_user = 0
    pairs: list[tuple[float, bool]] = []
    seen = False
    for doc in docs:
        chains: dict[str, list[tuple[int, int]]] = {}
        for g in doc["quotes"]:
            if g.get("speaker_id") is not None and g.get("speaker_mentions"):
                chains.setdefault(str(g["speaker_id"]), []).extend((int(s), int(e)) for s, e in g["speaker_mentions"])
        if not chains:
            continue
        seen = True
        preds = list(extract(doc["text"]))
        for g in doc["quotes"]:
            gid, label = g.get("speaker_id"), g.get("speaker")
            if gid is None or not label or g.get("has_source") is False:
                continue
            n += 1
            p = scoring.is_found(g, preds)
            if p is None:
                continue
            ok = p.speaker is not None and _cluster_is(p.speaker, chains, str(gid))
            n_entity += ok
            user = ok and (is_description_label(str(label)) or scoring.name_matches(p.speaker.name, str(label)))
            n_user += user
            pairs.append((p.confidence, user))
    if not seen:
        return None
    return {"n": n, "entity_right": scoring.ratio(n_entity, n), "user_right": scoring.ratio(n_user, n),
            "calibration": calibration(pairs)}


def _cluster_is(speaker: Any, chains: dict[str, list[tuple[int, int]]], gid: str) -> bool:
    """Do the speaker's mentions fall in gold chain *gid* at least once, and in no other chain more often?"""
    hits = dict.fromkeys(chains, 0)
    for m in speaker.mentions:
        for cid, spans in chains.items():
            if any(scoring.overlap(m.start, m.end, s, e) > 0 for s, e in spans):
                hits[cid] += 1
    return hits[gid] > 0 and all(v <= hits[gid] for v in hits.values())


def named_golds(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold quotes of a dev corpus document whose speaker is a name (not a
    placeholder such as "_unknowable", not a quote with no source), in order."""
    return [g for g in doc["quotes"] if g.get("speaker") and not str(g["speaker"]).startswith("_") and g.get("has_source") is not False]


def named_speakers(doc: dict[str, Any], preds: Sequence[Any]) -> list[tuple[Any | None, bool]]:
    """For each gold quote of a dev corpus document whose speaker is a name:
    the prediction that finds it (or None) and whether its speaker's name
    matches the gold name (a character's aliases count; a name that is
    exactly another character's does not)."""
    chars = scoring.Characters.from_doc(doc)
    out: list[tuple[Any | None, bool]] = []
    for g in named_golds(doc):
        gold = g["speaker"]
        p = scoring.is_found(g, preds)
        name = p.speaker.name if p is not None and p.speaker else None
        owners = chars.owners(name) if chars and name else frozenset()
        ok = bool(name) and not (owners and gold not in owners) and scoring.name_matches(
            name, gold, chars.aliases_of(gold) if chars else ())
        out.append((p, ok))
    return out


def print_news(name: str, fig: dict[str, Any]) -> None:
    cal = fig["calibration"]
    ns = fig["non_speech"]
    print(f"== {name}: {fig['n_docs']} articles, {fig['n_gold']} gold quotes, {fig['n_with_speaker']} with a named speaker")
    print(f"   detection recall {_fmt(fig['recall'])} | named speaker right {_fmt(fig['named_right'])} "
          f"(on found {_fmt(fig['named_right_on_found'])}) | confidence >= 0.9: {_fmt(cal['acc_high'])} right "
          f"(n {cal['n_high']}) | ECE {_fmt(cal['ece'])}")
    print(f"   non-speech false hits {ns['false_hits']}/{ns['n']} = {_fmt(ns['rate'])} "
          f"({ns['inside_gold']} inside a found gold quote; outside gold quotes "
          f"{ns['false_hits'] - ns['inside_gold']}/{ns['n']} = {_fmt(ns['rate_outside_gold'])}) | speaker kinds {fig['speaker_kinds']}")
    for line in fig["errors"]:
        print("   " + line)
    for line in fig.get("non_speech_hits", ()):
        print("   " + line)


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import sys

    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    import quotes

    parser = argparse.ArgumentParser(description="Entity-level figures on our own news set (tests/news_eval).")
    parser.add_argument("--split", choices=("tune", "check", "holdout", "all"), default="tune")
    parser.add_argument("--errors", type=int, default=0, help="print K wrong speakers and K non-speech spans reported as quotes")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    fig = score_news(load_news(args.split), quotes.extract, max_errors=args.errors)
    print_news(f"news ({args.split})", fig)
    if args.json:
        args.json.write_text(json.dumps(fig, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
