"""Adversarial input: is the extractor linear on any text? (Figures, not a test.)

Run from the repository root::

    python benchmarks/adversarial.py                   # every generator at 16, 64 and 256 KB
    python benchmarks/adversarial.py --quick           # 8, 16 and 32 KB, one repeat
    python benchmarks/adversarial.py --only quotes-one-sentence said-commas
    python benchmarks/adversarial.py --sizes 16000 64000 256000 1000000
    python benchmarks/adversarial.py --memory          # and peak memory, 20 MB without a blank line

Each generator makes a pathological text of a given size (runs of cue
words, thousands of quotes in one sentence, unbalanced or deeply nested
marks, one huge sentence, control characters, scripts without spaces ...).
Each is timed at every size (CPU time of this process, the best of
``--repeat`` runs: the machine may be shared, and CPU time is the figure
least disturbed by other work), and the table gives chars/s per size and the
growth exponent: the slope of log time against log size (1.0 is linear, 2.0
quadratic). The first row is the reference, ordinary news (PolNeAR
development articles from ``../shared/data``, or synthetic news when they are
absent), extracted article by article. The bar: every generator at >= 10% of
the news throughput at 64 KB, with an exponent <= 1.15.

``--memory`` measures, in a fresh interpreter, the peak growth of the
resident set while extracting 20 MB of news with no line break at all (one
paragraph: no paragraph break to cut a window at), in bytes per character
(the bar: <= 75).
``tests/test_adversarial.py`` runs every generator at small sizes.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
if str(ROOT) not in sys.path:  # measure this checkout, installed or not
    sys.path.insert(0, str(ROOT))

import quotes  # noqa: E402
from quotes.render import render_html  # noqa: E402

#: The bar the table is read against.
MIN_SHARE = 0.10  # of the news throughput, at the middle size
MAX_EXPONENT = 1.15
MEMORY_BAR = 75  # bytes of peak resident-set growth per character

_NEWS_FALLBACK = (
    'The minister said on Tuesday that talks would resume next week. "We will not give up," she told reporters '
    "in the capital. Officials from both sides, according to a statement, agreed to meet again. Critics, however, "
    'said the plan was "a cynical delay" and called for a vote.\n\n'
    "Mr. Hale, a spokesman for the agency, declined to comment. The company said profits rose 4 percent.\n\n"
)


def news_texts() -> list[str]:
    """Ordinary news: PolNeAR development articles, or a synthetic article when they are absent."""
    try:
        with DATA.open(encoding="utf-8") as fh:
            return [json.loads(line)["text"] for line in fh]
    except OSError:
        return [_NEWS_FALLBACK * 8]


def news_of(size: int) -> list[str]:
    """Whole news articles adding up to about *size* characters."""
    texts = news_texts()
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        out.append(texts[i % len(texts)])
        total += len(out[-1])
        i += 1
    return out


def repeat(piece: str, size: int) -> str:
    """*piece* repeated to exactly *size* characters."""
    return (piece * (size // len(piece) + 1))[:size]


def _clause(run: str) -> Callable[[int], str]:
    """A reported clause with a long run of *run* before a closing quote."""

    def make(size: int) -> str:
        head, tail = "He said that \u201ca", "b\u201d \u201cc.\u201d"
        return head + repeat(run, size - len(head) - len(tail)) + tail

    return make


def _one_sentence(size: int) -> str:
    """News as one sentence: every sentence end a comma, every line break a space."""
    text = " ".join(" ".join(news_of(size)).split())
    for end in (". ", "? ", "! "):
        text = text.replace(end, ", ")
    return text[:size]


def _control(size: int) -> str:
    """Words, quote marks and C0/C1 control characters, shuffled (seeded)."""
    rng = random.Random(7)
    pieces = [chr(c) for c in (*range(0, 32), 127, *range(128, 160))] + ['"', "\u201c", "\u201d", " said ", "Smith", ". "]
    out: list[str] = []
    n = 0
    while n < size:
        out.append(rng.choice(pieces))
        n += len(out[-1])
    return "".join(out)[:size]


def _nested(size: int) -> str:
    """Quotes nested 100 deep (50 double and 50 single marks, alternating), again and again."""
    piece = "\u201c\u2018" * 50 + "deep" + "\u2019\u201d" * 50 + ", she said. "
    return repeat(piece, size)


#: The turns after a long introduction, and the introduction before dash-led answers.
_QA_TAIL = "Q: Why?\n\nA: Because.\n\nQ: When?\n\nA: Now."
_DASH_HEAD = "Ana Ruiz runs the harbour. She spoke to Tom Reeve.\n\n"

#: name -> (what it is, make(size) -> text)
GENERATORS: dict[str, tuple[str, Callable[[int], str]]] = {
    "clause-spaces": ("a reported clause, then a run of spaces before a closing quote", _clause(" ")),
    "clause-commas": ("the same with a run of commas", _clause(",")),
    "clause-dashes": ("the same with a run of dashes", _clause("\u2014 -")),
    "clause-ands": ("the same with a run of 'and'", _clause(" and")),
    "clause-buts": ("a reported clause that goes on over ', but it' again and again (one sentence)",
                    lambda n: ("Ana Ruiz said the plan was sound" + repeat(", but it was late", n))[: n - 1] + "."),
    "quotes-one-sentence": ('thousands of quotes in one sentence: \'"We will win," \' again and again',
                            lambda n: repeat('"We will win," ', n)),
    "said-commas": ("a run of cue words: 'said, ' again and again", lambda n: repeat("said, ", n)),
    "said-lines": ("a run of capitalised cue lines: 'Said\\n' again and again", lambda n: repeat("Said\n", n)),
    "render-one-speaker": ("render_html of thousands of quotes of one speaker",
                           lambda n: repeat('"We will win," Smith said. ', n)),
    "unbalanced-opens": ("opening marks that never close", lambda n: repeat("\u201cWe will win, Smith said. ", n)),
    "guillemets": ("thousands of '\u00bb' and nothing else", lambda n: "\u00bb" * n),
    "straight-marks": ('thousands of \'"\' and nothing else', lambda n: '"' * n),
    "tiny-quotes": ('thousands of tiny quotes: \'"a" b \'', lambda n: repeat('"a" b ', n)),
    "nested-100": ("quotes nested 100 deep", _nested),
    "long-word": ("one word as long as the text", lambda n: "a" * n),
    "one-sentence": ("news as one sentence (no sentence end, no line break)", _one_sentence),
    "control-chars": ("control characters among words and marks", _control),
    "mark-paragraphs": ("many paragraphs of one mark each", lambda n: repeat('"\n\n', n)),
    "capitalised-run": ("a long run of capitalised words", lambda n: repeat("Barack Obama Said Monday The White House ", n)),
    "according-chain": ("a long 'according to' chain with quotes",
                        lambda n: repeat('according to Smith, according to the report by Reuters, "We will win," ', n)),
    "dashes": ("thousands of dashes", lambda n: repeat("\u2014", n)),
    "double-hyphens": ("thousands of '-- ' (dashes typed as hyphens)", lambda n: repeat("-- ", n)),
    "headline-zone": ("a huge headline zone: title-case lines with no sentence end",
                      lambda n: repeat("Obama Says Talks Will Resume in Geneva Next Week\n", n)),
    "cjk": ("Chinese without spaces, with corner and curly quotes",
            lambda n: repeat("\u4ed6\u8bf4\uff1a\u300c\u6211\u4eec\u4f1a\u8d62\u3002\u300d\u5979\u8bf4\u201c\u597d\u201d", n)),
    "rtl": ("Arabic and Hebrew with guillemets and curly quotes",
            lambda n: repeat("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0633\u0646\u0641\u0648\u0632\u00bb. "
                             "\u05d4\u05d5\u05d0 \u05d0\u05de\u05e8 \u201c\u05db\u05df\u201d. ", n)),
    "tags-no-quotes": ("many 'he said' tags and no quote", lambda n: repeat("he said, she said, the official said that ", n)),
    "apostrophes": ("apostrophes that are not quotes", lambda n: repeat("don't the '90s students' union 'tis ", n)),
    "interview-intro": ("a huge interview introduction naming its parties again and again, then Q and A turns",
                        lambda n: repeat("Tom Reeve met Ana Ruiz in Oslo. She spoke to him about the harbour.\n\n", n - len(_QA_TAIL)) + _QA_TAIL),
    "dash-interview": ("a long dash-led interview: unlabelled questions and dash answers",
                       lambda n: _DASH_HEAD + repeat("Why now?\n\n\u2013 Because the sea is rising.\n\n", n - len(_DASH_HEAD))),
    "single-quotes": ("thousands of single-quoted words", lambda n: repeat("'a' said 'b' ", n)),
    "no-break-news": ("news in one paragraph (no blank line)", lambda n: " ".join(news_of(n)).replace("\n", " ")[:n]),
    "opening-names": ("one name opening every sentence, its first word an ordinary word the text also writes in lower case",
                      lambda n: repeat("Little Bob said a little more. ", n)),
    "titles-after-cues": ("one sentence of cues whose objects each hold a title in marks (no one's words)",
                          lambda n: "He wrote " + repeat('songs, among them "Salt Song", he said ', n - 10) + "."),
}


def run_one(name: str, text: str) -> object:
    if name == "render-one-speaker":
        return render_html(quotes.analyze(text))
    return quotes.extract(text)


def best_time(fn: Callable[[], object], repeats: int) -> float:
    """The least CPU time of *repeats* calls (at least one)."""
    best = math.inf
    for _ in range(max(1, repeats)):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """The least-squares slope of log time against log size."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0


