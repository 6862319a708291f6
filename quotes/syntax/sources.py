"""Noun phrases as sources: speaker mentions, possessors, quantities,
addressees and the objects of "according to", on the outer token stream.
"""

from __future__ import annotations

from bisect import bisect_left

from .. import lexicon
from ..syntax.clauses import adjacent
from ..syntax.words import (
    AUX,
    MAKING_PARTICIPLES,
    NOT_MODIFIERS,
    NOT_VERBS,
    NUMBER_WORDS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUANT_HEADS,
    QUANT_LEAD,
    QUOTE_TOKEN,
    is_ly_adverb,
)
from .cues import cue_at
from .phrases import (
    ADVERBS,
    DETERMINERS,
    MONTH_GIVEN_NAMES,
    NOT_NAMES,
    NP_STOP_LEFT,
    PARTICLES,
    Mention,
    Tok,
    analyse,
    is_cap,
    is_word,
)
from .boundaries import before_pp, np_after, partitive_name, participle_before, past_participle, post_modifier_pp, quoted_title, subject_before, with_role_head
from .titling import office_roles
from .verbs import is_past_form
from .words import is_demonym


#: What may stand between a subject and its cue verb ("June would say", "May used to tell me").
_MODALS_BEFORE_CUE = frozenset("would will could might should may must used to often always once never".split())


def speaker_mention_of(toks: list[Tok], rng: tuple[int, int] | None, text: str) -> Mention | None:
    if rng is None:
        return None
    rng = _affiliated_name(toks, rng, text)
    sel = toks[rng[0] : rng[1]]
    if rng[1] < len(toks) and toks[rng[1]].text == QUOTE_TOKEN and toks[rng[1] - 1].text.lower() in lexicon.org_types():
        sel = sel + [toks[rng[1]]]  # 'according to the daily «Le Courrier»': the name in marks after the organisation noun
    if sel and sel[-1].text == QUOTE_TOKEN:
        inner = quoted_title(sel[-1], text)  # 'the daily «Ouest-Matin»': the name inside the marks (boundaries.subject_before)
        sel = sel[:-1] + inner if inner is not None else sel[:-1]
    if len(sel) == 1 and sel[0].text.lower() == "it":
        # "it said" (a report, a company): a speaker mention that coreference leaves open.
        return Mention(sel[0].start, sel[0].end, sel[0].text, "pronoun", "it", None, None, (), (), "n", False)
    m = analyse(sel, text)
    if m is None and len(sel) == 1 and sel[0].text in MONTH_GIVEN_NAMES and all(t.text.lower() in _MODALS_BEFORE_CUE for t in toks[rng[1] :]):
        # "May said", "June would say": a month right before its verb (or the
        # modal before it) is a given name (subject position only: "said May 5" is a date).
        w = sel[0]
        return Mention(w.start, w.end, w.text, "name", w.text.lower(), w.text, None, (), (), None, False)
    if m is None:
        return None
    if m.kind == "pronoun":
        case = lexicon.pronouns().get(m.head, (None, "", "", ""))[3]
        if case != "subj":
            return None
    return m


def _affiliated_name(toks: list[Tok], rng: tuple[int, int], text: str) -> tuple[int, int]:
    """"Chidi Eze-Whitfield of the Institute for Insect Conservation said":
    the noun phrase found before the verb is the affiliation after "of"; the
    personal name before it speaks (its range instead, else *rng*)."""
    i = rng[0]
    if i < 3 or toks[i - 1].text != "of" or toks[i].text.lower() != "the":
        return rng
    j = i - 1
    k = j
    while k > 0 and j - k < 4 and is_cap(toks[k - 1].text) and toks[k - 1].text[:1].isalpha():
        k -= 1
    if j - k < 2:
        return rng  # a personal name has two words or more ("the Bank of the North" is no person)
    m = analyse(toks[k:j], text)
    return (k, j) if m is not None and m.kind == "name" and m.name and not m.title or (
        m is not None and m.kind == "name" and m.name and m.name.split()[0] in lexicon.given_names()
    ) else rng


