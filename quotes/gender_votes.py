"""Gender votes: the pronouns right after a name say whose gender it is.

"Tom put down his pen": the first he/his/she/her after a name mention,
before another capitalised name or a quote, votes for the name's gender (the
document's own pronoun use), unless the name sits in an oblique or modifying
place, where the pronoun is the clause subject's. Part of the name pre-scan
(:func:`quotes.names.link_names`), kept apart as it reads only the tokens.
"""

from __future__ import annotations

from bisect import bisect_left

from . import lexicon
from .syntax.phrases import Mention, Tok, is_cap
from .syntax.words import PREPOSITIONS, QUOTE_TOKEN

__all__ = ["gender_votes"]


#: Pronouns that vote for a name's gender; "its" votes for an organisation ("n").
#: ("him" is left out: after a name's verb it is someone else, "Elin Harker held a photograph of him".)
#: (Also capitalised as a sentence opens them, so a token is looked up as written.)
_GENDER_WORDS = {"he": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f", "its": "n",
                 "He": "m", "His": "m", "She": "f", "Her": "f"}
#: The subject pronouns among them.
_SUBJECT_GENDER_WORDS = frozenset({"he", "she", "He", "She"})


def gender_votes(
    outer: list[Tok], words: list[str], starts: list[int], found: list[Mention], ends: list[int], *, oblique: bool = True
) -> list[str | None]:
    """Gender each name mention from the pronouns that follow it.

    "Tom put down his pen": the first he/his/she/her within the next eight
    tokens, before any other capitalised name or a quote, votes for the name
    (the document's own pronoun use, as the coreference docstring promises).
    *words*: the text of each token of *outer*.
    """
    out: list[str | None] = []
    n = len(outer)
    for m, j in zip(found, ends):
        vote = None
        if _GENDER_WORDS.keys().isdisjoint(words[j : j + 8]):
            out.append(None)  # (no such pronoun in reach, most names: one C-level test, not a token loop: a third less time here, 0.5% of the run)
            continue
        for k in range(j, min(n, j + 8)):
            w = outer[k].text
            if w == QUOTE_TOKEN or w in {".", "!", "?", ";"} or (w[:1].isupper() and w not in _GENDER_WORDS):
                break
            g = _GENDER_WORDS.get(w)  # (the only capitalised keys are the four a sentence opens with: no lower() per token)
            if g:
                # (news) "Asked whether the charge might make Saint-Varenne famous, she
                # shrugs": a subject pronoun opening a clause after a comma is that clause's subject.
                vote = None if oblique and w in _SUBJECT_GENDER_WORDS and outer[k - 1].text == "," else g
                break
        if oblique and vote in {"m", "f"} and _oblique(outer, bisect_left(starts, m.start)):
            vote = None
        if vote in {"m", "f"} and j < n and _modifies_people(outer[j].text):
            vote = None  # "a junior Treasury minister ... her budget": the pronoun is the minister's, not the name's
        out.append(vote)
    return out


def _modifies_people(word: str) -> bool:
    """A lower-case noun for people ("minister", "columnists", "staff")
    right after a name makes the name its modifier ("the Treasury minister",
    "Gossip columnists", "Harbour staff"), not the person a pronoun after it means."""
    if not word.islower():
        return False
    role = lexicon.roles().get(word)
    return role is not None and role.kind in {"person", "group"}


def _oblique(outer: list[Tok], i: int) -> bool:
    """Is the name starting at token *i* in an oblique or modifying place,
    after a preposition or "the" ("supporters in Carrick", "director of the
    Marlowe", "through the Ostrel interconnector")? A he/she that follows is
    then the clause subject's, not the name's (subjects are the likelier
    antecedents: centering), so it casts no gender vote. (News only: in
    novels "He turned to Emma, and she ..." is common; LitBank measured worse.)"""
    k = i - 1
    while k > 0 and outer[k].text.lower() in {"and", "or", ","} and is_cap(outer[k - 1].text):
        k -= 1  # "trained in Manchester and Vienna": back over the conjuncts
        while k > 0 and is_cap(outer[k].text):
            k -= 1
    prev = outer[k].text.lower() if k >= 0 and i > 0 else ""
    return prev == "the" or prev in PREPOSITIONS or prev == "of"