def news_rate(size: int, repeats: int) -> tuple[float, list[str]]:
    """chars/s of ordinary news, article by article, about *size* characters in all."""
    texts = news_of(size)
    quotes.extract(texts[0])  # word lists, patterns
    seconds = best_time(lambda: [quotes.extract(t) for t in texts], repeats)
    return sum(map(len, texts)) / seconds, texts


def measure(name: str, sizes: list[int], repeats: int, budget: float) -> list[float | None]:
    """Seconds per size for the generator *name*; None for sizes skipped after a size over *budget*."""
    make = GENERATORS[name][1]
    out: list[float | None] = []
    for size in sizes:
        if out and (out[-1] is None or out[-1] > budget):
            out.append(None)
            continue
        text = make(size)
        assert len(text) == size, (name, len(text), size)
        out.append(best_time(lambda text=text: run_one(name, text), repeats if size <= 100_000 else 1))
    return out


def rate(n: float) -> str:
    return f"{n / 1e6:.2f} M" if n >= 1e6 else f"{n / 1e3:.0f} k"


def memory_figure(size: int, timeout: float) -> dict:
    """Peak resident-set growth extracting *size* characters of news with no blank line (fresh interpreter)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(size)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def memory_child(size: int) -> None:
    """The subprocess side of :func:`memory_figure` (speed.py's method: VmHWM reset just before)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed import _reset_peak, _status_mb

    articles = news_of(size // 2 + 1)
    text = " ".join(" ".join(a.split()) for a in articles)  # no line break at all: one paragraph
    text = (text * (size // len(text) + 1))[:size]
    extractor = quotes.Extractor()
    extractor.extract('"We will win," she said. Talks will resume, the official said.')
    if not _reset_peak():
        raise SystemExit("needs Linux's /proc/self/clear_refs")
    before = _status_mb("VmRSS") or 0.0
    start = time.perf_counter()
    found = extractor.extract(text)
    seconds = time.perf_counter() - start
    peak = _status_mb("VmHWM") or 0.0
    print(json.dumps({"chars": len(text), "quotes": len(found), "seconds": seconds,
                      "growth_mb": peak - before, "bytes_per_char": (peak - before) * 1024 * 1024 / len(text)}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="text sizes in characters (default 16000 64000 256000)")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=sorted(GENERATORS), help="these generators only")
    parser.add_argument("--quick", action="store_true", help="small sizes (8, 16, 32 KB), one repeat")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs per size (default 3)")
    parser.add_argument("--budget", type=float, default=30.0, help="skip larger sizes after one slower than this (s)")
    parser.add_argument("--memory", action="store_true", help="also the peak memory of 20 MB with no blank line")
    parser.add_argument("--memory-size", type=int, default=20_000_000, help=argparse.SUPPRESS)
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    sizes = args.sizes or ([8_000, 16_000, 32_000] if args.quick else [16_000, 64_000, 256_000])
    repeats = 1 if args.quick else args.repeat
    mid = sorted(sizes)[len(sizes) // 2]
    news, _ = news_rate(mid, repeats)
    header = ["generator", *(f"{s // 1000} KB" for s in sizes), "exponent", f"share at {mid // 1000} KB", "ok"]
    rows = [["news (PolNeAR, per article)", *([rate(news)] * len(sizes)), "-", "100%", ""]]
    failures = 0
    for name in args.only or GENERATORS:
        seconds = measure(name, sizes, repeats, args.budget)
        done = [(s, t) for s, t in zip(sizes, seconds) if t is not None]
        slope = exponent([s for s, _ in done], [t for _, t in done]) if len(done) > 1 else math.nan
        at_mid = dict(done).get(mid)
        share = mid / at_mid / news if at_mid else 0.0
        ok = len(done) == len(sizes) and share >= MIN_SHARE and slope <= MAX_EXPONENT
        failures += not ok
        cells = [rate(s / t) if t is not None else "skipped" for s, t in zip(sizes, seconds)]
        rows.append([name, *cells, f"{slope:.2f}", f"{share:.0%}", "ok" if ok else "SLOW"])
        print(f"  {name}: {' '.join(cells)} exponent {slope:.2f}", file=sys.stderr, flush=True)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    print(f"\nchars/s (CPU time, best of {repeats}); bar: >= {MIN_SHARE:.0%} of news at {mid // 1000} KB, "
          f"exponent <= {MAX_EXPONENT}; {failures} generator(s) below the bar")
    if args.memory:
        m = memory_figure(args.memory_size, timeout=3600)
        print(f"\nmemory: {m['chars'] / 1e6:.0f} MB of news in one paragraph (no line break): {m['seconds']:.1f} s, "
              f"{m['quotes']} quotes, peak RSS growth {m['growth_mb']:.0f} MB = {m['bytes_per_char']:.1f} B/char "
              f"(bar: <= {MEMORY_BAR})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
