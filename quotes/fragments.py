"""Stage 4c, mixed quotes: the embedded fragments no reported clause took.

Continues the state of the reported-speech stage (a
:class:`~quotes.reported.ReportedClauses`): each embedded fragment left over
is placed in the clause around it when a tag or cue reports it (a mixed
quote, PolNeAR/PARC content convention), in its sentence when it is long and
the sentence has no cue (the speaker then comes from context), or dropped;
loose scare quotes and titles whose clause has a speaking subject are
reported too. The new items go to the state's item list.
"""

from __future__ import annotations

from bisect import bisect_left

from .config import Config
from .items import Item, marks_of, trim_range
from .model import QuoteKind
from .reported import Found, ReportedClauses, direct_overlapping
from .sieves.attributor import Attributor
from .sieves.base import Attribution
from .spans import QuotedSpan
from .syntax.clause_ends import clause_end
from .syntax.clauses import skip_adjuncts
from .syntax.cues import cue_at, source_phrase_at
from .syntax.phrases import Tok

__all__ = ["find_mixed"]


def find_mixed(st: ReportedClauses) -> None:
    """Place the embedded fragments, then the loose quotes, that no clause took."""
    for qi in st.embedded:
        place_fragment(st, qi)
    for qi in st.loose:
        place_loose(st, qi)


def place_fragment(st: ReportedClauses, qi: int) -> None:
    """An embedded fragment outside any clause: mixed when a cue is near, else dropped."""
    if qi in st.used_fragments:
        return
    att, seg, sent_bounds = st.att, st.seg, st.sent_bounds
    q = st.top[qi]
    k = st.qidx[qi]
    si = seg.sentence_at(q.open_start)
    s0, s1 = sent_bounds[si]
    ei = seg.sentence_at(max(q.start, q.end - 1))
    if ei > si and seg.sentence_paragraph[ei] == seg.sentence_paragraph[si] and k + 1 >= s1:
        # 'Instead, Ruiz "is trying to win. It failed," Bell wrote.': a
        # fragment that runs over sentences takes the tag after its end.
        s1 = sent_bounds[ei][1]
    a = att.after_quote(k, s1) if _tag_may_follow(st.text, q, st.outer, k) else None
    if a is None:
        a = att.before_quote(k, s0)
    if a is None and s1 > sent_bounds[si][1]:
        found = att.clause_cue_after(s0, s1)  # '"A. B" but to wait, says Bell.'
        if found is not None and found[0] <= k < found[1] and _reported_with(st, found, si, qi):
            return
    if a is None:
        _place_untagged(st, qi, q, k, si, s0, s1)
        return
    _add_fragment_clause(st, qi, q, a, si, s0, s1)

def _reported_with(st: ReportedClauses, found: Found, si: int, qi: int) -> bool:
    """Add the clause *found*; did it take fragment *qi* into a new item?"""
    n_items = len(st.items)
    st.add(found, si, ())
    return len(st.items) > n_items and qi in st.used_fragments

def _place_untagged(st: ReportedClauses, qi: int, q: QuotedSpan, k: int, si: int, s0: int, s1: int) -> None:
    """A fragment with no tag of its own: a nominal cue or a predicate
    reports it, else its sentence (a long fragment), else it is dropped."""
    att, top, config = st.att, st.top, st.config
    found = att.nominal_cue(s0, s1, k) or att.cue_before_fragment(s0, k, s1)
    if found is None:
        found = att.predicate_fragment(s0, k, s1)
    if found is not None and _reported_with(st, found, si, qi):
        return
    sent = _fragment_sentence(st.text, q, st.outer, s0, s1, config, st.sentence_spans)
    if sent is not None and direct_overlapping(st.taken, st.taken_starts, *sent) < 0:
        # A long verbatim fragment in a sentence with no cue of its own:
        # the sentence reports it; its speaker comes from the context
        # sieves, or the item is dropped (see quotes.resolve).
        emb = st.emb_by_sent.get(si, ())
        frags = [(top[qj].start, top[qj].end) for qj in emb
                 if qj not in st.used_fragments and sent[0] <= top[qj].open_start and top[qj].end <= sent[1]]
        st.used_fragments.update(qj for qj in emb if sent[0] <= top[qj].open_start and top[qj].end <= sent[1])
        st.items.append(Item(sent[0], sent[1], QuoteKind.MIXED, None, ("marks-" + q.how, "position-embedded", "fragment-sentence"),
                               tuple(sorted(frags)), marks_of(q), None, q.paragraph, si, False))
        return
    if config.keep_non_speech:
        st.items.append(Item(q.start, q.end, QuoteKind.MIXED, None, ("position-embedded", "non-speech-kept"),
                               ((q.start, q.end),), marks_of(q), None, q.paragraph, si, False))

def _add_fragment_clause(st: ReportedClauses, qi: int, q: QuotedSpan, a: Attribution, si: int, s0: int, s1: int) -> None:
    """A tagged fragment: the reported clause around it is a mixed quote."""
    top = st.top
    cs, ce = _mixed_clause(st.text, q, a, st.outer, st.starts, s0, s1, st.att)
    if direct_overlapping(st.taken, st.taken_starts, cs, ce) >= 0:
        cs, ce = q.start, q.end  # the clause would swallow a direct quote: keep the fragment
    frags = [(q.start, q.end)]
    for qj in st.emb_by_sent.get(si, ()):
        if qj != qi and qj not in st.used_fragments and cs <= top[qj].open_start and top[qj].end <= ce:
            frags.append((top[qj].start, top[qj].end))
            st.used_fragments.add(qj)
    st.used_fragments.add(qi)
    st.items.append(Item(cs, ce, QuoteKind.MIXED, a, ("marks-" + q.how, "position-embedded"),
                           tuple(sorted(frags)), marks_of(q), None, q.paragraph, si, False))

