"""The quotation-mark table: which marks open, which close, and which pairs go together.

Pairing follows the allowed pairs and typography (which side of a mark the
text is on), never the parity of a count: one stray mark must not lose every
quote in the document (the failure of textacy issue #379).

Conventions covered (Wikipedia "Quotation mark" and national style guides):

=========================  ===============================================
``"…"``                    ASCII double, every language
``“…”``                    English, curly
``‘…’`` ``'…'``            single (British first level; nested in US style)
``«…»``                    French, Russian, Italian, Swiss German
``»…«``                    German and Danish book print (reversed guillemets)
``‹…›`` ``›…‹``            single guillemets, both directions
``„…“``                    German, Czech
``„…”``                    Polish, Hungarian, Romanian
``‚…‘`` ``‚…’``            German / Polish single low-high
``”…”``                    Swedish, Finnish
``「…」`` ``『…』``         Chinese and Japanese corner brackets
````…''`` ``''…''``        ASCII wire copy (LaTeX style; NYT double apostrophes)
=========================  ===============================================
"""

from __future__ import annotations

import enum

import attrs
import regex

__all__ = ["MARK_RE", "MarkInfo", "Weight", "CLOSERS", "MARKS"]


class Weight(enum.IntEnum):
    """Double marks enclose first-level quotes, single marks nested ones."""

    SINGLE = 1
    DOUBLE = 2


@attrs.frozen
class MarkInfo:
    """What one quotation mark can do."""

    mark: str
    weight: Weight
    #: The mark can open a quote at all.
    opens: bool
    #: The mark can close a quote at all.
    closes: bool
    #: The mark is also used as an apostrophe, so it needs the apostrophe rules.
    apostrophe: bool = False


STRAIGHT_DOUBLE = "\N{QUOTATION MARK}"
STRAIGHT_SINGLE = "\N{APOSTROPHE}"
LEFT_DOUBLE = "\N{LEFT DOUBLE QUOTATION MARK}"
RIGHT_DOUBLE = "\N{RIGHT DOUBLE QUOTATION MARK}"
LEFT_SINGLE = "\N{LEFT SINGLE QUOTATION MARK}"
RIGHT_SINGLE = "\N{RIGHT SINGLE QUOTATION MARK}"
LOW_DOUBLE = "\N{DOUBLE LOW-9 QUOTATION MARK}"
LOW_SINGLE = "\N{SINGLE LOW-9 QUOTATION MARK}"
REVERSED_DOUBLE = "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
REVERSED_SINGLE = "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
LEFT_SINGLE_GUILLEMET = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
RIGHT_SINGLE_GUILLEMET = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
LEFT_CORNER = "\N{LEFT CORNER BRACKET}"
RIGHT_CORNER = "\N{RIGHT CORNER BRACKET}"
LEFT_WHITE_CORNER = "\N{LEFT WHITE CORNER BRACKET}"
RIGHT_WHITE_CORNER = "\N{RIGHT WHITE CORNER BRACKET}"
GRAVES = "\N{GRAVE ACCENT}" * 2  # ``  (LaTeX / wire-copy opening double)
APOSTROPHES = STRAIGHT_SINGLE * 2  # ''  (LaTeX closing double; NYT both ways)

_D, _S = Weight.DOUBLE, Weight.SINGLE

MARKS: dict[str, MarkInfo] = {
    m.mark: m
    for m in (
        MarkInfo(STRAIGHT_DOUBLE, _D, True, True),
        MarkInfo(APOSTROPHES, _D, True, True),
        MarkInfo(GRAVES, _D, True, False),
        MarkInfo(LEFT_DOUBLE, _D, True, True),  # closes after „ (German)
        MarkInfo(RIGHT_DOUBLE, _D, True, True),  # opens in Swedish ”…”
        MarkInfo(LOW_DOUBLE, _D, True, False),
        MarkInfo(REVERSED_DOUBLE, _D, True, False),
        MarkInfo(LEFT_GUILLEMET, _D, True, True),  # closes »…« (German print)
        MarkInfo(RIGHT_GUILLEMET, _D, True, True),  # opens »…«
        MarkInfo(LEFT_CORNER, _D, True, False),
        MarkInfo(RIGHT_CORNER, _D, False, True),
        MarkInfo(LEFT_WHITE_CORNER, _S, True, False),
        MarkInfo(RIGHT_WHITE_CORNER, _S, False, True),
        MarkInfo(STRAIGHT_SINGLE, _S, True, True, apostrophe=True),
        MarkInfo(LEFT_SINGLE, _S, True, True),  # closes after ‚ (German)
        MarkInfo(RIGHT_SINGLE, _S, True, True, apostrophe=True),
        MarkInfo(LOW_SINGLE, _S, True, False),
        MarkInfo(REVERSED_SINGLE, _S, True, False),
        MarkInfo(LEFT_SINGLE_GUILLEMET, _S, True, True),
        MarkInfo(RIGHT_SINGLE_GUILLEMET, _S, True, True),
    )
}

#: For each opening mark, the marks that may close it, best first. Loose
#: pairs (“…" and "…”) are common in edited news copy and are accepted.
CLOSERS: dict[str, tuple[str, ...]] = {
    STRAIGHT_DOUBLE: (STRAIGHT_DOUBLE, RIGHT_DOUBLE, APOSTROPHES),
    APOSTROPHES: (APOSTROPHES, STRAIGHT_DOUBLE, RIGHT_DOUBLE),
    GRAVES: (APOSTROPHES, STRAIGHT_DOUBLE, RIGHT_DOUBLE),
    LEFT_DOUBLE: (RIGHT_DOUBLE, STRAIGHT_DOUBLE),
    RIGHT_DOUBLE: (RIGHT_DOUBLE, STRAIGHT_DOUBLE),
    LOW_DOUBLE: (LEFT_DOUBLE, RIGHT_DOUBLE, STRAIGHT_DOUBLE),
    REVERSED_DOUBLE: (RIGHT_DOUBLE, STRAIGHT_DOUBLE),
    LEFT_GUILLEMET: (RIGHT_GUILLEMET,),
    RIGHT_GUILLEMET: (LEFT_GUILLEMET,),
    LEFT_CORNER: (RIGHT_CORNER,),
    LEFT_WHITE_CORNER: (RIGHT_WHITE_CORNER,),
    STRAIGHT_SINGLE: (STRAIGHT_SINGLE, RIGHT_SINGLE),
    LEFT_SINGLE: (RIGHT_SINGLE, STRAIGHT_SINGLE),
    RIGHT_SINGLE: (RIGHT_SINGLE,),
    LOW_SINGLE: (LEFT_SINGLE, RIGHT_SINGLE),
    REVERSED_SINGLE: (RIGHT_SINGLE, STRAIGHT_SINGLE),
    LEFT_SINGLE_GUILLEMET: (RIGHT_SINGLE_GUILLEMET,),
    RIGHT_SINGLE_GUILLEMET: (LEFT_SINGLE_GUILLEMET,),
}

#: One scan finds every mark. Two-character ASCII marks come first so that
#: ``''`` is one mark; in ``'''`` the lone apostrophe is taken first (it is the
#: inner single quote closing before the double one: ``'term,'''``).
MARK_RE = regex.compile(
    r"""
    '(?='')          # the first of three apostrophes: a single mark
    | ''             # NYT / LaTeX double apostrophe
    | ``             # LaTeX / wire-copy opening double
    | ["'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c-\u300f]
    """,
    regex.VERBOSE,
)