def source_object(toks: list[Tok], src: int, end: int, text: str, limit: int) -> tuple[Mention | None, int]:
    """The object of "according to" (a source by definition): a speaker
    mention, an object pronoun ("according to him") or any noun phrase
    ("a tally by the network", "his filings"). Returns it and its end index."""
    rng = np_after(toks, src, limit, end=end)
    if rng is None:
        return None, src
    if rng[1] - rng[0] >= 3 and toks[rng[1] - 1].text.lower() in _REDUCED_RELATIVE and rng[1] < end and toks[rng[1]].text.lower() in _AFTER_PARTICIPLE:
        # "according to the report filed by the prosecution office": the
        # participle opens a reduced relative clause; the noun before it heads
        # the phrase (the issuer after "by" is the document's: quotes.issuers).
        rng = (rng[0], rng[1] - 1)
    m = speaker_mention_of(toks, rng, text)
    if m is not None:
        return m, rng[1]
    sel = toks[rng[0] : rng[1]]
    last = sel[-1].text
    low = last.lower()
    if len(sel) == 1 and low in QUANT_HEADS:
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




#: Participles that open a reduced relative clause after a document's noun
#: ("the indictment filed by ...", "a charge sheet lodged with the court by
#: ...", "a report published last month by ..."): those of making or sending
#: it, and of showing or obtaining it.
_REDUCED_RELATIVE = MAKING_PARTICIPLES | frozenset("posted seen obtained presented tabled".split())
#: Words that may follow such a participle: an agent, a recipient, a time or a place.
_AFTER_PARTICIPLE = frozenset("by with to at on in last this earlier yesterday today late early".split())


_NOT_BEFORE_QUANT = frozenset("of to than by from which that who whom with for".split())


def _is_number(word: str) -> bool:
    w = word.lower().rstrip("%")
    return w.replace(".", "", 1).replace(",", "").isdigit() or w in NUMBER_WORDS or "-" in w and all(
        p in NUMBER_WORDS or p.endswith(("ty", "ds", "s")) for p in w.split("-")
    )


def quantity_subject(toks: list[Tok], s0: int, c: int, text: str) -> Mention | None:
    """A quantity subject right before the cue at *c*: "47 percent", "six in 10", "almost half"."""
    j = c
    while j > s0 and toks[j - 1].text.lower() in ADVERBS:
        j -= 1
    if j <= s0:
        return None
    w = toks[j - 1].text.lower()
    if w.endswith("%") and _is_number(w):
        i = j - 1
    elif w in QUANT_HEADS:
        i = j - 1
        if w in {"percent", "%"} and not (i > s0 and _is_number(toks[i - 1].text)):
            return None
    elif _is_number(w) and j - 3 >= s0 and toks[j - 2].text.lower() == "in" and _is_number(toks[j - 3].text):
        i = j - 3  # "six in 10"
    else:
        return None
    while i > s0 and j - i < 6 and (toks[i - 1].text.lower() in QUANT_LEAD or _is_number(toks[i - 1].text)):
        i -= 1
    if i > s0 and toks[i].text.lower() == "least" and toks[i - 1].text.lower() == "at":
        i -= 1  # "at least half"
    if i > s0 and toks[i - 1].text.lower() in _NOT_BEFORE_QUANT:
        return None
    s, e = toks[i].start, toks[j - 1].end
    return Mention(s, e, text[s:e], "role", toks[j - 1].text.lower(), None, None, (), (), None, True)


