"""Attribution: who said each quote, and unquoted reported speech.

The design follows the two stages of CoreNLP's quote attributor (Muzny et al.
2017): first link a quote to a *mention* (a name, description or pronoun near
a cue), then link the mention to a *speaker* entity (:mod:`quotes.coref`).
Each way of finding the mention is a named sieve, tried most precise first;
the names are the strings that appear in ``Quote.evidence``:

===========================  ==================================================
``cue-after-quote``          ``"…," Smith said`` / ``"…," the official told X``
``cue-inverted``             ``"…," said Smith``
``cue-before-quote``         ``Smith said: "…"`` / ``Smith told X, "…"``
``cue-participle``           ``Smith stressed the need, saying, "…"``
``colon-introduction``       ``Smith: "…"``
``according-to``             ``"…," according to Smith`` (and indirect)
``split-quote``              ``"A," she said, "B."``: B shares A's speaker
``multi-paragraph``          the pieces of a multi-paragraph quote share one
``same-sentence``            another attributed quote in the same sentence
``previous-sentence``        an attribution earlier in the same paragraph
``paragraph-continuation``   a quote-only paragraph continues the speaker of
                             the paragraph before it (newswire)
``turn-taking``              alternating speakers in dialogue (fiction)
``nearest-mention``          fallback: the closest person mentioned before
``clause-cue-after``         ``Talks will resume, the official said.`` (indirect)
``cue-clause``               ``Smith said (that) talks will resume.`` (indirect)
``cue-before-fragment``      ``While A says X, Smith said the deal was "dead."``:
                             the cue nearest before a quoted fragment (mixed)
``headline``                 ``Budget cuts unavoidable, minister tells X`` and
                             ``Minister: budget cuts unavoidable``
===========================  ==================================================

The frames are read on an "outer" token stream in which every quotation is a
single opaque token, so a speaker is never taken from inside the quote it is
attributed to (or from inside any other quote).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import NamedTuple

from . import lexicon
from .config import Config
from .cues import Cue, cue_at, source_phrase_at
from .layers import Layers
from .mentions import (
    ADVERBS,
    DETERMINERS,
    MONTH_GIVEN_NAMES,
    Mention,
    Tok,
    analyse,
    is_cap,
    is_word,
    np_after,
    subject_before,
)

__all__ = ["QUOTE_TOKEN", "Attribution", "Attributor"]

#: The token that stands for a whole quotation in the outer stream.
QUOTE_TOKEN = "\x00Q"

_END_PUNCT = frozenset({".", "!", "?", ";", "\u2026"})
_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "--"})
_LEAD_PUNCT = frozenset({",", "\u2014", "\u2013", "\u2015", "-", "--", ":", "("})
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "earlier later recently afterward afterwards previously again too then also last week month "
    "year morning afternoon evening night this next ago weekend".split()
)
#: Words that make a sentence-opening phrase a time adjunct ("A month later,").
_TIME_ADJUNCT = frozenset("later ago earlier shortly following after before since during meanwhile".split())
_PREPOSITIONS = frozenset("in on at during after before with to via through from by over into for".split())
_AUX = frozenset(
    "is are was were be been being has have had will would can could should must may might "
    "shall does did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't "
    "couldn't shouldn't doesn't didn't don't 's 're 've 'll 'd".split()
)
_SUBJ_PRONOUNS = frozenset("i we you he she it they there this".split())
#: Words that may open a trailing clause after the attribution ("…, he said,
#: adding that …", "… the paper wrote while acknowledging …").
_TRAILING_CLAUSE = frozenset(",  while as before after adding noting citing according because when".split())
#: Mention kinds that may be the subject of :meth:`Attributor.predicate_fragment`.
_PREDICATE_SUBJECT_KINDS = frozenset({"name", "pronoun", "role", "org"})
#: Subjects that stand for no one ("It was "clear"", "There is …").
_EXPLETIVES = frozenset({"it", "there", "this", "that", "what", "which"})
#: Words after a subject that cannot be its main verb.
_NOT_VERBS = frozenset(
    "the a an and or but of in on at to for with from by as that which who whose whom when where "
    "while if because than then so not".split()
)
#: Particles of phrasal verbs, left out of the content ("talked up", "pivoted to").
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
_ADJUNCT_OPENERS = frozenset("during in at on after before since while when where until across near inside outside".split())
_PARTICLES = frozenset("up about to on for with against as out off over into at from of".split())
_CLAUSE_BAD_START = frozenset(
    "to for about of in on at with from by as into over against toward towards".split()
)


class Attribution(NamedTuple):
    """What a sieve decided for one quote."""

    mention: Mention | None
    cue: tuple[int, int] | None  # offsets
    addressee: Mention | None
    rule: str
    mode: str
    extra: tuple[str, ...] = ()  # further evidence ("dep-subject")


@functools.cache
def _cue_nouns() -> frozenset[str]:
    """One-word nominal cues ("remark", "claim", "promise")."""
    return frozenset(p for p in lexicon.cue_phrases().get("noun", ()) if " " not in p)


_POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
_MONTHS = frozenset("January February March April May June July August September October November December".split())


@functools.cache
def _manner_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Manner adjuncts ("in a statement") indexed by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in lexicon.cue_phrases().get("manner", ()):
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _speaker_mention(toks: list[Tok], rng: tuple[int, int] | None, text: str) -> Mention | None:
    if rng is None:
        return None
    sel = toks[rng[0] : rng[1]]
    if len(sel) == 1 and sel[0].text.lower() == "it":
        # "it said" (a report, a company): a speaker mention that coreference leaves open.
        return Mention(sel[0].start, sel[0].end, sel[0].text, "pronoun", "it", None, None, (), (), "n", False)
    m = analyse(sel, text)
    if m is None and len(sel) == 1 and sel[0].text in MONTH_GIVEN_NAMES and rng[1] == len(toks):
        # "May said": a month right before its verb is a given name (subject
        # position only: "said May 5" is a date).
        w = sel[0]
        return Mention(w.start, w.end, w.text, "name", w.text.lower(), w.text, None, (), (), None, False)
    if m is None:
        return None
    if m.kind == "pronoun":
        case = lexicon.pronouns().get(m.head, (None, "", "", ""))[3]
        if case != "subj":
            return None
    return m


def _source_object(toks: list[Tok], src: int, end: int, text: str, limit: int) -> tuple[Mention | None, int]:
    """The object of "according to" (a source by definition): a speaker
    mention, an object pronoun ("according to him") or any noun phrase
    ("a tally by the network", "his filings"). Returns it and its end index."""
    rng = np_after(toks, src, limit, end=end)
    if rng is None:
        return None, src
    m = _speaker_mention(toks, rng, text)
    if m is not None:
        return m, rng[1]
    sel = toks[rng[0] : rng[1]]
    last = sel[-1].text
    low = last.lower()
    pron = lexicon.pronouns().get(low)
    if len(sel) == 1 and pron is not None and pron[3] == "obj":
        return Mention(sel[0].start, sel[0].end, last, "pronoun", low, None, None, (), (), pron[0] if pron[0] != "-" else None, pron[1] == "pl"), rng[1]
    if pron is None and len(last) >= 3 and last.replace("-", "").isalpha() and low not in DETERMINERS:
        s, e = sel[0].start, sel[-1].end
        return Mention(s, e, text[s:e], "role", low, None, None, (low,), (), None, False), rng[1]
    return None, src


#: Heads of quantity subjects of survey reports ("47 percent said", "six in
#: 10 say", "most believe", "others say"); the people counted are the source
#: (poll reports in PARC 3.0 and PolNeAR: Pareti 2016; Newell et al. 2018).
_QUANT_HEADS = frozenset(
    "percent % half third thirds quarter quarters fifth fifths majority plurality minority most many some others both few".split()
)
#: Words that may open a quantity subject ("just over a quarter", "nearly two-thirds").
_QUANT_LEAD = frozenset(
    "a an the just almost nearly about around roughly only over under more fewer less than some "
    "vast slim narrow overwhelming large small clear solid bare".split()
)
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_NOT_BEFORE_QUANT = frozenset("of to than by from which that who whom with for".split())


def _is_number(word: str) -> bool:
    w = word.lower().rstrip("%")
    return w.replace(".", "", 1).replace(",", "").isdigit() or w in _NUMBER_WORDS or "-" in w and all(
        p in _NUMBER_WORDS or p.endswith(("ty", "ds", "s")) for p in w.split("-")
    )


def _quantity_subject(toks: list[Tok], s0: int, c: int, text: str) -> Mention | None:
    """A quantity subject right before the cue at *c*: "47 percent", "six in 10", "almost half"."""
    j = c
    while j > s0 and toks[j - 1].text.lower() in ADVERBS:
        j -= 1
    if j <= s0:
        return None
    w = toks[j - 1].text.lower()
    if w.endswith("%") and _is_number(w):
        i = j - 1
    elif w in _QUANT_HEADS:
        i = j - 1
        if w in {"percent", "%"} and not (i > s0 and _is_number(toks[i - 1].text)):
            return None
    elif _is_number(w) and j - 3 >= s0 and toks[j - 2].text.lower() == "in" and _is_number(toks[j - 3].text):
        i = j - 3  # "six in 10"
    else:
        return None
    while i > s0 and j - i < 6 and (toks[i - 1].text.lower() in _QUANT_LEAD or _is_number(toks[i - 1].text)):
        i -= 1
    if i > s0 and toks[i - 1].text.lower() in _NOT_BEFORE_QUANT:
        return None
    s, e = toks[i].start, toks[j - 1].end
    return Mention(s, e, text[s:e], "role", toks[j - 1].text.lower(), None, None, (), (), None, True)


def _addressee(toks: list[Tok], k: int, end: int, text: str) -> tuple[Mention | None, int]:
    """An addressee NP starting at *k* ("Reuters", "the visitor", "him"); returns it and the next index."""
    if k < end and toks[k].text.lower() == "to" and k + 1 < end:
        k += 1
    rng = np_after(toks, k, limit=8, end=end)
    if rng is None:
        return None, k
    m = analyse(toks[rng[0] : rng[1]], text)
    # 'told the network's "Morning Show" that …': the programme's title.
    titled = rng[1] < end and toks[rng[1]].text == QUOTE_TOKEN and toks[rng[1] - 1].text.endswith(_POSSESSIVE_ENDINGS)
    if m is None:
        # Generic addressees: "told reporters", "told the crowd".
        words = " ".join(t.text.lower() for t in toks[rng[0] : rng[1]])
        if words in lexicon.cue_phrases().get("addressee", ()) or titled or (
            rng[1] - rng[0] <= 3 and all(t.text.isalpha() for t in toks[rng[0] : rng[1]])
        ):  # "told reporters", "tells allies"
            return Mention(toks[rng[0]].start, toks[rng[1] - 1].end, text[toks[rng[0]].start : toks[rng[1] - 1].end],
                           "role", words.split()[-1], None, None, (), (), None, True), rng[1] + titled
        return None, k
    return m, rng[1] + titled


def _skip_adjuncts(toks: list[Tok], k: int, end: int) -> int:
    """Skip manner and time adjuncts ("in a statement", "on Tuesday", "last week")."""
    while k < end:
        w = toks[k].text.lower()
        matched = False
        for words in _manner_phrases().get(w, ()):
            n = len(words)
            if k + n <= end and all(toks[k + x].text.lower() == words[x] for x in range(n)):
                k += n
                matched = True
                break
        if matched:
            continue
        if w in _TIME_WORDS:
            k += 1
            continue
        if w in _PREPOSITIONS:
            # A short prepositional phrase: "at a rally in Iowa", "to reporters";
            # but "to reject the plan" is an infinitive complement, not an adjunct.
            if w == "to" and k + 1 < end:
                nxt = toks[k + 1].text
                nl = nxt.lower()
                if not (is_cap(nxt) or nl in DETERMINERS or nl in lexicon.pronouns() or nl in lexicon.roles()):
                    break
            j = k + 1
            while j < end and j - k <= 8 and is_word(toks[j].text) and toks[j].text.lower() not in {"that", "and"}:
                j += 1
            if j > k + 1:
                k = j
                continue
        break
    return k


def _opening_modifier(word: str, nxt: str) -> bool:
    """A sentence-opening adverb or participle ("Hastily politicizing …",
    "Reading from a text, …"), not a name ("Kelly said", "Manning told")."""
    low = word.lower()
    if low.endswith("ly") and len(low) > 4 and word[1:].islower() and nxt == "," and word not in lexicon.given_names():
        return True  # "Recently, …"
    if not (word[:1].isupper() and word[1:].islower() and nxt.isalpha() and nxt.islower()) or word in lexicon.given_names():
        return False
    if low.endswith("ly") and len(low) > 4:
        return True
    return low.endswith("ing") and len(low) > 5 and nxt not in lexicon.cue_verbs()


def _is_ly(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.islower()


def _bare_role(sub: list[Tok], text: str) -> Mention | None:
    """A headline's article-less role: "minister", "prime minister", "union leader"."""
    if not 1 <= len(sub) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in sub):
        return None
    role = lexicon.roles().get(sub[-1].text)
    if role is None:
        return None
    s, e = sub[0].start, sub[-1].end
    return Mention(s, e, text[s:e], "role", role.singular, None, None, (role.singular.lower(),), (), role.gender, role.plural)


