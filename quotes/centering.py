"""Fiction: the person a pronoun tag goes on with, read from the subjects
of the sentences before it (a small piece of centering theory: Grosz, Joshi
and Weinstein 1995; the subject is the most salient entity of a sentence and
a pronoun subject continues it).

'Peter Quayle crossed the yard towards Martin's cottage. He stopped at the
gate ... ¶ "Is anyone at home?" he called.': the latest name before the tag
is Martin's, in a possessive, but the sentences' subjects are Peter Quayle
and a "He" that goes on with him, so the tag's "he" is Peter Quayle.
Recency alone picks Martin; the subject chain does not.

The walk reads narration only: a sentence that opens with a quotation mark
is a line of dialogue, whose tags the attribution stage reads, and the walk
stops there (the conversation model decides). It also stops at a subject it
cannot type (a description, "The woman", may be anyone), so it speaks only
when the chain is plain. Where the chain leads to a description instead,
:func:`described_subject` says where it starts, and the attribution stage
resolves the pronoun as a tag naming that description would be
(:func:`quotes.sieves.dialogue.subject_description`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from . import lexicon
from .syntax.verbs import is_past_form

if TYPE_CHECKING:
    from .coref import Coref, Entity
    from .syntax.phrases import Mention

__all__ = ["BARE_OPENERS", "after_verb", "described_subject", "in_sentence_before", "known_as", "only_oblique", "past_relative", "possessor_last", "sentence_around", "subject_chain", "subject_first", "tag_subject_first"]


def sentence_around(coref: Coref, pos: int, text: str) -> tuple[int, int]:
    """The start and end of the sentence of *text* holding *pos* (``coref.sentence_starts``)."""
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    return (starts[k] if k >= 0 else 0), (starts[k + 1] if k + 1 < len(starts) else len(text))


def after_verb(text: str, start: int) -> bool:
    """Does the noun phrase at *start* follow a past verb that reports no
    speech ("The president later met the prime minister")? Then it is the
    verb's object, someone other than the subject the sentence goes on with
    (a speech verb's noun phrase is its inverted subject: "said the coach")."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j < k and is_past_form(word := text[j:k]) and word not in lexicon.cue_verbs()


def in_sentence_before(coref: Coref, pos: int, at: int) -> bool:
    """Is the offset *at* inside the sentence right before the one holding
    *pos* (``coref.sentence_starts``)? What that sentence reported is the
    centre the next one goes on with."""
    starts = coref.sentence_starts
    k = bisect_right(starts, pos) - 1
    return k >= 1 and starts[k - 1] <= at < starts[k]


#: How many narration sentences back the walk may read.
REACH = 4
#: A sentence's opening: space, then at most one linking adverb ("Then he
#: stopped", "At last she spoke") and at most one focus particle, which
#: leaves the subject the subject ("But even Agnes refused", "Only Henry
#: kept silent"), then the subject's first character.
_OPENING = regex.compile(
    r"[\s\u2014\u2013-]*(?:(?:then|and|but|so|now|still|yet|presently|at\s+last|at\s+length)\b,?\s+)?(?:(?:even|only|just)\s+)?", regex.IGNORECASE
)
#: The subjects the walk reads on over: "he" and "she" (whoever they stand
#: for: the walk's own gender test is on the names), and "it" and an
#: existential "there", which hold no person ("The vicar preached his usual
#: sermon. It was one the village loved. ¶ "...," he began": the vicar).
_PRONOUNS = frozenset({"he", "she", "it", "there"})
#: Marks that open a line of dialogue.
_OPENING_MARKS = frozenset("\"'\u201c\u2018\u00ab\u00bb\u201e\u2039\u203a")
#: A word: the subject's first.
_WORD = regex.compile(r"[\p{L}'\u2019.-]+")


#: Subordinators that open a sentence with a clause before the main one ("When she reached the gate, she stopped").
_SUBORDINATORS = frozenset("when as after before while once since though although because if until".split())
#: The rest of an opening subordinate clause, up to its comma (no sentence end, quotation mark or
#: blank line; a single line break, a hard-wrapped text's, may fall inside).
_MAIN_CLAUSE = regex.compile(r"(?:[^,.!?;:\"\u201c\u201d\n]|\n(?!\s*\n)){1,80},\s+")


#: Openers of an adjunct a novel writes with no comma before the subject
#: ("At last he turned", "That night after supper Hugh came up", "With
#: these he erected a jump", "Next morning Tony rang"): a preposition or a word of time.
BARE_OPENERS = frozenset("at in on with after before by for from into upon under over during that this next each every later presently then now soon once".split())
#: The rest of such an adjunct (up to seven words, no punctuation), then the subject: a pronoun or a capitalised
#: name before a lower-case word that is no subject pronoun ("In front of Carey he stopped": the name ends the adjunct).
_BARE_SUBJECT = regex.compile(r"(?:[ \t\n]+[\p{L}\d'\u2019-]+){0,7}?[ \t\n]+(he|she|I|\p{Lu}\p{Ll}+)[ \t\n]+(?!(?:he|she|they|we)\b)\p{Ll}")


#: "He" or "She" opening a sentence.
_HE_SHE_OPENS = regex.compile(r"(?:He|She)\s")


def pronoun_opens(text: str, at: int) -> bool:
    """Is the subject of the sentence at *at* "he" or "she": opening it, or
    after an opening adjunct with no comma ("Next month she will hand the
    business to her granddaughter, Lotte, and retire")?"""
    if _HE_SHE_OPENS.match(text, at) is not None:
        return True
    word = _WORD.match(text, at)
    bare = _bare_subject(text, word) if word is not None else None
    return bare is not None and bare.group(1) in {"he", "she"}


def _bare_subject(text: str, word: regex.Match[str]) -> regex.Match[str] | None:
    """The subject after an opening adjunct that no comma closes, *word*
    being the sentence's first ("At last he turned": group 1, "he"), or None."""
    return _BARE_SUBJECT.match(text, word.end()) if word.group(0).lower() in BARE_OPENERS else None


def _subjects(coref: Coref, pos: int) -> Iterator[tuple[int, str]]:
    """The subjects of the narration sentences before *pos*, latest first:
    where each starts and its first word, lower case. At most :data:`REACH`
    sentences of the same or the previous paragraph; a line of dialogue (the
    conversation model reads it) or a sentence with no word to open it ends
    the walk. A sentence that opens with a subordinate clause up to a comma
    has the main clause's subject ("When she reached the gate, she stopped")."""
    starts, text = coref.sentence_starts, coref.text
    k = bisect_right(starts, pos) - 1
    if k < 1:
        return
    para = text.rfind("\n\n", 0, pos)
    floor = text.rfind("\n\n", 0, para) if para > 0 else -1
    for s in range(k - 1, max(-1, k - 1 - REACH), -1):
        at = _OPENING.match(text, starts[s]).end()
        if at <= floor or at >= pos or text[at : at + 1] in _OPENING_MARKS:
            return
        word = _WORD.match(text, at)
        if word is not None and word.group(0).lower() in _SUBORDINATORS and (main := _MAIN_CLAUSE.match(text, word.end())) is not None:
            word = _WORD.match(text, at := main.end())  # "When she reached the gate, she stopped": the main clause's subject
        if word is not None and (bare := _bare_subject(text, word)) is not None:
            word = _WORD.match(text, at := bare.start(1))  # "At last he turned": the subject after an adjunct with no comma
        if word is None:
            return
        yield at, word.group(0).lower()


def subject_chain(coref: Coref, pos: int, gender: str, cands: list[Entity]) -> Entity | None:
    """The candidate the subjects before *pos* go on with, or None.

    Walks back over the subjects of :func:`_subjects`: a subject pronoun of
    *gender* goes on with the subject before it; a subject pronoun or name
    of the other gender is someone else's sentence and is passed over; a
    name among *cands* (which already agree with the pronoun) ends the walk
    with its entity. A subject that is neither a pronoun nor a name, or the
    end of the walk, ends it with None.
    """
    allowed = {e.eid for e in cands}
    for at, low in _subjects(coref, pos):
        if low in _PRONOUNS:
            continue  # the same person going on, or another's sentence: read on
        ent = _name_at(coref, at)
        if ent is None and coref.text[at].isupper() and low in lexicon.roles():
            # "Mother put down her sewing": the character the story calls Mother (a
            # name of that word the pre-scan did not read here is no subject: "Starting ...");
            # only a role word, which a description's head is, is looked for among the
            # entities ("The", "They" and "When" opened a scan of them all)
            ent = known_as(coref, low, pos, named=False)
        if ent is None:
            if _thing_subject(coref.text, at, low) and not _names_from(coref, at, sentence_around(coref, at, coref.text)[1]):
                continue  # "The rain had not let up", "Her hands were shaking": no one's sentence, read on
            return None  # "The woman opened it": a subject the walk cannot type
        if ent.eid in allowed:
            return ent
        if ent.gender and ent.gender != gender:
            continue  # someone of the other gender holds this sentence
        return None
    return None


#: Determiners that open a thing's subject ("The rain", "A cold wind", "No answer came"; not a possessive:
#: "Her hands were shaking" has the pronoun's person as its possessor, and passing it measured PDNC tune -2).
_DETERMINERS = frozenset("the a an this that these those no such another".split())
#: One lower-case word of the phrase after its determiner, on the same line or the next.
_NP_WORD = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(\p{Ll}[\p{Ll}'\u2019-]*)")
#: Words that end the subject's first words: a preposition or a linking word after the noun ("The tumult of her mind").
_NP_STOPS = frozenset("of in on at from with by for to and or but as".split())
#: Words that stand for a person without being a role noun ("The other", "A voice", "One figure").
_PERSON_WORDS = frozenset("one other others figure voice shape creature stranger".split())


def _thing_subject(text: str, at: int, low: str) -> bool:
    """Is the subject opening at *at* (its first word *low*) a thing's: a
    determiner and up to three lower-case words (the phrase, or its verb
    and what follows), none of them a person's noun (:func:`lexicon.roles`,
    which holds kin, or :data:`_PERSON_WORDS`)? "The rain had not let up",
    "A cold wind came in", "The tumult of her mind": a sentence no one is
    the subject of, which a pronoun chain reads over as it does "It was
    late" (where "The porter came in" is someone the walk cannot type, and
    ends it)."""
    if low not in _DETERMINERS:
        return False
    pos, words = at + len(low), []
    while len(words) < 3 and (m := _NP_WORD.match(text, pos)) is not None and m.group(1) not in _NP_STOPS:
        words.append(m.group(1))
        pos = m.end()
    roles = lexicon.roles()
    return bool(words) and not any(w in roles or w in _PERSON_WORDS for w in words)


def _names_from(coref: Coref, at: int, end: int) -> bool:
    """Does a name of the pre-scan start between *at* and *end*? (A thing's
    sentence that names someone, "A few minutes were enough; and Sir Thomas
    ... returned", may hold the person the pronoun goes on with: the walk
    stops there as before.)"""
    recent = coref._recent
    k = bisect_left(recent, (at, -1))
    return k < len(recent) and recent[k].pos < end


def subject_first(coref: Coref, pos: int, gender: str, cands: list[Entity], window: int) -> list[Entity]:
    """*cands* (a pronoun's, best first) with the one the subject chain
    before *pos* goes on with, among the first *window*, moved to the front."""
    chain = subject_chain(coref, pos, gender, cands[:window])
    return cands if chain is None or chain is cands[0] else [chain] + [e for e in cands if e is not chain]


def known_as(coref: Coref, word: str, pos: int, *, named: bool = True) -> Entity | None:
    """The person the story calls by the role or kin *word* alone, in lower
    case: a name ("Nanny said"; only when *named*) or a description of that
    word written as a name, capitalised ("said Mother", "said the Doctor";
    not "the doctor", which may be any); the one mentioned last before *pos*."""
    eid = coref._by_name.get(word) if named else None
    if eid is not None:
        return coref.entities[eid]
    known = [e for e in coref.entities if e.kind == "person" and not e.names and (d := e.description) and d.lower() in (word, "the " + word) and d[-len(word)].isupper()]
    return max(known, key=lambda e: max((s for s, _, _ in e.mentions if s < pos), default=-1), default=None)


def _name_at(coref: Coref, pos: int) -> Entity | None:
    """The entity of the pre-scan's name that starts at *pos*, if any."""
    recent = coref._recent
    k = bisect_left(recent, (pos, -1))
    return coref.entities[recent[k].eid] if k < len(recent) and recent[k].pos == pos else None


#: The opening of a subject description: an article, a possessive or a
#: one-word name's possessive, then a lower-case word ("The guide", "A tall
#: man", "Dan's friend"; whether a person noun follows is the caller's to
#: judge: "Edwin's face" is no one's description), on the same line or the next (a hard-wrapped
#: text breaks lines anywhere: "The\ndoctor was buttoning up his coat").
_DESCRIPTION = regex.compile(r"(?:The|A|An|Her|His|\p{Lu}\p{Ll}+['\u2019]s)(?:[ ]+|[ ]*\n[ ]*)(?=\p{Ll})")


def described_subject(coref: Coref, pos: int) -> int | None:
    """Where the description that the subjects before *pos* go on with
    starts ("The guide stood serenely on the bank. ¶ "One day blue," he told
    us": the guide), or None: the walk of :func:`_subjects`, read over
    subject pronouns to the first subject that is neither, which must be an
    article and a lower-case word. Whether the description fits the pronoun
    is the caller's to judge."""
    text = coref.text
    for at, low in _subjects(coref, pos):
        if low not in _PRONOUNS:
            return at if _DESCRIPTION.match(text, at) else None
    return None


#: The opening of a relative clause set off by a comma (", who", ", whose", ", whom").
_RELATIVE_OPENING = regex.compile(r",[ \t]+(?:who|whose|whom)\b")
#: Personal pronouns, which stand for someone named elsewhere.
_PRONOUN_WORDS = frozenset("he she him her his they them i we you it".split())
#: A sentence's end between the relative clause and the pronoun.
_SENTENCE_END = regex.compile(r"[.!?][\"\u201d\u2019']?(?:\s|$)")
#: What ends the relative clause or the sentence before a mention: a comma, a sentence end, a mark, a line break.
_RELATIVE_BREAK = regex.compile(r"[,.!?\n\"\u201c\u201d\u00ab\u00bb]")


def past_relative(coref: Coref, cands: list[Entity], pos: int) -> list[Entity]:
    """News: *cands* (a pronoun's, best first) with a nearest candidate named
    only inside a relative clause set off by commas ("Radovan Ilic, who lost
    to Velkan in May, has been ...") put after the relative's antecedent, when
    that is a candidate too: the antecedent is the sentence's subject, the
    more salient entity (Grosz, Joshi and Weinstein 1995); a name inside the
    relative clause is only talked about."""
    if len(cands) < 2:
        return cands
    first = cands[0]
    latest, said = max(((s, t) for s, _, t in first.mentions if s < pos), default=(-1, ""))
    if latest < 0 or said.lower() in _PRONOUN_WORDS:
        return cands  # (a pronoun inside the relative, "Obama, who he noted was ...", is the subject's own)
    text = coref.text
    openings = list(_RELATIVE_OPENING.finditer(text, max(0, latest - 150), latest))
    opening = openings[-1] if openings else None  # (the last relative opening before the mention)
    if opening is None or _RELATIVE_BREAK.search(text, opening.end(), latest) is not None or _SENTENCE_END.search(text, latest, pos) is None:
        return cands  # no relative clause holds the mention, or the pronoun is in its sentence ("Obama, who he noted was ...")
    k = opening.start()
    for c in cands[1:4]:
        if any(end == k for _, end, _ in c.mentions):
            return [c] + [e for e in cands if e is not c]  # the name right before ", who"
    return cands


def possessor_last(coref: Coref, e: Entity, pos: int) -> bool:
    """Is the latest mention of *e* before *pos* a possessor ("a flick from Sam
    Okoro's cross")? Centering ranks a possessor below the subject and the
    objects (Grosz, Joshi and Weinstein 1995; Lappin and Leass 1994), so a
    description after it ("the 24-year-old said") looks past it first."""
    last = max(((s, end, t) for s, end, t in e.mentions if s < pos), default=None)
    return last is not None and (last[2].endswith(_POSSESSIVES) or coref.text.startswith(_POSSESSIVES, last[1]))


#: A possessive's ending, within a mention or right after it.
_POSSESSIVES = ("'s", "\u2019s")


#: "of" and the space before a name, at the end of a window ("a life of Colonel Hartley").
_OF_BEFORE = regex.compile(r"\bof\s+\Z")


def only_oblique(text: str, e: Entity) -> bool:
    """Is every mention of *e* the complement of "of" ("she turned the pages
    of a life of Colonel Hartley")? A name mentioned only inside another noun
    phrase is ranked lowest (an oblique, not a subject or object): no one in
    the scene, so in a novel no holder of its title ("the Colonel" of a novel
    that never names him stays the Colonel)."""
    return bool(e.mentions) and all(_OF_BEFORE.search(text, max(0, a - 8), a) is not None for a, _, _ in e.mentions)


#: A quote's closing mark (maybe after its comma) right before a tag's pronoun ('..., " he said').
_AFTER_QUOTE = regex.compile(r"[,!?.]?[\"\u201d\u2019\u00bb']\s{1,2}\Z")


def tag_subject_first(coref: Coref, m: Mention, pos: int, cands: list[Entity], subject_of: Callable[[Coref, int], int | None]) -> list[Entity]:
    """News: a "he" or "she" tag right after a quote goes on with the subject
    of the sentence before ("Forde, who was booked in the first half, ran to
    embrace Nils Orland. "He has earned this," he said": Forde, the centre,
    not Orland, named last), when that subject is among the three latest
    candidates and the speaker of the quote before, if any among them, is
    that subject too. *subject_of* is :func:`quotes.focus.subject_before`
    (passed in: focus reads this module)."""
    if m.head not in {"he", "she"} or len(cands) < 2 or _AFTER_QUOTE.search(coref.text, max(0, m.start - 4), m.start) is None:
        return cands
    top = [e.eid for e in cands[:3]]
    subject = subject_of(coref, pos)
    if subject is None or subject == top[0] or subject not in top:
        return cands
    last = coref.last_speaker
    if last is not None and last != subject and last in top:
        return cands
    x = top.index(subject)
    return [cands[x], *cands[:x], *cands[x + 1 :]]
