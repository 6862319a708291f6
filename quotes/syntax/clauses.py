"""Clause boundaries and verb tests on the outer token stream: where a
clause ends, whether a token run reads as a clause, adjuncts to skip.
"""

from __future__ import annotations

import functools

import regex

from .. import lexicon
from ..syntax.verbs import is_3sg_verb, is_past_form
from ..syntax.words import (
    AUX,
    COMPLEMENTISERS,
    BE,
    CLAUSE_BAD_START,
    DASHES,
    END_PUNCT,
    PREPOSITIONS,
    QUANT_HEADS,
    QUANT_LEAD,
    QUOTE_TOKEN,
    SUBJ_PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_WORDS,
    VERB_PARTICLES,
    is_ly_adverb,
)
from .boundaries import participle_postmodifier
from .phrases import ADVERBS, DETERMINERS, Tok, is_cap, is_word


@functools.cache
def _manner_phrases() -> dict[str, tuple[tuple[int, ...], frozenset[tuple[str, ...]]]]:
    """Manner adjuncts ("in a statement") indexed by first word: their
    lengths, longest first, and the phrases (as word tuples)."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for p in lexicon.cue_phrases().get("manner", ()):
        words = tuple(p.split())
        out.setdefault(words[0], set()).add(words)
    return {k: (tuple(sorted({len(w) for w in v}, reverse=True)), frozenset(v)) for k, v in out.items()}


def _manner_end(toks: list[Tok], k: int, end: int, lengths: tuple[int, ...], phrases: frozenset[tuple[str, ...]]) -> int:
    """Where the longest manner phrase starting at ``toks[k]`` ends (of the
    *phrases* its first word opens, whose *lengths* are given longest first),
    or *k* if none does. (One set look-up per length: "in" opens forty
    phrases, and reading each word by word cost about 0.6% of the run.)"""
    low = [t.text.lower() for t in toks[k : min(end, k + lengths[0])]]
    for n in lengths:
        if n <= len(low) and tuple(low[:n]) in phrases:
            return k + n
    return k


def skip_adjuncts(toks: list[Tok], k: int, end: int) -> int:
    """Skip manner and time adjuncts ("in a statement", "on Tuesday", "last week")."""
    manner = _manner_phrases()
    start = k
    while k < end:
        w = toks[k].text.lower()
        if k > start and _noun_participle(toks, k, end):
            k += 1  # "said in a report presented to the meeting that ...": the participle's phrase is the adjunct's too
            continue
        if w in manner and (j := _manner_end(toks, k, end, *manner[w])) > k:
            k = j
            continue
        if w in TIME_WORDS or is_ly_adverb(toks[k].text) and k + 1 < end and toks[k + 1].text.lower() in VERB_PARTICLES:
            k += 1  # "on Tuesday", "talks freely of …"
            continue
        if w == "that" and k + 1 < end and toks[k + 1].text.lower() in TIME_NOUNS and _after_time(toks, k + 2, end):
            k += 2  # "told a rally that morning", "said that week that ...": a demonstrative's time, not a complementiser
            continue
        if w in ("one", "some") and k + 2 < end and toks[k + 1].text.lower() == "day" and toks[k + 2].text.lower() == "to":
            k += 2  # "hope one day to harness …": a time adverbial before the infinitive
            continue
        if _approximator(toks, k, end):
            break  # "said at least 40 people ...", "said about 300 jobs ...": a quantity opens the clause
        if w in PREPOSITIONS:
            # A short prepositional phrase: "at a meeting on the quay", "to reporters";
            # but "to reject the plan" is an infinitive complement, not an adjunct.
            if w == "to" and k + 1 < end:
                nxt = toks[k + 1].text
                nl = nxt.lower()
                if not (is_cap(nxt) or nl in DETERMINERS or nl in lexicon.pronouns() or nl in lexicon.roles() or _ing_modifier(nl)):
                    break
            if (
                w in {"on", "of", "about"} and k + 1 < end and len(toks[k + 1].text) > 4 and toks[k + 1].text.islower()
                and toks[k + 1].text.endswith("ing") and toks[k + 1].text not in lexicon.cue_verbs()
            ):
                break  # "comments on dredging the harbour …": a gerund complement is the content
            j = _adjunct_object_end(toks, k + 1, end)
            if j > k + 1:
                k = j
                continue
        break
    return k


def _ing_modifier(word: str) -> bool:
    """Can *word*, right after "to", open a noun phrase rather than an
    infinitive ("wrote to existing customers that ...", "complained to
    trading standards that ...")? An infinitive is a bare verb, never an
    -ing form; the one-syllable verbs in -ing ("to bring", "to spring") have
    a stem of three letters or fewer, so a stem of four or more is asked for."""
    return len(word) >= 7 and word.endswith("ing") and word.isalpha()


def _noun_participle(toks: list[Tok], k: int, end: int) -> bool:
    """Is ``toks[k]`` a past participle opening a post-modifier
    (:func:`~quotes.syntax.boundaries.participle_postmodifier`) right after a
    lower-case noun ("a report presented to the meeting", "a letter
    addressed to parents"), so that it modifies that noun?"""
    prev = toks[k - 1].text
    return (toks[k].text.isalpha() and prev.isalpha() and prev.islower() and prev not in AUX and prev not in DETERMINERS
            and participle_postmodifier(toks, k, end))


def _after_time(toks: list[Tok], x: int, end: int) -> bool:
    """Can ``toks[x]`` follow a time adjunct "that morning" (the range's end,
    a comma, "that", an infinitive's "to", a preposition, or what opens a
    clause: a determiner, a subject pronoun, a capital)? Not a verb: in
    "told reporters that time was short", "that" is the complementiser and
    "time" the clause's subject."""
    if x >= end:
        return True
    w = toks[x].text
    lw = w.lower()
    return lw in (",", "that", "to") or lw in PREPOSITIONS or lw in DETERMINERS or lw in SUBJ_PRONOUNS and lw != "this" or is_cap(w)


def _adjunct_object_end(toks: list[Tok], j: int, end: int) -> int:
    """Where the object of an adjunct's preposition that starts at *j* ends: a
    number or a name with no article after it ("by Friday", "in 2019") ends
    where a determiner or subject pronoun opens the clause ("said by Friday
    the harbour would reopen", "said before the vote she would resign");
    else up to eight words, before "that" or "and"."""
    x = j
    while x < end and x - j < 8 and is_word(toks[x].text) and (toks[x].text.lower() not in {"that", "and"} or _and_in_name(toks, x, j, end)):
        prev = toks[x - 1].text.lower() if x > j else ""
        if x > j and prev not in PREPOSITIONS and prev not in DETERMINERS and (
            toks[x].text.lower() in _CLAUSE_OPENERS or toks[x].text.lower() in DETERMINERS
        ) and _clause_after(toks, x, end):
            return x
        x += 1
    return x


def _and_in_name(toks: list[Tok], x: int, j: int, end: int) -> bool:
    """Is the "and" at *x* inside a name, between two capitalised words ("the
    Securities and Exchange Commission")?"""
    return toks[x].text == "and" and x > j and is_cap(toks[x - 1].text) and x + 1 < end and is_cap(toks[x + 1].text)


def _clause_after(toks: list[Tok], x: int, end: int) -> bool:
    """Does a finite clause start at *x* (a subject, then an auxiliary or a past verb within four words)?"""
    for y in range(x + 1, min(end, x + 5)):
        w = toks[y].text.lower()
        if w in {"that", "and", ","}:
            return False
        if w in AUX or is_past_form(toks[y].text):
            return True
    return False


#: Subject pronouns that open a clause after an adjunct ("before the vote she would resign").
_CLAUSE_OPENERS = frozenset("he she they we it i".split())


#: Prepositions that approximate a number after them ("about 300", "over 40", "under 12").
_APPROXIMATORS = frozenset({"about", "over", "under", "around"})
#: Number words an approximator may come before ("about two hundred", "over half").
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "hundred hundreds thousand thousands million half dozen dozens".split()
)
#: What "a" or "an" counts after an approximator ("about a dozen", "over a third").
_COUNTED_AFTER_A = frozenset({"dozen", "hundred", "thousand", "million", "third", "quarter", "half"})


def _approximator(toks: list[Tok], k: int, end: int) -> bool:
    """Does ``toks[k]`` approximate a quantity ("at least 40", "at most half",
    "as many as 50", "about 300", "over two hundred") rather than open an adjunct?"""
    if k + 1 >= end:
        return False
    w, nxt = toks[k].text.lower(), toks[k + 1].text.lower()
    if w == "at" and nxt in {"least", "most"}:
        return True
    if w == "as" and nxt in {"many", "much", "few", "little"} and k + 2 < end and toks[k + 2].text.lower() == "as":
        return True  # "as many as 50 boats"
    if w not in _APPROXIMATORS:
        return False
    if nxt in {"a", "an"}:
        return k + 2 < end and toks[k + 2].text.lower() in _COUNTED_AFTER_A
    return nxt[:1].isdigit() or nxt in _NUMBER_WORDS


def past_title_apposition(toks: list[Tok], k: int, end: int, *, after_phrase: bool = False) -> int:
    """'(wrote in) his memoir, "Boots in the Mud", that …': a short noun phrase
    from *k* (or, *after_phrase*, the adjunct 'in her book' just skipped), a
    title in apposition between commas, then "that": the index of "that",
    where the reported clause starts; else *k*."""
    j = k
    while j < end and j - k < 6 and is_word(toks[j].text) and toks[j].text.lower() != "that":
        j += 1
    if (j == k and not after_phrase) or j + 2 >= end or toks[j].text != "," or toks[j + 1].text != QUOTE_TOKEN:
        return k  # ('said, "all command the same conclusion" that …': no noun phrase, a quote)
    j += 2
    if toks[j].text == ",":
        j += 1
    return j if j < end and toks[j].text.lower() == "that" else k


def opening_modifier(word: str, nxt: str) -> bool:
    """A sentence-opening adverb or participle ("Quietly repainting …",
    "Reading from a text, …"), not a name ("Vidal said", "Patel told")."""
    low = word.lower()
    if low.endswith("ly") and len(low) > 4 and word[1:].islower() and nxt == "," and word not in lexicon.given_names():
        return True  # "Recently, …"
    if not (word[:1].isupper() and word[1:].islower() and nxt.isalpha() and nxt.islower()) or word in lexicon.given_names():
        return False
    if low.endswith("ly") and len(low) > 4:
        return True
    if low.endswith("ed") and len(low) > 5 and nxt in _PARTICIPLE_PREPOSITIONS:
        return True  # "Delighted by the effect, John ...", "Alarmed at the noise, Mary ...": a past participle's phrase
    return low.endswith("ing") and len(low) > 5 and nxt not in lexicon.cue_verbs()


#: Prepositions that open the phrase of a past participle opening a
#: sentence ("Delighted by ...", "Alarmed at ...", "Pleased with ...").
_PARTICIPLE_PREPOSITIONS = frozenset("by at with about over for after from in into".split())


def has_verb(toks: list[Tok], k: int, end: int, text: str, *, irregular: bool = False) -> bool:
    """Some finite-verb evidence in ``toks[k:end]`` (auxiliary, -ed, -s verb
    after a subject; with *irregular*, a listed irregular past too: "A cargo
    ship lost power", where the clause is the whole sentence before its tail)."""
    for x in range(k, end):
        w = toks[x].text
        lw = w.lower()
        if w == QUOTE_TOKEN:
            return True  # a verbatim fragment inside: treat as content
        if lw in AUX or lw.endswith("n't"):
            return True
        if x > k and (lw.endswith("ed") or lw.endswith("es") or lw.endswith("s") and len(lw) > 3 and not lw.endswith("ss")
                      or irregular and w in lexicon.irregular_verbs()) and w.islower():
            prev = toks[x - 1].text.lower()
            if prev not in DETERMINERS and prev not in PREPOSITIONS and prev not in {"to", "of", "and", "or", ","}:
                return True
    return False


#: Past participles that, right after a noun and before a preposition, mostly
#: post-modify it ("a piece based on", "a bike designed for", "a memoir
#: published by"): transitive verbs whose passive reading wins there. Verbs
#: that also live as intransitive finite verbs ("failed in", "rose by") are
#: not listed.
_REDUCED_PARTICIPLES = frozenset(
    "based designed published released produced located owned founded created developed marketed "
    "named called dubbed nicknamed titled entitled priced inspired modelled modeled adapted targeted branded labelled "
    "labeled financed funded backed recorded printed filmed housed stationed equipped powered fitted packed filled "
    "sourced imported manufactured assembled engineered tailored geared".split()
)
#: Participles of naming and titling right before a quoted name post-modify
#: the noun before them ("a brochure titled "...", which ...", "a loaf called
#: "..."") rather than open the clause: a finite naming verb has its object
#: first ("called it "..."").
_NAMING_PARTICIPLES = frozenset("titled entitled headed headlined captioned named called dubbed nicknamed labelled labeled branded billed".split())
_RELATIVE_PREPOSITIONS = frozenset("on under by from for in at with as to after".split())


#: Quantifier pronouns that are a cue's object before a subordinate clause
#: ("said nothing when she left", "said little as he went").
_OBJECT_QUANTIFIERS = frozenset("nothing little much anything everything".split())


#: Words a regular past form does not follow as a clause's verb ("the
#: proposed cut", "to reported", "and agreed").
_NOT_BEFORE_PAST = DETERMINERS | {"to", "and", "or", ","}
#: Words that end no subject, so a finite verb after them is no clause's verb
#: ("the rises", "in votes", "most of", "and goes").
_NOT_SUBJECT_END = DETERMINERS | PREPOSITIONS | QUANT_LEAD | {"of", "and", "or", ","}


def _after_subject(toks: list[Tok], x: int) -> bool:
    """Can ``toks[x - 1]`` end a subject, so that a finite verb at *x* is the
    clause's (a word, not a determiner, preposition or quantity's head)?"""
    prev = toks[x - 1].text
    low = prev.lower()
    return low not in _NOT_SUBJECT_END and is_word(prev) and low not in QUANT_HEADS


#: What sets a phrase's own words off from what follows it: an apposition or
#: a non-restrictive relative after a comma or a dash, a relative of place
#: or time ("..., where a sign read ...").
_SET_OFF = frozenset({",", ";", ":", "\u2014", "\u2013", "--", "where", "which", "who", "whose", "whom", "when"})


def set_off_at(toks: list[Tok], k: int, end: int) -> int:
    """Where the words of the phrase opening at *k* end: before the first
    token of :data:`_SET_OFF` after it, or *end*. A title in marks inside
    them is part of a verb's content as PolNeAR annotates it ('proclaimed a
    goal of "Peace Through Strength"'); one set off after them is not. (A
    phrase's own words run forty tokens at most: the scan stays bounded on a
    sentence of thousands of cues.)"""
    hi = min(end, k + 40)
    return next((x for x in range(k + 1, hi) if toks[x].text.lower() in _SET_OFF), hi)


#: What stands before the tag of a quote that closed with a comma: the comma, closing marks, a space.
_TAG_GAP = regex.compile(r",[\"\u201d\u2019'\u00bb]{1,2}[ \t]+$")


def quote_apposition(toks: list[Tok], text: str, s0: int, comma: int, end: int) -> bool:
    """'"We want the timetable," he told a rally that summer, a line later
    printed on mugs': after the tag of a direct quote that opens the
    sentence, a noun phrase set off by the comma at *comma* is in apposition
    to the quote (what the words became), not a report of the tag's own; a
    "that" clause after a further comma still is ('..., a day later, that')."""
    # (the quote opens the sentence, or ends right before it: a quote of
    # several sentences leaves its tag's sentence opening after its mark)
    gap = text[max(0, toks[s0].start - 5) : toks[s0].start]
    tag = toks[s0].text == QUOTE_TOKEN or "\n" not in gap and _TAG_GAP.search(gap) is not None
    if not tag or comma + 1 >= end or toks[comma + 1].text.lower() not in {"a", "an", "the"}:
        return False
    # (a bounded look-ahead: a sentence of thousands of commas stays linear)
    return not any(toks[x].text == "," and toks[x + 1].text.lower() == "that" for x in range(comma + 1, min(end - 1, comma + 40)))


def looks_like_clause(toks: list[Tok], k: int, end: int) -> bool:
    """True when ``toks[k:end]`` reads like a reported clause rather than a noun phrase."""
    if end - k < 3:
        return False
    w0 = toks[k].text.lower()
    if w0 in COMPLEMENTISERS:
        return True
    if w0 in {"of", "about"} and toks[k + 1].text.lower() == "how":
        return True  # "reminded the crowd of how ...": the manner clause is the content ("disagree about what X means" names a topic)
    if w0 in CLAUSE_BAD_START and not _approximator(toks, k, end) or not is_word(toks[k].text) and toks[k].text != QUOTE_TOKEN:
        return False  # (but a quantity opens a clause: "at least 40 people were missing")
    for x in range(k, min(end, k + 15)):
        lw = toks[x].text.lower()
        if lw in AUX:
            return True
        if x > k + 7:
            continue
        if x > k and lw.endswith("ed") and toks[x - 1].text.lower() not in _NOT_BEFORE_PAST:
            nxt = toks[x + 1].text if x + 1 < end else ""
            if not (lw in _REDUCED_PARTICIPLES and nxt.lower() in _RELATIVE_PREPOSITIONS or lw in _NAMING_PARTICIPLES and nxt == QUOTE_TOKEN):
                return True
            # 'a new piece based on their album', 'a battery designed for
            # farms': a participle that post-modifies the noun before it
            # (a reduced relative), not the clause's verb.
        if x == k and (lw in SUBJ_PRONOUNS or lw.replace("\u2019", "'").split("'")[0] in SUBJ_PRONOUNS and ("'" in lw or "\u2019" in lw)):
            return True  # "she'd rather …", "it's …"
        if k < x <= k + 5 and is_3sg_verb(toks[x].text) and _after_subject(toks, x) and not is_3sg_verb(toks[x - 1].text):
            return True  # "each year of schooling yields …": a present-tense verb after its subject
        if (
            k < x <= k + 5
            and lw in lexicon.irregular_verbs()
            and lw not in lexicon.participle_only_forms()  # ("a van shown at the fair": no auxiliary came before, so a reduced relative)
            and _after_subject(toks, x)
            and w0 not in _OBJECT_QUANTIFIERS
            and not any(toks[y].text.lower() in SUBORDINATORS for y in range(k + 1, x))
        ):
            # "the habit never left him", "the team went home": an irregular
            # past after its subject (not "said nothing when she left": an
            # object, then a subordinate clause's verb)
            return True
    return _verb_after_parenthetical(toks, k, end)


#: Past participles spelt as the base form ("the campaign, run by volunteers,
#: raised ..."); the ones in -t/-d ("set", "cut", "put") are in the irregular list.
_BASE_PARTICIPLES = frozenset({"run", "come", "become", "overcome", "outrun"})


def _verb_after_parenthetical(toks: list[Tok], k: int, end: int) -> bool:
    """"the penalty, awarded when Kerr went down, was never a foul": a short
    subject, a parenthetical between commas, then the clause's finite verb."""
    first = next((x for x in range(k + 1, min(end, k + 6)) if toks[x].text == ","), None)
    if first is None or toks[k].text.lower() in {"and", "or", "but"}:
        return False
    opener = toks[first + 1].text if first + 1 < end else ""
    titled = opener == QUOTE_TOKEN  # ('its report, "Rivers at Risk", found ...': a title in apposition)
    if not titled and (not opener.islower() or not (
        opener.endswith(("ed", "ing")) or opener in {"which", "who", "whose", "a", "an"} or opener in PREPOSITIONS
        or opener in lexicon.irregular_verbs() or opener in _BASE_PARTICIPLES
    )):
        return False  # a participle, a relative, an apposition or a prepositional phrase between the commas, not a clause of its own
    close = _closing_comma(toks, first + 2, first + 26, end)
    if close is None:
        return False
    w = toks[close + 1].text.lower()
    if close + 2 < end and w in _REDUCED_PARTICIPLES and toks[close + 2].text.lower() in _RELATIVE_PREPOSITIONS:
        # 'her debut, "Low Tide", released in 2001, sold ...': a second post-modifier, a
        # reduced relative as looks_like_clause reads one; the clause's verb (if any) is
        # after it ('wrote a memoir, "...", published in 2004, and taught ...': none).
        close = _closing_comma(toks, close + 3, close + 15, end)
        if close is None:
            return False
        w = toks[close + 1].text.lower()
    return w in AUX or w.endswith("ed") and w.isalpha() or is_3sg_verb(toks[close + 1].text) or titled and w in lexicon.irregular_verbs()



def _closing_comma(toks: list[Tok], lo: int, hi: int, end: int) -> int | None:
    """The comma that closes a parenthetical opened before *lo*: the first
    comma or end mark in ``toks[lo:hi]`` (before *end*), when it is a comma
    with a word after it; else None."""
    close = next((y for y in range(lo, min(end, hi)) if toks[y].text == "," or toks[y].text in END_PUNCT), None)
    return close if close is not None and toks[close].text == "," and close + 1 < end else None


def skip_dateline(toks: list[Tok], k: int, end: int) -> int:
    """Past a news dateline opening the sentence ("CITY —", "CITY, St. (Agency) -",
    "City (Agency) –"): a place and a wire service, not the subject."""
    j = k
    while j < end and j - k < 3 and toks[j].text[:1].isupper() and toks[j].text.replace(".", "").isalpha():
        j += 1
    if j == k or j >= end:
        return k
    caps = all(toks[x].text.isupper() and len(toks[x].text) > 1 for x in range(k, j))
    if caps:
        # "VELLINGE, Estmark, April 9 (Nordwire) -", "DUNMERE, March 4 —": a
        # capitalised place, then a region, a date and an agency, then the dash.
        x = j
        while x < end and x - j < 10 and (
            toks[x].text in {",", ".", "(", ")"} or toks[x].text[:1].isupper() or toks[x].text.isdigit()
        ):
            x += 1
        if x < end and x > j and (toks[x].text in DASHES or toks[x].text == "-") and x + 1 < end:
            return x + 1
    if toks[j].text == "," and j + 1 < end and toks[j + 1].text[:1].isupper() and toks[j + 1].text.endswith("."):
        j += 2  # "CITY, Fla."
    paren = False
    if j < end and toks[j].text == "(":
        x = j + 1
        while x < end and x - j < 5 and toks[x].text != ")":
            x += 1
        if x < end and toks[x].text == ")":
            j, paren = x + 1, True
    if j < end and (toks[j].text in DASHES or toks[j].text == "-") and (caps or paren) and j + 1 < end:
        return j + 1
    return k


def passive_or_relative(toks: list[Tok], k0: int, c: int) -> bool:
    """'Prizes are given', 'was asked': a passive cue is no attribution."""
    x = c - 1
    while x >= k0 and toks[x].text.lower() in ADVERBS and toks[x].text.lower() not in BE:
        x -= 1
    return x >= k0 and toks[x].text.lower() in BE


def adjacent(sub: list[Tok], rng: tuple[int, int]) -> bool:
    """Only adverbs between the noun phrase ``sub[rng]`` and the end of *sub* (the cue)."""
    return all(t.text.lower() in ADVERBS or is_ly_adverb(t.text) for t in sub[rng[1] :]) and (
        sub[rng[0]].text[:1].isupper() or sub[rng[0]].text.lower() in DETERMINERS - {"no"}
        or sub[rng[0]].text.lower() in lexicon.pronouns()
    )


def before_end_punct(toks: list[Tok], s0: int, s1: int) -> int:
    """The end of sentence ``toks[s0:s1]`` without its final punctuation."""
    end = s1
    while end > s0 and toks[end - 1].text in END_PUNCT:
        end -= 1
    return end


#: Verbs that leave a gap for their object in a relative clause ("the remarks
#: that he made", "the promise that she gave"): after them "that" is relative.
_OBJECT_GAP_VERBS = frozenset(
    "made gave issued delivered offered posted sent wrote released repeated used received heard read got had did "
    "took makes gives issues delivers offers posts sends writes releases repeats uses".split()
)


def relative_that(toks: list[Tok], k: int, end: int) -> bool:
    """"that" at *k* after a noun opens a relative clause, not the noun's content:
    "a rumour that started on the quay …", "the remarks that she made at the pier"."""
    x = k + 1
    if x >= end:
        return True
    w = toks[x].text
    lw = w.lower()
    if lw in AUX or lw.endswith("n't") or w.islower() and (lw.endswith("ed") or lw in lexicon.irregular_verbs()):
        return True  # "that originated", "that was released"
    for y in range(x + 1, min(end, x + 5)):
        ly = toks[y].text.lower()
        if ly in _OBJECT_GAP_VERBS:
            nxt = toks[y + 1].text.lower() if y + 1 < end else "."
            return not is_word(nxt) or nxt in PREPOSITIONS or nxt in TIME_WORDS or nxt in {"last", "earlier", "this"}
        if not is_word(toks[y].text):
            break
    return False


#: Naming verbs of an "as" parenthesis whose object is a noun phrase ("as locals call the quarry").
_AS_NAMING = frozenset("call calls called dub dubs dubbed nickname nicknames nicknamed know knows knew".split())


def as_parenthetical(toks: list[Tok], s0: int, c: int, j: int, end: int) -> bool:
    """Is the cue at *c* (ending at *j*) the verb of an "as" parenthesis, which reports no clause: with a pronoun object
    ("as he called it,"), or a naming verb's with a definite noun phrase after a comma ('"The Pit", as locals call the quarry,')?"""
    k = next((x for x in range(max(s0, c - 4), c) if toks[x].text.lower() == "as"), 0)
    if not k or j + 1 >= end:
        return False
    if toks[j].text.lower() in {"it", "him", "her", "them"}:
        return toks[j + 1].text in {",", ".", QUOTE_TOKEN}
    close = next((x for x in range(j + 1, min(end, j + 6)) if not (toks[x].text.isalpha() and toks[x].text.islower())), end)
    return (toks[j].text.lower() in {"the", "this", "that", "its", "their"} and toks[k - 1].text in {",", QUOTE_TOKEN} and toks[c].text.lower() in _AS_NAMING
            and j + 1 < close < end and toks[close].text in {",", "."})


#: What may follow a fronted past participle that opens an adjunct clause
#: ("Pressed on whether ...", "Reminded that ...", "Questioned about why ...").
_AFTER_FRONTED = PREPOSITIONS | COMPLEMENTISERS | frozenset("about where who".split())


def fronted_participle(toks: list[Tok], s0: int, end: int) -> bool:
    """Does the sentence at *s0* open with a passive participle clause
    ("Pressed on whether Brenner had asked to leave, the manager paused",
    "Reminded that the council had promised a bridge, the mayor laughed")?
    Such a clause ends at its comma: it is no reported clause, and no cue
    inside it reports the main clause after it (a capitalised word in -ed or
    -en, no given name, then a preposition or a complementiser)."""
    if s0 + 1 >= end:
        return False
    w, nxt = toks[s0].text, toks[s0 + 1].text
    return (len(w) > 4 and w[0].isupper() and w[1:].islower() and w.endswith(("ed", "en", "wn"))  # ("Known to", "Shown")
            and nxt in _AFTER_FRONTED and w not in lexicon.given_names())


def fronted_clause_end(toks: list[Tok], s0: int, end: int) -> int:
    """The comma that closes a fronted participle clause opening the sentence
    at *s0* (:func:`fronted_participle`), or *s0* when none opens it."""
    if not fronted_participle(toks, s0, end):
        return s0
    return next((x for x in range(s0, end) if toks[x].text == ","), end)