def _has_verb(toks: list[Tok], k: int, end: int, text: str) -> bool:
    """Some finite-verb evidence in ``toks[k:end]`` (auxiliary, -ed, -s verb after a subject)."""
    for x in range(k, end):
        w = toks[x].text
        lw = w.lower()
        if w == QUOTE_TOKEN:
            return True  # a verbatim fragment inside: treat as content
        if lw in _AUX or lw.endswith("n't"):
            return True
        if x > k and (lw.endswith("ed") or lw.endswith("es") or lw.endswith("s") and len(lw) > 3 and not lw.endswith("ss")) and w.islower():
            prev = toks[x - 1].text.lower()
            if prev not in DETERMINERS and prev not in _PREPOSITIONS and prev not in {"to", "of", "and", "or", ","}:
                return True
    return False


def _looks_like_clause(toks: list[Tok], k: int, end: int) -> bool:
    """True when ``toks[k:end]`` reads like a reported clause rather than a noun phrase."""
    if end - k < 3:
        return False
    w0 = toks[k].text.lower()
    if w0 == "that" or w0 in {"if", "whether", "how", "why", "what", "when"}:
        return True
    if w0 in _CLAUSE_BAD_START or not is_word(toks[k].text) and toks[k].text != QUOTE_TOKEN:
        return False
    for x in range(k, min(end, k + 15)):
        lw = toks[x].text.lower()
        if lw in _AUX:
            return True
        if x > k + 7:
            continue
        if x > k and lw.endswith("ed") and toks[x - 1].text.lower() not in DETERMINERS | {"to", "and", "or", ","}:
            return True
        if x == k and (lw in _SUBJ_PRONOUNS or lw.replace("\u2019", "'").split("'")[0] in _SUBJ_PRONOUNS and ("'" in lw or "\u2019" in lw)):
            return True  # "she'd rather …", "it's …"
        if (
            k < x <= k + 5
            and _is_3sg_verb(toks[x].text)
            and toks[x - 1].text.lower() not in DETERMINERS | _PREPOSITIONS | _QUANT_LEAD | {"of", "and", "or", ","}
            and is_word(toks[x - 1].text)
            and not _is_3sg_verb(toks[x - 1].text)
            and toks[x - 1].text.lower() not in _QUANT_HEADS
        ):
            return True  # "each year of schooling yields …": a present-tense verb after its subject
    return False


def _is_3sg_verb(w: str) -> bool:
    """A lower-case word that may be a present-tense verb ("yields", "remains")."""
    return w.isalpha() and w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "ics"))


_BE = frozenset("is are was were be been being am 's 're".split())
#: Raising verbs: their subject is not the holder of the reported view.
_RAISING = frozenset({"seem", "appear"})
#: Verbs whose passive with an infinitive reports an unnamed holder's view
#: ("is expected to", "was said to"; Quirk et al. 1985, 16.31).
_PASSIVE_BELIEF = frozenset("expect believe think say report rumor rumour know project predict estimate consider understand reckon presume suspect allege".split())
_QUESTION_WORDS = frozenset("if whether what why how who whom which when where about".split())
_NOT_MODIFIERS = frozenset("and but or nor so yet as which who that while because since if".split())


def _skip_dateline(toks: list[Tok], k: int, end: int) -> int:
    """Past a news dateline opening the sentence ("CITY —", "CITY, St. (Agency) -",
    "City (Agency) –"): a place and a wire service, not the subject."""
    j = k
    while j < end and j - k < 3 and toks[j].text[:1].isupper() and toks[j].text.replace(".", "").isalpha():
        j += 1
    if j == k or j >= end:
        return k
    caps = all(toks[x].text.isupper() and len(toks[x].text) > 1 for x in range(k, j))
    if toks[j].text == "," and j + 1 < end and toks[j + 1].text[:1].isupper() and toks[j + 1].text.endswith("."):
        j += 2  # "CITY, Fla."
    paren = False
    if j < end and toks[j].text == "(":
        x = j + 1
        while x < end and x - j < 5 and toks[x].text != ")":
            x += 1
        if x < end and toks[x].text == ")":
            j, paren = x + 1, True
    if j < end and (toks[j].text in _DASHES or toks[j].text == "-") and (caps or paren) and j + 1 < end:
        return j + 1
    return k


def _source_mode(m: Mention) -> str:
    """"according to the report" is evidence; "according to Ruiz" is speech."""
    return "evidence" if m.kind in {"org", "role"} and _is_doc(m.head) else "speech"


def _is_doc(head: str) -> bool:
    role = lexicon.roles().get(head)
    return role is not None and role.kind == "doc"




def _passive_or_relative(toks: list[Tok], k0: int, c: int) -> bool:
    """'Prizes are given', 'was asked': a passive cue is no attribution."""
    x = c - 1
    while x >= k0 and toks[x].text.lower() in ADVERBS and toks[x].text.lower() not in _BE:
        x -= 1
    return x >= k0 and toks[x].text.lower() in _BE


def _adjacent(sub: list[Tok], rng: tuple[int, int]) -> bool:
    """Only adverbs between the noun phrase ``sub[rng]`` and the end of *sub* (the cue)."""
    return all(t.text.lower() in ADVERBS or _is_ly(t.text) for t in sub[rng[1] :]) and (
        sub[rng[0]].text[:1].isupper() or sub[rng[0]].text.lower() in DETERMINERS - {"no"}
        or sub[rng[0]].text.lower() in lexicon.pronouns()
    )


#: Conjunctions that open a sentence with a subordinate clause ("When she
#: spoke to supporters, she …"): a cue in it reports nothing past its comma
#: ("As X noted, …" does report).
_OPENING_SUBORDINATORS = frozenset("when after before while if once since until because although though".split())
#: Causative verbs: their object is the subject of the infinitive after it
#: ("led her to declare", "urged the mayor to say").
_CAUSATIVES = frozenset(
    "led lead leads leading prompted prompt prompts prompting forced force forces forcing pushed push pushes pushing "
    "urged urge urges urging caused cause causes causing encouraged encourage encourages encouraging "
    "inspired inspire inspires inspiring pressed press presses pressing".split()
)
#: Verbs a participle cue completes ("kept asking", "began saying", "was
#: referring to"): their subject is the participle's.
_ING_HOSTS = frozenset(
    "kept keep keeps began begin begins started start starts continued continue continues "
    "is are was were been".split()
)
#: Words that may stand inside a noun phrase opened by "with" ("with many
#: marchers and spectators", "with the campaign of the senator from Ohio").
_WITH_NP_INNER = frozenset("the a an and of from for in at on".split())