def quantity_of(toks: list[Tok], s0: int, c: int, text: str) -> Mention | None:
    """A quantity subject with its of-phrase before the cue at *c*: "at least
    half of the dock workers on each shift", "a majority of the ferry crews"."""
    j = c
    while j > s0 and (toks[j - 1].text.lower() in ADVERBS or is_ly_adverb(toks[j - 1].text)):
        j -= 1  # "… still say", "… have said"
    if j - 1 <= s0 or not is_word(toks[j - 1].text):
        return None
    for x in range(j - 2, max(s0, j - 12) - 1, -1):
        w = toks[x].text.lower()
        if not is_word(toks[x].text) or w in AUX or w in NOT_MODIFIERS:
            return None
        if toks[x + 1].text.lower() != "of":
            continue
        m = quantity_subject(toks, s0, x + 1, text)
        if m is None:
            continue
        i = bisect_left([t.start for t in toks[s0 : x + 1]], m.start) + s0
        before = toks[i - 1].text.lower() if i > s0 else ","
        if before not in {",", ";", ":", "but", "and", "while", "as"}:
            return None  # "in many of the harbour towns", "the second half of the season": no subject
        return m._replace(text=text[m.start : toks[j - 1].end], end=toks[j - 1].end)
    return None


#: What a speaker speaks "to" that is no addressee: the hearers' reaction.
_REACTIONS = frozenset("cheers cheer applause laughter laughs laugh boos jeers gasps groans chants murmurs silence nods whoops ovation".split())


def addressee_after(toks: list[Tok], k: int, end: int, text: str) -> tuple[Mention | None, int]:
    """An addressee NP starting at *k* ("Reuters", "the visitor", "him"); returns it and the next index."""
    to = k < end and toks[k].text.lower() == "to" and k + 1 < end
    k += 1 if to else 0
    rng = np_after(toks, k, limit=8, end=end)
    if rng is None or to and any(toks[x].text.lower() in _REACTIONS for x in range(rng[0], min(end, rng[1] + 1))):
        return None, k  # ('said to cheers', 'to enthusiastic applause': the hearers' reaction, no addressee)
    m = analyse(toks[rng[0] : rng[1]], text)
    # 'told the network's "Morning Show" that …': the programme's title.
    titled = rng[1] < end and toks[rng[1]].text == QUOTE_TOKEN and toks[rng[1] - 1].text.endswith(POSSESSIVE_ENDINGS)
    if m is None:
        # Generic addressees: "told reporters", "told the crowd".
        words = " ".join(t.text.lower() for t in toks[rng[0] : rng[1]])
        if words in lexicon.cue_phrases().get("addressee", ()) or titled or (
            rng[1] - rng[0] <= 3 and all(t.text.isalpha() for t in toks[rng[0] : rng[1]])
            and not any(w in ADVERBS for w in words.split())  # "asked not to be named": no one is addressed
        ):  # "told reporters", "tells allies"
            return Mention(toks[rng[0]].start, toks[rng[1] - 1].end, text[toks[rng[0]].start : toks[rng[1] - 1].end],
                           "role", words.split()[-1], None, None, (), (), None, True), rng[1] + titled
        return None, k
    return m, rng[1] + titled


def past_addressee_name(toks: list[Tok], k: int, end: int, text: str) -> int:
    """Past a name set off by commas after an addressee ("told the judge,
    Mrs Justice Eleanor Carver, that ..."): the index of its closing comma,
    else *k*."""
    if k >= end or toks[k].text != ",":
        return k
    close = next((x for x in range(k + 1, min(end, k + 8)) if toks[x].text == ","), None)
    if close is None or close == k + 1 or not all(is_cap(toks[x].text) or toks[x].text == "." for x in range(k + 1, close)):
        return k
    name = analyse(toks[k + 1 : close], text)
    return close if name is not None and name.kind == "name" and name.name else k


def bare_role(sub: list[Tok], text: str) -> Mention | None:
    """A headline's article-less role: "minister", "prime minister", "union leader"."""
    if not 1 <= len(sub) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in sub):
        return None
    role = lexicon.roles().get(sub[-1].text)
    if role is None:
        return None
    s, e = sub[0].start, sub[-1].end
    roles = office_roles([t.text for t in sub], len(sub) - 1, role.singular.lower())  # "prime minister": the premier
    return Mention(s, e, text[s:e], "role", role.singular, None, None, roles, (), role.gender, role.plural)


def source_mode(m: Mention) -> str:
    """"according to the report" is evidence; "according to Ruiz" is speech."""
    return "evidence" if m.kind in {"org", "role"} and is_doc(m.head) else "speech"


