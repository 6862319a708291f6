"""Stage 4a, direct quotes: attribute every quoted span in direct position.

Takes the :class:`~quotes.roles.SpanRoles`, the :class:`~quotes.stream.Stream`
and the :class:`~quotes.sieves.attributor.Attributor`; frames each direct-position
quote by its sentence(s), asks the tag sieves before and after it
(``Attributor.before_quote`` / ``after_quote``) and hands on one
:class:`~quotes.items.Item` per quote, in text order (plus the non-speech
spans when ``Config.keep_non_speech`` asks for them).
"""

from __future__ import annotations

from .config import Config
from .items import Item, marks_of, trim_range
from .model import QuoteKind
from .roles import SpanRoles
from .segment import Segmentation
from .sieves.attributor import Attributor
from .sieves.base import Attribution
from .spans import QuotedSpan
from .stream import Stream
from .syntax.words import QUOTE_TOKEN

__all__ = ["find_direct"]


def find_direct(text: str, config: Config, roles: SpanRoles, stream: Stream, att: Attributor) -> list[Item]:
    """One item per direct-position quote (and per kept non-speech span), in text order."""
    seg = roles.seg
    items: list[Item] = []
    group_map: dict[int, int] = {}  # the groups of spans.py, renumbered in order of appearance
    for qi, q in enumerate(roles.top):
        pos, reason = roles.position[qi], roles.reason[qi]
        if pos != "direct":
            if pos != "embedded" and config.keep_non_speech:
                items.append(Item(q.start, q.end, QuoteKind.MIXED, None, (reason, "non-speech-kept"), ((q.start, q.end),),
                                  marks_of(q), None, q.paragraph, seg.sentence_at(q.start), False))
            continue
        items.append(_direct_item(text, seg, q, reason, stream.qidx[qi], stream, att, group_map))
    return items


def _direct_item(
    text: str, seg: Segmentation, q: QuotedSpan, reason: str, k: int, stream: Stream, att: Attributor, group_map: dict[int, int]
) -> Item:
    """Attribute the direct-position quote *q* (its QUOTE_TOKEN at *k*) and build its item."""
    si, s0, e1 = _frame(text, seg, q, k, stream)
    a = _attribute(text, seg, q, k, si, s0, e1, stream, att)
    group = None
    if q.group is not None:
        group = group_map.setdefault(q.group, len(group_map))
    ev = ["marks-" + q.how, reason]
    para = seg.paragraphs[q.paragraph] if seg.paragraphs else None
    only = bool(para) and q.open_start <= para.start + 1 and (q.close_end >= para.end - 1 or q.close_end < 0)
    if a is not None and a.rule == "according-to" and "nested-source" in a.extra and a.cue is not None and q.group is None and q.close_end >= 0:
        # Config.nested_source="outer": '"…," Bell said on the quay, according
        # to the harbour radio': the outer source reports the quote and its tag
        # together, one clause (the PolNeAR/PARC content convention): a mixed
        # quote up to the source.
        cs, ce = trim_range(text, q.open_start, a.cue[0])
        if ce > q.close_end:
            return Item(cs, ce, QuoteKind.MIXED, a, tuple(ev), ((q.start, q.end),), (), None, q.paragraph, si, False)
    return Item(q.start, q.end, QuoteKind.DIRECT, a, tuple(ev), (), marks_of(q), group, q.paragraph, si, only)


def _frame(text: str, seg: Segmentation, q: QuotedSpan, k: int, stream: Stream) -> tuple[int, int, int]:
    """The quote's sentence, and the token range [s0, e1) its tag may sit in."""
    outer, sent_bounds = stream.outer, stream.sent_bounds
    si = seg.sentence_at(q.open_start)
    ei = seg.sentence_at(max(q.start, q.end - 1))
    s0 = sent_bounds[si][0] if seg.sentences else 0
    for _ in range(4):
        # A sentence that starts inside an earlier quote ("…now. It's over,"
        # adding, "…"): widen the frame to the sentence that quote starts in.
        if 0 < s0 < len(outer) and outer[s0 - 1].text == QUOTE_TOKEN and outer[s0 - 1].end > seg.sentences[si].start:
            si = seg.sentence_at(outer[s0 - 1].start)
            s0 = sent_bounds[si][0]
        else:
            break
    e1 = sent_bounds[ei][1] if seg.sentences else len(outer)
    last = text[q.end - 1]
    if k + 1 >= e1 and ei + 1 < len(sent_bounds) and seg.sentence_paragraph[ei + 1] == q.paragraph and last in "?!":
        # '"…?" Smith asked.' is split after "?" by the segmenter: read on.
        e1 = sent_bounds[ei + 1][1]
    return si, s0, e1


def _attribute(
    text: str, seg: Segmentation, q: QuotedSpan, k: int, si: int, s0: int, e1: int, stream: Stream, att: Attributor
) -> Attribution | None:
    """The tag of a direct quote: before it, after it, or closing the paragraph before."""
    last = text[q.end - 1]
    before = att.before_quote(k, s0)
    if before is not None and last in ".!?\u2026" and before.cue is not None:
        # 'Smith said, "We lost." The crowd …': a quote that ends its
        # sentence belongs to the cue that introduced it.
        a = before
    else:
        a = att.after_quote(k, e1, direct=True) or before
    if a is None and q.open_start == seg.paragraphs[q.paragraph].start and q.paragraph > 0 and si > 0:
        # "Acme News responded:\n\n"…"": a colon ending the paragraph
        # before; in fiction a comma too ("Then she said, ¶ "…"").
        prev = seg.paragraphs[q.paragraph - 1]
        if text[prev.end - 1] in ":," and seg.sentence_paragraph[si - 1] == q.paragraph - 1:
            a = att.before_quote(k, stream.sent_bounds[si - 1][0])
    return a
