"""Context sieves: borrow a speaker for an untagged quote from the items around it.

Used by the entity stage (:mod:`quotes.resolve`) for an item without a
speaker mention of its own. :func:`context_sieve` takes the item, the items
before and after it and what was resolved so far, and hands back the index
of the item to borrow the speaker from and the sieve's name, tried in this
order: same-sentence / split-quote, previous-sentence, then
paragraph-continuation (news) or, in fiction, the speech left open
in the paragraph before (multi-paragraph) and turn-taking (in
:mod:`quotes.sieves.dialogue`).
"""

from __future__ import annotations

import attrs
import regex

from ..config import Config
from ..items import Item
from ..model import Quote, QuoteKind
from ..segment import Segmentation
from .dialogue import turn_taking
from .registry import REGISTRY

__all__ = ["context_sieve", "headline_echo", "link_split_quotes", "open_speech"]


def context_sieve(
    idx: int, it: Item, items: list[Item], resolved: list, last_by_para: dict[int, int], seg: Segmentation, fiction: bool,
    config: Config,
) -> tuple[int, str] | None:
    """Sieves that borrow a speaker from context; return (index of source item, rule).

    A sieve switched off (``Config.disabled_sieves``) finds nothing, and the
    next one in order is asked."""
    off = config.disabled_sieves
    found = same_sentence(idx, it, items, resolved)
    if found is not None and found[1] not in off:
        return found
    if later_speaker(idx, it, items):
        return None  # a later quote of this sentence has its own speaker: borrow nothing
    found = previous_sentence(idx, it, items, resolved, last_by_para, config)
    if found is not None and found[1] not in off:
        return found
    if it.kind is not QuoteKind.DIRECT:
        return None
    found = open_speech(idx, it, items, resolved) if fiction else None
    if found is not None and found[1] not in off:
        return found
    if not fiction:
        found = paragraph_continuation(idx, it, items, last_by_para, seg, config)
    else:
        found = turn_taking(it, resolved, last_by_para)
    return found if found is not None and found[1] not in off else None


def same_sentence(idx: int, it: Item, items: list[Item], resolved: list) -> tuple[int, str] | None:
    """Same sentence / split quote: the closest attributed item in the same sentence."""
    for j in range(idx - 1, max(-1, idx - 4), -1):
        other = items[j]
        if other.sentence == it.sentence and resolved[j][2] is not None:
            return j, "split-quote" if other.kind is QuoteKind.DIRECT and it.kind is QuoteKind.DIRECT else "same-sentence"
        if other.paragraph != it.paragraph:
            break
    return None


def later_speaker(idx: int, it: Item, items: list[Item]) -> bool:
    """Does one of the next two items, in the same sentence, name its own speaker?"""
    for j in range(idx + 1, min(len(items), idx + 3)):
        other = items[j]
        if other.sentence == it.sentence and other.attribution is not None and other.attribution.mention is not None:
            return True
    return False


def previous_sentence(
    idx: int, it: Item, items: list[Item], resolved: list, last_by_para: dict[int, int], config: Config
) -> tuple[int, str] | None:
    """Previous sentence in the same paragraph: the last attributed direct
    quote if there is one (a quote continues a quote), else any attribution."""
    j = last_by_para.get(it.paragraph)
    if j is not None and it.kind is QuoteKind.DIRECT:
        for x in range(idx - 1, max(-1, idx - 8), -1):
            if items[x].paragraph != it.paragraph:
                break
            if items[x].kind is QuoteKind.DIRECT and resolved[x][2] is not None and (resolved[x][0] or resolved[x][1]):
                j = x
                break
    if j is not None and j < idx and it.sentence - items[j].sentence <= config.sentence_window:
        return j, "previous-sentence"  # in fiction too: a paragraph is one speaker's turn
    return None


def open_speech(idx: int, it: Item, items: list[Item], resolved: list) -> tuple[int, str] | None:
    """A speech left open at the end of a paragraph goes on in the next one
    (the next paragraph reopens the mark): the same speaker, from the last
    attributed piece of the same group (sieve ``multi-paragraph``)."""
    if it.group is None:
        return None
    for j in range(idx - 1, max(-1, idx - 8), -1):
        if items[j].group == it.group and resolved[j][2] is not None and (resolved[j][0] or resolved[j][1]):
            return j, "multi-paragraph"
    return None