def is_doc(head: str) -> bool:
    role = lexicon.roles().get(head)
    return role is not None and role.kind == "doc"


#: Words that may stand inside a noun phrase opened by "with" ("with many
#: dock workers and ferry hands", "with the crew of the ferry from the island").
_WITH_NP_INNER = frozenset("the a an and of from for in at on".split())


def _with_subject(sub: list[Tok], rng: tuple[int, int] | None) -> tuple[int, int] | None:
    """'with X calling it "…"': "with" opening the noun phrase that ends with
    ``sub[rng]`` and stands next to the participle ending *sub* gives the
    participle its own subject; returns the whole phrase after "with"
    ('with many dock workers and ferry hands cheering', 'with the crew of the
    ferry saying'), or None."""
    if rng is None or not all(t.text.lower() in ADVERBS or is_ly_adverb(t.text) for t in sub[rng[1] :]):
        return None
    x = rng[0] - 1
    while x >= 0 and rng[0] - x <= 10:
        w = sub[x].text.lower()
        if w == "with":
            wide = (x + 1, rng[1])
            return wide if adjacent(sub, wide) and not _coordinated_verb(sub, wide) else None
        if not is_word(sub[x].text) or w in AUX or (w in NOT_VERBS and w not in _WITH_NP_INNER) or cue_at(sub, x) is not None:
            return None
        x -= 1
    return None


def _coordinated_verb(sub: list[Tok], rng: tuple[int, int]) -> bool:
    """Do "and" (or "but") and a past verb, over adverbs, lie inside the range
    ("dined with the cabinet and instead issued a statement saying ...")?
    Then "with" opens no subject of the participle: a second verb phrase follows it."""
    for x in range(rng[0], rng[1] - 1):
        if sub[x].text.lower() in {"and", "but"}:
            y = x + 1
            while y < rng[1] and (sub[y].text.lower() in ADVERBS or sub[y].text.lower() == "instead" or is_ly_adverb(sub[y].text)):
                y += 1
            if y < rng[1] and is_past_form(sub[y].text):
                return True
    return False


def with_own_subject(sub: list[Tok], rng: tuple[int, int] | None) -> bool:
    """'with X calling it "…"': see :func:`_with_subject`."""
    return _with_subject(sub, rng) is not None


def with_mention(sub: list[Tok], rng: tuple[int, int], text: str) -> Mention | None:
    """The subject mention of a 'with X VERBing' phrase: the whole phrase after
    "with" when it reads as one mention, else the noun phrase before the verb."""
    wide = _with_subject(sub, rng)
    return (speaker_mention_of(sub, wide, text) if wide is not None else None) or speaker_mention_of(sub, rng, text)


#: Prepositions whose object is never the subject of the verb after it
#: ("a letter from the union obtained by the paper warns", "32% of party claims").
_PP_HEADS = frozenset(
    "of by in at from on into about during over through via among within "
    # (places: "A woman outside the court said", "The owner of a yard near the club said")
    "near outside inside behind beside opposite across along beyond above below around "
    # (what a document is put before, what a group is against: "A report before the cabinet estimated"; not "to":
    # "people close to him said", "Responding to questions, X said")
    "before against under".split()
)


