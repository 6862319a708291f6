"""News: a description that opens a sentence of narration is a mention of
the person who holds the role, so the pronoun after it has that person as
its nearest antecedent (issue 12: "a description in subject position is
skipped").

'Deputy Mayor Ines Corvo ... ¶ Ana Ruiz ... said ... ¶ Shortly after
midnight, the deputy mayor thanked residents. "Democracy is slow," she
said.': the pronoun's candidates are the people mentioned before it, most
recent first, and without this step the mayor's latest mention is the
first paragraph's, so Ana Ruiz, named since, is nearer. The subject of the
sentence just before is the likeliest referent of a pronoun (Grosz, Joshi
and Weinstein 1995), and it is the deputy mayor.

(``Speakers._described_beat`` in :mod:`quotes.resolve` decides the tag
right after such a sentence when it can read the sentence's subject; this
pre-scan files the mention for every pronoun after it, and reads past a
long fronted clause: "Pressed on whether Tomas Brenner had asked to leave,
the manager paused.")

Only what the role already identifies is linked: the most recent person
holding that role (:func:`quotes.focus.role_holder`, the ``title-chain``
rule's own search), surely a named person. A description no one holds
("the manager paused" in a story that never calls anyone the manager) adds
nothing, so a pronoun falls back on recency as before.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

import regex

from . import lexicon
from .agreement import confirmed_person
from .focus import role_holder, subject_before
from .syntax.phrases import analyse
from .syntax.words import PREPOSITIONS

from .coref import _Seen

if TYPE_CHECKING:
    from .coref import Coref
    from .syntax.phrases import Tok

__all__ = ["narration_subjects"]

#: A sentence that opens with "the" and lower-case words (a definite
#: description and its verb: "the deputy mayor thanked", "the jury president
#: was"), after at most one opening adjunct up to a comma ("Shortly after
#: midnight, ...", "Asked about the criticism, ..."; no quotation marks in
#: it). Group ``np``: "the" and the words; the description ends at its head
#: (:func:`_head`).
_SUBJECT = regex.compile(
    r"[ \t]*(?:[A-Z][^,.;:!?\n\"\u201c\u201d\u00ab\u00bb\u201e]{0,80},\s+)?"
    r"(?P<np>[Tt]he(?:[ \t]+[a-z][\w\u2019'-]*){2,5})"
)
#: A sentence that opens with an age description ("The 24-year-old
#: left-hander collapsed"); group 1, the age ("24-year-old").
_AGE_OPENING = regex.compile(r"[ \t]*[Tt]he[ \t]+(\d{1,3}-year-old)[ \t]+[a-z]")
#: A word of the description.
_WORD = regex.compile(r"\S+")
#: Words after a description that are no verb of its own: a preposition, a
#: relative or a conjunction ("the mayor of Kelby", "the mayor who ...").
_NOT_VERBS = PREPOSITIONS | frozenset({"of", "about", "against", "among", "under", "who", "whose", "whom", "which", "that",
                                        "and", "or", "but", "nor"})


def narration_subjects(text: str, outer: list[Tok], starts: list[int], coref: Coref) -> None:
    """File each sentence-opening description outside quotes whose role a
    named person holds as a mention of that person in the pre-scan's list
    (news; run after the names are linked, before resolution)."""
    found = []
    for s in coref.sentence_starts:
        # (a cheap look first, in C: "the " opening the sentence or after a
        # comma near its start; most sentences have neither, and the pattern
        # is matched only where one is)
        if not (text.startswith(("The ", "the "), s) or text.find(", the ", s, s + 90) >= 0):
            continue
        m = _SUBJECT.match(text, s)
        if m is None:
            if (age := _AGE_OPENING.match(text, s)) is not None and (eid := subject_before(coref, s + 1)) is not None:
                # "Matteo Ferrandi saved three match points ... ¶ The
                # 24-year-old left-hander collapsed onto his back": the
                # subject before, of no other age, is that age (so "the
                # 27-year-old" later is someone else: agreement.age_fits).
                e = coref.entities[eid]
                if confirmed_person(e) and not any(r.endswith("-year-old") for r in e.roles):
                    e.roles.add(age.group(1).lower())
            continue
        words = m.group("np").split()
        h = _head(words)
        if h is None:
            continue
        np_end = [w.end() for w in _WORD.finditer(text, m.start("np"), m.end("np"))][h]
        i = bisect_left(starts, m.start("np"))
        j = bisect_left(starts, np_end)
        if i >= len(outer) or outer[i].start != m.start("np") or j > len(outer) or outer[j - 1].end != np_end:
            continue  # (inside a quotation: the tokens outside quotes do not hold it)
        mention = analyse(outer[i:j], text)
        if mention is None or mention.kind != "role" or mention.plural or mention.head != words[h]:
            continue
        e = role_holder(coref, mention, mention.start, kin=False, back=True)
        if e is not None and e.kind == "person" and e.names:
            found.append((mention, e))
    # Filed among the resolved mentions that later pronouns and descriptions
    # look back to (sorted once: linear-logarithmic however many there are).
    for mention, e in found:
        e.mentions.append((mention.start, mention.end, mention.text))
        coref._resolved.append(_Seen(mention.start, e.eid))
    coref._resolved.sort()


def _head(words: list[str]) -> int | None:
    """The index of the description's head in *words* ("the", then lower-case
    words): the last of a run of person roles ("deputy mayor", "jury
    president") followed by a word that can be its verb (no preposition,
    relative or conjunction: "the mayor of Kelby" is no subject here)."""
    roles = lexicon.roles()
    for h in range(1, len(words) - 1):
        role = roles.get(words[h])
        if role is None or role.kind != "person" or words[h + 1] in roles:
            continue
        return h if words[h + 1] not in _NOT_VERBS else None
    return None
