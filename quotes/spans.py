"""Pair quotation marks into quoted spans.

The scan is one pass over the marks of each paragraph with a small stack
(capped at ``Config.max_nesting``), so the cost is linear in the length of the
text whatever the marks are. What a mark may do comes from
:mod:`quotes.marks`; whether it *does* open or close here comes from
typography: the side of the mark the text is on ("flanking", the same idea as
CommonMark's emphasis delimiters), and the apostrophe rules below.

Damage stays local: the stack is reset at every paragraph that does not
continue a quote, a closer with no opener is ignored, and an opener that is
never closed costs at most the rest of its own paragraph.

Newswire multi-paragraph quotes (each paragraph reopens the mark, only the
last closes it; AP Stylebook, "quotation marks") are reported as one piece per
paragraph, linked by a shared ``group``; the reopening marks are never inside
any piece's offsets.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from . import lexicon
from .marks import CLOSERS, MARK_RE, MARKS, Weight
from .segment import Segment
from .syntax.words import SPEAKING_PRONOUNS

__all__ = ["QuotedSpan", "find_quoted_spans"]


class QuotedSpan(NamedTuple):
    """A pair of marks and the content between them (whitespace-trimmed)."""

    start: int  # content start
    end: int  # content end
    open_start: int  # offsets of the opening mark (or dash)
    open_end: int
    close_start: int  # offsets of the closing mark; -1 when unclosed
    close_end: int
    weight: Weight
    depth: int  # 0 for an outermost quote
    paragraph: int
    how: str  # "paired", "multi-paragraph", "unclosed", "dash"
    group: int | None  # shared by the pieces of a multi-paragraph quote


# Elisions that begin with an apostrophe: 'tis, 'twas, 'em, the '90s, rock 'n' roll.
_ELISION = regex.compile(
    r"""
    (?: \d0s | \d\d s? \b          # the '90s, class of '09
      | (?i: tis | twas | twere | em | cause | til | bout | nuff | n(?=['\u2019]) )\b
    )
    """,
    regex.VERBOSE,
)

# A dialogue dash opening a paragraph: "--Goodbye!" (Joyce), "— Oui." (French).
_DASH_OPEN = regex.compile(r"(?:--|\u2014|\u2015|\u2013)[^\S\n]*")
# A space and a lower-case letter: the sentence runs on after "students' ".
_SPACE_LOWER = regex.compile(r" \p{Ll}")
# A space and a word that never follows a plural possessive (which takes its
# noun next: "the players' wages"): a preposition, subordinator, determiner or
# auxiliary, so the mark before it closes a quote ("'the Lamplighters' after
# the gasworks"). Not "and"/"or": "the workers' and farmers' party".
_NOT_AFTER_POSSESSIVE = regex.compile(
    r" (?:after|before|in|on|at|to|from|with|by|for|of|into|over|under|since|until|because|when|while|where|"
    r"who|which|that|as|than|is|are|was|were|has|have|had|will|would|the|a|an)\b"
)

_SPACE = frozenset(" \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000")
_CLOSING_PUNCT = frozenset(",.;:!?)]}\u00bb\u203a\u201d\u2019\u300d\u300f")
_OPENING_PUNCT = frozenset("([{\u00ab\u2039\u201c\u2018\u300c\u300e")
# Characters after which a mark is still "at the start" of something.
_OPENING_CONTEXT = frozenset("([{\u2014\u2013-/:;")


def _is_space(ch: str) -> bool:
    return ch in _SPACE or ch.isspace()


class _Open(NamedTuple):
    mark: str
    start: int
    end: int
    group: int | None


def _apostrophe(text: str, i: int, end: int, prev: str, nxt: str) -> bool:
    """True when the single mark at *i* is an apostrophe, not a quotation mark."""
    if prev.isalnum() and nxt.isalnum():
        return True  # don't, O'Dowd, rock'n'roll
    if not prev.isalnum() and _ELISION.match(text, i + 1, end):
        return True  # 'tis, the '90s, 'n'
    if prev == "n" and i >= 2 and text[i - 2] in "'\u2019" and not nxt.isalnum():
        return True  # the second mark of 'n'
    return False


def _flanks(text: str, i: int, j: int, para_start: int, para_end: int) -> tuple[str, str]:
    prev = text[i - 1] if i > para_start else " "
    nxt = text[j] if j < para_end else " "
    return prev, nxt


def find_quoted_spans(
    text: str, paragraphs: list[Segment], *, max_nesting: int = 3, dash_dialogue: bool = False
) -> list[QuotedSpan]:
    """Find every quoted span in *text*, outermost and nested, in document order."""
    found: list[QuotedSpan] = []
    next_group = 0
    carry: _Open | None = None  # an opener continued from the previous paragraph
    cap = max(1, max_nesting)
    for pi, para in enumerate(paragraphs):
        ps, pe = para.start, para.end
        stack: list[_Open] = []
        marks = list(MARK_RE.finditer(text, ps, pe))
        if carry is not None:
            # The previous paragraph ended inside a quote; this one reopens it
            # (checked by _paragraph_end), so its first mark continues it.
            first = marks.pop(0)
            stack.append(_Open(first.group(), first.start(), first.end(), carry.group))
            carry = None
        elif dash_dialogue and _dash_dialogue(found, text, ps, pe, pi):
            continue
        _pair_marks(found, text, marks, stack, ps, pe, pi, cap)
        if stack:
            carry, next_group = _paragraph_end(found, text, paragraphs, pi, stack[0], next_group)
    return _renest(found)


def _dash_dialogue(found: list[QuotedSpan], text: str, ps: int, pe: int, pi: int) -> bool:
    """Record a paragraph opened by a dialogue dash as a quote; True if it was one.

    A dash line carries its tag inside it ("— Where are you going? said
    Paul.", "— Home, Marie said, it is late."): the quote ends before the
    tag, and what follows a comma after the tag is the same speaker's
    second piece; after a full stop it is narration."""
    dash = _DASH_OPEN.match(text, ps, min(pe, ps + 8))
    if not dash or dash.end() >= pe:
        return False
    c0 = dash.end()
    tag = _inline_tag(text, c0, pe)
    if tag is None:
        found.append(QuotedSpan(c0, pe, ps, c0, -1, -1, Weight.DOUBLE, 0, pi, "dash", None))
        return True
    cut, after = tag
    found.append(QuotedSpan(c0, cut, ps, c0, -1, -1, Weight.DOUBLE, 0, pi, "dash", None))
    if after is not None:
        found.append(QuotedSpan(after, pe, after, after, -1, -1, Weight.DOUBLE, 0, pi, "dash", None))
    return True


#: Where a tag may start inside a dash line: after the utterance's comma or
#: end mark, or after a dash that sets the tag off ("— Not very — said Will.",
#: "—No mucho —dijo Will—."; group ``dash``).
_TAG_GAP = regex.compile(r"[,!?.\u2026][^\S\n]+|(?P<dash>[^\S\n]{0,3}(?:\u2014|\u2015|\u2013|--)[^\S\n]{0,3})")  # (bounded: linear on a run of spaces)
#: After a tag, a dash that takes the speech up again, with the tag's own end mark before or after
#: it ("said Will. — Half an hour", "dijo Will—. Media hora"): the second piece starts at its end.
_RESUME = regex.compile(r"[^\S\n]*(?:[.,][^\S\n]*)?(?:\u2014|\u2015|\u2013|--)[.,]?[^\S\n]*")
#: A word of a tag (letters, apostrophes, hyphens).
_TAG_WORD = regex.compile(r"\p{L}[\p{L}'\u2019\-]*")
#: Subjects a tag opens with or ends in, besides a capitalised name.
_TAG_DETERMINERS = frozenset("the his her my their our its".split())


def _tag_verb(w: str) -> bool:
    """Is *w* (lower case) a speech verb in the past or the present ("said", "asks")?"""
    return any(c.mode == "speech" and c.tense in ("past", "3sg") for c in lexicon.cue_verbs().get(w, ()))


def _inline_tag(text: str, c0: int, pe: int) -> tuple[int, int | None] | None:
    """The first tag inside the dash line text[c0:pe]: (where the quote ends,
    where its second piece starts or None), or None. A tag is a speech verb
    and its subject in either order ("said Paul", "Marie said", "he asked",
    "said the old man"), short, and followed by a comma, an end mark or the
    line's end."""
    for gap in _TAG_GAP.finditer(text, c0, pe):
        words: list[regex.Match[str]] = []
        for w in _TAG_WORD.finditer(text, gap.end(), min(pe, gap.end() + 60)):
            if words and text[words[-1].end() : w.start()].strip():
                break  # (punctuation between: the tag's words run together)
            words.append(w)
            if len(words) == 5:
                break
        if len(words) < 2:
            continue
        low = [w.group().lower() for w in words]
        cap = [w.group()[:1].isupper() and x not in _TAG_DETERMINERS for w, x in zip(words, low)] + [False]
        end = None
        if _tag_verb(low[0]) and (low[1] in SPEAKING_PRONOUNS or cap[1] or low[1] in _TAG_DETERMINERS):
            # (a description runs to the punctuation: "said the old porter.")
            end = 2 if low[1] not in _TAG_DETERMINERS else len(words)
            while end is not None and end < len(words) and cap[end] and cap[end - 1]:
                end += 1  # ("said Buck Mulligan")
        elif low[0] in SPEAKING_PRONOUNS or cap[0]:
            k = 1
            while k < len(low) - 1 and cap[k] and cap[k - 1]:
                k += 1
            if k < len(low) and _tag_verb(low[k]):
                end = k + 1
        if end is None:
            continue
        if end < len(words) and words[end].group().endswith("ly"):
            end += 1  # ("Stephen said quietly.")
        stop = words[end - 1].end()
        rest = text[stop:pe]
        stripped = rest.lstrip(" \t")
        if stripped and stripped[0] not in ",.;:!?\u2026\u2014\u2015\u2013-":
            continue  # the words run on: no tag ("when John said you left")
        after = None
        if (resume := _RESUME.match(text, stop, pe)) is not None and gap.group("dash") is not None:
            after = resume.end() if resume.end() < pe else None  # ("— Not very — said Will. — Half an hour")
        elif stripped.startswith(","):
            nxt = stop + (len(rest) - len(stripped)) + 1
            while nxt < pe and text[nxt] in " \t":
                nxt += 1
            after = nxt if nxt < pe else None
        return (gap.start() if gap.group("dash") is not None else gap.start() + 1), after
    return None


def _pair_marks(
    found: list[QuotedSpan], text: str, marks: list[regex.Match[str]], stack: list[_Open], ps: int, pe: int, pi: int, cap: int
) -> None:
    """Open and close quotes at the marks of one paragraph; what stays open is left on *stack*."""
    # Single marks that could close an open single quote later in the
    # paragraph: used to tell "students' union" from a closing mark.
    single_closers = [m.start() for m in marks if MARKS[m.group()].weight == Weight.SINGLE]
    for k, m in enumerate(marks):
        mk = m.group()
        info = MARKS[mk]
        i, j = m.start(), m.end()
        prev, nxt = _flanks(text, i, j, ps, pe)
        if info.apostrophe and _apostrophe(text, i, pe, prev, nxt):
            continue
        # Text follows: the mark can open; text precedes: it can close.
        # Punctuation does not count ('« Oui », dit-il': the "," after the
        # closing guillemet does not make it an opener).
        left = not _is_space(nxt) and nxt not in _CLOSING_PUNCT
        right = not _is_space(prev) and prev not in _OPENING_PUNCT
        if prev.isalnum() and nxt.isalnum():
            left = right = False  # 5"x7" or a mark glued inside a word
            if info.apostrophe:
                continue
        # Which open quote could this mark close?
        target = -1
        if info.closes:
            for d in range(len(stack) - 1, -1, -1):
                if mk in CLOSERS[stack[d].mark]:
                    target = d
                    break
                if info.apostrophe or MARKS[stack[d].mark].weight > info.weight:
                    break  # a single mark never closes across a double one
        if info.apostrophe and prev in "sSzZ" and j + 1 < pe and text[j] in ",.;:!?" and text[j + 1] in "'\u2019":
            continue  # "the directors'," + closing mark: a possessive, not the closer
        if target >= 0 and info.apostrophe and prev in "sSzZ" and nxt == " ":
            # "the students' union": possessive unless no later mark could close.
            later = any(s > i for s in single_closers[k + 1 :] if s != i)
            if later and _SPACE_LOWER.match(text, j, j + 2) and not _NOT_AFTER_POSSESSIVE.match(text, j, min(pe, j + 12)):
                continue
        opens_here = info.opens and (left or not right)
        if target >= 0:
            if left and not right:
                if stack[target].mark == mk and opens_here and not _at_quote_start(text, ps, stack[target].start):
                    # The same undirected mark again with text only on
                    # its right: the earlier one was stray. Drop it. (An
                    # earlier mark that opened a sentence or followed a
                    # colon is kept: '"He said "no" twice," she said.')
                    del stack[target:]
                    stack.append(_Open(mk, i, j, None))
                    continue
                # else: a nested opener of another style; push below.
            elif right or not left:
                o = stack[target]
                del stack[target:]
                _emit(found, text, o, i, j, target, pi)
                continue
        if opens_here and len(stack) < cap:
            stack.append(_Open(mk, i, j, None))


def _paragraph_end(
    found: list[QuotedSpan], text: str, paragraphs: list[Segment], pi: int, o: _Open, next_group: int
) -> tuple[_Open | None, int]:
    """Settle the quote *o* left open at the end of paragraph *pi*: the opener to carry on and the next group id."""
    ps, pe = paragraphs[pi].start, paragraphs[pi].end
    nxt_para = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
    reopen = None
    if nxt_para is not None:
        reopen = MARK_RE.match(text, nxt_para.start, nxt_para.end)
    if (
        reopen is not None
        and MARKS[reopen.group()].opens
        and MARKS[reopen.group()].weight == MARKS[o.mark].weight
    ):
        group = o.group if o.group is not None else next_group
        if o.group is None:
            next_group += 1
        _emit_open(found, text, o, pe, pi, "multi-paragraph", group)
        return _Open(o.mark, o.start, o.end, group), next_group
    if o.group is not None or _at_quote_start(text, ps, o.start):
        # A lost closer: keep the rest of the paragraph only where a
        # quote would start (paragraph start, after ":" or ","), so a
        # stray mark mid-sentence swallows nothing.
        _emit_open(found, text, o, pe, pi, "unclosed", o.group)
    return None, next_group


def _at_quote_start(text: str, para_start: int, i: int) -> bool:
    k = i - 1
    while k >= para_start and _is_space(text[k]):
        k -= 1
    return k < para_start or text[k] in ":,\u2014\u2013-("


def _renest(found: list[QuotedSpan]) -> list[QuotedSpan]:
    """Sort by position and set each span's depth from containment (linear sweep)."""
    found.sort(key=lambda q: (q.open_start, -q.end))
    out: list[QuotedSpan] = []
    open_ends: list[int] = []
    for q in found:
        while open_ends and open_ends[-1] <= q.open_start:
            open_ends.pop()
        depth = len(open_ends)
        out.append(q if q.depth == depth else q._replace(depth=depth))
        outer_end = q.close_end if q.close_end >= 0 else q.end
        open_ends.append(outer_end)
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without the spaces at either end."""
    while s < e and _is_space(text[s]):
        s += 1
    while e > s and _is_space(text[e - 1]):
        e -= 1
    return s, e


def _emit(found: list[QuotedSpan], text: str, o: _Open, i: int, j: int, depth: int, pi: int) -> None:
    s, e = _strip(text, o.end, i)
    if s < e:
        how = "paired" if o.group is None else "multi-paragraph"
        w = MARKS[o.mark].weight
        found.append(QuotedSpan(s, e, o.start, o.end, i, j, w, depth, pi, how, o.group))


def _emit_open(found: list[QuotedSpan], text: str, o: _Open, pe: int, pi: int, how: str, group: int | None) -> None:
    s, e = _strip(text, o.end, pe)
    if s < e:
        if how == "unclosed" and group is not None:
            how = "multi-paragraph"  # the last piece of a continued quote lost its closer
        found.append(QuotedSpan(s, e, o.start, o.end, -1, -1, MARKS[o.mark].weight, 0, pi, how, group))