def _name_with_of(sub: list[Tok], x: int, orig: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The range of a name that runs over the "of" at *x* to the phrase
    *orig* after it ("Friends of the Starlite", "Museum of the Fens"): the
    capitalised words before "of" and the phrase make one name, as
    :func:`~quotes.syntax.phrases.analyse` reads it (not "Members of Kelby
    Council", a group, nor "Jones of Acme", a person and where from)."""
    y = x
    while y > 0 and is_cap(sub[y - 1].text) and sub[y - 1].text not in NOT_NAMES:
        y -= 1
    if y == x or y > 0 and sub[y - 1].text.lower() in PARTICLES:
        return None  # (a name's particle before it: "Piet van Aken of the Civic List" is a person's name and a party)
    m = speaker_mention_of(sub, (y, orig[1]), text)
    return (y, orig[1]) if (
        m is not None and m.kind in ("name", "org") and m.name and " of " in m.name and m.gender is None and m.title is None
        and sub[y].text not in lexicon.given_names()  # ("Piet van Aken of the Civic List": a person, then the party)
    ) else None


def subject_np(sub: list[Tok], text: str, limit: int, memo: _Memo | None = None) -> tuple[tuple[int, int] | None, bool]:
    """:func:`_subject_np`, then past a restrictive relative clause to the
    phrase it is about (:func:`_relative_head`: "A night guard who has worked
    at the museum for 22 years said"). *memo*: see :func:`subject_mention`."""
    if (named := partitive_name(sub, text)) is not None:
        return named, False
    rng, elided = _subject_np(sub, text, limit, memo)
    if rng is not None and not elided:
        rng = _relative_head(sub, rng, text, limit, memo) or rng
    return rng, elided


#: The speaker mentions of ranges of one token list, as :func:`subject_np` read them.
_Memo = dict[tuple[int, int], "Mention | None"]


def subject_mention(sub: list[Tok], text: str, limit: int) -> tuple[tuple[int, int] | None, bool, Mention | None]:
    """:func:`subject_np` and the speaker mention of the range it finds
    (:func:`speaker_mention_of`), read once: subject_np has most often read
    that mention already (on PolNeAR, two calls in three of the finite-cue
    sieve asked for the same range twice)."""
    memo: _Memo = {}
    rng, elided = subject_np(sub, text, limit, memo)
    if rng is None:
        return None, elided, None
    return rng, elided, memo[rng] if rng in memo else speaker_mention_of(sub, rng, text)


def _mention(sub: list[Tok], rng: tuple[int, int], text: str, memo: _Memo | None) -> Mention | None:
    """``speaker_mention_of(sub, rng, text)``, kept in *memo* when there is one."""
    m = speaker_mention_of(sub, rng, text)
    if memo is not None:
        memo[rng] = m
    return m


def _subject_np(sub: list[Tok], text: str, limit: int, memo: _Memo | None = None) -> tuple[tuple[int, int] | None, bool]:
    """:func:`subject_before` for the cue ending *sub*, past a preposition's object: "a memo from the port authority seen by the paper
    warns", "Vidal, the editor of the town's paper, the Harbour Gazette, said". The phrase found first stays when no subject shows before,
    and after a partitive "of" ("half of dock workers"; "One of them" whole); a name runs over "of". Returns (range, elided?)."""
    orig = subject_before(sub, len(sub), text, limit)
    if orig is None or orig[0] == 0:
        return orig, False
    if orig[0] >= 2 and orig[1] - orig[0] == 1 and sub[orig[0]].text.lower() in _GROUP_PRONOUNS and sub[orig[0] - 1].text == "of" and (
            _is_number(q := sub[orig[0] - 2].text) or q.lower() in QUANT_HEADS):
        return (orig[0] - 2, orig[1]), False
    if sub[orig[0] - 1].text.lower() in _PP_HEADS and orig[0] >= 2 and sub[orig[0] - 2].text.lower() in {"and", "but"}:
        return None, True
    if (host := participle_before(sub, orig[0], text, limit)) is not None:
        return host, False  # "The charity running the shelter said": the participle's object is no subject
    m = _mention(sub, orig, text, memo)
    if m is None or unknown_description(m):
        return with_role_head(sub, orig, text, limit), False  # no subject to doubt ("executive order"), or a role noun heads it ("The officer on duty")
    first = next((i for i in range(orig[0], orig[1]) if sub[i].start >= m.start), orig[0])
    if m.name:
        # "the plan to repaint what Ana Ruiz": the name is the subject.
        w0 = m.name.split()[0]
        first = next((i for i in range(orig[1] - 1, first - 1, -1) if sub[i].text == w0), first)
        while first > orig[0] and (sub[first - 1].text.lower() in DETERMINERS or is_cap(sub[first - 1].text)):
            first -= 1  # "the Daily Post", "Gov. Ana Ruiz"
    appositive = orig[1] < len(sub) and sub[orig[1]].text == ","  # ("X, …, Y, said": subject_before skipped an appositive)
    if appositive and sub[first - 1].text == ",":
        # "Bell, whose latest start-up, Dataharbour, uses …, said": the name
        # before a relative clause with an appositive inside it.
        p = next((i for i in range(first - 2, max(-1, first - 12), -1) if sub[i].text in {",", ".", ";", QUOTE_TOKEN}), -1)
        if p > 0 and sub[p].text == "," and sub[p + 1].text.lower() in {"whose", "who", "which"}:
            nxt = subject_before(sub, p, text, limit)
            if nxt is not None and _mention(sub, nxt, text, memo) is not None:
                return nxt, False
    if appositive and (holder := _role_holder_before(sub, orig, first, text, limit)) is not None:
        return holder, False
    rng, moved = orig, False
    for _ in range(6):
        start = first if not moved else rng[0]
        if start == 0:
            break
        before = sub[start - 1].text
        p = before.lower()
        if p in _PP_HEADS or post_modifier_pp(sub, start, p):
            # ("A source close to the minister said", "people familiar with the plan say")
            x = start - 1 if p in _PP_HEADS else start - 2
            if p == "of" and x > 0 and (sub[x - 1].text.lower() in QUANT_HEADS or _is_number(sub[x - 1].text)):
                break  # "half of dock workers say", "most of the ferry crews said"
            if p == "of" and not moved and (whole := _name_with_of(sub, x, orig, text)) is not None:  # ("Friends of the Starlite said")
                return whole, False
            if p in {"by", "to"} and x > 0 and past_participle(sub[x - 1].text):  # ("seen by", "written by")
                x -= 1  # "… obtained by the paper": a passive participle modifying the subject
            if x > 0 and sub[x - 1].text.lower() in {"and", "but"}:
                return None, True
            nxt = before_pp(sub, x, text, limit)
            if nxt is None:
                return orig, False
            rng, moved = nxt, True
            continue
        relative = appositive and orig[1] + 1 < len(sub) and sub[orig[1] + 1].text.lower() in _RELATIVES
        if before == "," and (moved or relative) and appositive and rng[0] >= 2 and (
            sub[rng[0]].text.lower() in {"the", "a", "an"} or _bare_role_phrase(sub, rng[0])
        ):
            # "Vidal, the editor in chief of …, …, said": the description is an
            # appositive of the name that opens the sentence; so is one before a
            # relative clause ("Tarn Valley Enterprise, the regional agency,
            # which is giving a grant, said"; "Cllr Maureen Tallis, leader of
            # the Independent group, whose ward ..., said").
            nxt = subject_before(sub, rng[0] - 1, text, limit)
            if nxt is None or nxt[0] != 0:
                return orig, False
            rng = nxt
            continue
        break
    else:
        return orig, False
    if moved:
        m = _mention(sub, rng, text, memo)
        if m is None or unknown_description(m):
            return orig, False
    return rng, False


#: Object pronouns of a group after a partitive "of" ("One of them", "many of us"; the ones phrases._analyse_phrase reads).
_GROUP_PRONOUNS = frozenset({"them", "us"})

#: Prepositions that join a role to its organisation ("organiser for the union", "head of planning at the council").
_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "with"})