def paragraph_continuation(
    idx: int, it: Item, items: list[Item], last_by_para: dict[int, int], seg: Segmentation, config: Config
) -> tuple[int, str] | None:
    """News: a quote opening its paragraph continues the speaker of the last attributed paragraphs before."""
    at_start = it.quote_only_para or items[idx].start - seg.paragraphs[it.paragraph].start <= 2
    if not at_start:
        return None
    for back in range(1, config.continuation_paragraphs + 1):
        j = last_by_para.get(it.paragraph - back)
        if j is not None:
            return j, "paragraph-continuation"
    return None


def link_split_quotes(quotes: list[Quote], text: str) -> list[Quote]:
    """Give interrupted quotes ("A," she said, "B.") a shared group id."""
    out = list(quotes)
    next_group = max((q.group for q in quotes if q.group is not None), default=-1) + 1
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind is not QuoteKind.DIRECT or b.kind is not QuoteKind.DIRECT or not (a.marks and b.marks) or len(a.marks) < 2:
            continue
        gap = text[a.marks[-1].end : b.marks[0].start]
        if len(gap) > 120 or "\n" in gap or not gap.strip().startswith((",", "\u2014")) and not gap.strip().endswith(","):
            continue
        if a.cue is None or not (a.cue.start >= a.marks[-1].end and a.cue.end <= b.marks[0].start):
            continue
        g = a.group if a.group is not None else next_group
        if a.group is None:
            next_group += 1
            out[i - 1] = attrs.evolve(a, group=g)
        ev = b.evidence if "split-quote" in b.evidence else b.evidence + ("split-quote",)
        out[i] = attrs.evolve(b, group=g, speaker=a.speaker, speaker_mention=a.speaker_mention, cue=a.cue,
                              addressee=a.addressee, evidence=ev, confidence=max(b.confidence, REGISTRY.confidence("split-quote")))
    return out


#: The words of a quote, for comparing a headline's quote with the story's: letters and digits, lower case.
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
#: The fewest words a headline's quote must have to be matched (a short one, "Shame", is anyone's).
_ECHO_MIN_WORDS = 3


def headline_echo(quotes: list[Quote], text: str, seg: Segmentation) -> list[Quote]:
    """News: a direct quote in the headline with no speaker of its own takes
    the speaker of a later quote of the story that holds its words (sieve
    ``headline-echo``): a headline quotes the story ('"I have lost count of
    the leeks": sixty years on the same allotment' ... '"I have lost count of
    the leeks. Thousands of them," he said'). The words are compared as
    lower-case letters and digits, so a headline's trimmed punctuation and
    straightened apostrophes do not matter; at least :data:`_ECHO_MIN_WORDS`
    of them."""
    if not seg.paragraphs:
        return quotes
    head_end = seg.paragraphs[0].end
    out = list(quotes)
    later: list[tuple[Quote, str]] | None = None  # (the story's attributed quotes and their words, read once)
    for i, q in enumerate(out[:_ECHO_HEAD_QUOTES]):
        if q.start >= head_end:
            break
        words = _WORDS.findall(q.text.lower())
        if q.speaker is not None or q.kind is not QuoteKind.DIRECT or len(words) < _ECHO_MIN_WORDS:
            continue
        key = " ".join(words)
        if later is None:
            later = [(b, " ".join(_WORDS.findall(b.text.lower()))) for b in out if b.speaker is not None and b.start >= head_end]
        src = next((b for b, said in later if key in said), None)
        if src is not None:
            out[i] = attrs.evolve(q, speaker=src.speaker, evidence=(*q.evidence, "headline-echo"), confidence=src.confidence)
    return out


#: How many quotes a headline holds at most: a first paragraph with more is
#: no headline, and reading each against the story would be quadratic.
_ECHO_HEAD_QUOTES = 4
