"""Very long texts, window by window: :func:`run_windowed`.

Takes a text, the :class:`~quotes.config.Config` and a window size in
characters; cuts the text into windows of about that size, runs the pipeline
(:func:`quotes.pipeline.run`) on each, and hands on the Quotes with offsets
shifted back into the whole text and group ids kept unique across windows.

Windows are cut at paragraph breaks; a paragraph longer than the window is
cut at a sentence end, else (one sentence longer than half a window) at a
space, else at the window's size. So the working memory is bounded by the
window for any text, a megabyte-long line or sentence included.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .config import Config
from .model import Quote, Speaker, rebase

__all__ = ["run_windowed", "window_bounds"]


def run_windowed(text: str, config: Config, window: int) -> list[Quote]:
    """Extract from a very long text window by window (see :func:`window_bounds`).

    Memory is bounded by the window, not the document; offsets are shifted
    back into *text*, and group ids are kept unique across windows.
    """
    from .pipeline import run

    out: list[Quote] = []
    next_group = 0
    for start, end in window_bounds(text, window):
        chunk = text[start:end]
        found = run(chunk, config) if chunk.strip() else []
        groups: dict[int, int] = {}
        speakers: dict[int, Speaker] = {}
        for q in found:
            q = rebase(q, text, start, speakers)
            if q.group is not None:
                if q.group not in groups:
                    groups[q.group] = next_group
                    next_group += 1
                q = attrs.evolve(q, group=groups[q.group])
            out.append(q)
    return out


def window_bounds(text: str, window: int) -> Iterator[tuple[int, int]]:
    """The windows ``[start, end)`` of *text*, in order, each one after the other.

    Whole paragraphs, as many as fit in *window* characters (one at least);
    a window that is one paragraph longer than *window* is cut further by
    :func:`_cut_long`. Paragraphs are read one at a time, so a text of
    millions of tiny paragraphs needs no list of them all.

    >>> list(window_bounds("One. Two.\\n\\nThree.", 12))
    [(0, 9), (9, 17)]
    """
    from .segment import iter_paragraphs

    start = 0
    end = -1  # the end of the last paragraph of the current window (-1: none yet)
    for p in iter_paragraphs(text):
        if end >= 0 and p.end - start > window:
            yield from _cut_long(text, start, end, window)
            start = end
        end = p.end
    if end >= 0:
        yield from _cut_long(text, start, end, window)


def _cut_long(text: str, start: int, end: int, window: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in pieces of at most *window* characters.

    Each piece ends at the start of the last sentence that begins in the
    second half of the window (the rule segmenter's sentences, read over the
    window only); else after the last whitespace in that half; else at the
    window's size. A piece is thus at least half a window long (but for the
    last), so the text is read a bounded number of times: linear time.
    """
    from .segment import split_sentences

    while end - start > window:
        limit = start + window
        half = start + window // 2
        cut = -1
        sentences = split_sentences(text, start, limit)
        if len(sentences) > 1 and sentences[-1].start > half:
            cut = sentences[-1].start
        if cut < 0:
            cut = max(text.rfind(ch, half, limit) for ch in " \n\t") + 1
            if cut <= start:
                cut = limit  # no space in the second half: a hard cut
        yield start, cut
        start = cut
    yield start, end