#: Relative pronouns that open a clause about a noun phrase before them.
_RELATIVES = frozenset({"who", "whose", "which"})


def _bare_role(word: str) -> bool:
    """A lower-case person noun that can open an appositive without a determiner ("leader of the group")."""
    role = lexicon.roles().get(word)
    return word.islower() and role is not None and role.kind == "person"


def _role_holder_before(sub: list[Tok], orig: tuple[int, int], first: int, text: str, limit: int) -> tuple[int, int] | None:
    """"Colm Derrane, regional organiser for the General Process Workers'
    Union, which represents ..., said": the relative clause after the subject
    found (*orig*, its name from *first*) is the organisation's, inside the
    appositive role of the name before it; that name's range, or None."""
    if not (orig[1] + 1 < len(sub) and sub[orig[1] + 1].text.lower() in _RELATIVES and first >= 4
            and sub[first - 1].text.lower() in _ROLE_PREPOSITIONS):
        return None
    comma = next((i for i in range(first - 2, max(0, first - 6), -1) if sub[i].text == ","), None)
    if comma is None or comma < 1 or not _bare_role_phrase(sub, comma + 1) or not all(
        sub[i].text.isalpha() and sub[i].text.islower() for i in range(comma + 1, first - 1)
    ):
        return None
    nxt = subject_before(sub, comma, text, limit)
    return nxt if nxt is not None and (n := speaker_mention_of(sub, nxt, text)) is not None and n.kind == "name" else None


