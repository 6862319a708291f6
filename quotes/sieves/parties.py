"""The two parties of a Q&A interview, read from its introduction.

A Q&A's standfirst says who asks and who answers, in a handful of
constructions (the news Q&A format as style guides describe it):

- a credit line: "By Ana Ruiz", "Interview: Ana Ruiz", "Interviewed by Ana
  Ruiz.", "... four rooms. Interview by Ana Ruiz.": the name asks;
- a passive agent or the source of the questions: "questions put to him by
  sports editor Ana Ruiz", "answered questions from Ana Ruiz",
  "This interview ... was conducted by Ana Ruiz": the name asks;
- a fronted participle: "Speaking to Ana Ruiz, Tom Bell looked back ...":
  the name after "to" asks, the clause's subject answers;
- "In an interview with the Courier, Tom Bell ...": the outlet asks;
- an interview verb between the two (``interview_verbs.txt``): "Ana Ruiz
  spoke to the mayor, Tom Bell"; "Tom Bell told the Gazette"; either side may
  be a pronoun or a description standing for the person the piece is about
  ("She spoke to our reporter Ana Ruiz", "Ana Ruiz caught up with her");
- the one who asks is often marked as a journalist ("our reporter Ana Ruiz",
  "the Courier's Ana Ruiz").

The person the introduction is about (its first person named, after the
headline) answers when a pronoun or description stands for them, and when
only the asker is named. A person here is a run of two capitalised words or
more that is no outlet or organisation and does not follow "the" or a
preposition of place ("the Halvard Philharmonic", "at Port Ellery"): the
parties are read before any entity linking, from the introduction alone.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from .. import lexicon
from ..syntax.phrases import NOT_NAMES, _strip_possessive
from ..syntax.words import PREPOSITIONS

__all__ = ["MAX_INTRO_PARAGRAPHS", "NAME", "WE_BEFORE", "clean_name", "is_outlet", "parties", "verb_pattern"]

#: A run of capitalised words: a name as the introduction writes it.
NAME = regex.compile(
    r"""
    (?<![\w'\u2019])\p{Lu}\p{Ll}[\w'\u2019\-]{0,30}      # a capitalised word of two letters or more ("Rémi")
    (?:[ ](?:\p{Lu}\p{Ll}?[\w'\u2019\-]{0,30}))          # a second one (Tom Bell, Ana Ruiz, Kestrel Gazette)
    {0,4}                                                  # up to five words in all
    """,
    regex.VERBOSE,
)

#: The paper as the asker: "We spoke to ...", "I talked to ..." (right before an interview verb).
WE_BEFORE = re.compile(r"\b(?:We|we|I)[ ]\Z|\b(?:We|we|I)(?=[ ]\S+[ ]\Z)")

#: "In an interview with the Courier, Ana Ruiz ...": the outlet after "with"
#: asks, the first name after it answers.
_INTERVIEW_WITH = re.compile(r"\b(?:[Ii]n|[Dd]uring)[ ](?:an|a|this|the)[ ](?:\w+[ ])?(?:interview|conversation)[ ]with[ ]")

#: "In an interview with our reporter, Ana Ruiz ...", "... with this newspaper, ...", "... with us,": the
#: publication asks, naming no one (read right after :data:`_INTERVIEW_WITH`).
_WITH_PUBLICATION = re.compile(
    r"(?:us\b|(?:our|this)[ ](?:[a-z\-]+[ ]){0,2}(?:reporters?|correspondents?|journalists?|editors?|newspaper|paper|magazine|programme|program|station|website)\b)"
)

#: A crew credit before a name: "Photographs by Jon Tait", "Video by ...": one of the publication's people, who never answers.
_CREW_BEFORE = re.compile(r"\b(?:Photographs|Photography|Photos|Pictures|Illustrations?|Video|Filmed)(?:[ ]and[ ]\w+)?[ ]by[ ]\Z")

#: What follows a name that is its sentence's subject: a lower-case verb, or an age between commas.
_SUBJECT_NEXT = re.compile(r"[ ](?:[a-z]+\b)|,[ ]\d{1,3},")

#: A credit line for the one who asks, at a paragraph's or a sentence's start:
#: "By Ana Ruiz", "Written by", "Interview: Ana Ruiz", "Interviewed by", "Questions by", "Interview and photographs by".
_CREDIT = re.compile(
    r"(?:(?<=\A)|(?<=\n)|(?<=[.!?][ ]))"
    r"(?:By|(?:Written|Words|Reporting|Text|Questions|Interview(?:ed)?|Conversation)(?:[ ]and[ ]\w+)?(?:[ ]by|[ ]?:))[ ]+"
)

#: A passive agent after a word of asking: "conducted by", "questions put to him by sports editor".
_AGENT = re.compile(
    r"\b(?:conducted|interviewed|questioned|asked|posed|put(?:[ ]to[ ](?:him|her|them))?)[ ]by[ ]"
    r"(?:(?:our|the|a|an|[a-z]+)[ ]){0,3}"  # ("by sports editor", "by our reporter")
)

#: The source of the questions: "answered questions from Ana Ruiz", "questions from our reporter Ana Ruiz".
_FROM = re.compile(r"\bquestions[ ](?:from|by)[ ](?:(?:our|the|a|an|[a-z]+)[ ]){0,3}")

#: Questions handed to the one who answers: "put our readers' questions to Ana Ruiz", "posed questions to her",
#: "We put that question and several others to Ana Ruiz".
_QUESTIONS_TO = re.compile(
    r"\b(?:put|puts|posed|poses|addressed|sent|brought)[ ](?:[\w'\u2019]+[ ]){0,3}"
    r"(?:questions|question[ ]and[ ](?:[\w'\u2019]+[ ]){0,2}others)[ ]to[ ]"
)

#: A fronted participle naming the one who asks: "Speaking to Ana Ruiz, ...", "Talking with Ana Ruiz at her studio, ...".
_FRONTED = re.compile(r"(?:(?<=\A)|(?<=\n)|(?<=[.!?][ ]))(?:Speaking|Talking)[ ](?:to|with)[ ]")

#: Words of a credit line that open a capitalised run: "Interview Tom Reeve", "Questions Tom Reeve".
_CREDIT_WORDS = frozenset("By Written Words Reporting Text Questions Interview Interviewed Conversation Speaking Talking Photographs Photos".split())

#: Words before a capitalised run that make it no person: "the Halvard
#: Philharmonic", "at Port Ellery", "on Cullen Row", "of Skarnes".
_NOT_PERSON_BEFORE = re.compile(r"(?:\b[Tt]he|\b(?:at|in|on|near|of|across|outside))[ ]\Z")

#: A name's outlet after it, which marks one who asks: "Tom Feeney of the Orm Valley Herald", "Ana Ruiz from Radio Skarn".
_OUTLET_AFTER = re.compile(r"[ ](?:of|from|at)[ ](?:the[ ])?")

#: Roles of the one who asks: "Our reporter Tom Reeve", "the Gazette's editor, Ana Ruiz".
_JOURNALISTS = frozenset("reporter journalist correspondent editor interviewer presenter host columnist writer".split())

#: The words before a name that describe it: "the mayor, ", "The novelist ".
_DESCRIBED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ ](?:[\w\-]{1,30}[ ]){0,3}[a-z][\w\-]{0,30},?[ ]\Z")
#: The words after a name that describe it: ", 49, the architect", ", who".
_DESCRIBED_AFTER = re.compile(r",[ ](?:\d{1,3},[ ])?(?:the|a|an|who)\b")

#: Words that end a sentence of the introduction (not after a title or an initial: "Dr. Bell", "J. Bell").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?][\"'\u201d\u2019]?(?:[ ]+|\n+)")

#: A pronoun standing for the person the introduction is about, right before or after a verb.
_PRONOUN_BEFORE = re.compile(r"\b(?P<pronoun>[Ss]he|[Hh]e|[Tt]hey)[ ](?:\w+ly[ ])?\Z")
_PRONOUN_AFTER = re.compile(r"(?:him|her|them)\b")  # (used with match at the verb's end)
#: The paper itself as the one spoken to: "Lund spoke to us", "sat down with us".
_US_AFTER = re.compile(r"us\b")

#: A description standing for that person as a subject: "The actor talks to ...", "The mayor spoke to ...".
_DESCRIPTION_BEFORE = re.compile(r"(?:\A|[.!?][ ]|\n)(?:[Tt]he|[Oo]ur)[ ](?:[a-z\-]+[ ]){1,3}\Z")


#: How much of the introduction is read: its last paragraphs, each up to a length.
MAX_INTRO_PARAGRAPHS = 8
_MAX_PARAGRAPH = 2000


class _Person(NamedTuple):
    start: int
    end: int
    name: str
    journalist: bool  # marked as one who asks: "our reporter Ana Ruiz", "the Courier's Ana Ruiz"
    described: bool  # given a role, as the one who answers often is: "the mayor, Tom Bell", "Tom Bell, 49, the architect"


def clean_name(run: str) -> str:
    """A name run without a leading title or article and a trailing possessive."""
    words = run.split()
    titles = lexicon.titles()
    while len(words) > 1 and (words[0].rstrip(".") in titles or words[0] in {"The", "A", "An", "By"}):
        words = words[1:]  # (and a byline's "By": "By Daniel Hesketh" is Daniel Hesketh)
    roles = lexicon.roles()
    role_at = max((k for k, w in enumerate(words[:-2]) if (r := roles.get(w.lower())) is not None and r.kind == "person"), default=-1)
    words = words[role_at + 1 :]  # "Infrastructure Minister Haruka Nishida": the name after the title
    words[-1] = _strip_possessive(words[-1])
    return " ".join(words)


def is_outlet(name: str) -> bool:
    """A newspaper, broadcaster or other organisation ("the Kestrel Gazette",
    "Radio Schelde"): in an interview it asks the questions."""
    words = set(name.split())
    types = lexicon.org_types()
    outlets = types.get("newspaper", frozenset()) | types.get("broadcaster", frozenset())
    return bool(words & (outlets | lexicon.org_words()))


def _people(text: str, s: int, e: int, known: dict[str, str] | None = None) -> list[_Person]:
    """The persons named in ``text[s:e]``, in order; a bare surname counts when a
    full name ending in it came before (in *known* or earlier in the span)."""
    out: list[_Person] = []
    pronouns = lexicon.pronouns()
    surnames: dict[str, str] = dict(known or {})  # a full name's last word -> the full name
    for m in NAME.finditer(text, s, e):
        words = m.group().split()
        # "The Courier's Tom Reeve": an outlet's possessive opens the run, and marks one who asks.
        k = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "\u2019s"))), default=-1)
        journalist = k >= 0 and _newsroom(words[: k + 1])  # (not "Kestrel Air's Mia Lund": a company's)
        words = words[k + 1 :]
        while words and (words[0] in NOT_NAMES or words[0].lower() in pronouns or words[0].lower() in PREPOSITIONS
                         or words[0] in _CREDIT_WORDS or _plural_role(words[0])):
            words = words[1:]  # "By Tom Reeve", "Interview Tom Reeve", "After Ana Ruiz", "Sisters Maud and ..."
        if len(words) == 1 and _strip_possessive(words[0]) in surnames:
            words = [surnames[_strip_possessive(words[0])]]  # "Lavaud, nicknamed ..., spoke to X" after "Didier Lavaud"
        elif len(words) < 2:
            continue
        start = m.end() - len(m.group().split()[-1]) if len(words) == 1 else m.end() - len(" ".join(words))
        name = clean_name(" ".join(words))
        if len(name.split()) < 2 or is_outlet(name):
            continue
        if _NOT_PERSON_BEFORE.search(text, max(s, start - 8), start) and not (
            text.endswith("of ", max(s, start - 3), start) and words[0] in lexicon.given_names()
        ):
            continue  # "in Port Elwin", "the Harbour Board"; not "the voice of Beatrix Lund"
        if (org := _ORG_NOUN_BEFORE.search(text, max(s, start - 30), start)) is not None and _org_noun(org["noun"]):
            continue  # "the band Copper Lane", "the firm Harrow Reed": an organisation's name
        before = text[max(s, start - 40) : start].lower().replace(",", " ").split()[-2:]
        after = text[m.end() : m.end() + 30].lower().replace(",", " ").split()[:3]
        journalist = (journalist or any(w in _JOURNALISTS for w in before + after) or _outlet_after(text, m.end(), e)
                      or _CREW_BEFORE.search(text, max(s, start - 30), start) is not None)
        described = bool(_DESCRIBED_BEFORE.search(text[max(s, start - 60) : start])) or bool(
            _DESCRIBED_AFTER.match(text, m.end(), min(e, m.end() + 20))) or _role_title(text[max(s, start - 30) : start].split()[-1:] + words[:1])
        out.append(_Person(start, m.end(), name, journalist, described and not journalist))
        surnames.setdefault(name.split()[-1], name)
    return out


#: A lower-case noun right before a capitalised run ("the band Copper Lane"), read by :func:`_org_noun`.
_ORG_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z\-]+[ ]){0,2}(?P<noun>[a-z]+)[ ]\Z")


def _org_noun(word: str) -> bool:
    """Is *word* a noun of organisations or groups ("band", "club", "firm"), whose name follows it?"""
    role = lexicon.roles().get(word)
    return role is not None and role.kind in {"org", "group"}


def _plural_role(word: str) -> bool:
    """Is *word* a plural person role opening a run ("Sisters Maud and Irene Castle", "Brothers ...")?"""
    role = lexicon.roles().get(word.lower())
    return role is not None and role.plural and role.kind == "person"


def _outlet_after(text: str, pos: int, end: int) -> bool:
    """Does a newspaper or broadcaster follow the name ending at *pos* ("Tom
    Feeney of the Orm Valley Herald")? (Not any organisation: "Tom Bell of the
    Harbour Board" answers as often as he asks.)"""
    m = _OUTLET_AFTER.match(text, pos, end)
    run = NAME.match(text, m.end(), end) if m is not None else None
    return run is not None and _newsroom(run.group().split())


def _newsroom(words: list[str]) -> bool:
    """Do *words* name a newspaper or broadcaster ("Courier", "Radio"; possessive "Courier's" too)?"""
    types = lexicon.org_types()
    return bool({_strip_possessive(w) for w in words} & (types.get("newspaper", frozenset()) | types.get("broadcaster", frozenset())))


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of the introduction's paragraphs."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _SENTENCE_END.finditer(text, s, e):
            out.append((s, m.end()))
            s = m.end()
        if s < e:
            out.append((s, e))
    return out


def parties(text: str, intro: list[tuple[int, int]], headline: str) -> tuple[str | None, str | None]:
    """(interviewer, interviewee) as the introduction names them; None where it names no one."""
    # The headline, a first paragraph with no full stop, names the one the piece is about at most;
    # a standfirst is short: only the last paragraphs before the first turn are read (linear time
    # on a long text with a label at its end).
    body = intro[1:] if intro and not text[intro[0][0] : intro[0][1]].rstrip().endswith((".", '"', "\u201d")) else intro
    # The standfirst (the paragraph after the headline) holds the credits even
    # when a long scene-setting introduction comes before the first question.
    body = body[:1] + body[1:][-MAX_INTRO_PARAGRAPHS:]
    body = [(s, min(e, s + _MAX_PARAGRAPH)) for s, e in body]
    sentences = _sentences(text, body)
    people: list[_Person] = []
    known: dict[str, str] = {}
    for s, e in sentences:
        found = _people(text, s, e, known)
        people.extend(found)
        known.update((p.name.split()[-1], p.name) for p in found)
    asker, answerer = _marked(text, sentences, people, headline)
    if asker is None and answerer is None:
        return _fallback(text, body, headline)
    if answerer is None:
        answerer = next((p.name for p in people if p.name != asker and not p.journalist), None)  # (a photographer's credit answers nothing)
        if answerer is None:
            answerer = next((p.name for p in _people(text, 0, len(headline)) if p.name != asker), None)
    return asker, answerer


def _marked(text: str, sentences: list[tuple[int, int]], people: list[_Person], headline: str) -> tuple[str | None, str | None]:
    """The parties a construction marks (credit lines, agents, fronted
    participles, "in an interview with", interview verbs), or (None, None)."""
    def first_at(pos: int, end: int) -> _Person | None:
        return next((p for p in people if pos <= p.start < end), None)

    for s, e in sentences:
        w = _INTERVIEW_WITH.search(text, s, e)
        if w is not None:
            names = [p for p in people if p.start >= w.end() and p.start < w.end() + 200]
            if _WITH_PUBLICATION.match(text, w.end()) and names:
                return None, names[0].name  # "In an interview with our reporter, Mori explained ...": the paper asks
            if len(names) >= 2:
                return names[0].name, names[1].name
            outlet = NAME.match(text, w.end()) or (NAME.match(text, w.end() + 4) if text.startswith("the ", w.end()) else None)
            if outlet is not None and is_outlet(outlet.group()) and names:
                return clean_name(outlet.group()), names[0].name  # the paper asks: "In an interview with the Courier, Ana Ruiz ..."
        for pattern in (_CREDIT, _AGENT, _FROM):
            for m in pattern.finditer(text, s, e):
                p = first_at(m.end(), min(e, m.end() + 40))
                if p is not None and p.start <= m.end() + 30:
                    return p.name, None
        t = _QUESTIONS_TO.search(text, s, e)
        if t is not None:
            x = next((p for p in people if s <= p.start and p.end <= t.start()), None)
            y = first_at(t.end(), min(e, t.end() + 40))
            if x is not None or y is not None:
                return (x.name if x else None), (y.name if y else None)
        f = _FRONTED.match(text, s, e)
        if f is not None:
            p = first_at(f.end(), e)
            comma = text.find(",", f.end(), e)
            q = first_at(comma, e) if p is not None and comma >= 0 else None
            if p is not None:
                return p.name, q.name if q is not None and q.name != p.name else None
    for s, e in sentences:
        marked = _by_verb(text, s, e, people, headline)
        if marked != (None, None):
            return marked
    journalists = [p for p in people if p.journalist]
    if journalists:
        return journalists[0].name, None
    return None, None


def _by_verb(text: str, s: int, e: int, people: list[_Person], headline: str) -> tuple[str | None, str | None]:
    """An interview verb between the two parties (``interview_verbs.txt``),
    either side a name, a pronoun or a description of the one the piece is about."""
    verbs = lexicon.interview_verbs()
    for v in verb_pattern().finditer(text, s - 1 if s > 0 else s, e):
        direction = verbs[" ".join(v.group("verb").split())]
        before = [p for p in people if s <= p.start and p.end <= v.start()]
        after = next((p for p in people if v.end() <= p.start < min(e, v.end() + 60)), None)
        outlet_after = NAME.search(text, v.end(), min(e, v.end() + 40))
        pronoun = _PRONOUN_BEFORE.search(text, max(s, v.start() - 30), v.start() + 1)
        pronoun_before = pronoun is not None
        described_before = not before and _DESCRIPTION_BEFORE.search(text, max(0, s - 2), v.start() + 1) is not None
        pronoun_after = _PRONOUN_AFTER.match(text, v.end()) is not None
        if WE_BEFORE.search(text, max(s, v.start() - 12), v.start() + 1) and outlet_after is not None:
            return None, clean_name(outlet_after.group())  # "We spoke to Reid": the paper asks, Reid answers
        x = None if pronoun_before or described_before else (before[0] if before else None)
        if x is not None and _US_AFTER.match(text, v.end()) and not text[s : x.start].strip():
            return None, x.name  # "Lund, 66, spoke to us at her kitchen table": the paper asks, its subject answers
        if x is None and (pronoun_before or described_before) and _US_AFTER.match(text, v.end()):
            # "She spoke to us at the hut, beside the 1994 Ford Transit": the
            # paper asks; the pronoun's person answers (the introduction's
            # first person, as below), never a name later in the sentence.
            return None, next((p.name for p in people if p.end <= v.start()), None)
        y = None if pronoun_after else after
        if y is None and not pronoun_after and outlet_after is not None and is_outlet(clean_name(outlet_after.group())) and (
            x is not None or pronoun_before or described_before
        ):
            # "Tom Bell told the Gazette", "She spoke to the Gazette": the paper asks
            return clean_name(outlet_after.group()), (x.name if x else None)
        if x is None and y is None:
            continue
        if x is None and not (pronoun_before or described_before):
            continue  # nothing before the verb stands for a party
        if y is None and not pronoun_after:
            continue
        if direction == "either":
            direction = _direction(text, headline, x, y, v.group("verb"))
        elif y is not None and y.journalist and not (x is not None and x.journalist):
            direction = "answerer"  # the one marked as a journalist asks, whatever the verb's usual order
        if direction == "asker":
            return (x.name if x else None), (y.name if y else None)
        if x is None and pronoun_before:
            # "She spoke to Marta Quell about ...": the pronoun's person answers,
            # the introduction's first person before it (as for "She spoke to
            # us" above), else the headline's.
            said = pronoun["pronoun"] if pronoun is not None else ""
            named = _antecedents([p for p in people if p.end <= v.start()], said, y) or _antecedents(_people(text, 0, len(headline)), said, y)
            return (y.name if y else None), (named[0].name if named else None)
        return (y.name if y else None), (x.name if x else None)
    return None, None


def _antecedents(people: list[_Person], pronoun: str, other: _Person | None) -> list[_Person]:
    """The persons a subject pronoun of the introduction may stand for, best
    first: no journalist and not the other party, in the order named (the
    piece's subject comes first), those whose given name agrees with "he" or
    "she" before those of unknown gender, none whose given name disagrees
    ("Piotr Lasko ... his daughter, Marta Lasko, ... She spoke to Ben Orr")."""
    want = {"he": "m", "she": "f"}.get(pronoun.lower())
    given = lexicon.given_names()
    cands = [p for p in people if not p.journalist and (other is None or p.name != other.name)]
    if want is None:
        return cands
    genders = [given.get(p.name.split()[0], "?") for p in cands]
    return [p for p, g in zip(cands, genders) if g == want] + [p for p, g in zip(cands, genders) if g in {None, "?"}]


def _direction(text: str, headline: str, x: _Person | None, y: _Person | None, verb: str) -> str:
    """Who the subject of "met", "spoke to", "talked with" is. A pronoun or
    description stands for the one the piece is about, so the named other
    asks; else the one marked as a journalist asks, the one given another
    role answers, the one the headline names answers, and the one the piece
    keeps naming answers ("Ana Ruiz talks to Tom Reeve ... Ruiz ... RUIZ:");
    a tie keeps the verb's usual order ("X talks to Y": X answers)."""
    if x is None:
        return "answerer"  # "She spoke to our reporter Ana Ruiz"
    if y is None:
        return "asker"  # "Ana Ruiz met her"
    if x.journalist != y.journalist:
        return "asker" if x.journalist else "answerer"
    if x.described != y.described:
        return "answerer" if x.described else "asker"
    xs, ys = x.name.split()[-1], y.name.split()[-1]
    if (xs in headline) != (ys in headline):
        return "answerer" if xs in headline else "asker"
    nx, ny = (len(re.findall(rf"\b{re.escape(n)}\b", text, re.IGNORECASE)) for n in (xs, ys))
    talks = verb.split()[0] in {"talks", "talked", "spoke", "was"}
    return "answerer" if nx > ny or nx == ny and talks else "asker"


def _role_title(words: list[str]) -> bool:
    """A role noun right before the name or opening it as a title ("Harbour master Ana Ruiz", "Mayor Tom Bell")."""
    roles = lexicon.roles()
    return any(w.lower() in roles and roles[w.lower()].kind == "person" and w.lower() not in _JOURNALISTS for w in words)


def _fallback(text: str, body: list[tuple[int, int]], headline: str) -> tuple[str | None, str | None]:
    """No construction names the parties: the first person the introduction
    names as a sentence subject answers ("Edwin Tallis handed over the keys
    ..."), else the first person it names at all ("Few officials have been
    booed as loudly as Stefan Grubic. ... the 45-year-old agreed to answer
    our questions"; "The former goalkeeper Henrik Dahl, now 71, returns
    ..."), else the headline's: a Q&A introduces the one who answers. Persons
    as :func:`_people` reads them ("the Cedar Room" is none); no journalist."""
    first: str | None = None
    for s, e in body:
        for p in _people(text, s, e):
            if p.journalist or p.name.split()[0] in NOT_NAMES or p.name.split()[0].lower() in PREPOSITIONS:
                continue  # "On Friday she presents her last show": a time, not a person
            if _SUBJECT_NEXT.match(text, p.end, e):
                return None, p.name
            first = first or p.name
    if first is None:
        first = next((p.name for p in _people(text, 0, len(headline)) if not p.journalist), None)
    return None, first


@functools.cache
def verb_pattern() -> re.Pattern[str]:
    """The interview verbs of ``interview_verbs.txt`` as one alternation (built and compiled once)."""
    phrases = sorted(lexicon.interview_verbs(), key=len, reverse=True)
    alternation = "|".join(r"[ ]".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"[ ](?P<verb>{alternation})[ ]")  # a verb phrase between two words
