"""Genre: does a text read as fiction or as news?

Read once per document by the pipeline: :func:`is_narrative` (from the text
and its segmentation) decides the news-only clause rules of the reported
speech stage and, with :func:`is_dialogue_heavy` (from the items found),
whether the entity stage reads the text as fiction (genre "auto").
"""

from __future__ import annotations

import functools

import regex

from .items import Item
from .model import QuoteKind
from .segment import Segmentation

__all__ = ["is_dialogue_heavy", "is_narrative", "is_numeric"]

# Past-tense auxiliaries: about 1 word in 40 in fiction narration, 1 in 130 in news.
_NARRATIVE_RE = regex.compile(r"\b(?:had|was|were)\b")


#: A word holding a digit ("2019", "£186,000", "5-4", "09:40"), matched from
#: its first digit to the word's end, so each such word is one match. The
#: class is the whitespace of ``str.split`` (regex's ``\s`` lacks \x1c-\x1f).
_DIGIT_WORD_RE = regex.compile(r"\d[^\s\x1c-\x1f]*")
#: Share of words with a digit above which a text reads as news: measured
#: on the development corpora, novels stay at or below 0.4% (LitBank's and
#: PDNC's maxima 0.36% and 0.10%), news articles mostly above (PolNeAR's
#: median 0.95%; our news set's minimum 0.8%).
NUMERIC_SHARE = 0.006


@functools.lru_cache(maxsize=4)  # asked by the pipeline and by resolve for one text
def is_numeric(text: str) -> bool:
    """News-like numbers: dates, scores, sums and times in 0.6% of the words or more.

    Reported speech in news back-shifts its verbs ("said the plant had
    closed") and news has quote-only paragraphs, so the two fiction tests
    below also fire on news; numbers tell the two apart where they do.
    """
    words = text.count(" ") + text.count("\n") + 1
    # (one regex scan for digits: five times faster than splitting into words
    # and testing each; it stops at the share, which most news reaches early)
    need = NUMERIC_SHARE * words
    found = 0
    for _ in _DIGIT_WORD_RE.finditer(text):
        found += 1
        if found >= need:
            return True
    return False


def is_narrative(text: str, seg: Segmentation) -> bool:
    """Fiction-like narration: dense past tense, many paragraphs opening with a quote.

    Measured on the development corpora: "had/was/were" make 1.4-5.4% of the
    words of the fiction excerpts (10th-90th percentile) against 0.05-1.8% of
    news articles. A text with news-like numbers (:func:`is_numeric`) is never narrative.
    """
    words = text.count(" ") + text.count("\n") + 1
    if words < 300 or is_numeric(text) or _news_headline(text, seg):
        return False
    past = sum(1 for _ in _NARRATIVE_RE.finditer(text)) / words
    paras = seg.paragraphs
    quoted = sum(1 for p in paras if text[p.start] in "\"\u201c\u2018'") / max(1, len(paras))
    return past >= 0.022 or past >= 0.015 and quoted >= 0.3


#: First words of a novel's heading lines ("CHAPTER I", "Part One", "Letter 1", "Title: ...").
_HEADING_WORDS = frozenset("chapter part book volume letter prologue epilogue phase title by canto section".split())


def _news_headline(text: str, seg: Segmentation) -> bool:
    """Does the text open with a news headline: one line of six words or more
    in sentence case (two lower-case words at least), with no final stop,
    not in capitals and not a heading word ("Soprano and orchestra bury the
    hatchet after a bitter winter")? A feature story told in the past tense
    is news all the same; a novel opens with "CHAPTER I", "Phase the First:
    The Maiden" or its title in capitals. (On the dev corpora no LitBank or
    PDNC text opens so; the news set's past-tense features do.)"""
    if not seg.paragraphs:
        return False
    p = seg.paragraphs[0]
    line = text[p.start : p.end].strip()
    words = line.split()
    return (
        "\n" not in line and 6 <= len(words) <= 25 and line[-1:] not in ".!?:" and not line.isupper()
        and sum(1 for w in words if w[:1].islower()) >= 2 and words[0].lower().rstrip(".:") not in _HEADING_WORDS
    )


def is_dialogue_heavy(items: list[Item], seg: Segmentation) -> bool:
    """Fiction-style dialogue: many short quote-only paragraphs."""
    direct = [it for it in items if it.kind is QuoteKind.DIRECT]
    if len(direct) < 6:
        return False
    short_only = sum(1 for it in direct if it.quote_only_para and it.end - it.start < 120)
    return short_only / len(direct) >= 0.2
