"""Verb tests of the shallow syntax: what a lower-case word's form says of it.

Without a tagger, a finite verb is recognised by its form: a listed
irregular form ("went", "told"), the regular past ``-ed``, or the
third-person present ``-s``; the tests here are the only copies of those
shape rules (Quirk et al. 1985, 3.5-3.6, on the regular inflections).
"""

from __future__ import annotations

from .. import lexicon

__all__ = ["is_past_form", "has_verb_ending", "is_3sg_verb"]

#: Endings of words in -s that are not third-person verbs: doubled s, Latin
#: and Greek nouns ("status", "crisis") and the pronoun "this"; and the two
#: nouns in -ies that are the same in the singular ("a new series", "species").
_NOT_3SG = ("ss", "us", "is", "series", "species")


def is_past_form(w: str) -> bool:
    """A lower-case word that can be a finite past verb: a listed irregular
    form or a regular ``-ed`` form of more than three letters ("went",
    "talked"); ``w`` is the token as written."""
    return w.isalpha() and w.islower() and (w in lexicon.irregular_verbs() or w.endswith("ed") and len(w) > 3)


def has_verb_ending(lw: str) -> bool:
    """A (lower-cased) word longer than three letters with a verb's ending:
    ``-ed``, or ``-s`` but not ``-ss``, ``-us``, ``-is`` ("sides", "claimed";
    not "boss", "status", "crisis", "this")."""
    return len(lw) > 3 and (lw.endswith("ed") or lw.endswith("s") and not lw.endswith(_NOT_3SG))


def is_3sg_verb(w: str) -> bool:
    """A lower-case word that may be a present-tense verb ("yields", "remains");
    stricter than :func:`has_verb_ending`: adjectives in -ous and nouns in
    -ics are left out too."""
    return w.isalpha() and w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_3SG + ("ous", "ics"))
