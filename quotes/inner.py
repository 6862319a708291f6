"""Quotes inside quotes: words a speaker reports someone else said.

A witness quotes the defendant ("‘He sat in my kitchen and said, “This is
safer than the bank,”’ she told the court"), a daughter her late mother
("“She used to say the songs belonged to the town,” her daughter said"), a
coach an old mentor. The outer quote is the witness's; the words inside it
are another person's, and a user filing quotes under names wants both.

How (news only; the novels we measure on annotate no nested quotes):

1. A direct quote is read again only when its text has a speech verb and a
   subject that is not the speaker's own "I" or "we" (:data:`_SPEECH_VERB`,
   :data:`_OTHER_SUBJECT`): most quotes have none, and the second reading
   costs one pipeline run on the quote's text.
2. The quote's text goes through the pipeline as a document of its own
   (:func:`quotes.pipeline.run`, without this step: one level deep), which
   finds its direct and reported quotes and their speaker mentions.
3. Each inner speaker mention is resolved in the outer document: a name to
   the document's entity of that name (or to itself, when only the quote
   names them, only as a person); "he" or "she" to the latest person of that gender named
   before the quote who is not its speaker (inside a quote, a third person
   is never the one talking). The speaker's own "I", a description
   ("my coach") and anything unresolved leave the inner quote out: there is
   no one to file it under. So do inner words the outer speaker said.

Inner quotes go to :attr:`quotes.Quote.inner`, with the evidence
``inner-quote`` before the inner reading's own.

An interview's or a transcript's turn is read the same way, after
:func:`nest_in_turns` has moved into it the quotes the document's own
sieves gave to someone else inside it: the second reading adds only the
inner quotes they missed.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

import attrs
import regex

from . import lexicon
from .agreement import confirmed_person, person_of_gender
from .kinship import FAMILIAR_KIN, KIN, possessed_person
from .model import Mode, Quote, QuoteKind, rebase
from .sieves.registry import LINKS

if TYPE_CHECKING:
    from .config import Config
    from .coref import Coref, Entity

__all__ = ["INNER_CONFIDENCE", "nest_in_turns", "with_inner_quotes"]

#: A verb of speech, and a subject other than the speaker's own "I" or
#: "we" ("He ... said", "she used to say", "Tobias Reinhardt told me", "my
#: mother said"): the two tests a direct quote's text must pass to be read
#: again. (Most quotes fail the first: the second reading is one pipeline
#: run on the quote's text.)
#: (Its words, each also tested first as a substring, in C: a quote holding none, most, runs no pattern.)
_SPEECH_WORDS = ("said", "says", "say", "told", "tells", "tell", "wrote", "writes", "asked", "replied", "shouted", "radioed", "warned", "insisted", "promised")
_SPEECH_VERB = regex.compile(r"\b(?:" + "|".join(_SPEECH_WORDS) + r")\b")
_OTHER_SUBJECT = regex.compile(r"\b(?:[Hh]e|[Ss]he|[Mm]y\s+\p{Ll}+)\b|(?<=\p{Ll}\s)\p{Lu}\p{Ll}+\s+\p{Lu}?\p{Ll}*")
#: Inner quotes in document order.
_START_END = attrgetter("start", "end")
#: Subject pronouns of a third person, and the gender they give.
_THIRD_PERSON = {"he": "m", "she": "f"}
#: The confidence of an inner quote's speaker: measured on our news set's
#: tune split, 21 of the 32 inner quotes that match an annotated one name
#: its speaker right (the holdout: 12 of 19).
INNER_CONFIDENCE = 0.65
#: The modes of inner words filed under their speaker: what was said or written.
_SAID = frozenset({Mode.SPEECH, Mode.WRITING})
#: How a reported clause read out of a quote opens: "that", a subject pronoun or a determiner.
_CLAUSE_OPENERS = frozenset("that i you he she it we they there this these those the a an his her their our my its no".split())
#: An apostrophe: a clause may open with a contraction ("it's the best thing", "he'd put a tag on it").
_APOSTROPHE = regex.compile(r"['\u2019]")
#: The inner reading's evidence that its speaker went unnamed, which the outer document settles.
_UNNAMED = frozenset({"described-speaker", "unresolved-pronoun"})
#: The inner reading's links, replaced by the one the outer document made.
_LINKS = frozenset(LINKS)
#: Mentions that are the outer speaker themselves.
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})


def with_inner_quotes(text: str, quotes: list[Quote], coref: Coref, config: Config) -> list[Quote]:
    """*quotes* with the inner quotes of each direct quote filled in (see the module's doc)."""
    from .pipeline import run  # (the pipeline calls this module: imported at first use)

    out = []
    inner_config: Config | None = None
    for q in quotes:
        if (q.kind is QuoteKind.DIRECT and any(map(q.text.__contains__, _SPEECH_WORDS)) and _SPEECH_VERB.search(q.text) is not None
                and _OTHER_SUBJECT.search(q.text) is not None):
            if inner_config is None:  # (built only for a document that has a quote to read again: most have none)
                inner_config = config.replace(inner_quotes=False, genre="news")
            found = tuple(x for s in run(q.text, inner_config) if (x := _placed(text, q, s, coref)) is not None)
            if q.inner:  # (a turn's inner quotes, nest_in_turns: the second reading adds only others)
                found = tuple(sorted((*q.inner, *(x for x in found if not any(x.start < y.end and y.start < x.end for y in q.inner))), key=_START_END))
            if found:
                q = attrs.evolve(q, inner=found)
        out.append(q)
    return out


def nest_in_turns(quotes: list[Quote]) -> list[Quote]:
    """An interview's or a transcript's turn ("A: ...", "MS PIRIE: ...") is
    one quote, its speaker's, kept whole; the quotes inside it that the
    document's sieves gave to someone else ("My editor, Ruth Kell, read it
    and said, '...'") become its inner quotes. They were attributed in the
    document's full context, which a second reading of the turn's text
    (:func:`with_inner_quotes`) lacks, so they keep their speaker, links
    and confidence, with ``inner-quote`` first in their evidence. A quote
    inside a turn with no speaker, or with the turn's own, is the turn's
    words and is not reported apart; one whose "he" or "she" went to a
    party of the exchange (or a label's initials, "TH"), or whose speaker is
    a description of the answerer's kin ("My dad used to say"), is left to
    the second reading, which never gives a party such a pronoun and files
    kin under the relative the story names. (Before, the turn was cut into
    pieces around the quotes others said, and no piece held the answer a
    reader would file.)"""
    turns = [q for q in quotes if "label-turn" in q.evidence]
    if not turns or len(turns) == len(quotes):
        return quotes
    inside: dict[int, list[Quote]] = {}
    moved: set[int] = set()
    parties = {t.speaker.name for t in turns if t.speaker is not None}
    k = 0  # (turns never overlap one another: one sweep in document order)
    for q in quotes:
        while k < len(turns) and turns[k].end < q.end:
            k += 1
        if k == len(turns):
            break
        t = turns[k]
        if q is t or not (t.start <= q.start and q.end <= t.end):
            continue
        moved.add(id(q))
        if (q.speaker is None or t.speaker is not None and q.speaker.name == t.speaker.name or "pronoun" in q.evidence and (q.speaker.name in parties or q.speaker.name.isupper())
                or "described-speaker" in q.evidence and q.speaker.name.lower().startswith("my ")):
            continue  # (the turn's own words; or left to the second reading, see above)
        inside.setdefault(k, []).append(attrs.evolve(q, evidence=("inner-quote", *q.evidence), group=None))
    if not moved:
        return quotes
    nested = {id(turns[k]): attrs.evolve(turns[k], inner=tuple(v)) for k, v in inside.items()}
    return [nested.get(id(q), q) for q in quotes if id(q) not in moved]


def _placed(text: str, outer: Quote, s: Quote, coref: Coref) -> Quote | None:
    """The inner quote *s* (offsets into ``outer.text``) in the document, with
    its speaker resolved there; None when it has no one else to be filed under."""
    if s.speaker_mention is None or s.mode not in _SAID or "asked-question" in s.evidence:
        return None  # (a plan, a belief or a question inside a quote files no words under anyone)
    if s.kind is not QuoteKind.DIRECT and (len(s.text.split()) < 3 or _APOSTROPHE.split(s.text.split(None, 1)[0].lower())[0] not in _CLAUSE_OPENERS):
        return None  # ("that now", "hateful things time and again": a clause read out of a quote must open like one)
    said_by = _speaker_entity(coref, outer)
    mention = s.speaker_mention.text.lower()
    words = mention.split()
    if mention in _FIRST_PERSON:
        return None
    ent: Entity | None
    if mention in _THIRD_PERSON:
        # (from the pronoun itself: in a transcript's turn, "I told Mr Platt that ... He said
        # he'd put a tag on it", the name before it inside the turn, which the pre-scan read)
        ent = _third_person(coref, outer.start + s.speaker_mention.start, _THIRD_PERSON[mention], said_by)
        speaker, link = None if ent is None else coref.speaker(ent, text), "pronoun"
    elif len(words) == 2 and words[0] == "my" and (kin := FAMILIAR_KIN.get(words[1], words[1])) in KIN and said_by is not None:
        ent = _kin_of(coref, outer.start, said_by, kin)  # "My mother said ...": the speaker's mother, if the story names her
        speaker, link = None if ent is None else coref.speaker(ent, text), "possessive-description"
    elif s.speaker is None:
        return None
    elif s.speaker.name[:1].isupper() and s.speaker.name.lower() not in _FIRST_PERSON and not s.speaker.name.lower().startswith(("my ", "the ", "a ", "an ", "his ", "her ", "our ")):
        ent = _named(coref, s.speaker.name)
        link = "partial-name"
        if ent is not None and confirmed_person(ent):
            speaker = coref.speaker(ent, text)
        elif ent is None and _personal_name(s.speaker.name):
            speaker, link = attrs.evolve(s.speaker, mentions=()), "name"  # named only inside the quote: "Tobias Reinhardt told me"
        else:
            return None  # a name the story never gives a person ("Commonwealth", a news agency): no one to file under
    else:
        return None  # a description ("my coach") or a group: no name to file the words under
    if speaker is None or ent is not None and ent is said_by or outer.speaker is not None and speaker.name == outer.speaker.name:
        return None
    # (offsets into the quote's text, moved into the document's: model.rebase)
    return attrs.evolve(
        rebase(attrs.evolve(s, speaker=None), text, outer.start),
        speaker=speaker,
        evidence=("inner-quote", *(x for x in s.evidence if x not in _UNNAMED and x not in _LINKS), link),
        confidence=INNER_CONFIDENCE,
        group=None,
    )


def _named(coref: Coref, name: str) -> Entity | None:
    """The document's entity of this very name; a surname alone, only for a
    one-word name ("Barbara Bush" is not the "George Bush" named before)."""
    eid = coref._by_name.get(name.lower())
    if eid is not None:
        return coref.entities[eid]
    return coref.find(name) if " " not in name else None


def _personal_name(name: str) -> bool:
    """A given name, and maybe a surname ("Tobias Reinhardt", "June"): a
    person, though the story outside the quote never names them."""
    words = name.split()
    return words[0] in lexicon.given_names() and all(w[:1].isupper() for w in words)


def _speaker_entity(coref: Coref, q: Quote) -> Entity | None:
    """The outer quote's speaker as an entity of the document, if named."""
    return None if q.speaker is None else coref.find(q.speaker.name)


def _kin_of(coref: Coref, pos: int, said_by: Entity, head: str) -> Entity | None:
    """The named relative *head* ("mother") of the speaker *said_by*, among the people before *pos*."""
    role = lexicon.roles().get(head)
    before = [said_by, *(e for e in coref._before(pos, limit=30) if e is not said_by)]
    return possessed_person(before, said_by.gender, role.gender if role else None, head, held=True)


def _third_person(coref: Coref, pos: int, gender: str, said_by: Entity | None) -> Entity | None:
    """Whom "he" or "she" inside a quote at *pos* stands for: the latest
    person of that gender before it (before the quote, or inside a label
    turn, whose words are read as the story's) who is not the quote's speaker, nor a
    transcript's label in capitals ("TH:": the talk's own parties)."""
    return person_of_gender([e for e in coref._before(pos, limit=30) if e is not said_by and not any(n.isupper() for n in e.names)], gender)
