"""The per-quote record the stages hand on: :class:`Item`, a quote under construction.

The direct-quote stage (:mod:`quotes.direct`) and the reported-speech stage
(:mod:`quotes.reported`) build items; the entity stage (:mod:`quotes.resolve`)
turns them into :class:`~quotes.model.Quote` values. Also here: the small
helpers every one of those stages uses to build an item.
"""

from __future__ import annotations

from typing import NamedTuple

from .model import Mode, QuoteKind
from .sieves.base import Attribution
from .spans import QuotedSpan

__all__ = ["Item", "marks_of", "mode_of", "trim_range"]


class Item(NamedTuple):
    """A quote under construction (a NamedTuple: frozen, and cheap to build)."""

    start: int
    end: int
    kind: QuoteKind
    attribution: Attribution | None
    evidence: tuple[str, ...]
    fragments: tuple[tuple[int, int], ...]
    marks: tuple[tuple[int, int], ...]
    group: int | None
    paragraph: int
    sentence: int
    quote_only_para: bool  # the paragraph holds nothing but this quote (and marks)


def trim_range(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) past white space and ",;:" at both ends."""
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def marks_of(q: QuotedSpan) -> tuple[tuple[int, int], ...]:
    """The (start, end) of the opening mark of *q*, and of its closing mark if any."""
    out = [(q.open_start, q.open_end)]
    if q.close_end >= 0:
        out.append((q.close_start, q.close_end))
    return tuple(out)


def mode_of(name: str) -> Mode:
    """The :class:`Mode` named *name*; speech for an unknown name."""
    try:
        return Mode(name)
    except ValueError:
        return Mode.SPEECH