def place_loose(st: ReportedClauses, qi: int) -> None:
    """Scare quotes and titles with no cue near: when the clause they sit in has
    a person, group or organisation for subject, they are its words after all."""
    q = st.top[qi]
    if qi in st.used_fragments or qi in st.titles or len(st.text[q.start : q.end].split()) < 3:
        return  # one or two scare-quoted words ("the "reform"") are a term, not a quotation
    si = st.seg.sentence_at(q.open_start)
    found = st.att.predicate_fragment(st.sent_bounds[si][0], st.qidx[qi], st.sent_bounds[si][1])
    if found is not None:
        st.emb_by_sent[si] = sorted(set(st.emb_by_sent.get(si, [])) | {qi})
        st.add(found, si, ())





def _mixed_clause(
    text: str, q: QuotedSpan, a: Attribution, outer: list[Tok], starts: list[int], s0: int, s1: int, att: Attributor | None = None
) -> tuple[int, int]:
    """The reported clause around a verbatim fragment (PolNeAR/PARC content convention).

    Cue before the fragment: from after the cue (and its adjuncts) to the end
    of the sentence; cue after it: from the sentence start to the attribution.
    """
    close = q.close_end if q.close_end >= 0 else q.end
    if a.cue is None or s1 <= s0:
        return q.start, q.end
    if a.mention is not None and a.cue[1] <= q.open_start:
        m = bisect_left(starts, a.mention.start, s0, s1)
        after = text[close : close + 2].strip()
        whole = not text[a.cue[1] : q.open_start].strip() and (
            text[q.end - 1] in ",.;!?" or not after or after[0] in ",.;:!?)\u2014\u2013"
        )
        if whole and m > s0 and outer[m - 1].text.lower() == "what":
            return q.start, q.end  # 'in what Smith called "…",': the naming is the quote
    if a.cue[1] <= q.open_start:
        k = bisect_left(starts, a.cue[1], s0, s1)
        if a.mention is not None and a.cue[1] <= a.mention.start and a.mention.end <= q.open_start and q.close_end >= 0:
            # 'according to X, A "…"': the content follows the source (an
            # unclosed mark leaves the fragment's extent, and so the clause, open).
            k = bisect_left(starts, a.mention.end, s0, s1)
        k = skip_adjuncts(outer, k, s1)
        while k < s1 and outer[k].text in {",", ":"}:
            k += 1
        end = s1
        while end > k and outer[end - 1].text in {".", "!", "?", ";"}:
            end -= 1
        end = clause_end(outer, k, end)
        # ('are described as "a workforce adjustment"; the word "redundancy" is
        # never used': a semicolon after the fragment ends its clause, however short)
        end = next((x for x in range(bisect_left(starts, close, k, end), end) if outer[x].text == ";"), end)
        if att is not None:
            end = att._new_report(k, end)  # '… "X" by Y, and she tells Z that …': a second report
        if a.mention is not None and close <= a.mention.start:
            m = bisect_left(starts, a.mention.start, s0, s1)
            if k < m - 1 < end and outer[m - 1].text.lower() == "by":
                end = m - 1  # 'was described as "unlawful" by the court': the passive's agent is no content
        if k >= end:
            return q.start, q.end
        cs, ce = outer[k].start, outer[end - 1].end
    elif a.cue[0] >= close:
        tail = a.cue[0]
        if a.mention is not None and close <= a.mention.start < tail:
            tail = a.mention.start
        cs, ce = outer[s0].start, tail
    else:
        return q.start, q.end
    cs, ce = trim_range(text, cs, ce)
    if not (cs <= q.open_start and close <= ce):
        return q.start, q.end
    return cs, ce



def _tag_may_follow(text: str, q: QuotedSpan, outer: list[Tok], k: int) -> bool:
    """A fragment inside a sentence takes a following tag only across a comma.

    '... was "a disaster," she said' (the comma inside or after the mark, as
    news style writes the tag), not '... as "fully costed" next to other
    claims', where a noun like "claims" would pass for a cue.
    """
    if text[q.start : q.end].rstrip().rstrip("'\"\u2019\u201d")[-1:] in {",", "!", "?", ".", ";", "\u2026"}:
        return True  # (the comma may sit inside an inner quote: "… at 'independence,'")
    return k + 1 < len(outer) and outer[k + 1].text in {",", "\u2014", "\u2013", "--"}



def _fragment_sentence(
    text: str, q: QuotedSpan, outer: list[Tok], s0: int, s1: int, config: Config, cache: dict[int, tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The sentence around a long verbatim fragment ('"They agree with us" on
    most issues.'), as the content of a mixed quote; None for a short one
    (a scare quote), a sentence that is nothing but the quote, or a sentence
    with a cue of its own that the sieves could not use. *cache* keeps the
    per-sentence part, so a sentence with many fragments is read once."""
    if len(text[q.start : q.end].split()) <= config.scare_max_words or s1 <= s0:
        return None
    if s0 not in cache:
        end = s1
        while end > s0 and outer[end - 1].text in {".", "!", "?", ";"}:
            end -= 1
        cue = any(cue_at(outer, x) is not None or source_phrase_at(outer, x) > 0 for x in range(s0, end))
        cache[s0] = None if end - s0 < 2 or cue else trim_range(text, outer[s0].start, outer[end - 1].end)
    span = cache[s0]
    close = q.close_end if q.close_end >= 0 else q.end
    if span is None or not (span[0] <= q.open_start and close <= span[1]):
        return None
    return span

