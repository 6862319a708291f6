"""Tokens: the words, numbers and marks of a text, with their character offsets.

The first thing the shallow syntax does; every later rule reads these tokens
(or the outer stream built from them, in which a quotation is one token).
"""

from __future__ import annotations

import functools
from itertools import repeat
from typing import NamedTuple

import regex

from .. import lexicon

__all__ = ["Tok", "TOKEN_RE", "is_cap", "is_word", "tokenize"]


class Tok(NamedTuple):
    start: int
    end: int
    text: str


# A word (letters with inner apostrophes, hyphens or dots: O'Dowd,
# Jean-Luc, U.S), a number (54, 3.5, 1,000), or one other character.
_TOKEN = r"""
    [\p{L}\p{M}][\p{L}\p{M}\p{N}]{0,40}
        (?:['\u2019\-.][\p{L}\p{M}\p{N}]{1,40}){0,8}   # inner ' - . joins pieces
    | \p{N}{1,20}(?:[.,:]\p{N}{1,20}){0,4}
        (?:-[\p{L}\p{N}]{1,20}){0,4}                   # 54-year-old
    | \S
"""
TOKEN_RE = regex.compile(_TOKEN, regex.VERBOSE)
#: Every token of a range in one match: the spaces before each token, then
#: the token (group 1), repeated; the match's captures of group 1 are the
#: tokens ``TOKEN_RE.finditer`` finds, in order (it tries the same
#: alternatives at the same places), their starts, ends and texts read as
#: lists in C (a fifth faster than a Python step per match, measured on
#: PolNeAR: 2.5% of the run).
_TOKENS_RE = regex.compile(r"(?:\s*+(" + _TOKEN + r"))*+", regex.VERBOSE)


@functools.cache
def _dotted() -> frozenset[str]:
    """Words that keep their period: abbreviations and titles ("Mr", "Gov", "Jan")."""
    words = {a[:-1] for a in lexicon.abbreviations() if a.endswith(".") and "." not in a[:-1]}
    words |= {t[:-1] for t in lexicon.titles() if t.endswith(".") and " " not in t}
    return frozenset(words)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with document offsets.

    A period stays with the word before it when that word is a known
    abbreviation or title ("Mr.", "Gov.", "Jan.") or an initial ("J."), so a
    name like "Mr. J. Smith" is one run of word tokens.
    """
    # (The tokens built with tuple.__new__, not a NamedTuple's Python-level
    # __new__, from the lists of one match: this runs over every token of
    # every document. The periods are then joined in a pass over them alone.)
    m = _TOKENS_RE.match(text, start, len(text) if end is None else end)
    words = m.captures(1)
    out = list(map(tuple.__new__, repeat(Tok), zip(m.starts(1), m.ends(1), words)))
    # (The periods found by list.index, a C-level scan, not a comprehension
    # over every token: one token in twenty-five is a period.)
    dots: list[int] = []
    try:
        i = words.index(".")
        while True:
            dots.append(i)
            i = words.index(".", i + 1)
    except ValueError:
        pass
    return _join_periods(out, dots) if dots else out


def _join_periods(toks: list[Tok], dots: list[int]) -> list[Tok]:
    """*toks* with each period at the indexes *dots* joined to the word right
    before it when that word keeps its period (see :func:`tokenize`), left to
    right, so "U.S.." joins once per period as a loop over the tokens would."""
    dotted = _dotted()
    out: list[Tok] = []
    last = 0
    for i in dots:
        out.extend(toks[last:i])
        last = i
        if not out:
            continue
        prev, dot = out[-1], toks[i]
        if prev.end == dot.start and (prev.text in dotted or len(prev.text) == 1 and prev.text.isupper()
                                      or "." in prev.text and len(prev.text) <= 6 and prev.text.replace(".", "").isalpha()):
            # (and dotted initialisms, "U.S.", "D.C.": "A U.S. official said" is one noun phrase)
            out[-1] = tuple.__new__(Tok, (prev.start, dot.end, prev.text + "."))
            last = i + 1
    out.extend(toks[last:])
    return out


#: Lower-case name particles joined to a capitalised surname ("al-Rashid", "el-Sayed", "d'Alembert").
_JOINED_PARTICLES = ("al-", "el-", "ad-", "ash-", "ben-", "bin-", "d'", "d\u2019")


def is_cap(word: str) -> bool:
    """Capitalised, as a name is ("Ruiz", "al-Rashid", "d'Alembert")."""
    if not word:
        return False
    if word[0].isupper():
        return True
    if len(word) < 4 or word[2] != "-" and word[3] != "-" and word[1] not in "'\u2019":
        return False  # (a joined particle has its hyphen or apostrophe in second to fourth place: cheap tests first)
    if not word.startswith(_JOINED_PARTICLES):
        return False
    return any(word.startswith(p) and word[len(p) : len(p) + 1].isupper() for p in _JOINED_PARTICLES)


def is_word(word: str) -> bool:
    # (word[:1] is "" for an empty word, which is not alphanumeric: one call, no bool())
    return word[:1].isalnum()
