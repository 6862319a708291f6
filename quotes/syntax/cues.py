"""Reporting cues: verbs with their inflections ("said", "pointed out", "tells"),
and "according to", read from the word lists in :mod:`quotes.lexicon`.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from .. import lexicon
from .phrases import DETERMINERS, Mention, Tok, is_cap
from .words import NOUN_OPENERS, NUMBER_WORDS, QUOTE_TOKEN

__all__ = ["Cue", "cites_a_source", "cue_at", "longest_source_phrase", "source_phrase_at"]


class Cue(NamedTuple):
    """A cue found in a token list: tokens ``[i, j)`` and its reading."""

    i: int
    j: int
    lemma: str
    mode: str
    frames: str
    tense: str


# Words before a cue form that make it a noun, not a verb ("the report", "a note").
_NOUN_BEFORE = DETERMINERS | frozenset({"whose", "'s", "\u2019s", "of", "for", "in", "own"})  # ("in his own remarks": a noun)
_INFINITIVE_OK = frozenset({"to"})
#: Verbs whose subject is raised from the clause after them ("a sigh that seemed to come"): no one's report.
_RAISING_VERBS = frozenset({"seem", "appear"})
#: Auxiliaries: after an -s word that follows "and" or a determiner ("and
#: volunteers were handing out leaflets") they make it a plural noun, the
#: subject of their verb. (After a subject the -s word is a verb whose object
#: is a relative's gap: "a trend that the board predicts will last".)
_NOUN_FOLLOWERS = frozenset("were are was is have had will would can could may might must shall should".split())
#: Conjunctions before such a plural noun ("and volunteers were"), where no subject of an -s verb stands.
_LIST_JOINS = frozenset({"and", "or", "but", "nor"})
#: Past participles of naming that, after an indefinite noun, name it ("a group called", "a charity named").
_NAMING_PARTICIPLES = frozenset("called named dubbed nicknamed".split())
#: Quantifiers that stand alone as a subject ("Several said", "Many believe").
_STANDALONE_QUANT = frozenset("many several some most both all few another".split())
#: Punctuation that ends a clause before a quantifier subject.
_CLAUSE_BREAKS = frozenset({".", ",", ";", ":", "!", "?"})
# After an article or possessive determiner (syntax.words.NOUN_OPENERS) and
# the commonest adjective endings (Biber et al. 1999, Longman Grammar, 7.2),
# a base-form cue word is a noun, since a finite verb would agree with a
# plural subject noun.
#: The adjective endings least often found on person nouns (Biber et al. 1999, 7.2).
_NOUN_ADJ_ENDINGS = ("al", "ic", "ive", "ous", "ary")
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "ary", "ing", "ent", "ant", "ian", "ible", "able", "less")


def _quantifier_subject(toks: list[Tok], k: int, readings: tuple[lexicon.CueForm, ...]) -> bool:
    """Is the quantifier before the cue word at *k* a subject of its own
    ("Several said", "Many believe that", "In interviews, some argued")?

    Only when the quantifier opens a clause, and a base form only when no
    noun follows it ("some state officials", "most protest leaders": the cue
    word is a noun modifier there)."""
    before = toks[k - 2].text.lower() if k > 1 else "."
    if not (before in _CLAUSE_BREAKS or before in {"but", "and", "while"} or before == "\x00q"):
        return False  # (\x00Q: a quotation ending the sentence before)
    if all(r.tense in {"past", "part"} for r in readings):
        return True
    if not all(r.tense == "base" for r in readings) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].text.lower()
    return nxt in _CLAUSE_BREAKS or nxt in DETERMINERS or nxt in {"that", "it", "they", "he", "she", "we", "to"} or nxt.endswith("ing")


@functools.cache
def _phrasal() -> dict[str, tuple[lexicon.CueForm, ...]]:
    return {k: tuple(c for c in v if c.particle) for k, v in lexicon.cue_verbs().items()}


#: Singular determiners: the noun phrase they open takes no base-form verb.
_SINGULAR_DETERMINERS = frozenset("the a an this that its his her their our my your every each".split())


@functools.cache
def _role_cues() -> frozenset[str]:
    """Cue words that are also role nouns ("report", "judge", "survey")."""
    return frozenset(lexicon.cue_verbs()) & frozenset(lexicon.roles())


def _noun_in_subject(toks: list[Tok], k: int, *, title: bool = True) -> bool:
    """Is the base-form cue word at *k*, also a role noun ("report", "judge"),
    the head of a subject rather than its verb? Yes when a finite verb
    follows it ("The Mueller report said", "A new survey found") or when a
    singular determiner and one to three modifiers come before it ("The
    head judge, the baker ..., called"; "a former constitutional court
    judge, said"): a singular subject takes no base form. A
    plural or collective noun before it ("The police report") takes one.
    With *title* (a base form), a person role right before a full name is
    the name's title ("Retired judge Ann Lee spoke first"), unless a verb's
    helper or subject pronoun comes before it ("will judge Joe Biden")."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    # (a plural noun, *title* off, takes a base form too: "Court documents say", "Leaked emails show")
    tenses = ("past", "3sg") if title else ("past", "3sg", "base")
    if nxt.isalpha() and nxt.islower() and any(r.tense in tenses and not r.particle for r in lexicon.cue_verbs().get(nxt, ())):
        return True
    if not title:
        return False
    if (k + 2 < len(toks) and nxt.isalpha() and nxt[0].isupper() and toks[k + 2].text.isalpha() and toks[k + 2].text[0].isupper()
            and lexicon.roles()[toks[k].text.lower()].kind == "person" and not (k > 0 and toks[k - 1].text.lower() in _VERB_HELPERS)):
        return True
    # The determiner may stand up to three modifiers back ("a former
    # constitutional court judge, said": the judge is the subject's head).
    d = next((j for j in range(k - 2, max(-1, k - 5), -1) if toks[j].text.lower() in _SINGULAR_DETERMINERS), None)
    if d is None or d < k - 2 and not all(toks[j].text.isalpha() and toks[j].text.islower() for j in range(d + 1, k)):
        return False
    prev = toks[k - 1].text
    role = lexicon.roles().get(prev.lower())
    return prev.isalpha() and not prev.lower().endswith("s") and not (role is not None and role.plural)


#: Words before a base form that make it a verb ("will judge", "to judge", "they judge").
_VERB_HELPERS = frozenset("will would can could should must may might shall to not never i we you they he she who".split())


class _CueWord(NamedTuple):
    """What :func:`cue_at` asks of the readings of one cue word, worked out
    once per word (see :func:`_cue_words`)."""

    readings: tuple[lexicon.CueForm, ...]
    phrasal: tuple[lexicon.CueForm, ...]  # the readings with a particle, in order
    plain: lexicon.CueForm | None  # the first reading with none
    all_base: bool
    all_3sg: bool
    any_base_3sg_ing: bool
    all_base_no_clause: bool  # every reading a base form that takes no reported clause
    role_base: bool  # also a role noun, and every reading a base form
    role_plural: bool  # also a plural role noun, and every reading an -s form ("judges", "reports")


@functools.cache
def _cue_words() -> dict[str, _CueWord]:
    """Each cue word with its :class:`_CueWord` (built once: the tests of
    the readings ran at every cue word, a third of :func:`cue_at`'s time)."""
    roles = _role_cues()
    out: dict[str, _CueWord] = {}
    for word, readings in lexicon.cue_verbs().items():
        if not readings:
            continue
        all_base = all(r.tense == "base" for r in readings)
        out[word] = _CueWord(
            readings,
            tuple(r for r in readings if r.particle),
            next((r for r in readings if not r.particle), None),
            all_base,
            all(r.tense == "3sg" for r in readings),
            any(r.tense in ("base", "3sg", "ing") for r in readings),
            all(r.tense == "base" and "c" not in r.frames for r in readings),
            word in roles and all_base,
            word in roles and all(r.tense == "3sg" for r in readings) and lexicon.roles()[word].plural,
        )
    return out


def _verb_after_that(toks: list[Tok], k: int, readings: tuple) -> bool:
    """"a study that found", "a report that says": a past or present form
    after a relative "that" is a verb ("that claim" is a noun; "a sigh that
    seemed to" raises its subject: no one's report)."""
    return toks[k - 1].text.lower() == "that" and k > 1 and toks[k - 2].text.isalpha() and all(
        r.tense in {"past", "part", "3sg"} and r.lemma not in _RAISING_VERBS for r in readings
    )


def _past_then_object(word: str, nxt: str) -> bool:
    """Is *word*, right after an -s cue word, a finite past verb opening its
    object ("emails included one", "filings showed that", "memos revealed
    the")? Then the -s word is a plural noun, the subject, as two finite
    verbs do not follow one another ("writes detailed reports" has an
    adjective: a noun follows it, no determiner)."""
    return word.isalpha() and word.islower() and word.endswith("ed") and (nxt in DETERMINERS or nxt in _OBJECT_OPENERS)


#: Words that open an object after a past verb ("included one", "showed that").
_OBJECT_OPENERS = frozenset("one two three that how why what which whether".split())


def cue_at(toks: list[Tok], k: int) -> Cue | None:
    """The cue starting at token *k*, if any (phrasal readings first)."""
    text = toks[k].text
    word = text.lower()
    cw = _cue_words().get(word)
    if cw is None:
        return None
    readings = cw.readings
    upper = text[0].isupper()
    if upper and k > 0 and toks[k - 1].text[:1].isupper():
        # "the Harbour Post will": a capitalised cue word inside a name run is
        # part of the name, unless the run is a title-case headline ("Ruiz Says Budget Holds").
        if k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper():
            return None
        if cw.all_base and any(
            t.text.isalpha() and t.text.islower() and len(t.text) > 3 for t in toks[k + 2 : k + 5]
        ):
            # "Varnian State Television said in a statement": a base form in
            # a name run, then the sentence goes on in lower case; a title-case
            # headline ("Americans Will Say No to Trump") does not.
            return None
    if upper and k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
        return None  # "the arts magazine Frame & Field": mid-sentence, a verb is not capitalised
    prev = toks[k - 1].text.lower() if k > 0 else ""
    if prev.endswith(("'s", "\u2019s")) and len(prev) > 2 and cw.any_base_3sg_ing:
        # "Ruiz's claim", "the board's report": a noun after a possessive (a
        # past form is none: "a spokeswoman for Hallam's said", "the firm's said"; "the mayor's warning" is)
        return None
    if prev in _NOUN_BEFORE and k > 1 and toks[k - 2].text.lower() == "in" and prev in NUMBER_WORDS:
        pass  # "two in three said": a proportion, the subject of the cue
    elif prev in _STANDALONE_QUANT and _quantifier_subject(toks, k, readings):
        pass  # "Several said", "Many believe": a quantifier standing alone opens the clause as its subject
    elif prev in NUMBER_WORDS and prev != "one" and not cw.any_base_3sg_ing:
        pass  # "who has swum there since she was nine told councillors": a past form is no noun after a number ("one said" as before)
    elif prev in _NOUN_BEFORE and not (prev == "to" and readings[0].tense == "base") and not _verb_after_that(toks, k, readings):
        # "the statement", "his claim": a noun; "according to" is handled apart.
        if prev != "to":
            return None
    prev2 = toks[k - 2].text.lower() if k > 1 else ""
    if prev2 in DETERMINERS and prev.isalpha() and prev.islower() and cw.all_base_no_clause:
        # "with an approving smile", "a faint laugh": a manner-of-speaking
        # word that takes no reported clause is a noun after a determiner and
        # an adjective (news present tense, "the officials say", takes clauses).
        return None
    if (
        k > 1
        and cw.all_base
        and prev.endswith(_ADJECTIVE_ENDINGS)
        and prev.isalpha()
        and prev == toks[k - 1].text
        and prev2 in NOUN_OPENERS
    ):
        return None  # "the federal judge", "a fundraising email": a noun after article + adjective
    if (
        k > 1
        and cw.all_3sg
        and prev.isalpha()
        and prev.endswith(_NOUN_ADJ_ENDINGS)
        and prev not in lexicon.roles()
        and (toks[k - 1].text.islower() or toks[k - 2].text.islower())
    ):
        # "22% of partisan claims", "the racial remarks", "initial reports":
        # an -s cue word after an adjective is a plural noun (an adjective is
        # no subject; role nouns of the same shape, "the official says", are kept).
        return None
    if cw.all_3sg and k + 1 < len(toks) and toks[k + 1].text.lower() in _NOUN_FOLLOWERS and (prev in _LIST_JOINS or prev in DETERMINERS or not prev[:1].isalnum()):
        return None  # "and volunteers were handing out leaflets": a plural noun before its verb
    if cw.all_3sg and k + 2 < len(toks) and _past_then_object(toks[k + 1].text, toks[k + 2].text.lower()):
        return None  # "Internal emails included one, sent by ...": a plural noun, then its own past verb and object
    if word in _NAMING_PARTICIPLES and prev2 in ("a", "an") and prev.isalpha() and prev == toks[k - 1].text and k + 1 < len(toks) and is_cap(toks[k + 1].text):
        return None  # "a group called Fairway Tenants Alliance": a reduced relative of naming, no one's words
    if (cw.role_base or cw.role_plural) and _noun_in_subject(toks, k, title=cw.role_base):
        return None  # "The Mueller report said", "The head judge, the baker ..., called", "Retired judges said": the subject's head noun
    if cw.phrasal and (phrasal := _phrasal(toks, k, cw.phrasal)) is not None:
        return phrasal
    r = cw.plain
    if r is None or _other_phrasal_verb(toks, k):
        return None  # ("held up placards", "showed off a prototype": another phrasal verb)
    # (tuple.__new__, not the NamedTuple's Python-level __new__: a third less time)
    return tuple.__new__(Cue, (k, k + 1, r.lemma, r.mode, r.frames, r.tense))


def _phrasal(toks: list[Tok], k: int, readings: tuple[lexicon.CueForm, ...]) -> Cue | None:
    """The phrasal cue of the cue word at *k*, whose particle follows directly
    or after a short object ("point it out"), or None."""
    for r in readings:
        for gap in (1, 2, 3):
            if k + gap < len(toks) and toks[k + gap].text.lower() == r.particle:
                if gap == 1 and r.particle in _PREPOSITION_PARTICLES and k + 2 < len(toks) and (
                    toks[k + 2].text.lower() in DETERMINERS and toks[k + 2].text.lower() != "that" or toks[k + 2].text[:1].isdigit()
                ) and not (k and (toks[k - 1].text == QUOTE_TOKEN or toks[k - 1].text == "," and k > 1 and toks[k - 2].text == QUOTE_TOKEN)):
                    # "wrote in a note to clients that ...": "in" opens the verb's adjunct, no phrasal
                    # "write in" (but '"Why not?" broke in her son': an inverted tag's subject follows it)
                    continue
                if gap == 1 or all(toks[x].text[0].isalnum() for x in range(k + 1, k + gap)):
                    return tuple.__new__(Cue, (k, k + gap + 1 if gap == 1 else k + 1, r.lemma, r.mode, r.frames, r.tense))
    return None


#: Particles of intransitive phrasal cues that are prepositions too ("chimed in",
#: "went on"): before a determiner or a number they open a prepositional phrase.
_PREPOSITION_PARTICLES = frozenset({"in", "on"})

#: Particles that, right after a cue word that has no phrasal reading with
#: them, make another phrasal verb, one of handling or moving, not of telling
#: ("held up placards", "showed off a prototype", "posted away", "set aside").
#: "out", "back", "in", "on", "down" and "around" are left out: they form
#: speech verbs ("spoke out", "wrote back") or open adjuncts and amounts
#: ("said down the phone", "said around 300 jobs").
_FOREIGN_PARTICLES = frozenset("up off away aside".split())


def _other_phrasal_verb(toks: list[Tok], k: int) -> bool:
    """Is the cue word at *k* the verb of a phrasal verb that reports
    nothing ("held up", "showed off")? Not before an amount or an adjunct
    ("said up to 300 jobs", "said off the record")."""
    if k + 2 >= len(toks) or toks[k + 1].text not in _FOREIGN_PARTICLES:
        return False
    nxt = toks[k + 2].text.lower()
    if nxt in {",", ":", QUOTE_TOKEN}:
        return False  # ('shouted up, "Jump when I say!"': a direction, then the words; "held up placards" has an object)
    return not (nxt == "to" or nxt == "the" and k + 3 < len(toks) and toks[k + 3].text.lower() in {"record", "cuff"})


@functools.cache
def _sources() -> tuple[tuple[str, ...], ...]:
    phrases = lexicon.cue_phrases().get("source", ())
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


@functools.cache
def source_firsts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The source phrases by their first word, longest first (one look-up
    rejects a token that starts none: this runs at every token)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _sources():
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def source_phrase_at(toks: list[Tok], k: int) -> int:
    """If a source phrase ("according to") starts at token *k*, return its end index, else -1."""
    phrases = source_firsts().get(toks[k].text.lower())
    if phrases is None:
        return -1
    # (The second word read once and tested first: "in" and "as" open
    # phrases, and are common words.)
    second = toks[k + 1].text.lower() if k + 1 < len(toks) else None
    for words in phrases:
        if len(words) == 1:
            return k + 1
        if words[1] == second and k + len(words) <= len(toks):
            if all(toks[k + x].text.lower() == words[x] for x in range(2, len(words))):
                return k + len(words)
    return -1


@functools.cache
def longest_source_phrase() -> int:
    """The number of words of the longest source phrase ("in the words of": 4)."""
    return max((len(words) for words in _sources()), default=0)


def cites_a_source(word: str, m: Mention, after: str) -> bool:
    """Is *m*, the object of the source phrase opened by *word*, a source?
    "citing" takes reasons as often as sources: 'citing two people familiar
    with the plan', 'citing a ministry report', 'citing Reuters' cite a source
    (a name, a pronoun, a noun of a person, group or document, or any noun
    from or by someone: 'citing figures from the ministry'); 'citing health
    reasons', 'citing weak sales' give a reason, and the clause before is no
    report. The other phrases ("according to", "quoting") take any noun
    phrase. *after*: the word after the noun phrase."""
    return word.lower() != "citing" or m.kind != "role" or m.head in lexicon.roles() or after in ("from", "by")
