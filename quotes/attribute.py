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
``nominal-cue``              ``Smith's claim that …``, ``her promise to …``,
                             ``the suggestion by Smith that …`` (a noun as cue)
``headline``                 ``Budget cuts unavoidable, minister tells X`` and
                             ``Minister: budget cuts unavoidable``
``headline-cue``             ``Ruiz Claims 'Deal Is Dead' After Vote`` (a title-case
                             headline whose verb is capitalised)
===========================  ==================================================

The frames are read on an "outer" token stream in which every quotation is a
single opaque token, so a speaker is never taken from inside the quote it is
attributed to (or from inside any other quote).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from . import lexicon
from .config import Config
from .cues import Cue, cue_at, source_phrase_at
from .layers import Layers
from .mentions import (
    ADVERBS,
    COMMA_OR_DASH,
    DETERMINERS,
    MONTH_GIVEN_NAMES,
    NP_STOP_LEFT,
    PAIRED_DASHES,
    PARTICLES,
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
#: Conjunctions that open a subordinate clause before the main one ("Although X
#: says A, B"; "When she spoke to supporters, she …").
SUBORDINATORS = frozenset("after although because before if once since though unless until when whereas while".split())
#: Words that open a non-restrictive modifier after a noun (", whose term …").
_NONRESTRICTIVE = frozenset("who whose which such including".split())
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
#: Endings of a possessor ("Ruiz's", "the dockers'"); the first two, of a singular one.
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
#: Words that open an adjunct rather than an object after a verb ("spoke during …").
_ADJUNCT_OPENERS = frozenset("during in at on after before since while when where until across near inside outside".split())
#: Particles of phrasal verbs, left out of the content ("talked up", "pivoted to").
_PARTICLES = frozenset("up about to on for with against as out off over into at from of".split())
#: Short words a title-case headline leaves in lower case ("Ruiz Sides With Bell on Wages").
_HEADLINE_SMALL = frozenset("a an the of in on at to for and or but with by as from vs".split())
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
    if len(sel) == 1 and low in _QUANT_HEADS:
        # "according to some at the port", "according to many among the crews"
        j = rng[1]
        while j < end and j - rng[1] < 8 and is_word(toks[j].text):
            j += 1
        if j > rng[1] + 1 and toks[rng[1]].text.lower() in {"on", "in", "of", "at", "within"}:
            s, e = sel[0].start, toks[j - 1].end
            return Mention(s, e, text[s:e], "role", low, None, None, (), (), None, True), j
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
    "percent % half third thirds quarter quarters fifth fifths majority plurality minority most many some others both few several another".split()
)
#: Words that may open a quantity subject ("just over a quarter", "nearly two-thirds").
_QUANT_LEAD = frozenset(
    "a an the just almost nearly about around roughly only over under more fewer less than some least "
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
    if i > s0 and toks[i].text.lower() == "least" and toks[i - 1].text.lower() == "at":
        i -= 1  # "at least half"
    if i > s0 and toks[i - 1].text.lower() in _NOT_BEFORE_QUANT:
        return None
    s, e = toks[i].start, toks[j - 1].end
    return Mention(s, e, text[s:e], "role", toks[j - 1].text.lower(), None, None, (), (), None, True)


def _quantity_of(toks: list[Tok], s0: int, c: int, text: str) -> Mention | None:
    """A quantity subject with its of-phrase before the cue at *c*: "at least
    half of the dock workers on each shift", "a majority of the ferry crews"."""
    j = c
    while j > s0 and (toks[j - 1].text.lower() in ADVERBS or _is_ly(toks[j - 1].text)):
        j -= 1  # "… still say", "… have said"
    if j - 1 <= s0 or not is_word(toks[j - 1].text):
        return None
    for x in range(j - 2, max(s0, j - 12) - 1, -1):
        w = toks[x].text.lower()
        if not is_word(toks[x].text) or w in _AUX or w in _NOT_MODIFIERS:
            return None
        if toks[x + 1].text.lower() != "of":
            continue
        m = _quantity_subject(toks, s0, x + 1, text)
        if m is None:
            continue
        i = bisect_left([t.start for t in toks[s0 : x + 1]], m.start) + s0
        before = toks[i - 1].text.lower() if i > s0 else ","
        if before not in {",", ";", ":", "but", "and", "while", "as"}:
            return None  # "in many of the harbour towns", "the second half of the season": no subject
        return m._replace(text=text[m.start : toks[j - 1].end], end=toks[j - 1].end)
    return None


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
        if w in _TIME_WORDS or _is_ly(toks[k].text) and k + 1 < end and toks[k + 1].text.lower() in _PARTICLES:
            k += 1  # "on Tuesday", "talks freely of …"
            continue
        if w in _PREPOSITIONS:
            # A short prepositional phrase: "at a meeting on the quay", "to reporters";
            # but "to reject the plan" is an infinitive complement, not an adjunct.
            if w == "to" and k + 1 < end:
                nxt = toks[k + 1].text
                nl = nxt.lower()
                if not (is_cap(nxt) or nl in DETERMINERS or nl in lexicon.pronouns() or nl in lexicon.roles()):
                    break
            if (
                w in {"on", "of", "about"} and k + 1 < end and len(toks[k + 1].text) > 4 and toks[k + 1].text.islower()
                and toks[k + 1].text.endswith("ing") and toks[k + 1].text not in lexicon.cue_verbs()
            ):
                break  # "comments on dredging the harbour …": a gerund complement is the content
            j = k + 1
            while j < end and j - k <= 8 and is_word(toks[j].text) and toks[j].text.lower() not in {"that", "and"}:
                j += 1
            if j > k + 1:
                k = j
                continue
        break
    return k


def _opening_modifier(word: str, nxt: str) -> bool:
    """A sentence-opening adverb or participle ("Quietly repainting …",
    "Reading from a text, …"), not a name ("Vidal said", "Patel told")."""
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


#: Causative verbs: their object is the subject of the infinitive after it
#: ("prompted her to announce", "urged the mayor to say").
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
#: dock workers and ferry hands", "with the crew of the ferry from the island").
_WITH_NP_INNER = frozenset("the a an and of from for in at on".split())


def _with_subject(sub: list[Tok], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """'with X calling it "…"': "with" opening the noun phrase that ends with
    ``sub[rng]`` and stands next to the participle ending *sub* gives the
    participle its own subject; returns the whole phrase after "with"
    ('with many dock workers and ferry hands cheering', 'with the crew of the
    ferry saying'), or None."""
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
    are the object of a preposition: "a memo from the port authority seen by the
    paper warns" (the memo), "Vidal, the editor in chief of the town's paper,
    the Harbour Gazette, said" (Vidal). The phrase found first stays when no subject
    shows before the preposition, and after a partitive "of" ("half of
    dock workers say"). Returns the range and whether the subject is elided after
    a conjunction ("…, but at the quayside meeting said …")."""
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
        # "the plan to repaint what Ana Ruiz": the name is the subject.
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
                break  # "half of dock workers say", "most of the ferry crews said"
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
            # "Vidal, the editor in chief of …, …, said": the description is an
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


#: Possessive determiners that name the source of a nominal cue ("her claim"),
#: with the subject pronoun that stands for them.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: Verbs that leave a gap for their object in a relative clause ("the remarks
#: that he made", "the promise that she gave"): after them "that" is relative.
_OBJECT_GAP_VERBS = frozenset(
    "made gave issued delivered offered posted sent wrote released repeated used received heard read got had did "
    "took makes gives issues delivers offers posts sends writes releases repeats uses".split()
)
#: Prepositions that introduce the content of a nominal cue in frame p ("his warning of "…"").
_NOMINAL_PREPS = frozenset({"of", "about", "on", "against"})
#: Light verbs whose object noun names their subject's act ("made the claim
#: that …", "issued a warning that …", "voiced the hope that …").
_LIGHT_VERBS = frozenset(
    "make makes made making issue issues issued issuing offer offers offered offering give gives gave giving "
    "deliver delivers delivered voice voices voiced express expresses expressed level levels leveled levelled "
    "renew renews renewed".split()
)
#: Prepositions between a verb and a nominal cue in its object ("balked at Ruiz's call").
_HOLDER_PREPS = frozenset("at for on with to about by against".split())
#: Words after which a noun phrase is the subject of a clause ("While Ruiz's call for … draws …").
_SUBJECT_AFTER = frozenset("while although though because since when whereas if unless that but".split())
#: Endings of adjectives that may modify a possessor's role ("presidential", "chief").
_ROLE_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ian", "ent", "ant", "ior", "ief", "mer")
#: Capitalised words that may modify a nominal cue ("Ruiz's March comment", "Bell's Friday announcement").
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _is_possessor(word: str) -> bool:
    """A possessive determiner ("her") or a singular possessor ("Ruiz's")."""
    return word.lower() in _POSSESSIVE_PRONOUNS or len(word) > 2 and word.endswith(_POSSESSIVE_ENDINGS[:2])


def _possessor_end(toks: list[Tok], c: int, s0: int) -> int:
    """The index of the possessive token before the nominal cue at *c*
    ("Ruiz's", "her", the "'" of "the senators'"), past up to three modifiers
    ("Ruiz's recent evidence-free claim", "her March comment"); -1 if none."""
    j = c - 1
    n = 0
    while j >= s0 and n < 3:
        w = toks[j].text
        lw = w.lower()
        if _is_possessor(w) or w in {"'", "\u2019"}:
            break
        if not (w.islower() and w.replace("-", "").isalpha() or lw in _DATE_WORDS and is_cap(w)) or (
            lw in _NOT_VERBS or lw in DETERMINERS or lw in _AUX or lw in _PREPOSITIONS
        ):
            return -1
        j -= 1
        n += 1
    if j < s0:
        return -1
    w = toks[j].text
    if w in {"'", "\u2019"}:
        # The apostrophe of "the senators'", not a closing single mark.
        return j if j > s0 and toks[j - 1].text.endswith("s") and toks[j - 1].end == toks[j].start else -1
    return j if _is_possessor(w) else -1


def _possessor_start(toks: list[Tok], p: int, lo: int) -> int:
    """Where the possessor noun phrase ending at *p* may start: back over
    capitalised words, determiners, role nouns and adjectives ("the former
    harbour governor's"), not over verbs ("voters prefer Jonas'")."""
    roles = lexicon.roles()
    i = p
    while i > lo:
        w = toks[i - 1].text
        lw = w.lower()
        if not is_word(w) or lw in NP_STOP_LEFT or lw in _AUX:
            break
        if not (is_cap(w) or lw in {"the", "a", "an"} or lw in roles or lw in PARTICLES and i - 1 > lo and is_cap(toks[i - 2].text)
                or w.islower() and lw.endswith(_ROLE_ADJECTIVE_ENDINGS)):
            break
        i -= 1
    return i


def _relative_that(toks: list[Tok], k: int, end: int) -> bool:
    """"that" at *k* after a noun opens a relative clause, not the noun's content:
    "a rumour that started on the quay …", "the remarks that she made at the pier"."""
    x = k + 1
    if x >= end:
        return True
    w = toks[x].text
    lw = w.lower()
    if lw in _AUX or lw.endswith("n't") or w.islower() and (lw.endswith("ed") or lw in lexicon.irregular_verbs()):
        return True  # "that originated", "that was released"
    for y in range(x + 1, min(end, x + 5)):
        ly = toks[y].text.lower()
        if ly in _OBJECT_GAP_VERBS:
            nxt = toks[y + 1].text.lower() if y + 1 < end else "."
            return not is_word(nxt) or nxt in _PREPOSITIONS or nxt in _TIME_WORDS or nxt in {"last", "earlier", "this"}
        if not is_word(toks[y].text):
            break
    return False


def _clause_end(toks: list[Tok], k: int, end: int) -> int:
    """End a reported clause before ", but …" or ";" where the narrator takes over."""
    for x in range(k + 1, end):
        w = toks[x].text
        if w == ";" and x >= k + 3:
            return x  # (a shorter clause before ";" is no report)
        if w == "and" and x + 1 < end:  # (even right after a short object: "defended it and said …")
            cue = cue_at(toks, x + 1)
            if cue is not None and cue.mode == "speech" and "q" in cue.frames and (
                cue.tense in {"past", "3sg"} and not (cue.j < end and cue_at(toks, cue.j) is not None)  # "shootings and protests demands …": a noun
                or cue.tense == "ing" and cue.j < end and toks[cue.j].text.lower() in {",", ":", "that", QUOTE_TOKEN}
            ):
                return x  # '… was "fair" and added: "…"' / 'and asking, "…"': a second report starts
        if x < k + 3:
            continue
        if w == "," and x + 2 < end and toks[x + 2].text.lower() in {"that", ",", ":", QUOTE_TOKEN}:
            cue = cue_at(toks, x + 1)
            if cue is not None and cue.tense == "ing" and cue.mode == "speech":
                return x  # '… was safe, adding that …': a participle opens a second report
        if w == "," and x + 1 < end and toks[x + 1].text.lower() in {"but", "while", "although", "though", "whereas"}:
            if toks[x + 1].text.lower() == "but" and _fragment_carries_on(toks, x + 2, end):
                continue  # '… A, but instead B is "…"': the contrast is the speaker's own
            return x
    return end


def _fragment_carries_on(toks: list[Tok], k: int, end: int) -> bool:
    """The rest of a clause after ", but" holds a quoted fragment and no cue
    of its own (no new report, no narrator's comment)."""
    frag = False
    for x in range(k, end):
        w = toks[x].text
        if w == QUOTE_TOKEN:
            frag = True
        elif w in {";", ","} or cue_at(toks, x) is not None:
            return False
    return frag


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
        """'"…," Bell said on the quay, according to the harbour radio': the tag
        itself is reported by an outer source, which PARC/PolNeAR take as the
        source of the whole (nested attribution; Pareti 2016)."""
        toks = self.outer
        for c in range(k, min(end, k + self.max_np + 12)):
            w = toks[c].text
            if w in _END_PUNCT and not (w == "." and c + 1 < end and toks[c + 1].text == ")") or w == QUOTE_TOKEN:
                return None  # (an abbreviation's period before ")" ends nothing: "(D-Del.)")
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

    def mention_after(self, k: int, end: int) -> Mention | None:
        """The speaker mention of the noun phrase starting at ``toks[k]`` (a subject)."""
        rng = np_after(self.outer, k, self.max_np, end=end)
        return _speaker_mention(self.outer, rng, self.text) if rng is not None else None

    def _appositive_subject(self, s0: int, c: int) -> Mention | None:
        """'Tom Bell, a dock worker who joined the union in 1990 and now runs
        its fund, said …': a name or known role opening the sentence, closed by
        a comma, with a long appositive (or one holding a quoted title) between
        it and the comma before the cue."""
        toks = self.outer
        if c - 2 <= s0 or not (toks[c - 1].text == "," or toks[c - 1].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[c - 1])):
            return None  # (the comma may sit inside a closing mark: 'X, star of "Harbour Lights," said')
        k, _ = self._clause_opening(s0, c)
        rng = np_after(toks, k, self.max_np, end=c)
        if rng is None or rng[1] >= c - 2 or toks[rng[1]].text != ",":
            return None
        if any(toks[x].text in _END_PUNCT or toks[x].text in {":", "(", ")"} for x in range(rng[1], c)):
            return None
        m = _speaker_mention(toks, rng, self.text)
        if m is None or m.kind == "pronoun" or _unknown_description(m):
            return None
        return m

    def _conjoined_description(self, sub: list[Tok], rng: tuple[int, int] | None) -> Mention | None:
        """'The former mayor and harbour commissioner said': a bare role after
        "and" (and capitalised modifiers, "U.S."), whose first conjunct opens
        with a determiner: two descriptions of one source, or two sources; the
        whole coordination is the subject."""
        if rng is None:
            return None
        x = rng[0]
        while x > 0 and rng[0] - x < 4 and (sub[x - 1].text == "." or is_word(sub[x - 1].text)) and sub[x - 1].text.lower() not in {"and", "or"}:
            x -= 1  # "and harbour commissioner", "and U.S. senator": modifiers
        if x < 2 or sub[x - 1].text.lower() != "and":
            return None
        first = subject_before(sub, x - 1, self.text, self.max_np)
        if first is None or sub[first[0]].text.lower() not in DETERMINERS:
            return None
        m = _speaker_mention(sub, (first[0], rng[1]), self.text)
        if m is None or m.kind != "role" or m.head not in lexicon.roles():
            return None
        return m

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
        comma = toks[j - 2].text in COMMA_OR_DASH  # ", who" / "- who said A -"
        if comma:
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
        if ante is None or ante.kind == "pronoun" or ante.end != sub[-1].end and not comma:
            return None
        if not comma and rng[0] > 0 and cue_at(sub, rng[0] - 1) is not None:
            return None  # "criticizing skippers who believe …": the object of a report describes, not reports
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
        """'… that prompted her to announce', 'urged Ana Ruiz to say': the object of a
        causative verb before "to" is the subject of the infinitive cue."""
        toks = self.outer
        sub = toks[s0:to]
        v = next((v for v in range(len(sub) - 2, max(-1, len(sub) - 10), -1)
                  if sub[v].text.lower() in _CAUSATIVES or not is_word(sub[v].text)), -1)
        if v < 0 or sub[v].text.lower() not in _CAUSATIVES:
            return None
        rng = (v + 1, len(sub))  # "leading harbour pilots like Tom Bell to object …"
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
        while k < end and toks[k].text.lower() in {"but", "and"} and k + 1 < end and (
            toks[k + 1].text[:1].isupper() or toks[k + 1].text in {"he", "she", "they", "we"}
        ):
            k += 1  # "But Smith issued …", "And he made …": a conjunction, then the subject
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
                    continue  # "issued a fresh call for …": a noun, not a verb
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
            # release", "The mayor ended the meeting by warning …"): the subject
            # ends before a past-tense verb.
            for j in range(rng[0] + 1, rng[1]):
                w = toks[j].text
                if w.isalpha() and w.islower() and (w in lexicon.irregular_verbs() or w.endswith("ed") and len(w) > 3) and w not in lexicon.roles():
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
                # "X kept asking him where …", "…, yet was pointing to "…"": the
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
                m = self._causee(s0, c - 1)  # "a vote that prompted her to announce …"
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
            if "i" in cue.frames and cue.tense != "ing":  # (no "calling the mayor, "…"")
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
            # "Smith: "…"", "Smith resisted: "…"", "Ruiz is trying out a new
            # slogan: "…"": the noun phrase opening the frame.
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
        if s1 - s0 > 3 and toks[s0].text == "(" and toks[s1 - 1].text == ")":
            s0, s1 = s0 + 1, s1 - 1  # "(The fans, it turns out, love it, Bell said.)"
        end = _before_end_punct(toks, s0, s1)
        if end == s1 and not allow_no_period and not (end > s0 and len(toks[end - 1].text) > 1 and toks[end - 1].text.endswith(".")):
            return None  # (an abbreviation ending the sentence, "Dover, Del.", holds its period)
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
                if toks[k].text.lower() in DETERMINERS and any(toks[x].text.lower() in {"who", "which", "that"} for x in range(k + 1, c)):
                    break  # ", a guild that has … praised X": a cue inside an appositive's relative clause
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
            if k < end and toks[cm].text == "," and cm - 1 > s0 and (
                w in DETERMINERS or w in lexicon.roles() or w in {"who", "whose", "which"} or is_cap(toks[k].text)
                or w.isalpha() and w.islower() and any(t.text.lower() in lexicon.roles() for t in toks[k + 1 : min(end, k + 3)])
            ):  # (", executive director of …": a role after a modifier)
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
        modes = self._modes
        for c in self._words("verb", s0, end):
            cue = cue_at(toks, c)
            if cue is None or not ("c" in cue.frames or "t" in cue.frames or "n" in cue.frames) or cue.mode not in modes:
                continue
            gap = False  # the subject follows a relative pronoun: "a trend that the board predicts will last"
            if cue.tense == "base" and c > s0 and toks[c - 1].text.lower() == "to":
                continue
            if self._names_in_apposition(c, cue.j, end):
                continue  # 'Bell, at a firm called Acme Partners, argues …': a naming inside an appositive
            that_next = self._that_follows(cue, end)
            if subject is not None and c == s0 and (cue.tense != "ing" or subject.kind != "relative"):
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
                    c > s0 and (toks[c - 1].text in {",", "of", "by"} or toks[c - 1].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[c - 1])
                                or _is_doc(toks[c - 1].text.lower())
                                and any(t.text.lower() in {"a", "an", "the", "his", "her", "its", "their"} for t in toks[max(s0, c - 4) : c - 1]))
                ) and not that_next:
                    continue  # a participle after a comma ('"Harbour Lights," remarking …'), "by warning …", "made a habit of saying …", or a document ('a statement saying …')
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
                m = _speaker_mention(sub, rng, self.text) or self._conjoined_description(sub, rng)
                if rng is not None and rng[0] > 0 and (
                    sub[rng[0] - 1].text == "With"  # "With a vote for X ruled out, …": an absolute phrase
                    or cue.tense in {"3sg", "base"} and cue.j < end and toks[cue.j].text == ","
                    and sub[rng[0] - 1].text.lower() in {"after", "before", "since", "following", "despite"}
                ):
                    continue  # "After the Dover attacks, …": a noun, not a cue
                gap = rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "who", "whom"}
                if gap and not (cue.j < end and toks[cue.j].text.lower() in _AUX and toks[cue.j].text.lower() not in {"'s", "'re", "'ve", "'ll", "'d"}):
                    continue  # "the rules, which officials said …" (but "a trend that the board predicts will last": the rest is content)
                if elided:
                    m = self.conjoined_subject(s0, c, fallback=False)
                if m is not None and _unknown_description(m):
                    m = None  # a description must be a known role to open reported speech
                if m is None and rng is None:
                    m = self._appositive_subject(s0, c)  # "Bell, a dock worker who …, said"
                if (rng is None or rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"of", "in", "from", "across"}) and cue.mode in {"speech", "thought"}:
                    m = _quantity_of(toks, k0, c, self.text) or m  # "half of the dock workers on each shift say"
                if m is None and cue.mode in {"speech", "thought"}:
                    m = _quantity_subject(toks, k0, c, self.text)
                a = c - 1
                while a > s0 + 1 and toks[a].text.lower() in {"also", "then", "later", "again"}:
                    a -= 1  # "… but also decided to …"
                if m is None and a > s0 and toks[a].text.lower() in ({"and", "but"} if a < c - 1 else {"and"}):
                    # "X denounced A and said (that) B": the subject of the
                    # earlier cue; else, without "that", the subject of the
                    # first conjunct if it is a name or a known role.
                    m = self.conjoined_subject(s0, a + 1, fallback=False)
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
                if toks[s0].text.lower() in SUBORDINATORS and cue.tense != "ing" and all(
                    toks[x].text != "," for x in range(s0, c)
                ):
                    continue  # "When she stepped off the ferry, she …": the opening clause ends
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
                    stop = self._object_end(rng[1], end)
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
            if toks[s0].text.lower() in SUBORDINATORS and toks[k - 1].text != "," and all(toks[x].text != "," for x in range(s0, c)):
                stop = self._subordinate_end(k, stop)
            if m.kind == "relative" or gap or toks[s0].text == "With" and cue.tense == "ing":
                # "X, who said A, recounted B" / "With X saying A, B": the subordinate
                # clause ends at its comma, or at a comma inside the closing mark
                # ('X, who called it "a gift," voted …'), or at the dash that
                # closes a relative clause opened by one ('X - who said A - told').
                r = bisect_left(self.starts, m.start) if m.kind == "relative" else -1
                dashed = r > 0 and toks[r - 1].text in PAIRED_DASHES
                stop = next(
                    (x + (toks[x].text == QUOTE_TOKEN) for x in range(k + 1, stop)
                     if toks[x].text == "," or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])
                     or dashed and (toks[x].text in _DASHES or toks[x].text == "-" and not toks[x - 1].end == toks[x].start)),
                    stop,
                )
            return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-clause", cue.mode, extra)
        return None

    def _subordinate_end(self, k: int, stop: int) -> int:
        """'Although X says A, he B': a report inside an opening subordinate
        clause ends where the main clause (a subject and a finite verb after a
        comma) begins."""
        toks = self.outer
        for x in range(k + 1, stop - 1):
            w = toks[x].text
            if not (w == "," or w == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])):
                continue
            y = x + 1
            ly = toks[y].text.lower()
            if ly in {"and", "or"}:
                continue  # a list inside the report
            if not (ly in _SUBJ_PRONOUNS or ly in DETERMINERS or is_cap(toks[y].text)):
                return stop  # '… that, in the end, …': an inserted phrase; leave the clause alone
            rng = np_after(toks, y, 6, end=stop)
            if rng is not None and self._verb_at(rng[1], stop) >= 0:
                return x + (w == QUOTE_TOKEN)
            return stop
        return stop

    def _object_end(self, j: int, end: int) -> int:
        """Where the evaluated object that ends at *j* ends with its modifiers:
        at a comma, semicolon, dash or auxiliary ('criticized the plan, which
        …'); a non-restrictive modifier between commas ('praised Bell, whose
        term ends in May, for …') is skipped when the object runs on after it."""
        toks = self.outer
        x = j
        for _ in range(2):
            stop = next((y for y in range(x, end) if toks[y].text in {",", ";"} or toks[y].text in _DASHES or self._spaced_dash(y)
                         or toks[y].text.lower() in _AUX and y > j), end)
            if not (stop + 1 < end and toks[stop].text == "," and toks[stop + 1].text.lower() in _NONRESTRICTIVE):
                return stop
            close = next((y for y in range(stop + 2, end) if toks[y].text in {",", ";"} or toks[y].text in _DASHES), end)
            if close + 1 >= end or toks[close].text != "," or toks[close + 1].text.lower() not in _PREPOSITIONS:
                return stop
            x = close + 1
        return stop

    def _names_in_apposition(self, c: int, k: int, end: int) -> bool:
        """Is the cue at *c* a participle after a common noun, followed by a
        capitalized name, a comma and a reporting verb ('… a firm called Acme
        Partners, argues that …')? Then it names something inside an
        appositive, and the verb after the comma is the report."""
        toks = self.outer
        prev = toks[c - 1].text if c > 0 else ""
        if not (toks[c].text.islower() and prev.isalpha() and prev.islower()) or prev in _SUBJ_PRONOUNS or any(
            t.text.lower() in {"who", "which", "that"} for t in toks[max(0, c - 4) : c]
        ):
            return False
        x = k
        while x < end and x < k + 6 and is_cap(toks[x].text):
            x += 1
        if x == k or x + 1 >= end or toks[x].text != ",":
            return False
        cue = cue_at(toks, x + 1)
        return cue is not None and cue.tense in {"past", "3sg"}

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
        modes = self._modes
        evidential = lexicon.cue_phrases().get("evidential", ())
        for c in self._words("verb+evidential", s0 + 1, end - 2):
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
        if k < s1 and toks[k].text.lower() in {"but", "and"}:
            k += 1
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
        while stop < s1 and toks[stop].text not in {",", "-"} and toks[stop].text not in _DASHES and toks[stop].text not in _END_PUNCT and not (
            toks[stop].text == QUOTE_TOKEN and (stop + 1 >= s1 or self._quote_ends_with_comma(toks[stop]) or toks[stop + 1].text == ",")
        ):
            stop += 1  # (a quoted word inside the question: 'Asked if Ruiz "gets" it,')
        if stop < s1 and toks[stop].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[stop]):
            stop += 1  # 'Asked whether it was "safe," Ruiz …': the comma inside the mark
        elif stop >= s1 or not (toks[stop].text in {",", "-"} or toks[stop].text in _DASHES) or stop - x < 2:
            return None  # ('Asked what she meant by it - the phrase chosen by X - she …')
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
        modes = self._modes
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
                rng, elided = _subject_np(sub, self.text, self.max_np)  # "as she keeps complaining about"
            conj = c > s0 and toks[c - 1].text.lower() == "and" or elided
            if conj:
                rng = None  # "X arrived … and acknowledged that …": the subject of the first verb
            if rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "whom"} and (
                cue.j >= qk or toks[cue.j].text.lower() in _AUX or host
            ):
                return None  # "the fares, which port staff said will …" ("which the pilot described as "…"" reports)
            m = ((_with_mention(sub, rng, self.text) if cue.tense == "ing" and not host else _speaker_mention(sub, rng, self.text))
                 or self._conjoined_description(sub, rng)) if rng else None
            if conj:
                m = self.conjoined_subject(s0, c)
            elif m is None and rng is None:
                # A long subject ("the harbour master and former captain of
                # the ferry"): the noun phrase opening the sentence, when it ends at the cue.
                m = self.main_subject(s0, c)
                if m is not None and bisect_left(self.starts, m.end) < c - 1:
                    m = self._appositive_subject(s0, c)
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

    def nominal_cues(self, s0: int, s1: int) -> list[tuple[int, int, Attribution]]:
        """Every nominal cue of the sentence ``toks[s0:s1]`` with its source and
        content (see :meth:`nominal_cue`), in order, contents disjoint."""
        toks = self.outer
        if not self._words("noun", s0 + 1, s1):
            return []
        end = _before_end_punct(toks, s0, s1)
        nouns = lexicon.cue_nouns()
        modes = self._modes
        out: list[tuple[int, int, Attribution]] = []
        for c in self._words("noun", s0 + 1, end - 2):
            entry = nouns[toks[c].text.lower()]
            if out and c < out[-1][1] or entry.mode not in modes:
                continue
            found = self._nominal_at(c, s0, end, entry.frames, None)
            if found is not None:
                out.append(self._nominal_attribution(c, found, entry.mode))
        return out

    @functools.cached_property
    def _modes(self) -> frozenset[str]:
        """The names of the modes the configuration reports, read once per document."""
        return frozenset(m.value for m in self.config.modes)

    @functools.cached_property
    def _word_index(self) -> dict[str, list[int]]:
        """Indexes of the outer tokens of each kind the sentence scans look
        for, read in one pass per document: "verb" (cue_at finds no cue at any
        other token), "verb+evidential" (those and evidential adverbs),
        "noun" (nominal cues) and "put" ("put", "puts")."""
        verbs = lexicon.cue_verbs()
        nouns = lexicon.cue_nouns()
        evidential = frozenset(lexicon.cue_phrases().get("evidential", ()))
        index: dict[str, list[int]] = {"verb": [], "verb+evidential": [], "noun": [], "put": []}
        for i, t in enumerate(self.outer):
            w = t.text.lower()
            if w in verbs:
                index["verb"].append(i)
                index["verb+evidential"].append(i)
            elif w in evidential:
                index["verb+evidential"].append(i)
            if w in nouns:
                index["noun"].append(i)
            if w == "put" or w == "puts":
                index["put"].append(i)
        return index

    def _words(self, kind: str, lo: int, hi: int) -> list[int]:
        """The indexes in ``[lo, hi)`` of the tokens of *kind* (see :attr:`_word_index`), in order."""
        pos = self._word_index[kind]
        return pos[bisect_left(pos, lo) : bisect_left(pos, hi)]

    def _nominal_attribution(self, c: int, found: tuple[int, int, Mention, int], mode: str) -> tuple[int, int, Attribution]:
        toks = self.outer
        k, stop, m, v = found
        if v >= 0:  # the stance of the verb's subject ("Bell welcomed Ruiz's claim …")
            return k, stop, Attribution(m, (toks[v].start, toks[v].end), None, "nominal-cue", mode, ("nominal-object",))
        return k, stop, Attribution(m, (toks[c].start, toks[c].end), None, "nominal-cue", mode)

    def nominal_cue(self, s0: int, s1: int, qk: int) -> tuple[int, int, Attribution] | None:
        """``Ruiz's claim that CLAUSE`` / ``her promise to VP`` / ``his call for NP``
        / ``the suggestion by Bell that CLAUSE``: a noun that names an act of
        saying (``cue_nouns.txt``), whose possessor or "by"/"from" agent is the
        source and whose complement is the content (PARC 3.0 and PolNeAR
        annotate such nominal cues; Pareti 2016, Newell et al. 2018).

        The nominal cue nearest before the quoted fragment at token *qk*
        counts, when no finite cue verb stands between them and its content
        holds the fragment.
        Returns (content start idx, content end idx, attribution).
        """
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        nouns = lexicon.cue_nouns()
        modes = self._modes
        for c in range(qk - 1, max(s0, qk - 30) - 1, -1):
            w = toks[c].text
            lw = w.lower()
            entry = nouns.get(lw)
            if w in {";", ":", "!", "?"} or w == QUOTE_TOKEN:
                return None
            if entry is None or entry.mode not in modes:
                cue = cue_at(toks, c)
                if cue is not None and cue.tense in {"past", "3sg"} and not _passive_or_relative(toks, s0, c):
                    return None  # a verb nearer the fragment reports it
                continue
            found = self._nominal_at(c, s0, end, entry.frames, qk)
            if found is not None:
                return self._nominal_attribution(c, found, entry.mode)
            cue = cue_at(toks, c)
            if cue is not None and cue.tense in {"past", "3sg"}:
                return None  # "Ruiz claims that …": the verb, not a noun
        return None

    def _nominal_at(self, c: int, s0: int, end: int, frames: str, qk: int | None) -> tuple[int, int, Mention, int] | None:
        """Source and content of the nominal cue at *c* (see :meth:`nominal_cue`)."""
        toks = self.outer
        text = self.text
        m: Mention | None = None
        k = c + 1
        p = _possessor_end(toks, c, s0)
        if p >= 0:
            pw = toks[p].text
            pron = _POSSESSIVE_PRONOUNS.get(pw.lower())
            if pron is not None:
                g, number = lexicon.pronouns()[pron][:2]
                m = Mention(toks[p].start, toks[p].end, pw, "pronoun", pron, None, None, (), (), g if g != "-" else None, number == "pl")
            else:
                lo = _possessor_start(toks, p, max(s0, p - self.max_np))
                if pw in {"'", "\u2019"}:
                    sub = toks[lo:p]
                else:
                    t = toks[p]
                    sub = toks[lo:p] + [Tok(t.start, t.end - 2, pw[:-2])]
                rng = subject_before(sub, len(sub), text, self.max_np) if sub else None
                m = _speaker_mention(sub, rng, text) if rng else None
                if m is not None and (m.kind == "pronoun" or _unknown_description(m)):
                    m = None
        elif c + 2 < end and toks[c + 1].text.lower() in {"by", "from", "of"}:
            rng = np_after(toks, c + 2, self.max_np, end=end)
            m = _speaker_mention(toks, rng, text) if rng else None
            if m is None or m.kind not in {"name", "role", "org"} or _unknown_description(m):
                return None
            if toks[c + 1].text.lower() == "of" and (m.kind != "name" or "p" in frames):
                return None  # "the contention of Ana Ruiz that …", but "a warning of war"
            k = rng[1]
        light = -1
        d = c - 1
        if m is None:
            # "Ruiz made the claim that …", "Bell issued a warning that …": the
            # subject of a light verb is the source (Quirk et al. 1985, 2.59).
            while d > s0 and d >= c - 3 and toks[d].text.islower() and toks[d].text.lower() not in DETERMINERS:
                d -= 1
            if d > s0 and toks[d].text.lower() in {"a", "an", "the"} and toks[d - 1].text.lower() in _LIGHT_VERBS:
                holder = self._object_holder(s0, d)
                if holder is not None:
                    m, light = holder
            elif d > s0 and toks[d].text.lower() == "the" and toks[d - 1].text.lower() == "in" and toks[c].text.lower() in {"hope", "hopes"}:
                # "Ruiz sent the plan back in the hope that …": the clause's subject hopes.
                m = self._verb_subject(s0, d - 1)
        if m is None:
            return None
        if k < end and toks[k].text == ",":
            return None  # "Ruiz's statement, which …": an apposition or a relative clause
        nxt = toks[k].text.lower() if k < end else ""
        skipped = _skip_adjuncts(toks, k, end)
        if nxt not in {"for"} | _NOMINAL_PREPS or skipped < end and toks[skipped].text.lower() in {"that", "to"}:
            k = skipped  # "her statement on Monday that …"
            nxt = toks[k].text.lower() if k < end else ""
        if k + 1 >= end:
            return None
        after = toks[k + 1].text
        if nxt == "that" and "c" in frames and not _relative_that(toks, k, end):
            start = k
        elif nxt == "to" and "t" in frames and (after == QUOTE_TOKEN or after.isalpha() and after.islower()
                                                and after not in DETERMINERS and after not in lexicon.pronouns()):
            start = k
        elif nxt == "for" and "f" in frames:
            start = k + 1
        elif nxt in _NOMINAL_PREPS and "p" in frames:
            start = k + 1
        else:
            return None
        stop = _clause_end(toks, start, end)
        # The content of a noun rarely runs past a comma or a dash ("his call
        # to ban cars, a plan he later dropped"; "…, saying …").
        first = start + 1 + (nxt == "that" and toks[start + 1].text == ",")  # "that, if …, …"
        stop = next((x + (toks[x].text == QUOTE_TOKEN) for x in range(first, stop)
                     if toks[x].text in {",", "(", "-"} or toks[x].text in _DASHES
                     or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])), stop)
        np_start = bisect_left(self.starts, m.start) if p >= 0 else d
        opening, adjunct = self._clause_opening(s0, np_start + 1)
        if np_start == opening and not adjunct or np_start > s0 and toks[np_start - 1].text.lower() in _SUBJECT_AFTER:
            # "Ruiz's promise to fix the roads was broken": the noun phrase is
            # the subject, so its content ends where the main verb begins.
            stop = self._before_main_verb(start, stop, skip=int(nxt == "that"))
        has_fragment = any(toks[x].text == QUOTE_TOKEN and not self._attributive(x, end) for x in range(start, stop))
        if nxt in _NOMINAL_PREPS and not has_fragment:
            return None  # "his comments on the economy": a topic, unless quoted words say more
        if qk is not None and not start <= qk < stop:
            return None
        if stop - start < 2:
            return None
        holder = self._object_holder(s0, np_start) if light < 0 else None
        if holder is not None:
            return np_start, stop, holder[0], holder[1]
        return start, stop, m, -1

    def _verb_subject(self, s0: int, end: int) -> Mention | None:
        """The person, group or organisation opening the clause ``toks[s0:end]``
        when a finite verb follows it ("The court sent …")."""
        k, _ = self._clause_opening(s0, end)
        for m, _v in self._subject_splits(k, end):
            if m.kind in _PREDICATE_SUBJECT_KINDS and m.head not in _EXPLETIVES and not _unknown_description(m):
                return m
        return None

    def _subject_splits(self, k: int, end: int) -> Iterator[tuple[Mention, int]]:
        """The readings of the noun phrase opening at ``toks[k]`` as a subject
        followed by a finite verb, longest first: (mention, verb index).
        np_after reads on over lower-case words ("The mayor talked up"), so
        the phrase is cut before each word that can be its verb."""
        rng = np_after(self.outer, k, self.max_np, end=end)
        if rng is None:
            return
        for j in range(rng[1], rng[0], -1):
            v = self._verb_at(j, end)
            if v < 0:
                continue
            m = _speaker_mention(self.outer, (rng[0], j), self.text)
            if m is not None:
                yield m, v

    def _object_holder(self, s0: int, np_start: int) -> tuple[Mention, int] | None:
        """"Bell welcomed Ruiz's claim that …", "Bell balked at Ruiz's call for
        …": a nominal cue in the object of a verb is the content of that verb's
        subject's stance (PolNeAR annotates the outer attribution, with the
        whole noun phrase as content). Returns the subject and the verb's index."""
        toks = self.outer
        v = np_start - 1
        if v > s0 and toks[v].text.lower() in _HOLDER_PREPS:
            v -= 1  # "balked at", "vouched for"
        if v <= s0 or self._verb_at(v, v + 1) != v or toks[v].text.endswith("ing"):
            return None
        k0 = max(s0, v - 40)
        sub = toks[k0:v]
        if _passive_or_relative(toks, k0, v) and toks[v + 1].text.lower() != "by":
            return None
        rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
        if rng is None or rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "who", "whom"}:
            return None
        m = _speaker_mention(sub, rng, self.text)
        if m is None or m.kind not in _PREDICATE_SUBJECT_KINDS or m.head in _EXPLETIVES or _unknown_description(m):
            return None
        return m, v

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
        split = next(self._subject_splits(k, qk), None)  # the longest opening mention followed by a verb
        if split is None:
            return None
        m, v = split
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

    def _before_main_verb(self, start: int, stop: int, skip: int) -> int:
        """Where the main verb after a subject's content begins (past *skip*
        verb groups of the content's own clause), or *stop*."""
        toks = self.outer
        seen = 0
        for x in range(start + 1, stop):
            w = toks[x].text
            lw = w.lower()
            prev = toks[x - 1].text.lower()
            finite = lw in _AUX or lw.endswith("n't") or w.islower() and w.isalpha() and (
                lw.endswith("ed") and len(lw) > 3 or lw in lexicon.irregular_verbs()
            )
            if not finite or prev in _AUX or prev == "to" or prev in ADVERBS and x - 2 >= start and toks[x - 2].text.lower() in _AUX:
                continue  # not a verb, or the rest of a verb group ("would have", "has long said")
            if prev in DETERMINERS or prev in {"and", "or"} or lw not in _AUX and x - 2 >= start and toks[x - 2].text.lower() == "to":
                continue  # "the embattled mayor", "… and failed", "to deport undocumented …": inside the content
            if seen >= skip:
                return x
            seen += 1
        return stop

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
        """A hyphen used as a dash: "--" or " - " ("the ferry crews -- but she said")."""
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
            while y < stop and (toks[y].text.lower() in ADVERBS or _is_ly(toks[y].text)):
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

    def _title_case(self, s0: int, s1: int) -> bool:
        """Is ``toks[s0:s1]`` a title-case headline (content words capitalised)?"""
        words = [t.text for t in self.outer[s0:s1] if t.text[:1].isalpha()]
        caps = sum(1 for w in words if w[0].isupper())
        return caps >= 3 and caps + sum(1 for w in words if w in _HEADLINE_SMALL) >= 0.8 * len(words)

    def _headline_verb(self, v: int, line: tuple[int, int]) -> bool:
        """Is the capitalised word ``toks[v]`` of a title-case headline a finite
        verb ("Claims", "Sides", "Got")? A listed cue or irregular form is; a
        word ending in -s or -ed is unless it is a role noun or recurs in the
        text outside the headline line, as names do ("Ruiz")."""
        w = self.outer[v].text
        lw = w.lower()
        if not (w.isalpha() and w[0].isupper() and not w.isupper()):
            return False
        if any(r.tense in {"past", "3sg"} and not r.particle for r in lexicon.cue_verbs().get(lw, ())) or lw in lexicon.irregular_verbs():
            return True
        if not (len(lw) > 3 and (lw.endswith("ed") or lw.endswith("s") and not lw.endswith(("ss", "us", "is")))) or lw in lexicon.roles():
            return False
        text = self.text
        i = text.find(w)
        while i >= 0:
            if not (line[0] <= i < line[1]) and not text[i + len(w) : i + len(w) + 1].isalpha() and not text[i - 1 : i].isalpha():
                return False
            i = text.find(w, i + 1)
        return True

    def headline_cue(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """A title-case headline with quoted words, whose verb is capitalised
        like every word: ``Ruiz Claims 'The Deal Is Dead' After Vote`` (the
        rest of the line after the verb is the content) or ``Deal Is 'Dead,'
        Ruiz Says`` (the line before the tag is)."""
        toks = self.outer
        qk = next((x for x in range(s0, s1) if toks[x].text == QUOTE_TOKEN), -1)
        if qk < 0:
            return None
        # The line of the first quote: a "sentence" may run over a list number
        # or a caption on the lines around it.
        text = self.text
        while s0 < qk and "\n" in text[toks[s0].end : toks[qk].start]:
            s0 += 1
        end = next((x for x in range(qk + 1, s1) if "\n" in text[toks[x - 1].end : toks[x].start]), s1)
        end = _before_end_punct(toks, s0, end)
        if end - s0 < 4 or not self._title_case(s0, end):
            return None
        line = (toks[s0].start, toks[end - 1].end)
        # "…, Ruiz Says.": a short tag closes the line.
        last = toks[end - 1].text
        if last[:1].isupper() and any(r.tense in {"past", "3sg"} and "c" in r.frames and not r.particle
                                      for r in lexicon.cue_verbs().get(last.lower(), ())):
            cm = next((x for x in range(end - 2, max(s0, end - 8), -1)
                       if toks[x].text == "," or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])), -1)
            if cm > s0 and qk <= cm:
                m = _speaker_mention(toks, (cm + 1, end - 1), self.text)
                if m is not None and m.kind in {"name", "role", "org"}:
                    ce = cm + 1 if toks[cm].text == QUOTE_TOKEN else cm
                    return s0, ce, Attribution(m, (toks[end - 1].start, toks[end - 1].end), None, "headline-cue", "speech")
        # "Ruiz Claims …" / "Bell Just Shared …": subject, adverbs, verb.
        for v in range(s0 + 1, min(qk, s0 + 8)):
            w = toks[v].text
            topic = w in {"On", "About"}  # "Ruiz On Why The Port Needs 'Fair Wages'"
            if not topic and (w.lower() in _HEADLINE_SMALL or w.lower() in _QUESTION_WORDS):
                return None  # the subject ends here, and no verb came
            if w == QUOTE_TOKEN or not topic and not self._headline_verb(v, line):
                continue
            j = v
            while j > s0 + 1 and toks[j - 1].text.lower() in ADVERBS:
                j -= 1
            m = _speaker_mention(toks, (s0, j), self.text)
            if m is None or m.kind not in {"name", "role", "org"}:
                continue
            k = v + 1
            while k < qk and toks[k].text.lower() in _PARTICLES:
                k += 1
            stop = next((x for x in range(k, end) if toks[x].text in _DASHES or toks[x].text in {";", ":"}), end)
            if stop - k < 2 or not k <= qk < stop:
                return None
            cue = None if topic else (toks[v].start, toks[v].end)
            return k, stop, Attribution(m, cue, None, "headline-cue", "speech")
        return None

    def as_put_it(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``As Ruiz put it, CLAUSE.`` / ``CLAUSE, as Ruiz puts it.``: "put it"
        reports the wording of the clause ("put" alone is no cue)."""
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        if not self._words("put", s0, end):
            return None  # no "put" in the sentence

        def tag(k: int) -> tuple[Mention | None, int, int]:
            # "as" NP "put(s)" "it" starting at toks[k]; returns mention, verb index, end.
            if k + 3 > end or toks[k].text.lower() != "as":
                return None, -1, -1
            x = k + 1
            while x < end and x - k < 25 and not (toks[x].text.lower() in {"put", "puts"} and x + 1 < s1 and toks[x + 1].text.lower() == "it"):
                if toks[x].text in _END_PUNCT or toks[x].text == QUOTE_TOKEN:
                    return None, -1, -1
                x += 1
            if x >= end or x - k < 2 or toks[x].text.lower() not in {"put", "puts"}:
                return None, -1, -1
            sub = toks[k + 1 : x]
            rng = np_after(sub, 0, self.max_np)
            m = _speaker_mention(sub, rng, self.text) if rng is not None else None
            return m, x, x + 2

        m, v, t_end = tag(s0)
        if m is not None:
            k = t_end
            while k < end and toks[k].text != ",":
                k += 1  # "As Ruiz put it to the dock workers last week,"
            if end - (k + 1) >= 3:
                return k + 1, end, Attribution(m, (toks[v].start, toks[v + 1].end), None, "cue-clause", "speech")
        for cm in range(max(s0 + 3, end - 30), end - 3):
            if toks[cm].text == "," or toks[cm].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[cm]):
                m, v, t_end = tag(cm + 1)
                if m is not None and t_end == end:
                    ce = cm + 1 if toks[cm].text == QUOTE_TOKEN else cm
                    return s0, ce, Attribution(m, (toks[v].start, toks[v + 1].end), None, "clause-cue-after", "speech")
        return None

    def headline_colon(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Minister: budget cuts unavoidable`` (a headline with a colon)."""
        toks = self.outer
        for k in range(s0, min(s1, s0 + 7)):
            if toks[k].text == ":":
                short = s1 - k < (3 if any(toks[x].text == QUOTE_TOKEN for x in range(k + 1, s1)) else 4)
                if k == s0 or short:
                    return None  # (a quote counts for words: 'Bell: Vote "got very tense"')
                m = _speaker_mention(toks, (s0, k), self.text)
                if m is None or m.kind == "pronoun":
                    return None
                if k - s0 == 1 and m.kind in {"name", "org"} and self.text.count(toks[s0].text) < 2:
                    return None  # "Exclusive: …" is a rubric; a one-word speaker must recur in the story
                return k + 1, s1, Attribution(m, None, None, "headline", "speech")
        return None
