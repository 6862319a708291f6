"""Very long texts, window by window: :func:`run_windowed`.

Takes a text, the :class:`~quotes.config.Config` and a window size in
characters; cuts the text at paragraph breaks into windows of about that
size, runs the pipeline (:func:`quotes.pipeline.run`) on each, and hands on
the Quotes with offsets shifted back into the whole text and group ids kept
unique across windows.
"""

from __future__ import annotations

import attrs

from .config import Config
from .model import Quote, Speaker, rebase

__all__ = ["run_windowed"]


def run_windowed(text: str, config: Config, window: int) -> list[Quote]:
    """Extract from a very long text window by window (cut at paragraph breaks).

    Memory is bounded by the window, not the document; offsets are shifted
    back into *text*, and group ids are kept unique across windows.
    """
    from .pipeline import run
    from .segment import split_paragraphs

    out: list[Quote] = []
    next_group = 0
    start = 0
    paragraphs = split_paragraphs(text)
    k = 0
    while k < len(paragraphs):
        end = paragraphs[k].end
        k += 1
        while k < len(paragraphs) and paragraphs[k].end - start <= window:
            end = paragraphs[k].end
            k += 1
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
        start = end
    return out
