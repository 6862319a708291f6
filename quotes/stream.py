"""The token stream the attribution rules read: the text outside quotes.

Takes the text, its segmentation and the top-level quoted spans (from
:mod:`quotes.roles`); hands on a frozen :class:`Stream`: the tokens outside
quotes with each top-level quote replaced by one ``QUOTE_TOKEN``, where each
quote sits in it, and each sentence's token range.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

import attrs

from .segment import Segmentation
from .spans import QuotedSpan
from .syntax.phrases import Tok, tokenize
from .syntax.words import QUOTE_TOKEN

__all__ = ["Stream", "build_stream"]


@attrs.frozen
class Stream:
    """Tokens outside quotes, and the indexes the stages look things up by."""

    outer: list[Tok]
    qidx: list[int]  # for each top-level quote, the index of its QUOTE_TOKEN
    starts: list[int]  # the start offset of each token (for bisect)
    sent_bounds: list[tuple[int, int]]  # each sentence's [first, end) token range


def build_stream(text: str, seg: Segmentation, top: list[QuotedSpan]) -> Stream:
    """Tokenize *text* outside the quotes *top* and index the tokens by sentence."""
    outer, qidx = _outer_stream(text, top)
    # (The starts read in C, and each sentence's bounds unpacked: a pass over every token and sentence.)
    starts = list(map(itemgetter(0), outer))
    sent_bounds = [(bisect_left(starts, a), bisect_left(starts, b)) for a, b in seg.sentences]
    return Stream(outer, qidx, starts, sent_bounds)


def _outer_stream(text: str, top: list[QuotedSpan]) -> tuple[list[Tok], list[int]]:
    """Tokens outside quotes, each top-level quote replaced by one QUOTE_TOKEN.

    Returns the stream and, for each top-level quote, its index in the stream.
    """
    out: list[Tok] = []
    qidx: list[int] = []
    pos = 0
    for q in top:
        a = q.open_start
        b = q.close_end if q.close_end >= 0 else q.end
        if a < pos:
            qidx.append(len(out) - 1)
            continue
        out.extend(tokenize(text, pos, a))
        qidx.append(len(out))
        out.append(Tok(a, b, QUOTE_TOKEN))
        pos = b
    out.extend(tokenize(text, pos, len(text)))
    return out, qidx
