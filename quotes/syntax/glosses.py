"""The writer's naming glosses around a reported clause: a name the text
gives a thing ("known locally as "the Barn"", "which residents call "X"")
is the writer's aside, not the words of the speaker whose clause it sits in
or opens (issue 14: such a span must not count as someone's quote).
"""

from __future__ import annotations

from .phrases import DETERMINERS, Tok, is_word
from .words import DASHES, END_PUNCT, QUOTE_TOKEN

__all__ = ["fronted_naming_end", "naming_gloss_start"]


#: Words that open a writer's naming gloss after a comma or dash: a relative
#: pronoun, a naming participle (or an adverb before one), or the determiner
#: of an apposition ("..., a district residents call "Little Bergen"").
_GLOSS_OPENERS = frozenset(
    "which that where known nicknamed dubbed called christened named also locally better widely popularly a an the".split()
)
#: Words that may carry a naming gloss on after the name: a reason or a time
#: for the name ('which residents call "the Postcard" because ...').
_GLOSS_GOES_ON = frozenset("because since after for from when".split())


def naming_gloss_start(toks: list[Tok], k: int, stop: int, named: frozenset[int]) -> int:
    """Where a reported clause ``toks[k:stop]`` ends before the writer's naming
    gloss on its last noun: 'said the grant would pay for the old market,
    known locally as "the Barn"', '..., which residents have nicknamed "the
    Long Arm"', '..., a district residents call "Little Bergen"'. A name the
    frame gives (*named*: the quote tokens the non-speech frames read as a
    name or term) is the writer's aside, not the speaker's words, when a
    comma or dash before it opens a relative, a naming participle or an
    apposition, and nothing but the gloss follows it. Returns *stop* when
    there is no such gloss."""
    if not named:
        return stop  # (most documents: no name in marks at all)
    q = next((x for x in range(stop - 1, k + 2, -1) if x in named), -1)  # (the last name in the clause)
    if q < 0:
        return stop
    rest = [t.text.lower() for t in toks[q + 1 : stop] if t.text not in END_PUNCT]
    if rest and (rest[0] not in _GLOSS_GOES_ON or "," in rest or QUOTE_TOKEN in rest):
        return stop  # ('the plant, known as "the Kettle", would close': the clause goes on)
    for x in range(q - 1, max(k + 2, q - 10), -1):
        w = toks[x].text
        if w == QUOTE_TOKEN:
            return stop
        if w == "," or w in DASHES:
            return x if toks[x + 1].text.lower() in _GLOSS_OPENERS else stop
    return stop


def fronted_naming_end(toks: list[Tok], c0: int, c1: int, named: frozenset[int]) -> int:
    """Where a reported clause ``toks[c0:c1]`` starts past a fronted naming
    phrase, the writer's gloss on its subject ('Known on the shop floor as
    "pick rates", the targets are set by software, the union said'): after
    the comma that follows the name (*named*: the quote tokens the
    non-speech frames read as a name or term). *c0* when there is none."""
    if c0 >= c1 or toks[c0].text.lower() not in _GLOSS_OPENERS or toks[c0].text.lower() in DETERMINERS:
        return c0
    for x in range(c0 + 1, min(c1 - 2, c0 + 12)):
        if x in named:
            return x + 2 if toks[x + 1].text == "," else c0
        if not is_word(toks[x].text):
            return c0
    return c0