def _bare_role_phrase(sub: list[Tok], k: int) -> bool:
    """Does ``sub[k]`` open an appositive role with no determiner: a bare
    person noun, after up to two lower-case modifiers ("leader of the
    group", "regional organiser for the union", "former deputy leader")?"""
    for x in range(k, min(len(sub), k + 3)):
        if _bare_role(sub[x].text):
            return True
        if not (sub[x].text.isalpha() and sub[x].text.islower()):
            return False
    return False


def _relative_head(sub: list[Tok], rng: tuple[int, int], text: str, limit: int, memo: _Memo | None = None) -> tuple[int, int] | None:
    """"A nurse who commutes to the regional hospital in Castor said": the
    noun phrase found before the cue ends a restrictive relative clause (no
    comma between), so the cue's subject is the phrase the clause is about,
    the noun phrase right before "who"/"whose". None when no "who" or
    "whose" stands within a clause's reach before *rng*, or punctuation comes
    first ("Asked who would pay, Ruiz said")."""
    for k in range(rng[0] - 1, max(0, rng[0] - 15), -1):
        w = sub[k].text
        if w in _CLAUSE_BREAKS:
            return None
        if w.lower() in {"who", "whose"}:
            # (read as any subject is: "A mother in Greywater whose son ... said" is the mother)
            head = _subject_np(sub[:k], text, limit)[0] if k > 0 else None
            m = _mention(sub, head, text, memo) if head is not None else None
            return head if m is not None and m.kind in {"name", "role"} and not unknown_description(m) else None
    return None


#: Tokens a restrictive relative clause does not run across.
_CLAUSE_BREAKS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", QUOTE_TOKEN, "\u2014", "\u2013"})


def unknown_description(m: Mention) -> bool:
    """A description ("the white house", "her personal") that names no one
    and whose head is no known role: too weak to stand as a source."""
    return m.kind == "role" and m.name is None and m.head not in lexicon.roles() and not is_demonym(m.head.capitalize())


#: Endings of adjectives that may modify a possessor's role ("presidential", "chief").
_ROLE_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ian", "ent", "ant", "ior", "ief", "mer")


#: Capitalised words that may modify a nominal cue ("Ruiz's March comment", "Bell's Friday announcement").
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _is_possessor(word: str) -> bool:
    """A possessive determiner ("her") or a singular possessor ("Ruiz's")."""
    return word.lower() in POSSESSIVE_PRONOUNS or len(word) > 2 and word.endswith(POSSESSIVE_ENDINGS[:2])


def possessor_end(toks: list[Tok], c: int, s0: int) -> int:
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
            lw in NOT_VERBS or lw in DETERMINERS or lw in AUX or lw in PREPOSITIONS
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


def possessor_start(toks: list[Tok], p: int, lo: int) -> int:
    """Where the possessor noun phrase ending at *p* may start: back over
    capitalised words, determiners, role nouns and adjectives ("the former
    harbour governor's"), not over verbs ("voters prefer Jonas'")."""
    roles = lexicon.roles()
    i = p
    while i > lo:
        w = toks[i - 1].text
        lw = w.lower()
        if not is_word(w) or lw in NP_STOP_LEFT or lw in AUX:
            break
        if not (is_cap(w) or lw in {"the", "a", "an"} or lw in roles or lw in PARTICLES and i - 1 > lo and is_cap(toks[i - 2].text)
                or w.islower() and lw.endswith(_ROLE_ADJECTIVE_ENDINGS)):
            break
        i -= 1
    return i
