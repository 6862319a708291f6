"""Linear time and bounded windows on pathological input.

A small version of ``benchmarks/adversarial.py``: every generator at 8 KB and
32 KB, timed as CPU time (best of three), must grow with an exponent of at
most 1.5 (a quadratic step is 2.0) and run at a fixed floor of chars/s. Both
bounds are generous, so a loaded machine does not make the test flaky; the
benchmark holds the real bar (exponent <= 1.15, >= 10% of news throughput).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

import quotes
from quotes import pipeline
from quotes.windows import window_bounds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import adversarial  # noqa: E402

SMALL, LARGE = 8_000, 32_000
MAX_EXPONENT = 1.5
#: chars/s at 32 KB that every generator beats even on a busy machine (the
#: slowest runs at about 120 k chars/s idle; the quadratic ones ran at 2-20 k).
FLOOR = 25_000


@pytest.mark.parametrize("name", sorted(adversarial.GENERATORS))
def test_generator_is_linear(name: str) -> None:
    make = adversarial.GENERATORS[name][1]
    small, large = make(SMALL), make(LARGE)
    adversarial.run_one(name, small)  # warm up: word lists, patterns
    t_small = adversarial.best_time(lambda: adversarial.run_one(name, small), 3)
    t_large = adversarial.best_time(lambda: adversarial.run_one(name, large), 3)
    # Below a millisecond the timer and fixed costs dominate: nothing to measure.
    if t_large < 0.005:
        return
    slope = math.log(t_large / t_small) / math.log(LARGE / SMALL)
    assert slope <= MAX_EXPONENT, f"{name}: time grows as size^{slope:.2f}"
    assert LARGE / t_large >= FLOOR, f"{name}: {LARGE / t_large:.0f} chars/s"


def _news_one_paragraph(size: int) -> str:
    text = " ".join(" ".join(a.split()) for a in adversarial.news_of(size))
    return text[:size]


def test_long_paragraph_is_cut_into_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _news_one_paragraph(30_000)
    assert "\n" not in text
    window = 2_000
    chunks: list[int] = []
    run = pipeline.run

    def spy(chunk: str, config: quotes.Config, **kwargs: object) -> list[quotes.Quote]:
        chunks.append(len(chunk))
        return run(chunk, config, **kwargs)

    monkeypatch.setattr(pipeline, "run", spy)
    found = quotes.extract(text, config=quotes.Config(window_chars=window))
    assert len(chunks) >= len(text) // window
    assert max(chunks) <= window
    assert found, "quotes are found window by window"
    for q in found:
        assert text[q.start : q.end] == q.text
        for span in (q.speaker_mention, q.cue, q.addressee, *q.fragments, *q.marks):
            if span is not None:
                assert text[span.start : span.end] == span.text
        if q.speaker is not None:
            for m in q.speaker.mentions:
                assert text[m.start : m.end] == m.text
    # Group ids stay unique across windows: the pieces of a group lie in one window.
    bounds = list(window_bounds(text, window))
    where: dict[int, set[int]] = {}
    for q in found:
        if q.group is not None:
            where.setdefault(q.group, set()).add(next(i for i, (s, e) in enumerate(bounds) if s <= q.start < e))
    assert all(len(w) == 1 for w in where.values())


def test_window_bounds_cover_the_text_in_order() -> None:
    text = _news_one_paragraph(20_000) + "\n\n" + "x" * 5_000 + "\n\n" + "word " * 2_000
    bounds = list(window_bounds(text, 1_500))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text.rstrip())
    for (s0, e0), (s1, _) in zip(bounds, bounds[1:]):
        assert e0 == s1 and s0 < e0 <= s0 + 1_500
    # Cut at sentence ends in news, at a space in a run of words, hard in one long word.
    cuts = {e for _, e in bounds[:-1]}
    assert any(text[c - 2 : c] == ". " for c in cuts)
    assert any(text[c - 1] == " " and text[c - 2] != "." for c in cuts)
    assert any(text[c - 1] == "x" and text[c] == "x" for c in cuts)