def _with_subject(sub: list[Tok], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """'with X calling it "…"': "with" opening the noun phrase that ends with
    ``sub[rng]`` and stands next to the participle ending *sub* gives the
    participle its own subject; returns the whole phrase after "with"
    ('with many marchers and spectators chanting', 'with the campaign of the
    senator saying'), or None."""
    if rng is None or not all(t.text.lower() in ADVERBS or _is_ly(t.text) for t in sub[rng[1] :]):
        return None
    x = rng[0] - 1
    while x >= 0 and rng[0] - x <= 10:
        w = sub[x].text.lower()
        if w == "with":
            wide = (x + 1, rng[1])
            return wide if _adjacent(sub, wide) else None
        if not is_word(sub[x].text) or w in _AUX or (w in _NOT_VERBS and w not in _WITH_NP_INNER) or cue_at(sub, x) is not None:
            return None
        x -= 1
    return None


def _with_own_subject(sub: list[Tok], rng: tuple[int, int] | None) -> bool:
    """'with X calling it "…"': see :func:`_with_subject`."""
    return _with_subject(sub, rng) is not None


def _with_mention(sub: list[Tok], rng: tuple[int, int], text: str) -> Mention | None:
    """The subject mention of a 'with X VERBing' phrase: the whole phrase after
    "with" when it reads as one mention, else the noun phrase before the verb."""
    wide = _with_subject(sub, rng)
    return (_speaker_mention(sub, wide, text) if wide is not None else None) or _speaker_mention(sub, rng, text)


#: Prepositions whose object is never the subject of the verb after it
#: ("a letter from the union obtained by the paper warns", "32% of party claims").
_PP_HEADS = frozenset("of by in at from on into about during over through via among within".split())


def _subject_np(sub: list[Tok], text: str, limit: int) -> tuple[tuple[int, int] | None, bool]:
    """:func:`subject_before` for the cue ending *sub*, past noun phrases that
    are the object of a preposition: "a letter from the union obtained by the
    paper warns" (the letter), "Vian, the editor in chief of the paper, the
    Daily Post, said" (Vian). The phrase found first stays when no subject
    shows before the preposition, and after a partitive "of" ("half of
    voters say"). Returns the range and whether the subject is elided after
    a conjunction ("…, but in a later interview said …")."""
    orig = subject_before(sub, len(sub), text, limit)
    if orig is None or orig[0] == 0:
        return orig, False
    if sub[orig[0] - 1].text.lower() in _PP_HEADS and orig[0] >= 2 and sub[orig[0] - 2].text.lower() in {"and", "but"}:
        return None, True
    m = _speaker_mention(sub, orig, text)
    if m is None or _unknown_description(m):
        return orig, False  # no subject to doubt ("executive order", "a prepared text")
    first = next((i for i in range(orig[0], orig[1]) if sub[i].start >= m.start), orig[0])
    if m.name:
        # "the hopes of shedding what Ana Ruiz": the name is the subject.
        w0 = m.name.split()[0]
        first = next((i for i in range(orig[1] - 1, first - 1, -1) if sub[i].text == w0), first)
        while first > orig[0] and (sub[first - 1].text.lower() in DETERMINERS or is_cap(sub[first - 1].text)):
            first -= 1  # "the Daily Post", "Gov. Ana Ruiz"
    # "X, …, Y, said": subject_before skipped a comma-delimited appositive.
    appositive = orig[1] < len(sub) and sub[orig[1]].text == ","
    if appositive and sub[first - 1].text == ",":
        # "Bell, whose latest start-up, Dataharbour, uses …, said": the name
        # before a relative clause with an appositive inside it.
        p = next((i for i in range(first - 2, max(-1, first - 12), -1) if sub[i].text in {",", ".", ";", QUOTE_TOKEN}), -1)
        if p > 0 and sub[p].text == "," and sub[p + 1].text.lower() in {"whose", "who", "which"}:
            nxt = subject_before(sub, p, text, limit)
            if nxt is not None and _speaker_mention(sub, nxt, text) is not None:
                return nxt, False
    rng = orig
    moved = False
    for _ in range(6):
        start = first if not moved else rng[0]
        if start == 0:
            break
        before = sub[start - 1].text
        p = before.lower()
        if p in _PP_HEADS:
            x = start - 1
            if p == "of" and x > 0 and (sub[x - 1].text.lower() in _QUANT_HEADS or _is_number(sub[x - 1].text)):
                break  # "half of voters say", "most of the candidates said"
            if p == "by" and x > 0 and sub[x - 1].text.islower() and sub[x - 1].text.endswith("ed"):
                x -= 1  # "… obtained by the paper": a passive participle modifying the subject
            if x > 0 and sub[x - 1].text.lower() in {"and", "but"}:
                return None, True
            nxt = subject_before(sub, x, text, limit) if x > 0 else None
            if nxt is None:
                return orig, False
            rng, moved = nxt, True
            continue
        if before == "," and moved and appositive and rng[0] >= 2 and sub[rng[0]].text.lower() in {"the", "a", "an"}:
            # "Vian, the editor in chief of …, …, said": the description is an
            # appositive of the name that opens the sentence.
            nxt = subject_before(sub, rng[0] - 1, text, limit)
            if nxt is None or nxt[0] != 0:
                return orig, False
            rng = nxt
            continue
        break
    else:
        return orig, False
    if moved:
        m = _speaker_mention(sub, rng, text)
        if m is None or _unknown_description(m):
            return orig, False
    return rng, False


def _unknown_description(m: Mention) -> bool:
    """A description ("the white house", "her personal") that names no one
    and whose head is no known role: too weak to stand as a source."""
    return m.kind == "role" and m.name is None and m.head not in lexicon.roles()


def _before_end_punct(toks: list[Tok], s0: int, s1: int) -> int:
    """The end of sentence ``toks[s0:s1]`` without its final punctuation."""
    end = s1
    while end > s0 and toks[end - 1].text in _END_PUNCT:
        end -= 1
    return end


def _clause_end(toks: list[Tok], k: int, end: int) -> int:
    """End a reported clause before ", but …" or ";" where the narrator takes over."""
    for x in range(k + 3, end):
        w = toks[x].text
        if w == ";":
            return x
        if w == "and" and x + 1 < end:
            cue = cue_at(toks, x + 1)
            if (
                cue is not None and cue.tense in {"past", "3sg"} and cue.mode == "speech" and "q" in cue.frames
                and not (cue.j < end and cue_at(toks, cue.j) is not None)  # "shootings and protests demands …": a noun
            ):
                return x  # '… was "fair" and added: "…"': a second report starts
        if w == "," and x + 1 < end and toks[x + 1].text.lower() in {"but", "while", "although", "though", "whereas"}:
            return x
    return end


class Attributor:
    """Runs the sieves over one document's outer token stream."""

    def __init__(
        self,
        text: str,
        outer: list[Tok],
        sent_bounds: list[tuple[int, int]],
        config: Config,
        layers: Layers | None = None,
        starts: list[int] | None = None,
    ) -> None:
        self.text = text
        self.outer = outer
        self.sent_bounds = sent_bounds  # outer-token index ranges per sentence
        self.config = config
        self.max_np = config.max_speaker_tokens
        self.layers = layers if layers is not None and layers.has_deps else None
        #: Start offset of each outer token, for bisecting offsets to tokens.
        self.starts = starts if starts is not None else [t.start for t in outer]

    # -- the parse, when the backend has one ----------------------------------
    def mention_for_span(self, span: tuple[int, int]) -> Mention | None:
        """A mention for the character span *span* (outside quotes), from the outer tokens."""
        i = bisect_left(self.starts, span[0])
        j = bisect_left(self.starts, span[1])
        sel = self.outer[i:j]
        if not sel or any(t.text == QUOTE_TOKEN for t in sel):
            return None
        m = _speaker_mention(self.outer, (i, j), self.text)
        if m is not None:
            return m
        text = self.text[sel[0].start : sel[-1].end]
        ent = self.layers.entity_in(sel[0].start, sel[-1].end) if self.layers else None
        if ent is not None:
            name = self.text[ent[0] : ent[1]]
            kind = "name" if ent[2] in {"PERSON", "PER"} else "org"
            return Mention(ent[0], ent[1], name, kind, name.split()[-1].lower(), name, None, (), (), None, False)
        head = sel[-1].text.lower()
        return Mention(sel[0].start, sel[-1].end, text, "role", head, None, None, (head,), (), None, False)

    def with_parse(self, cue_tok: int, m: Mention | None) -> tuple[Mention | None, tuple[str, ...]]:
        """Let the dependency parse decide the subject of the cue (sieve ``dep-subject``)."""
        if self.layers is None:
            return m, ()
        span = self.layers.subject_span(self.outer[cue_tok].start)
        if span is None:
            return m, ()
        if m is not None and span[0] <= m.start and m.end <= span[1]:
            return m, ("dep-subject",)  # the parse agrees
        dm = self.mention_for_span(span)
        if dm is None:
            return m, ()
        ner = dm.kind in {"name", "org"} and analyse(self.outer[bisect_left(self.starts, dm.start) : bisect_left(self.starts, dm.end)], self.text) is None
        return dm, ("dep-subject", "ner-mention") if ner else ("dep-subject",)

    # -- frames around a quote ----------------------------------------------
    def after_quote(self, qi: int, end: int) -> Attribution | None:
        """``"…," Smith said`` / ``"…," said Smith`` / ``"…," according to X``."""
        toks = self.outer
        k = qi + 1
        while k < end and toks[k].text in _LEAD_PUNCT:
            k += 1
        start = k
        if start > qi + 1 and any(toks[x].text in _DASHES for x in range(qi + 1, start)) and start < end:
            # '"…" ― Jane Roe': the epigraph / testimonial convention.
            rng = np_after(toks, start, self.max_np, end=end)
            if rng is not None and (rng[1] >= end or toks[rng[1]].text in _END_PUNCT or toks[rng[1]].text == QUOTE_TOKEN
                                    or "\n" in self.text[toks[rng[1] - 1].end : toks[rng[1]].start]):
                m = _speaker_mention(toks, rng, self.text)
                if m is not None and m.kind in {"name", "role", "org"}:
                    return Attribution(m, None, None, "dash-attribution", "speech")
        limit = min(end, start + self.max_np + 4)
        while k < limit:
            w = toks[k].text
            if w in _END_PUNCT or w == QUOTE_TOKEN:
                break
            src = source_phrase_at(toks, k)
            if src > 0 and k == start:
                rng = np_after(toks, src, self.max_np, end=end)
                m = _speaker_mention(toks, rng, self.text)
                if m:
                    return Attribution(m, (toks[k].start, toks[src - 1].end), None, "according-to", "speech")
            cue = cue_at(toks, k)
            if cue is not None and cue.mode in {"speech", "writing"} | {m.value for m in self.config.modes}:
                if _passive_or_relative(toks, start, cue.i):
                    return None  # "The greeting was warmly returned"
                sub = toks[start : cue.i]
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                m = _speaker_mention(sub, rng, self.text) if rng else None
                if sub:
                    m, extra = self.with_parse(cue.i, m)
                if m is not None:
                    outer = self._outer_source(cue.j, end)
                    if outer is not None:
                        return outer
                    addr = None
                    if "o" in cue.frames:
                        addr, _ = _addressee(toks, cue.j, end, self.text)
                    return Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-after-quote", cue.mode, extra)
                if not sub:
                    rng = np_after(toks, cue.j, self.max_np, end=end)
                    m = _speaker_mention(toks, rng, self.text)
                    if m is not None and not ("o" in cue.frames and "i" not in cue.frames):
                        outer = self._outer_source(cue.j, end)
                        if outer is not None:
                            return outer
                        return Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), None, "cue-inverted", cue.mode)
                return None
            k += 1
        return self._unlisted_tag(qi, start, end)

    def _outer_source(self, k: int, end: int) -> Attribution | None:
        """'"…," Smith said at a rally, according to a pool report': the tag
        itself is reported by an outer source, which PARC/PolNeAR take as the
        source of the whole (nested attribution; Pareti 2016)."""
        toks = self.outer
        for c in range(k, min(end, k + self.max_np + 12)):
            w = toks[c].text
            if w in _END_PUNCT or w == QUOTE_TOKEN:
                return None
            if w != "," or c + 1 >= end or toks[c + 1].text.lower() != "according":
                continue  # "citing", "quoting": not a source of the tag
            src = source_phrase_at(toks, c + 1)
            if src < 0:
                continue
            m, _ = _source_object(toks, src, end, self.text, self.max_np)
            if m is None:
                return None
            return Attribution(m, (toks[c + 1].start, toks[src - 1].end), None, "according-to", _source_mode(m), ("nested-source",))
        return None

    def _unlisted_tag(self, qi: int, start: int, end: int) -> Attribution | None:
        """'"Fine," I shrugged.': a tag whose verb no list has (fiction coins them freely).

        Only after a quote that ends with a comma, "!" or "?" (a tag is due),
        and only for a short subject, a past-tense verb and the end of the clause.
        """
        toks = self.outer
        q = toks[qi]
        k = q.end - 1
        while k > q.start and self.text[k] in "\"'\u201d\u2019\u00bb ":
            k -= 1
        if self.text[k] not in ",!?":
            return None
        for v in range(start + 1, min(end, start + 4)):
            w = toks[v].text
            if not (w.islower() and w.isalpha() and w.endswith("ed") and len(w) > 4):
                continue
            nxt = toks[v + 1].text if v + 1 < end else "."
            if nxt not in {".", ",", ";", "!", "?"} and not _is_ly(nxt):
                return None
            sub = toks[start:v]
            rng = subject_before(sub, len(sub), self.text, self.max_np)
            m = _speaker_mention(sub, rng, self.text) if rng and rng[0] == 0 else None
            if m is None or m.kind not in {"name", "pronoun", "role"}:
                return None
            return Attribution(m, (toks[v].start, toks[v].end), None, "cue-after-quote", "speech", ("unlisted-cue",))
        return None

    def relative_subject(self, s0: int, c: int) -> Mention | None:
        """'Lena Moss, who said …': the relative pronoun is the source
        mention (as news corpora annotate it); its antecedent names the speaker.

        A perfect auxiliary and a short adjunct may stand between the pronoun
        and the cue ('who has long argued', 'who at one point claimed'); a
        restrictive "who" or "which" needs no comma ('groups like Harbourwatch
        which charged', 'voters who say', '23 percent who said')."""
        toks = self.outer
        j = c
        for _ in range(2):
            while j > s0 and (toks[j - 1].text.lower() in ADVERBS or toks[j - 1].text.lower() in {"has", "have", "had"}):
                j -= 1
            for n in (2, 3, 4):
                # 'who in 2010 said', 'who at one point claimed': a short time or place adjunct.
                if j - n - 1 >= s0 and toks[j - n].text.lower() in {"in", "on", "at", "last"} and toks[j - n - 1].text.lower() in {"who", "which"} and all(
                    is_word(toks[x].text) for x in range(j - n, j)
                ):
                    j -= n
                    break
        if j - 2 < s0 or toks[j - 1].text.lower() not in {"who", "which", "that"}:
            return None
        rel = toks[j - 1].text.lower()
        if toks[j - 2].text == ",":
            sub = toks[max(s0, j - 2 - self.max_np - 2) : j - 2]
        else:
            prev = toks[j - 2]
            if not is_word(prev.text) or prev.text.lower() in _NOT_VERBS or prev.text.lower() in _AUX or cue_at(toks, j - 2) is not None:
                return None  # 'said that', 'so that': no noun for the pronoun to follow
            if rel == "that":
                return None  # "a class that has felt …": too often a description

            sub = toks[max(s0, j - 1 - self.max_np - 2) : j - 1]
        rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
        ante = _speaker_mention(sub, rng, self.text) if rng else None
        if ante is None and rel == "who":
            ante = _quantity_subject(sub, 0, len(sub), self.text)  # "23 percent who said"
        if ante is None or ante.kind == "pronoun" or ante.end != sub[-1].end and toks[j - 2].text != ",":
            return None
        if toks[j - 2].text != "," and rng[0] > 0 and cue_at(sub, rng[0] - 1) is not None:
            return None  # "slamming candidates who think …": the object of a report describes, not reports
        r = toks[j - 1]
        return Mention(r.start, r.end, r.text, "relative", rel, None, None, (), (), ante.gender, ante.plural, ante)

    def _with_infinitive(self, s0: int, c: int) -> Mention | None:
        """'with Bell taking to the radio to call X "…"': the subject of the
        participle the infinitive cue at *c* depends on, given by "with"."""
        toks = self.outer
        g = next((g for g in range(c - 2, max(s0, c - 8), -1) if toks[g].text.islower() and toks[g].text.endswith("ing")), -1)
        if g <= s0:
            return None
        sub = toks[s0:g]
        rng = subject_before(sub, len(sub), self.text, self.max_np)
        return _with_mention(sub, rng, self.text) if _with_own_subject(sub, rng) else None

    def _causee(self, s0: int, to: int) -> Mention | None:
        """'… that led her to declare', 'urged Ana Ruiz to say': the object of a
        causative verb before "to" is the subject of the infinitive cue."""
        toks = self.outer
        sub = toks[s0:to]
        v = next((v for v in range(len(sub) - 2, max(-1, len(sub) - 10), -1)
                  if sub[v].text.lower() in _CAUSATIVES or not is_word(sub[v].text)), -1)
        if v < 0 or sub[v].text.lower() not in _CAUSATIVES:
            return None
        rng = (v + 1, len(sub))  # "leading advisers like Gene Sperling to counter …"
        sel = sub[rng[0] : rng[1]]
        low = sel[-1].text.lower()
        pron = lexicon.pronouns().get(low)
        if len(sel) == 1 and pron is not None and pron[3] == "obj":
            return Mention(sel[0].start, sel[0].end, sel[0].text, "pronoun", low, None, None, (), (), pron[0] if pron[0] != "-" else None, pron[1] == "pl")
        m = _speaker_mention(sub, rng, self.text)
        return m if m is not None and m.kind in {"name", "role", "org"} and not _unknown_description(m) else None

    def _clause_opening(self, s0: int, end: int) -> tuple[int, bool]:
        """Where the subject of the clause ``toks[s0:end]`` may start, past
        leading marks, "But", a dateline and an opening adjunct ("On Monday,");
        and whether an adjunct was skipped."""
        toks = self.outer
        k = s0
        while k < end and (toks[k].text == QUOTE_TOKEN or toks[k].text in _LEAD_PUNCT):
            k += 1
        while k < end and toks[k].text.lower() in {"but", "and"} and k + 1 < end and toks[k + 1].text[:1].isupper():
            k += 1  # "But Smith issued …": a conjunction, then the subject
        k = _skip_dateline(toks, k, end)
        first = toks[k].text.lower() if k < end else ""
        adjunct = first in _PREPOSITIONS or first in {"meanwhile", "however", "but", "and", "while", "when", "speaking", "as", "if"}
        comma = next((x for x in range(k, min(end, k + 7)) if toks[x].text == ","), -1)
        if not adjunct and comma > k and any(toks[x].text.lower() in _TIME_ADJUNCT for x in range(k, comma)):
            adjunct = True  # "Hours later, she …", "Shortly after the call ended, …"
        if not adjunct and k + 1 < end and _opening_modifier(toks[k].text, toks[k + 1].text):
            # "Hastily politicizing the flood ― as he did before ― Bell cast …":
            # an adverb or participle phrase up to its comma or dash pair.
            x = k + 1
            while x < end and x - k < 25 and toks[x].text != "," and toks[x].text not in _DASHES:
                x += 1
            if x < end and toks[x].text in _DASHES:
                y = next((y for y in range(x + 1, min(end, x + 25)) if toks[y].text in _DASHES or toks[y].text == ","), -1)
                x = y if y > 0 and toks[y].text in _DASHES else x
            if x < end and x - k < 25:
                x += 1
                if x + 1 < end and toks[x].text.lower() in {"however", "though", "meanwhile", "still", "instead"} and toks[x + 1].text == ",":
                    x += 2  # "Recently, however, it …"
                return x, True
        if adjunct:
            while k < end and toks[k].text != ",":
                k += 1
            k += 1
        return k, adjunct

    def main_subject(self, s0: int, end: int) -> Mention | None:
        """The subject of the clause a participle cue hangs on.

        First the subject of an earlier cue in the sentence ("Smith said,
        adding, ..."), else the noun phrase that starts the clause.
        """
        toks = self.outer
        k, adjunct = self._clause_opening(s0, end)
        start = k if adjunct else s0
        for c in range(start, end):
            cue = cue_at(toks, c)
            if cue is not None and cue.tense != "ing":
                sub = toks[start:c]
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                m = _speaker_mention(sub, rng, self.text) if rng else None
                if m is not None and cue.tense == "base" and _unknown_description(m):
                    continue  # "made an unprompted call for …": a noun, not a verb
                if m is not None:
                    return m
        while k < end and toks[k].text.lower() in {"but", "and", "so", "yet", "then"}:
            k += 1
        for _ in range(3 if adjunct else 0):
            rng = np_after(toks, k, self.max_np, end=end)
            if rng is None or rng[1] >= end or toks[rng[1]].text != ",":
                break
            # "Speaking in Dover, Delaware, Ruiz went …": a noun phrase
            # closed by a comma belongs to the opening adjunct; read on.
            k = rng[1] + 1
        if not adjunct:
            # "Tracy Moss, the mayor's father, issued …": the first noun phrase,
            # with or without an appositive after it, is the subject.
            rng = np_after(toks, k, self.max_np, end=end)
        if rng is not None:
            # np_after reads on over lower-case words ("The campaign sent out a
            # release"): the subject ends before a past-tense verb.
            for j in range(rng[0] + 1, rng[1]):
                w = toks[j].text
                if w.isalpha() and w.islower() and (w in lexicon.irregular_verbs() or w.endswith("ed") and len(w) > 3):
                    m = _speaker_mention(toks, (rng[0], j), self.text)
                    if m is not None:
                        return m
                    break
        return _speaker_mention(toks, rng, self.text)

    def conjoined_subject(self, s0: int, c: int, fallback: bool = True) -> Mention | None:
        """'The league denounced the remarks and said …': the subject of the
        nearest earlier finite cue verb, which the cue after "and" shares;
        else the subject that opens the clause (:meth:`main_subject`)."""
        toks = self.outer
        for x in range(c - 2, max(s0, c - 30) - 1, -1):
            w = toks[x].text
            if w in _END_PUNCT or w == QUOTE_TOKEN and x == c - 2:
                break  # ('"…," she said, and …' is read on past a quoted fragment)
            cue = cue_at(toks, x)
            if cue is None or cue.tense not in {"past", "3sg"}:
                continue
            sub = toks[s0:x]
            rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
            m = _speaker_mention(sub, rng, self.text) if rng else None
            if m is not None:
                return m
            break
        return self.main_subject(s0, c) if fallback else None

    def before_quote(self, qi: int, s0: int) -> Attribution | None:
        """``Smith said: "…"`` / ``…, saying, "…"`` / ``Smith: "…"`` / ``according to X, "…"``."""
        toks = self.outer
        k = qi
        colon = False
        while k > s0 and toks[k - 1].text in _LEAD_PUNCT:
            colon = colon or toks[k - 1].text == ":"
            k -= 1
        frame_end = k
        lo = max(s0, frame_end - 14)
        for c in range(frame_end - 1, lo - 1, -1):
            w = toks[c].text
            if w == QUOTE_TOKEN or w in _END_PUNCT:
                break
            cue = cue_at(toks, c)
            if cue is None or cue.j > frame_end:
                continue
            cue_span = (toks[cue.i].start, toks[cue.j - 1].end)
            addr = None
            if "o" in cue.frames or (cue.j < frame_end and toks[cue.j].text.lower() == "to"):
                addr, _ = _addressee(toks, cue.j, frame_end, self.text)
            if cue.tense == "ing" and c - 1 > s0 and toks[c - 1].text.lower() in _ING_HOSTS:
                # "X kept asking her why …", "…, but was referring to "…"": the
                # participle completes the verb before it, whose subject speaks.
                sub = toks[s0 : c - 1]
                rng, elided = _subject_np(sub, self.text, self.max_np)
                m = _speaker_mention(sub, rng, self.text)
                if m is None and (elided or sub[-1].text.lower() in {"and", "but"}):
                    m = self.conjoined_subject(s0, c - 1, fallback=False)
                if m is not None and not _unknown_description(m) and m.kind != "relative":
                    return Attribution(m, cue_span, addr, "cue-before-quote", cue.mode)
            if cue.tense == "ing" and c > s0:
                # "…, saying, "…"" and "issued a statement calling …": the
                # speaker is the subject of the clause the participle hangs on,
                # unless "with X calling it …" gives the participle its own.
                sub = toks[s0:c]
                rng = subject_before(sub, len(sub), self.text, self.max_np)
                own = _with_own_subject(sub, rng)
                m = _with_mention(sub, rng, self.text) if own else self.main_subject(s0, c)
                if m is not None:
                    return Attribution(m, cue_span, addr, "cue-participle", cue.mode)
                if toks[c - 1].text == ",":
                    return None
            sub = toks[s0 : cue.i]
            rng, elided = _subject_np(sub, self.text, self.max_np) if sub else (None, False)
            m = _speaker_mention(sub, rng, self.text)
            if m is None and c > s0 and (toks[c - 1].text.lower() == "and" or elided):
                m = self.conjoined_subject(s0, c)  # "Ada blushed, and said, …"
            if m is None and c - 2 > s0 and toks[c - 1].text.lower() == "to":
                m = self._causee(s0, c - 1)  # "a win that led her to declare …"
                if m is None:
                    m = self._with_infinitive(s0, c)
            if m is None and c > s0 and toks[c - 1].text.lower() in {"to", "and", "then", "but"}:
                # "X was prompted to say, …"
                m = self.main_subject(s0, c)
            m, extra = self.with_parse(cue.i, m)
            if m is None:
                m = self.relative_subject(s0, c)
            if m is not None:
                return Attribution(m, cue_span, addr, "cue-before-quote", cue.mode, extra)
            if "i" in cue.frames:
                rng = np_after(toks, cue.j, self.max_np, end=frame_end)
                # 'said the minister, "…"': the inverted subject ends where the quote starts.
                m = _speaker_mention(toks, rng, self.text) if rng is not None and rng[1] == frame_end else None
                if m is not None:
                    return Attribution(m, cue_span, None, "cue-inverted", cue.mode)
            return None
        # "according to X, "…""
        for c in range(s0, frame_end):
            src = source_phrase_at(toks, c)
            if src > 0:
                rng = np_after(toks, src, self.max_np, end=frame_end)
                m = _speaker_mention(toks, rng, self.text)
                if m is not None:
                    return Attribution(m, (toks[c].start, toks[src - 1].end), None, "according-to", "speech")
        if colon and 0 < frame_end - s0:
            # "Smith: "…"", "Smith resisted: "…"", "Ruiz is rolling out a new
            # message: "…"": the noun phrase opening the frame.
            m = _speaker_mention(toks, (s0, frame_end), self.text) if frame_end - s0 <= 8 else None
            if m is None:
                m = self.main_subject(s0, frame_end)
            if m is not None and m.kind != "pronoun":
                return Attribution(m, None, None, "colon-introduction", "speech")
        return None

    # -- unquoted reported speech -------------------------------------------
    def _attributive(self, x: int, end: int) -> bool:
        """A short quoted word used as a modifier ('the company's "green" credentials'): a scare quote."""
        tok = self.outer[x]
        if len(self.text[tok.start : tok.end].split()) > 2 or x + 1 >= end:
            return False
        nxt = self.outer[x + 1].text
        return nxt.isalpha() and nxt.islower() and nxt not in {"and", "or", "but", "as", "to", "in", "on", "for", "of", "that", "because"}

    def _that_follows(self, cue: Cue, end: int) -> bool:
        """The cue is followed (after an addressee or adjuncts) by "that"."""
        toks = self.outer
        k = _skip_adjuncts(toks, cue.j, end)
        for x in range(k, min(end, k + 4)):
            if toks[x].text.lower() == "that":
                return True
            if not is_word(toks[x].text):
                return False
        return False

    def _quote_ends_with_comma(self, tok: Tok) -> bool:
        k = tok.end - 1
        while k > tok.start and not self.text[k - 1].isalnum() and self.text[k - 1] != ",":
            k -= 1
        return k > tok.start and self.text[k - 1] == ","

    def clause_cue_after(self, s0: int, s1: int, allow_no_period: bool = False) -> tuple[int, int, Attribution] | None:
        """``CLAUSE, Smith said.`` -> (content start idx, content end idx, attribution)."""
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        if end == s1 and not allow_no_period:
            return None
        # The last comma that leaves a short attribution tail. A comma just
        # inside a closing mark counts ('… was "shameful," she said.').
        lo = max(s0, end - self.max_np - 10)
        for cm in range(end - 1, max(s0, end - self.max_np - 40) - 1, -1):
            if cm < lo:
                break
            if toks[cm].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[cm]):
                content_end = cm + 1
            elif toks[cm].text == ",":
                content_end = cm
            else:
                continue
            k = cm + 1
            if k < end and toks[k].text.lower() in {"citing", "quoting"} and any(
                cue_at(toks, x) is not None for x in range(cm - 1, max(s0, cm - self.max_np - 4), -1)
                if all(toks[y].text != "," for y in range(x, cm))
            ):
                # '"…," Smith said in June, citing X': the citation belongs to the
                # tag before it, which reports (see _outer_source).
                lo = max(s0, cm - self.max_np - 10)
                continue
            if k < end and source_phrase_at(toks, k) > 0:
                src = source_phrase_at(toks, k)
                m, after = _source_object(toks, src, end, self.text, self.max_np)
                # The source phrase closes the sentence; whatever follows its
                # noun modifies it ("a poll taken last week", "the agency, which …").
                if m and all(t.text != QUOTE_TOKEN for t in toks[after:end]):
                    return s0, content_end, Attribution(m, (toks[k].start, toks[src - 1].end), None, "according-to", _source_mode(m))
                return None
            for c in range(k, min(end, k + self.max_np + 2)):
                cue = cue_at(toks, c)
                if cue is None:
                    continue
                if c + 1 < end and toks[c].text.lower() in lexicon.roles() and cue_at(toks, c + 1) is not None:
                    continue  # "…, census records show": a noun before the cue
                if cue.mode not in {m.value for m in self.config.modes}:
                    return None
                sub = toks[k : cue.i]
                m = None
                after = cue.j
                addr = None
                if sub:
                    rng = subject_before(sub, len(sub), self.text, self.max_np)
                    bare = _bare_role(sub, self.text) if allow_no_period else None
                    if bare is not None:
                        m = bare  # headline style: "…, prime minister tells allies"
                    elif rng is None or rng[0] != 0 and not (
                        rng[0] <= 3 and all(t.text.isalpha() and t.text.islower() and t.text not in _NOT_MODIFIERS for t in sub[: rng[0]])
                    ):
                        return None  # "new fundraising reports show": lower-case modifiers may precede the head
                    else:
                        m = _speaker_mention(sub, rng, self.text)
                    if "o" in cue.frames:
                        addr, after = _addressee(toks, after, end, self.text)
                elif "i" in cue.frames:
                    rng = np_after(toks, cue.j, self.max_np, end=end)
                    m = _speaker_mention(toks, rng, self.text)
                    if rng:
                        after = rng[1]
                m, extra = self.with_parse(cue.i, m)
                if m is not None and _unknown_description(m) and not extra:
                    m = None  # "…, the first sentence said": a description must be a known role
                if m is None:
                    return None
                rest = _skip_adjuncts(toks, after, end)
                if rest < end and toks[rest].text.lower() not in _TRAILING_CLAUSE:
                    return None
                if not allow_no_period and not _has_verb(toks, s0, content_end, self.text):
                    # Headlines are telegraphic ("No new money for the docks,
                    # minister tells unions"); running text needs a verb.
                    return None  # "On most days, …" / an appositive, not a clause
                return s0, content_end, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "clause-cue-after", cue.mode, extra)
            w = toks[k].text.lower() if k < end else ""
            if k < end and toks[cm].text == "," and cm - 1 > s0 and (w in DETERMINERS or w in lexicon.roles() or w in {"who", "whose", "which"} or is_cap(toks[k].text)):
                # "…, said Ana Ruiz, a spokeswoman for the agency.": an
                # appositive closes the tail; look for the cue before it.
                lo = max(s0, cm - self.max_np - 10)
                continue
            return None
        return None

    def cue_clause(
        self, s0: int, s1: int, subject: Mention | None = None, main_start: int | None = None
    ) -> tuple[int, int, Attribution] | None:
        """``Smith said (that) CLAUSE.`` -> (content start idx, content end idx, attribution).

        *subject*: the subject of a cue that opens the span (the antecedent of
        a relative clause just read: "X, who said A, recounted B").
        *main_start*: where the sentence starts when the span is its tail (a
        participle's subject is the main clause's: "X endorsed Y at Z, the
        party office, calling him …")."""
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        modes = {m.value for m in self.config.modes}
        for c in range(s0, end):
            cue = cue_at(toks, c)
            if cue is None or not ("c" in cue.frames or "t" in cue.frames or "n" in cue.frames) or cue.mode not in modes:
                continue
            if cue.tense == "base" and c > s0 and toks[c - 1].text.lower() == "to":
                continue
            that_next = self._that_follows(cue, end)
            if subject is not None and c == s0 and cue.tense != "ing":
                m = subject
            elif cue.tense == "ing":
                # "…, saying (that) CLAUSE", "by warning that CLAUSE": the
                # subject of the main clause.
                sub = toks[max(s0, c - 12) : c]
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                if rng is not None and rng[1] - rng[0] > 1 and sub[rng[0]].text == "With":
                    rng = (rng[0] + 1, rng[1])  # sentence-initial "With analysts saying"
                    with_before = True
                else:
                    with_before = rng is not None and (rng[0] > 0 and sub[rng[0] - 1].text.lower() == "with" and all(
                        t.text.lower() in ADVERBS or _is_ly(t.text) for t in sub[rng[1] :]
                    ) or _with_own_subject(sub, rng))  # only adverbs between "with X" and the participle
                if with_before and rng is not None:
                    # "with analysts saying CLAUSE": the participle has its own subject.
                    m = _with_mention(sub, rng, self.text) or _quantity_subject(sub, 0, len(sub), self.text)
                    if m is None or _unknown_description(m) and not m.plural:
                        continue
                elif not (
                    c > s0 and (toks[c - 1].text == "," or toks[c - 1].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[c - 1])
                                or _is_doc(toks[c - 1].text.lower())
                                and any(t.text.lower() in {"a", "an", "the", "his", "her", "its", "their"} for t in toks[max(s0, c - 4) : c - 1]))
                ) and not that_next:
                    continue  # a participle after a comma ('"The View," remarking …') or a document ('a statement saying …')
                else:
                    m = self.main_subject(s0 if main_start is None else main_start, c)
            else:
                # The subject: the NP right before the cue; subject_before skips
                # an appositive or relative clause ("Ruiz, who says …, said").
                k0 = max(s0, c - 40)
                sub = toks[k0:c]
                if not sub or _passive_or_relative(toks, k0, c):
                    continue
                rng, elided = _subject_np(sub, self.text, self.max_np)
                m = _speaker_mention(sub, rng, self.text)
                if rng is not None and rng[0] > 0 and (
                    sub[rng[0] - 1].text == "With"  # "With a vote for X ruled out, …": an absolute phrase
                    or cue.tense in {"3sg", "base"} and cue.j < end and toks[cue.j].text == ","
                    and sub[rng[0] - 1].text.lower() in {"after", "before", "since", "following", "despite"}
                ):
                    continue  # "After the Dover attacks, …": a noun, not a cue
                if rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "who", "whom"}:
                    continue  # "the rules, which officials said will …"
                if elided:
                    m = self.conjoined_subject(s0, c, fallback=False)
                if m is not None and _unknown_description(m):
                    m = None  # a description must be a known role to open reported speech
                if m is None and cue.mode in {"speech", "thought"}:
                    m = _quantity_subject(toks, k0, c, self.text)
                if m is None and c - 1 > s0 and toks[c - 1].text.lower() == "and":
                    # "X denounced A and said (that) B": the subject of the
                    # earlier cue; else, without "that", the subject of the
                    # first conjunct if it is a name or a known role.
                    m = self.conjoined_subject(s0, c, fallback=False)
                    if m is None and not that_next:
                        m = self.main_subject(s0, c)
                        if m is not None and _unknown_description(m):
                            m = None
                if m is None and that_next:
                    m = self.main_subject(s0, c)
            # "Hale, who noted CLAUSE": the relative pronoun right before the
            # cue is its subject, whatever subject_before found further left.
            rel = self.relative_subject(s0, c) if m is not None and m.kind != "relative" else None
            if rel is not None:
                m = rel
            m, extra = self.with_parse(c, m)
            if m is None:
                m = self.relative_subject(s0, c)
            if m is None:
                continue
            k = cue.j
            addr = None
            if "o" in cue.frames:
                addr, k = _addressee(toks, k, end, self.text)
                if addr is None and not ("c" in cue.frames and "q" in cue.frames):
                    continue
            k = _skip_adjuncts(toks, k, end)
            if k < end and (
                toks[k].text.lower() in _PREPOSITIONS or is_cap(toks[k].text) or toks[k].text.lower() in _TIME_WORDS
                or k > cue.j and addr is None and toks[k].text.lower() in DETERMINERS and toks[k - 1].text.lower() in _PREPOSITIONS
            ):
                # "said in an interview with the Daily Post last week that …": the
                # rest of a long adjunct before "that".
                for x in range(k + 1, min(end, k + 12)):
                    lx = toks[x].text.lower()
                    if lx == "that":
                        k = x
                        break
                    if not is_word(toks[x].text) or lx in _AUX or (lx in lexicon.cue_verbs() and not is_cap(toks[x].text)):
                        break
            if k < end and toks[k].text == ",":
                if m.kind == "relative":
                    continue  # "X, a pollster who advises the group, said …": the relative clause ends
                if toks[s0].text.lower() in _OPENING_SUBORDINATORS and cue.tense != "ing" and all(
                    toks[x].text != "," for x in range(s0, c)
                ):
                    continue  # "When she appeared before supporters, she …": the opening clause ends
                k += 1
                if k < end and toks[k].text.islower() and toks[k].text.endswith("ing") and source_phrase_at(toks, k) > 0:
                    continue  # "Smith said in June, citing the data": an adjunct of the cue, no content
            if k < end and toks[k].text == QUOTE_TOKEN:
                return None  # a direct quote follows: the direct sieves handle it
            has_fragment = any(toks[x].text == QUOTE_TOKEN and not self._attributive(x, end) for x in range(k, end))
            infinitive = (
                k + 2 < end
                and toks[k].text.lower() == "to"
                and (cue.mode in {"thought", "evidence"} or "t" in cue.frames or "o" in cue.frames and addr is not None)
            )
            if (
                "n" in cue.frames and not infinitive and k + 1 < end and toks[k].text != QUOTE_TOKEN
                and toks[k].text.lower() not in _CLAUSE_BAD_START and toks[c - 1].text.lower() not in {"who", "which", "that"}
            ):
                # "Ruiz criticized the new budget": the evaluated object is the content.
                rng = np_after(toks, k, 20, end=end)
                if rng is not None and rng[1] - rng[0] >= 1 and (rng[1] - rng[0] >= 2 or is_cap(toks[rng[0]].text)):
                    stop = next((x for x in range(rng[1], end) if toks[x].text in {",", ";"} or toks[x].text in _DASHES or self._spaced_dash(x)
                                 or toks[x].text.lower() in _AUX and x > rng[1]), end)
                    stop = _clause_end(toks, k, stop)
                    return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-clause", cue.mode, extra + ("object-content",))
            if "c" not in cue.frames and not infinitive:
                continue  # "declined the offer": only an infinitive is reported
            # "Polls show Ruiz leading": a document's evidence may be a small
            # clause or a noun phrase (PARC/PolNeAR annotate both as content).
            evidence_np = cue.mode == "evidence" and end - k >= 3 and m.kind == "org" and _is_doc(m.head)
            if not (_looks_like_clause(toks, k, end) or has_fragment and end - k >= 2 or infinitive or evidence_np):
                continue
            stop = self._new_report(k, _clause_end(toks, k, end))
            if m.kind == "relative" or toks[s0].text == "With" and cue.tense == "ing":
                # "X, who said A, recounted B" / "With X saying A, B": the subordinate
                # clause ends at its comma, or at a comma inside the closing mark
                # ('X, who called it "a gift," voted …').
                stop = next(
                    (x + (toks[x].text == QUOTE_TOKEN) for x in range(k + 1, stop)
                     if toks[x].text == "," or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])),
                    stop,
                )
            return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-clause", cue.mode, extra)
        return None

    def impersonal_clause(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``X seems (to be) CLAUSE`` / ``X is expected to VP`` / ``It appears that CLAUSE``.

        Raising verbs (seem, appear) and passive cues with an infinitive ("is
        expected to", "is said to") report an inference or a belief whose
        holder the sentence does not name: their grammatical subject is what
        the content is about, not its source (Quirk et al. 1985, 16.31 and
        3.74; PolNeAR annotates such items with no source). The content is
        reported without a speaker.
        """
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        modes = {m.value for m in self.config.modes}
        evidential = lexicon.cue_phrases().get("evidential", ())
        for c in range(s0 + 1, end - 2):
            if toks[c].text.lower() in evidential and "speech" in modes:
                # "The deal has reportedly collapsed": an unnamed source.
                k = c + 1 + (toks[c + 1].text == ",")
                stop = _clause_end(toks, k, end)
                if stop - k >= 2 and is_word(toks[k].text):
                    return k, stop, Attribution(None, (toks[c].start, toks[c].end), None, "impersonal-cue", "speech")
                continue
            cue = cue_at(toks, c)
            if cue is None or cue.mode not in modes or cue.j != c + 1:
                continue
            prev = toks[c - 1].text.lower()
            k = c + 1
            while k < end and toks[k].text.lower() in ADVERBS and toks[k].text.lower() not in {"to", "that"}:
                k += 1
            if k + 1 >= end:
                continue
            nxt = toks[k].text.lower()
            infinitive = nxt == "to" and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and toks[k + 1].text.lower() not in DETERMINERS
            if cue.lemma in _RAISING:
                if cue.tense == "ing" or cue.tense == "base" and prev == "to":
                    continue
                if not (infinitive or nxt in {"that", "like"} or nxt == "as" and toks[k + 1].text.lower() in {"if", "though"}):
                    continue
                sub = toks[s0:c]
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                m = _speaker_mention(sub, rng, self.text)
                if m is not None and m.kind in {"name", "pronoun"} and m.head != "it":
                    continue  # "she seemed to suggest …": whose view is hers or the writer's is unclear
            elif (cue.lemma in _PASSIVE_BELIEF and cue.tense in {"part", "past"} and infinitive
                  and _passive_or_relative(toks, s0, c) and prev not in {"who", "which", "that"}):
                pass  # "is expected to", "was said to"
            else:
                continue
            stop = _clause_end(toks, k, end)
            if stop - k < 2:
                continue
            return k, stop, Attribution(None, (toks[cue.i].start, toks[cue.j - 1].end), None, "impersonal-cue", cue.mode)
        return None

    def asked_question(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``(When) asked whether CLAUSE, Smith …``: the question put to the
        subject of the main clause, by an asker the sentence does not name.
        The content is the indirect question, reported with no speaker."""
        toks = self.outer
        k = s0
        if k < s1 and toks[k].text.lower() in {"when", "after", "while", "once", "if"}:
            k += 1
        if k >= s1 or toks[k].text.lower() != "asked":
            return None
        x = k + 1
        # "asked on television whether …", "asked by a reporter about …"
        while x < s1 and x - k <= 8 and toks[x].text.lower() not in _QUESTION_WORDS and toks[x].text not in {",", QUOTE_TOKEN}:
            x += 1
        if x >= s1 or toks[x].text.lower() not in _QUESTION_WORDS:
            return None
        stop = x + 1
        while stop < s1 and toks[stop].text not in {",", QUOTE_TOKEN} and toks[stop].text not in _END_PUNCT:
            stop += 1
        if stop >= s1 or toks[stop].text != "," or stop - x < 2:
            return None
        y = k + 1
        while y < x and toks[y].text.lower() in ADVERBS:
            y += 1
        if y < x and toks[y].text.lower() == "by":
            # "asked by a reporter whether …": the agent is the asker.
            m, _ = _source_object(toks, y + 1, x, self.text, self.max_np)
            if m is not None:
                return x, stop, Attribution(m, (toks[k].start, toks[k].end), None, "asked-by", "speech")
        return x, stop, Attribution(None, (toks[k].start, toks[k].end), None, "asked-question", "speech")

    def cue_before_fragment(self, s0: int, qk: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Smith said the plan had "failed" …``: the nearest clausal cue before a
        verbatim fragment, with its subject, opens the clause the fragment is in.

        A quoted fragment is itself evidence of reported speech (PARC/PolNeAR
        mixed quotes), so the subject may be any description ("the retired
        surgeon"), not only a known role as :meth:`cue_clause` requires.
        Returns (content start idx, content end idx, attribution).
        """
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        modes = {m.value for m in self.config.modes}
        for c in range(qk - 1, max(s0, qk - 30) - 1, -1):
            w = toks[c].text
            if w in {";", ":", "!", "?"} or (w == QUOTE_TOKEN and c < qk):
                return None
            cue = cue_at(toks, c)
            if cue is None or cue.mode not in modes:
                continue
            if cue.tense == "base":
                inf = self._with_infinitive(s0, c) if c - 1 > s0 and toks[c - 1].text.lower() == "to" else None
                if inf is None:
                    continue
                return self._fragment_report(inf, cue, c, qk, end, ())
            if _passive_or_relative(toks, s0, c):
                return None
            host = cue.tense == "ing" and c - 1 > s0 and toks[c - 1].text.lower() in _ING_HOSTS
            sub = toks[max(s0, c - 40) : c - 1 if host else c]
            rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
            if cue.tense == "ing" and not host and not _with_own_subject(sub, rng):
                continue  # only 'with X calling it "…"' gives a participle its own subject
            elided = False
            if (cue.tense != "ing" or host) and sub:
                rng, elided = _subject_np(sub, self.text, self.max_np)  # "as he keeps talking about"
            conj = c > s0 and toks[c - 1].text.lower() == "and" or elided
            if conj:
                rng = None  # "X arrived … and acknowledged that …": the subject of the first verb
            if rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "whom"} and (
                cue.j >= qk or toks[cue.j].text.lower() in _AUX or host
            ):
                return None  # "the rules, which officials said will …" ("which he described as "…"" reports)
            m = (_with_mention(sub, rng, self.text) if cue.tense == "ing" and not host else _speaker_mention(sub, rng, self.text)) if rng else None
            if conj:
                m = self.conjoined_subject(s0, c)
            elif m is None and rng is None:
                # A long subject ("the front-runner and former secretary of
                # state"): the noun phrase opening the sentence, when it ends at the cue.
                m = self.main_subject(s0, c)
                if m is not None and bisect_left(self.starts, m.end) < c - 1:
                    m = None
            m, extra = self.with_parse(c, m)
            if m is None:
                m = self.relative_subject(s0, c)
            if m is None or m.kind == "role" and m.name is None and m.head in lexicon.cue_verbs():
                return None
            return self._fragment_report(m, cue, c, qk, end, extra)
        return None

    def _fragment_report(
        self, m: Mention, cue: Cue, c: int, qk: int, end: int, extra: tuple[str, ...]
    ) -> tuple[int, int, Attribution] | None:
        """The clause that the cue at *c*, with speaker *m*, reports, when it
        holds the fragment at *qk* (:meth:`cue_before_fragment`)."""
        toks = self.outer
        k = cue.j
        addr = None
        infinitive = k + 1 < end and toks[k].text.lower() == "to" and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and (
            toks[k + 1].text.lower() not in DETERMINERS and toks[k + 1].text.lower() not in lexicon.pronouns())
        if not infinitive:  # 'promised to legalize …' is the content, not an addressee
            if "o" in cue.frames:
                addr, k = _addressee(toks, k, end, self.text)
            k = _skip_adjuncts(toks, k, end)
            if k < end and toks[k].text in {",", "that"}:
                k += 1
        if k > qk:
            return None
        stop = _clause_end(toks, k, end)
        if stop <= qk:
            return None
        return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-before-fragment", cue.mode, extra)

    def possessive_cue(self, s0: int, qk: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``her remark that "…"``, ``Ana Ruiz's promise to "…"``: a nominal cue
        (cue_phrases.txt, role ``noun``) after a possessive, nearer the quoted
        fragment at *qk* than any cue verb, reports it; the possessor is the
        source (PolNeAR and PARC annotate nominal cues alike).
        Returns (content start idx, content end idx, attribution)."""
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        nouns = _cue_nouns()
        for n in range(qk - 1, max(s0, qk - 10) - 1, -1):
            w = toks[n].text
            low = w.lower()
            if w in _END_PUNCT or w in {";", ":"} or w == QUOTE_TOKEN:
                return None
            if low not in nouns:
                verb = cue_at(toks, n)
                if verb is not None and not (verb.tense == "ing" and n > s0 and toks[n - 1].text.lower() in nouns):
                    return None  # a cue verb nearer the fragment reports it ('his remarks calling …' is read on)
                continue
            x = n - 1
            while x > s0 and n - x <= 3 and toks[x].text.isalpha() and toks[x].text.lower() not in _POSSESSIVE_PRONOUNS and (
                toks[x].text.islower() or toks[x].text in _MONTHS
            ):
                x -= 1  # "his confusing argument", "her March comment"
            if x < s0:
                return None
            pw = toks[x].text
            if pw.lower() in _POSSESSIVE_PRONOUNS:
                pron = lexicon.pronouns().get(pw.lower(), ("-", "sg"))
                m = Mention(toks[x].start, toks[x].end, pw, "pronoun", pw.lower(), None, None, (), (), pron[0] if pron[0] != "-" else None, pron[1] == "pl")
            elif pw.endswith(_POSSESSIVE_ENDINGS) and is_cap(pw):
                sub = toks[max(s0, x - self.max_np) : x + 1]
                rng = subject_before(sub, len(sub), self.text, self.max_np)
                m = _speaker_mention(sub, rng, self.text) if rng else None
                if m is None or m.kind not in {"name", "org", "role"} or _unknown_description(m):
                    return None
                if m.name:
                    # "an issue out of Tom Bell's": the mention is the name.
                    w0 = m.name.split()[0]
                    i = next((i for i in range(x, max(s0, x - self.max_np) - 1, -1) if toks[i].text == w0), -1)
                    while i > s0 and (toks[i - 1].text.lower() in DETERMINERS or is_cap(toks[i - 1].text)):
                        i -= 1
                    if i >= 0 and toks[i].start > m.start:
                        m = m._replace(start=toks[i].start, text=self.text[toks[i].start : m.end])
            else:
                return None
            k = n + 1
            if k + 1 < end and toks[k].text.lower() in {"on", "about", "of", "for"} and toks[k + 1].text.lower() not in _TIME_WORDS:
                k += 1  # "his comments on …": the topic is the content
            elif k + 2 < end and toks[k].text.lower() == "in" and toks[k + 1].text.lower() == "favor" and toks[k + 2].text.lower() == "of":
                k += 3
            elif k < end and (part := cue_at(toks, k)) is not None and part.tense == "ing":
                k = part.j  # 'his remarks calling the government "strong"'
            else:
                k = _skip_adjuncts(toks, k, end)  # "her statement on Wednesday that …"
                if k < end and toks[k].text.lower() not in {"that", "to"}:
                    return None  # 'his comments "are wrong"': the noun phrase is a subject, not a cue
            if k > qk:
                return None
            stop = _clause_end(toks, k, end)
            if self._quote_ends_with_comma(toks[qk]):
                stop = min(stop, qk + 1)  # 'her claim that "…," the paper …'
            for y in range(qk + 1, stop):
                if toks[y].text in {",", ";"} or toks[y].text.lower() in _AUX:
                    stop = y  # "X's promise to "…" was broken": the noun phrase ends
                    break
            if stop <= qk:
                return None
            return k, stop, Attribution(m, (toks[n].start, toks[n].end), None, "possessive-cue", "speech")
        return None

    def predicate_fragment(self, s0: int, qk: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Smith openly admires the senator as a "strong leader"``: quoted words
        in the predicate of a clause are its subject's words even when the verb
        reports nothing (a mixed quotation: the marks say someone used those
        words, and the clause says whose). PolNeAR and PARC annotate these with
        the verb as cue and the object as content.

        The subject must be a person, group or organisation mention opening the
        clause, followed by a word that looks like a finite verb; the content
        runs from after the verb (and a particle such as "about" or "as") to
        the end of the clause.
        Returns (content start idx, content end idx, attribution).
        """
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        k, _ = self._clause_opening(s0, qk)
        if any(toks[x].text == QUOTE_TOKEN for x in range(s0, k)):
            return None  # '"…," Smith said on "…"': the clause is a quote's tag
        rng = np_after(toks, k, self.max_np, end=qk)
        if rng is None:
            return None
        # np_after reads on over lower-case words ("The mayor talked up"):
        # split where the longest opening mention is followed by a verb.
        for j in range(rng[1], rng[0], -1):
            v = self._verb_at(j, qk)
            if v < 0:
                continue
            m = _speaker_mention(toks, (rng[0], j), self.text)
            if m is not None:
                break
        else:
            return None
        if m.kind not in _PREDICATE_SUBJECT_KINDS or m.head in _EXPLETIVES or m.text.endswith(_POSSESSIVE_ENDINGS):
            return None  # "It was "clear"", "Smith's call for …" (no verb yet)
        c0 = v + 1
        while c0 < qk and toks[c0].text.lower() in _PARTICLES:
            c0 += 1
        if c0 < qk and toks[c0].text.lower() in _ADJUNCT_OPENERS:
            return None  # "spoke during an interview on "…"": an adjunct, no object
        if c0 > qk or qk - c0 > self.config.predicate_fragment_window:
            return None
        if any(toks[x].text in {":", ";"} or toks[x].text in _END_PUNCT for x in range(v, qk)):
            return None
        stop = _clause_end(toks, c0, end)
        for x in range(qk, stop - 1):
            t = toks[x]
            nxt = toks[x + 1].text
            if (t.text == "," or t.text == QUOTE_TOKEN and self._quote_ends_with_comma(t)) and nxt.islower() and nxt.endswith("ing"):
                stop = x if t.text == "," else x + 1  # "…, comparing him to …": a new predicate
                break
        if stop <= qk:
            return None
        return c0, stop, Attribution(m, (toks[v].start, toks[c0 - 1].end), None, "predicate-fragment", "speech")

    def _verb_at(self, j: int, end: int) -> int:
        """The index of a finite verb starting at ``toks[j]`` (after adverbs and
        auxiliaries, which make any word after them a verb), or -1."""
        toks = self.outer
        aux = False
        while j < end and (toks[j].text.lower() in ADVERBS or _is_ly(toks[j].text) or toks[j].text.lower() in _AUX):
            aux = aux or toks[j].text.lower() in _AUX
            j += 1
        if j >= end:
            return -1
        w = toks[j].text
        lw = w.lower()
        if not (w.isalpha() and w.islower()) or lw in _NOT_VERBS or lw in _BE or lw in DETERMINERS or lw in lexicon.pronouns():
            return -1
        if aux or lw in lexicon.irregular_verbs() or cue_at(toks, j) is not None:
            return j
        if (lw.endswith("ed") or lw.endswith("s") and not lw.endswith("ss")) and len(lw) > 3:
            return j
        return -1

    def _spaced_dash(self, x: int) -> bool:
        """A hyphen used as a dash: "--" or " - " ("its candidates -- but he said")."""
        t = self.outer[x]
        if t.text != "-":
            return False
        if x + 1 < len(self.outer) and self.outer[x + 1].text == "-" and self.outer[x + 1].start == t.end:
            return True
        return 0 < t.start and t.end < len(self.text) and self.text[t.start - 1] == " " and self.text[t.end] == " "

    def _new_report(self, k: int, stop: int) -> int:
        """End a clause where ', and he noted …' / '"…," but she added …' starts a new report."""
        toks = self.outer
        for x in range(k + 2, stop - 2):
            if toks[x].text.lower() not in {"and", "but"}:
                continue
            p = toks[x - 1]
            if not (p.text == "," or p.text == QUOTE_TOKEN and self._quote_ends_with_comma(p)):
                continue
            rng = np_after(toks, x + 1, 4, end=stop)
            if rng is None:
                continue
            y = rng[1]
            while y < stop and toks[y].text.lower() in ADVERBS:
                y += 1
            cue = cue_at(toks, y) if y < stop else None
            if cue is not None and cue.tense in {"past", "3sg"} and _speaker_mention(toks, rng, self.text) is not None:
                return x - 1 if p.text == "," else x
        return stop

    def according_to_first(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``According to X, CLAUSE.``"""
        toks = self.outer
        src = source_phrase_at(toks, s0) if s0 < s1 else -1
        if src < 0:
            return None
        end = _before_end_punct(toks, s0, s1)
        m, k = _source_object(toks, src, end, self.text, self.max_np)
        if m is None:
            return None
        while k < end and toks[k].text != ",":
            k += 1
        if end - (k + 1) < 3:
            return None
        return k + 1, end, Attribution(m, (toks[s0].start, toks[src - 1].end), None, "according-to", _source_mode(m))

    def headline_colon(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Minister: budget cuts unavoidable`` (a headline with a colon)."""
        toks = self.outer
        for k in range(s0, min(s1, s0 + 7)):
            if toks[k].text == ":":
                if k == s0 or s1 - k < 4:
                    return None
                m = _speaker_mention(toks, (s0, k), self.text)
                if m is None or m.kind == "pronoun":
                    return None
                if k - s0 == 1 and m.kind in {"name", "org"} and self.text.count(toks[s0].text) < 2:
                    return None  # "Exclusive: …" is a rubric; a one-word speaker must recur in the story
                return k + 1, s1, Attribution(m, None, None, "headline", "speech")
        return None
