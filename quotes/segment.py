"""Paragraphs and sentences, with character offsets into the original text.

Rules (after the Punkt idea of Kiss & Strunk 2006, reduced to what news and
fiction need, and kept linear-time):

* Paragraphs are separated by blank lines. A single newline also separates
  paragraphs when the line before it is longer than any hard-wrapped line
  (``Config``-free constant :data:`WRAP_WIDTH`): news feeds often put one
  paragraph per line, Gutenberg fiction wraps lines at ~70 characters.
  A line that opens with a speaker's label ("Q:", "TOM REID:") opens a
  paragraph when its paragraph holds two such lines with two labels (a
  transcript printed a turn a line).
* A sentence ends at ``.``, ``!``, ``?`` or an ellipsis, followed by any closing
  quotes or brackets, whitespace, and an upper-case letter, digit or opening
  quote. It does not end after a known abbreviation (``Mr.``, ``Jan.``), an
  initial (``J. R. R.``), or when the next word is lower case (``..." he
  said.``); abbreviations that may end a sentence (``U.S.``, ``Inc.``) end one
  only before a word that typically starts a sentence (``The``, ``He``).
  Guillemets may be spaced, as French print spaces them: a closing ``»``
  after a space stays with the sentence it closes (``partons. »``), and an
  opening ``«`` before a space opens the next one (``. « Nous``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

import regex

from . import lexicon

__all__ = ["Segmentation", "Segment", "segment"]

#: Lines longer than this are never the product of hard wrapping.
WRAP_WIDTH = 100


class Segment(NamedTuple):
    """A paragraph or a sentence: ``[start, end)`` with surrounding space trimmed."""

    start: int
    end: int


# A blank line (possibly with spaces) or a newline after a long line.
_PARA_BREAK = regex.compile(
    r"""
    \n[^\S\n]*\n\s*                 # blank line(s): the classic paragraph break
    | (?<=[^\n]{100})\n\s*          # a newline that ends a line too long to be wrapped
    | \r\n(?:[^\S\n]*\r\n)+\s*      # Windows blank lines
    | [\u2029\x0c]\s*               # PARAGRAPH SEPARATOR, form feed
    """,
    regex.VERBOSE,
)

# Candidate sentence boundary; the ``next`` group is only looked at.
_SENT_BREAK = regex.compile(
    r"""
    (?P<punct>[.!?\u2026]{1,10}|(?:\.[^\S\n]){2}\.)   # terminal punctuation or an ellipsis
    (?P<close>(?:["'\u201d\u2019\u203a)\]]|[^\S\n]?\u00bb){0,4})  # closing quotes / brackets stay left (a guillemet after a space too: "partons. »")
    (?P<space>\s{1,200})                              # whitespace between sentences
    (?=(?:[\"'\u201c\u2018\u201e(\[\u2014-]|\u00ab[^\S\n]?){0,3}[\p{Lu}\p{N}])  # next: (opening mark) Capital; a guillemet may keep
                                                      # a (no-break) space before its first word, as French print does ("« Nous")
    """,
    regex.VERBOSE,
)

# The word just before a period: letters with optional inner dots ("U.S", "a.m").
# Searched in reverse (``(?r)``) from the period: every match ends there, so
# the first one found, the greedy longest, is the leftmost a forward search
# finds, without trying each of the sixteen starts before it (twice as fast).
_WORD_BEFORE = regex.compile(r"(?r)(?:(?<=[\s(\"'\u201c\u2018])|^)([\p{L}][\p{L}.\-']{0,15})$")

# Closed-class words that typically start a sentence (used after "U.S." etc.).
_STARTERS = frozenset(
    "The A An He She It They We I You His Her Its Their Our My This That These Those "
    "There But And Yet So Or In On At For After Before When While If As Still Then "
    "However Meanwhile Some Many Most All No Both Neither Each".split()
)
#: The clock abbreviations (without their final period, as _WORD_BEFORE reads them).
_CLOCK = frozenset({"a.m", "p.m"})
#: Capitalised words that go on a sentence after a clock time ("at 7 a.m.
#: Monday", "at 5 p.m. GMT"): days, months and time zones.
_AFTER_CLOCK = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December GMT BST UTC CET CEST EET EST EDT CST CDT MST MDT PST PDT ET CT MT PT "
    "Eastern Central Mountain Pacific".split()
)
_NEXT_WORD = regex.compile(r"(?:[\"'\u201c\u2018(\[]|\u00ab[^\S\n]?){0,3}(\w+)")


class Segmentation:
    """Paragraphs and sentences of one text, in order, both as :class:`Segment`."""

    __slots__ = ("paragraphs", "sentences", "sentence_paragraph", "_sent_starts", "_para_starts")

    def __init__(
        self, paragraphs: list[Segment], sentences: list[Segment], sentence_paragraph: list[int]
    ) -> None:
        self.paragraphs = paragraphs
        self.sentences = sentences
        #: For each sentence, the index of its paragraph.
        self.sentence_paragraph = sentence_paragraph
        self._sent_starts = [s.start for s in sentences]
        self._para_starts = [p.start for p in paragraphs]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing *offset* (or the one before a gap)."""
        k = bisect_right(self._sent_starts, offset) - 1
        return k if k > 0 else 0  # (not max(): a call, on every quote and clause)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph containing *offset* (or the one before a gap)."""
        return max(0, bisect_right(self._para_starts, offset) - 1)


def _trim(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # (tuple.__new__, not the NamedTuple's Python-level __new__: every paragraph and sentence)
    return tuple.__new__(Segment, (start, end)) if start < end else None


def split_paragraphs(text: str) -> list[Segment]:
    """Split *text* into paragraphs (see the module docstring)."""
    return list(iter_paragraphs(text))


def iter_paragraphs(text: str) -> Iterator[Segment]:
    """The paragraphs of *text*, one at a time (no list of them all: windowing reads a long text this way)."""
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        seg = _trim(text, pos, m.start())
        if seg:
            yield from _turn_lines(text, seg)
        pos = m.end()
    seg = _trim(text, pos, len(text))
    if seg:
        yield from _turn_lines(text, seg)


#: A line opening with a speaker's label and a colon: "Q:", "A:", "BEN AMES:", "Ames:".
_LABEL_LINE = regex.compile(
    r"(?:^|(?<=\n))[^\S\n]*(?P<label>[QA]|\p{Lu}[\p{Lu}'\u2019.\-]{1,30}(?:[ ]\p{Lu}[\p{Lu}'\u2019.\-]{0,30}){0,3}"
    r"|\p{Lu}\p{Ll}{1,30}(?:[ ]\p{Lu}\p{Ll}{1,30})?)[ ]?:[^\S\n]+\S"
)


def _turn_lines(text: str, seg: Segment) -> Iterator[Segment]:
    """*seg*, or the lines it holds when it is a transcript printed a turn a
    line with no blank lines between ("BEN AMES: Why ...\nRUTH OKAFOR:
    Because ..."): two labelled lines or more, with two labels at least, and
    each labelled line opens a paragraph (the turns of
    :mod:`quotes.sieves.interview` are paragraphs)."""
    if text.find("\n", seg.start, seg.end) < 0 or text.find(":", seg.start, seg.end) < 0:
        yield seg  # (one line, or no colon: most paragraphs, two C-level scans)
        return
    found = [(m.start(), m["label"]) for m in _LABEL_LINE.finditer(text, seg.start, seg.end)]
    if len(found) < 2 or len({label for _, label in found}) < 2:
        yield seg
        return
    cuts = [start for start, _ in found]
    for a, b in zip([seg.start, *cuts], [*cuts, seg.end]):
        if (part := _trim(text, a, b)) is not None:
            yield part


# Up to four words, then a reporting verb: '"Who pays?" Ruiz asked.' keeps
# the attribution in the quote's sentence.
_ATTRIBUTION_AHEAD = regex.compile(r"(?:[\p{L}.'\u2019-]{1,30}[^\S\n]{1,3}){1,4}?([\p{Ll}]{2,20})\b")


def _attribution_follows(text: str, pos: int) -> bool:
    m = _ATTRIBUTION_AHEAD.match(text, pos, min(len(text), pos + 120))
    while m is not None:
        if m.group(1) in lexicon.cue_verbs():
            return True
        return False
    return False


def _is_boundary(text: str, m: regex.Match[str]) -> bool:
    punct = m.group("punct")
    if punct[-1] in "?!" and m.group("close") and _attribution_follows(text, m.end()):
        return False  # '"…?" Ruiz asked.': the tag belongs to the quote
    if punct != ".":
        return True  # "!", "?", "...": the capital after it decides
    before = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if before is None:
        return True
    word = before.group(1)
    if len(word) == 1 and word.isupper():
        return False  # an initial: "T. J. R. Bell", "Ana M. Ruiz"
    abbr = lexicon.abbreviations()
    may_end = abbr.get(word + ".")
    if may_end is None and "." in word:
        may_end = True  # "U.S", "H.W": dotted initialisms behave like "U.S."
    if may_end is None:
        return True
    if not may_end:
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt and word.lower() in _CLOCK and nxt.group(1)[:1].isupper():
        # "... arrived at 7 a.m. Stuart Penhaligon, 58, was ...": after a
        # clock time only a day, a month or a time zone goes on the sentence.
        return nxt.group(1) not in _AFTER_CLOCK
    return bool(nxt and nxt.group(1) in _STARTERS)


def split_sentences(text: str, start: int, end: int) -> list[Segment]:
    """Split the paragraph ``text[start:end]`` into sentences."""
    out: list[Segment] = []
    pos = start
    for m in _SENT_BREAK.finditer(text, start, end):
        if _is_boundary(text, m):
            seg = _trim(text, pos, m.start("space"))
            if seg:
                out.append(seg)
            pos = m.end("space")
    seg = _trim(text, pos, end)
    if seg:
        out.append(seg)
    return out


def segment(text: str) -> Segmentation:
    """Segment *text* into paragraphs and sentences."""
    paragraphs = split_paragraphs(text)
    sentences: list[Segment] = []
    owner: list[int] = []
    for i, p in enumerate(paragraphs):
        for s in split_sentences(text, p.start, p.end):
            sentences.append(s)
            owner.append(i)
    return Segmentation(paragraphs, sentences, owner)


def segment_agreeing(text: str, sentences: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> Segmentation:
    """Rule sentences, split only where a backend's sentence splitter agrees.

    Measured on PolNeAR dev, stanza's splitter cuts between a quote and its
    tag more often than the rule splitter does; where both split, both are
    right far more often. So a boundary is kept when the rules and the
    backend agree on it (give or take surrounding space), and the rule
    sentences on either side of any other boundary are merged.
    """
    rules = segment(text)
    starts = set()
    for s, _e in sentences:
        k = s
        while k < len(text) and text[k].isspace():
            k += 1
        starts.add(k)
    out: list[Segment] = []
    owner: list[int] = []
    for seg, pi in zip(rules.sentences, rules.sentence_paragraph):
        if out and owner[-1] == pi and seg.start not in starts:
            out[-1] = Segment(out[-1].start, seg.end)  # the backend sees no break here
            continue
        out.append(seg)
        owner.append(pi)
    return Segmentation(rules.paragraphs, out, owner)


def segment_with_sentences(text: str, sentences: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> Segmentation:
    """Paragraphs from the rules, sentences from a backend (clipped to paragraphs).

    A backend sentence that crosses a paragraph break is cut there, so the
    paragraph-level sieves keep working whatever the backend's tokenizer does.
    """
    paragraphs = split_paragraphs(text)
    out: list[Segment] = []
    owner: list[int] = []
    starts = [p.start for p in paragraphs]
    for s, e in sorted(sentences):
        if not 0 <= s < e <= len(text):
            continue
        pi = max(0, bisect_right(starts, s) - 1)
        while pi < len(paragraphs) and s < e:
            p = paragraphs[pi]
            a, b = max(s, p.start), min(e, p.end)
            seg = _trim(text, a, b) if a < b else None
            if seg and (not out or seg.start >= out[-1].end):
                out.append(seg)
                owner.append(pi)
            if e <= p.end:
                break
            pi += 1
    return Segmentation(paragraphs, out, owner)
