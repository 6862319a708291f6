"""Accuracy figures of ``quotes`` on the development corpora.

This is a report, not a test: it prints tables and a checklist of targets.

    python benchmarks/accuracy.py                       # polnear, litbank, pdnc
    python benchmarks/accuracy.py --corpus polnear --limit 50 --errors 10
    python benchmarks/accuracy.py --backend stanza --json /tmp/figures.json
    python benchmarks/accuracy.py --corpus wikinews_de redewiedergabe
    python benchmarks/accuracy.py --set indirect=false --set scare_max_words=3
    python benchmarks/accuracy.py --set 'disabled_sieves=["turn-taking"]'   # one sieve off
    python benchmarks/accuracy.py --write-confidence   # rewrite quotes/sieves/confidence.tsv
    python benchmarks/accuracy.py --corpus litbank pdnc --part tune   # one part of the fiction split

After the corpora, a table lists every registered sieve (``quotes.sieves.registry``)
in the order they decide, with its stage, its confidence from the table and its
volume and attribution precision on each corpus. ``--write-confidence``
rewrites the confidence table from these figures (PolNeAR and LitBank pooled;
LitBank and PDNC for the dialogue sieves; sieves with fewer than
``MIN_ITEMS`` items keep their confidence), which changes every quote's
``confidence``: rewrite the pins after it (``benchmarks/pin.py --update``).

The data is read in place from ``<repo>/../shared/data/<corpus>-dev.jsonl``
(``--data`` to change it) and is never copied. The seed articles come from
``<repo>/../shared/seeds/*.txt``. Scoring is defined in ``scoring.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

try:
    from benchmarks import entities, scoring
except ImportError:  # run as a script: benchmarks/ itself is on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import entities  # type: ignore[no-redef]
    import scoring  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"

ENGLISH = ("polnear", "litbank", "pdnc")
#: The fiction corpora's documents, split once by id into a tune and a check part (issue 13).
FICTION_SPLIT = Path(__file__).resolve().parent / "fiction_split.json"
GERMAN = ("wikinews_de", "redewiedergabe")

#: (stage, corpus, path into the corpus figures, threshold)
TARGETS: tuple[tuple[str, str, tuple[str, ...], float], ...] = (
    ("detection", "polnear", ("kinds", "direct", "recall"), 0.97),
    ("detection", "litbank", ("kinds", "direct", "recall"), 0.97),
    ("detection", "pdnc", ("kinds", "direct", "recall"), 0.97),
    # Issue 2 measures the quote-span detector: the spans in quotation marks.
    ("detection", "polnear", ("span_detection", "precision"), 0.95),
    ("full", "polnear", ("kinds", "direct", "end_to_end"), 0.92),
    ("full", "polnear", ("kinds", "mixed", "end_to_end"), 0.85),
    ("full", "polnear", ("kinds", "indirect", "recall"), 0.40),
    ("full", "polnear", ("kinds", "indirect", "attr_on_found"), 0.85),
    ("full", "polnear", ("precision", "all", "precision"), 0.85),
    ("full", "litbank", ("kinds", "all", "end_to_end"), 0.80),
    ("full", "pdnc", ("kinds", "all", "end_to_end"), 0.70),
)


# --------------------------------------------------------------------------
# setup
# --------------------------------------------------------------------------


def import_quotes() -> Any:
    """Import the library, from the repository if it is not installed."""
    try:
        import quotes
    except ImportError:
        sys.path.insert(0, str(REPO))
        import quotes
    if not hasattr(quotes, "Extractor"):
        raise SystemExit(
            f"quotes imported from {getattr(quotes, '__file__', None) or list(quotes.__path__)} "
            "has no Extractor (is the package finished?)"
        )
    return quotes


def parse_settings(pairs: Sequence[str]) -> dict[str, Any]:
    """``["indirect=false", "modes=[\\"speech\\"]"]`` -> keyword arguments.

    Values are read as JSON when they parse (numbers, booleans, lists),
    otherwise kept as strings.
    """
    settings: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise SystemExit(f"--set expects KEY=VALUE, got {pair!r}")
        try:
            value: Any = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        settings[key.strip()] = value
    return settings


#: Settings a corpus's annotation guidelines call for. PolNeAR follows PARC
#: (Pareti 2016): a quote whose tag an outer source reports ('"…," Bell said,
#: according to the radio') is the outer source's, with the tag in its
#: content; the library's default names the inner speaker, who said it.
CONVENTIONS: dict[str, dict[str, Any]] = {"polnear": {"nested_source": "outer"}}


def make_extractor(quotes: Any, backend: str, settings: dict[str, Any]) -> Any:
    """``quotes.Extractor(backend=..., config=...)``; config only when --set is used."""
    if settings:
        return quotes.Extractor(backend=backend, config=quotes.Config(**settings))
    return quotes.Extractor(backend=backend)


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------


def fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def clip(text: str | None, width: int) -> str:
    """One line, at most *width* characters (``…`` marks a cut)."""
    if not text:
        return "-"
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def dig(figures: dict[str, Any], path: Sequence[str]) -> Any:
    """``figures[a][b][c]`` or ``None`` when a key is missing."""
    node: Any = figures
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _span_text(span: Any) -> str | None:
    return None if span is None else getattr(span, "text", None)


def _value(enum_or_str: Any) -> str | None:
    return None if enum_or_str is None else str(getattr(enum_or_str, "value", enum_or_str))


# --------------------------------------------------------------------------
# seed article
# --------------------------------------------------------------------------

SEED_COLUMNS: tuple[tuple[str, int], ...] = (
    ("#", 3),
    ("kind", 8),
    ("mode", 8),
    ("speaker", 22),
    ("mention", 18),
    ("cue", 14),
    ("addressee", 14),
    ("evidence", 30),
    ("text", 70),
)


def seed_row(index: int, quote: Any) -> list[str]:
    speaker = getattr(quote, "speaker", None)
    return [
        str(index),
        _value(getattr(quote, "kind", None)) or "-",
        _value(getattr(quote, "mode", None)) or "-",
        getattr(speaker, "name", None) or "-",
        _span_text(getattr(quote, "speaker_mention", None)) or "-",
        _span_text(getattr(quote, "cue", None)) or "-",
        _span_text(getattr(quote, "addressee", None)) or "-",
        ",".join(getattr(quote, "evidence", ()) or ()) or "-",
        getattr(quote, "text", "") or "-",
    ]


def run_seeds(extract: Callable[[str], Sequence[Any]], folder: Path) -> list[dict[str, Any]]:
    """Print every quote found in the seed articles; return them for --json."""
    print(f"== seed articles ({folder})")
    if not folder.is_dir():
        print("   (folder absent: skipped)\n")
        return []
    files = sorted(folder.glob("*.txt"))
    if not files:
        print("   (no .txt files: skipped)\n")
        return []
    report: list[dict[str, Any]] = []
    header = " ".join(name.ljust(width) for name, width in SEED_COLUMNS)
    for path in files:
        text = path.read_text(encoding="utf-8")
        began = time.perf_counter()
        found = list(extract(text))
        took = time.perf_counter() - began
        print(f"-- {path.name}: {len(text):,} chars, {len(found)} quotes, {took * 1000:.0f} ms")
        print(header)
        for i, quote in enumerate(found, 1):
            cells = seed_row(i, quote)
            print(" ".join(clip(c, w).ljust(w) for c, (_, w) in zip(cells, SEED_COLUMNS)).rstrip())
        print()
        report.append(
            {
                "file": path.name,
                "quotes": [
                    q.to_dict()
                    if hasattr(q, "to_dict")
                    else dict(zip((n for n, _ in SEED_COLUMNS[1:]), seed_row(i, q)[1:]))
                    for i, q in enumerate(found, 1)
                ],
            }
        )
    return report


# --------------------------------------------------------------------------
# corpus tables
# --------------------------------------------------------------------------

ROW_HEAD = f"{'':<12}{'n_gold':>8}{'recall':>9}{'n_with_spk':>12}{'attr_on_found':>15}{'end_to_end':>12}"


def print_rows(rows: dict[str, dict[str, Any]], order: Sequence[str]) -> None:
    print(ROW_HEAD)
    for key in order:
        row = rows.get(key)
        if row is None or (key != "all" and not row["n_gold"]):
            continue
        print(
            f"{key:<12}{row['n_gold']:>8}{fmt_ratio(row['recall']):>9}"
            f"{row['n_with_speaker']:>12}{fmt_ratio(row['attr_on_found']):>15}"
            f"{fmt_ratio(row['end_to_end']):>12}"
        )


def print_corpus(name: str, fig: dict[str, Any]) -> None:
    secs = fig["seconds"]
    print(
        f"== {name}: {fig['n_docs']} docs, {fig['n_chars']:,} chars, "
        f"{fig['kinds']['all']['n_gold']} gold quotes, extraction {secs:.1f} s"
    )
    if fig["n_failed_docs"]:
        print(f"   !! extraction failed on {fig['n_failed_docs']} docs; first: {fig['first_failure']}")
    kinds = fig["kinds"]
    order = [k for k in (*scoring.KINDS, *sorted(set(kinds) - {*scoring.KINDS, "all"}), "all")]
    print_rows(kinds, order)
    by_type = fig.get("by_attribution_type") or {}
    if by_type:
        print("by gold attribution_type:")
        print_rows(by_type, sorted(by_type))

    prec = fig["precision"]
    overall = prec.get("all", {"n_pred": 0, "precision": None})
    parts = [f"all {fmt_ratio(overall['precision'])} (n_pred {overall['n_pred']})"]
    parts += [
        f"{kind} {fmt_ratio(row['precision'])} ({row['n_pred']})"
        for kind, row in prec.items()
        if kind != "all"
    ]
    print("precision:  " + " | ".join(parts))
    sd = fig.get("span_detection")
    if sd:
        print(
            f"quote-span detection (spans in marks: direct quotes + mixed fragments): "
            f"precision {fmt_ratio(sd['precision'])} (n {sd['n_spans']}) | direct recall {fmt_ratio(sd['direct_recall'])}"
        )
    modes = fig.get("precision_by_mode") or {}
    if modes:
        print(
            "by mode:    "
            + " | ".join(f"{m} {fmt_ratio(r['precision'])} ({r['n_pred']})" for m, r in modes.items())
        )
    cps = fig["chars_per_sec"]
    print(f"n_pred {overall['n_pred']}, speed {'-' if cps is None else f'{cps:,.0f}'} chars/s")

    rules = fig["rules"]
    if rules:
        print("attribution precision by evidence rule (precise predictions, gold with speaker):")
        width = max(24, *(len(r["rule"]) for r in rules)) + 2
        print(f"  {'rule':<{width}}{'n':>7}{'precision':>11}")
        for row in rules:
            print(f"  {row['rule']:<{width}}{row['n']:>7}{fmt_ratio(row['precision']):>11}")
    print()


def print_examples(name: str, examples: dict[str, list[dict[str, Any]]]) -> None:
    missed, wrong = examples.get("missed", []), examples.get("wrong", [])
    print(f"-- {name}: {len(missed)} missed gold quotes")
    for ex in missed:
        near = ex.get("nearest_pred")
        note = (
            f"nearest pred {near['kind']} [{near['start']}:{near['end']}] overlap {near['overlap']}"
            if near
            else "no overlapping pred"
        )
        print(f"  [{ex['doc']} {ex['start']}:{ex['end']} {ex['kind']}] gold: {ex['gold_speaker']}; {note}")
        print(f"      {ex['snippet']}")
    print(f"-- {name}: {len(wrong)} wrong attributions")
    for ex in wrong:
        kind = ex["kind"] + (f"/{ex['attribution_type']}" if ex.get("attribution_type") else "")
        print(
            f"  [{ex['doc']} {ex['start']}:{ex['end']} {kind}] gold: {ex['gold_speaker']}"
            f" | pred: {ex['pred_speaker'] or '-'} @ {ex['pred_mention']!r}"
            f" | evidence: {','.join(ex['evidence']) or '-'}"
        )
        print(f"      {ex['snippet']}")
    print()


# --------------------------------------------------------------------------
# targets
# --------------------------------------------------------------------------


def check_targets(corpora: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Compare figures with :data:`TARGETS`: status PASS, FAIL or SKIP."""
    results = []
    for stage, corpus, path, threshold in TARGETS:
        value = dig(corpora.get(corpus, {}), path)
        status = "SKIP" if value is None else ("PASS" if value >= threshold else "FAIL")
        metric = {"precision": "precision", "span_detection": "quote-span precision"}.get(path[0]) or f"{path[1]} {path[2]}"
        results.append(
            {
                "stage": stage,
                "target": f"{corpus} {metric}",
                "value": value,
                "threshold": threshold,
                "status": status,
            }
        )
    return results


def print_targets(results: list[dict[str, Any]], limited: bool) -> None:
    titles = {"detection": "targets, detection stage:", "full": "targets, full pipeline:  "}
    for stage, title in titles.items():
        items = [
            f"[{r['status']}] {r['target']} {fmt_ratio(r['value'])}>={r['threshold']:.2f}"
            for r in results
            if r["stage"] == stage
        ]
        print(f"{title} " + "  ".join(items))
    passed = sum(r["status"] == "PASS" for r in results)
    checked = sum(r["status"] != "SKIP" for r in results)
    note = " (on a --limit subset)" if limited else ""
    print(f"targets passed: {passed}/{checked} checked, {len(results) - checked} skipped{note}")


# --------------------------------------------------------------------------
# the sieves of the registry
# --------------------------------------------------------------------------

#: Sieves measured on fewer items than this keep the confidence they have.
MIN_ITEMS = 5
#: Which corpora measure the confidence of a sieve, by its stage.
CONFIDENCE_CORPORA = {"dialogue": ("litbank", "pdnc")}
DEFAULT_CONFIDENCE_CORPORA = ("polnear", "litbank")


def sieve_rows(corpora: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per registered sieve: its registry facts and [right, n] per corpus."""
    from quotes.sieves.registry import REGISTRY

    by_corpus = {name: {r["rule"]: (r["right"], r["n"]) for r in fig["rules"]} for name, fig in corpora.items()}
    rows = []
    for sieve in REGISTRY:
        counts = {name: rules.get(sieve.name, (0, 0)) for name, rules in by_corpus.items()}
        rows.append({"sieve": sieve.name, "stage": sieve.stage, "family": sieve.family,
                     "confidence": sieve.confidence, "counts": counts})
    return rows


def print_sieves(rows: list[dict[str, Any]], corpora: Sequence[str]) -> None:
    print("== sieves (quotes.sieves.registry, in the order they decide): n / attribution precision per corpus")
    head = "".join(f"{name:>18}" for name in corpora)
    print(f"  {'sieve':<24}{'stage':<10}{'family':<10}{'conf':>6}{head}")
    for row in rows:
        cells = ""
        for name in corpora:
            right, n = row["counts"].get(name, (0, 0))
            cells += f"{n:>8} {fmt_ratio(scoring.ratio(right, n)):>9}"
        print(f"  {row['sieve']:<24}{row['stage']:<10}{row['family']:<10}{row['confidence']:>6.2f}{cells}")
    print()


def write_confidence(rows: list[dict[str, Any]], path: Path) -> None:
    """Rewrite the confidence table from the measured precision of each sieve."""
    from quotes.sieves.registry import NO_SPEAKER, read_confidences

    text = path.read_text(encoding="utf-8")
    old = read_confidences(text)
    header = [line for line in text.splitlines() if line.startswith("#")]
    lines = list(header)
    measured = {}
    for row in rows:
        pool = CONFIDENCE_CORPORA.get(row["stage"], DEFAULT_CONFIDENCE_CORPORA)
        right = sum(row["counts"].get(c, (0, 0))[0] for c in pool)
        n = sum(row["counts"].get(c, (0, 0))[1] for c in pool)
        measured[row["sieve"]] = (round(right / n, 2), n) if n >= MIN_ITEMS else None
    for name in sorted(old):
        conf, n = old[name]
        if measured.get(name) is not None and name != NO_SPEAKER:
            conf, n = measured[name]  # type: ignore[misc]
        lines.append(f"{name}\t{conf}\t{'' if n is None else n}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"confidences written to {path}; rewrite the pins: python benchmarks/pin.py --update")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def in_part(docs: list[Any], corpus: str, part: str) -> list[Any]:
    """The documents of *corpus* in *part* of the fiction split ("all": every document)."""
    split = json.loads(FICTION_SPLIT.read_text(encoding="utf-8"))
    if part == "all" or corpus not in split:
        return docs
    keep = set(split[corpus][part])
    return [d for d in docs if d["id"] in keep]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Detection and attribution accuracy of quotes on the dev corpora.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument(
        "--corpus",
        nargs="+",
        choices=(*ENGLISH, *GERMAN),
        default=list(ENGLISH),
        metavar="NAME",
        help=f"corpora to score, among {', '.join((*ENGLISH, *GERMAN))}",
    )
    parser.add_argument("--backend", default="rules", choices=("rules", "stanza"))
    parser.add_argument("--news", choices=("tune", "check", "all", "none"), default="tune",
                        help="which half of our own news set (tests/news_eval) to score entity-level")
    parser.add_argument("--part", choices=("tune", "check", "all"), default="all",
                        help="score only this part of LitBank and PDNC (benchmarks/fiction_split.json); other corpora whole")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N docs of each corpus")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with <corpus>-dev.jsonl")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder with seed articles (*.txt)")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seed-article section")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="write all figures to this file")
    parser.add_argument("--errors", type=int, default=0, metavar="K", help="print K missed and K misattributed quotes per corpus")
    parser.add_argument(
        "--write-confidence",
        nargs="?",
        const=REPO / "quotes" / "sieves" / "confidence.tsv",
        type=Path,
        default=None,
        metavar="TSV",
        help="rewrite the sieve confidence table (default: quotes/sieves/confidence.tsv) from the measured precision",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a quotes.Config field (value parsed as JSON when possible); repeatable",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    quotes = import_quotes()
    settings = parse_settings(args.set)
    extractor = make_extractor(quotes, args.backend, settings)
    where = getattr(quotes, "__file__", None) or REPO / "quotes"
    print(f"quotes from {where}, backend={args.backend}" + (f", config {settings}" if settings else ""))
    print()

    report: dict[str, Any] = {
        "backend": args.backend,
        "config": settings,
        "quotes_module": str(where),
        "data": str(args.data),
        "limit": args.limit,
        "part": args.part,
        "seeds": [],
        "corpora": {},
    }
    if not args.no_seeds:
        report["seeds"] = run_seeds(extractor.extract, args.seeds)

    for name in dict.fromkeys(args.corpus):
        path = args.data / f"{name}-dev.jsonl"
        if not path.is_file():
            print(f"== {name}: {path} not found, skipped\n")
            continue
        docs = in_part(scoring.load_corpus(path), name, args.part)
        if args.limit is not None:
            docs = docs[: args.limit]
        print(f"   scoring {name} ({len(docs)} docs) ...", flush=True)
        cache: dict[str, Any] = {}
        # A corpus is scored in its own annotation convention (CONVENTIONS),
        # unless --set chose the setting.
        own = {k: v for k, v in CONVENTIONS.get(name, {}).items() if k not in settings}
        corpus_extractor = make_extractor(quotes, args.backend, {**settings, **own}) if own else extractor
        if own:
            print(f"   ({name} in its annotation convention: {own})")

        def extract(text: str, cache: dict[str, Any] = cache, ex: Any = corpus_extractor) -> Any:
            if text not in cache:
                cache[text] = ex.extract(text)
            return cache[text]

        figures = scoring.score_corpus(docs, extract, max_examples=args.errors)
        figures["entity_level"] = entities.entity_level(docs, extract)
        figures["chain_level"] = entities.chain_level(docs, extract)
        cache.clear()
        report["corpora"][name] = figures
        print_corpus(name, figures)
        ent = figures["entity_level"]
        print(f"entity level (speaker's name must match the gold name; no credit for mention overlap): "
              f"{fmt_ratio(ent['named_right'])} of {ent['n']} gold quotes with a named speaker"
              + (f" (strict, no credit for a given name no gold name holds: {fmt_ratio(ent['named_right_strict'])})" if ent["named_right_strict"] is not None else "")
              + " | "
              f"confidence >= 0.9 right {fmt_ratio(ent['calibration']['acc_high'])} | ECE {fmt_ratio(ent['calibration']['ece'])}")
        if (chain := figures["chain_level"]) is not None:
            print(f"entity level by gold coreference (the speaker's cluster is the gold speaker's): {fmt_ratio(chain['entity_right'])}; "
                  f"as a user reads it (and the name matches where the gold label is a name): {fmt_ratio(chain['user_right'])} "
                  f"of {chain['n']} | confidence >= 0.9 right {fmt_ratio(chain['calibration']['acc_high'])} | ECE {fmt_ratio(chain['calibration']['ece'])}")
        print()
        if args.errors:
            print_examples(name, figures["examples"])
        sys.stdout.flush()

    if report["corpora"]:
        rows = sieve_rows(report["corpora"])
        report["sieves"] = rows
        print_sieves(rows, list(report["corpora"]))
        if args.write_confidence is not None:
            write_confidence(rows, args.write_confidence)

    if args.news != "none":
        news = entities.score_news(entities.load_news(args.news), extractor.extract, max_errors=args.errors)
        report["news"] = news
        entities.print_news(f"our news set ({args.news} half)", news)
        print()

    report["targets"] = check_targets(report["corpora"])
    print_targets(report["targets"], args.limit is not None)

    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
