"""Noun-phrase boundaries without a parser: the subject before a verb and
the noun phrase after a word.

The walk mirrors how CoreNLP's quote attributor reads the subject of a
speech verb off its left context (Muzny et al. 2017): left from the verb
over adverbials, appositions and paired dashes, to a determiner, a capital
or a possessor; right from a word to the end of a noun phrase. What the
phrase *is* (name, role, pronoun) is :func:`quotes.syntax.phrases.analyse`'s
question; this module only finds where it starts and ends.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import lexicon
from .phrases import (
    ADVERBS,
    DETERMINERS,
    INDEFINITE_SPEAKERS,
    MONTH_GIVEN_NAMES,
    _HONORIFIC_TITLES,
    NOT_NAMES,
    NP_STOP_LEFT,
    NP_STOP_RIGHT,
    PARTICLES,
    POST_ADJECTIVES,
    POST_MODIFIER_PREPOSITIONS,
    Tok,
    analyse,
    is_cap,
    is_word,
    tokenize,
)
from .words import NOUN_OPENERS, NUMBER_WORDS, POSSESSIVE_ENDINGS, PREPOSITIONS, QUANT_HEADS, QUOTE_TOKEN, is_ly_adverb, is_participle

__all__ = [
    "COMMA_OR_DASH", "PAIRED_DASHES", "PLACE_PREPOSITIONS", "before_pp", "np_after", "participle_before", "participle_host", "participle_postmodifier", "partitive_name", "past_participle", "place_apposition", "post_modifier_pp",
    "quoted_title", "subject_before",
]


_PREPS_IN_NP = frozenset({"for", "at", "with", "from", "in", "on", "to", "by", "about", "after"})
#: Words after which a determiner goes on the noun phrase ("one of the", "spokesman for the").
_PARTICLES_OR_PREPS = PARTICLES | _PREPS_IN_NP
_TIME_HEADS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "week month year morning afternoon evening night weekend".split()
)


#: The marks a noun phrase may hold besides words ("Bell's", "Smith & Co"):
#: a token goes on a phrase when it is a word (``is_word``) or one of these.
#: (The two walks below test it inline: they run at every token they pass.)
_NP_MARKS = frozenset({"'s", "\u2019s", "-", "&", "'", "\u2019"})


# A short prepositional adjunct between a subject and its cue.
_PP_PREPOSITIONS = frozenset({"at", "in", "on", "during"})


#: Dashes that may enclose a parenthetical between a subject and its verb
#: ("Bell — named as a likely successor — told"), as a comma pair may.
PAIRED_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
#: A comma or one of those dashes: where a relative clause or an appositive opens or closes.
COMMA_OR_DASH = PAIRED_DASHES | {","}


#: Subject pronouns that open a short clause set off by commas before a cue
#: ("Asked about it, he paused, then answered"): no appositive, a subject.
_CLAUSE_PRONOUNS = frozenset("he she they we i".split())


def subject_before(toks: list[Tok], k: int, text: str, limit: int = 12) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the noun phrase ending just before ``toks[k]``.

    Adverbs and auxiliaries between the subject and the cue are skipped
    ("He then stressed", "Smith has repeatedly said").
    """
    j = _skip_adverbials(toks, k)
    if j == 0:
        return None
    last = toks[j - 1].text
    if last == ")" or (last == "," or last in PAIRED_DASHES) and j >= 3:
        # "Rep. Jane Roe (D-Ore.) said": skip the parenthesis; "Smith, a
        # spokeswoman for the agency, said" / "Smith, who ..., said": skip the
        # comma-delimited appositive, relative clause or adjunct ("after a long
        # pause"); "Bell — named as a likely successor — told": a parenthetical
        # between dashes.
        k = _opening_mark(toks, j, last)
        if not k:
            return None
        if last == "," and j - 1 - (k + 1) <= 3 and toks[k + 1].text.lower() in _CLAUSE_PRONOUNS:
            return k + 1, k + 2  # "..., he paused, then answered": a short clause whose subject the cue shares
        outer = with_role_head(toks, subject_before(toks, k, text, limit), text, limit)
        if last == ",":
            outer = _past_asides(toks, outer, text, limit)
        if last == "," and outer is not None and _names_description(toks, outer, (k + 1, j - 1), text):
            return k + 1, j - 1  # "The union's leader, Ilse Brandt, said": the name in apposition speaks
        return outer
    if last == QUOTE_TOKEN and j >= 2 and toks[j - 2].text.lower() in lexicon.org_types() and quoted_title(toks[j - 1], text) is not None:
        # 'The regional newspaper «Ouest-Matin» reported': an organisation
        # noun and the organisation's own name in quotation marks (see
        # sources.speaker_mention_of, which reads the name inside them).
        i = _walk_left(toks, j - 1, limit)
        return (_trim_left(toks, i, j - 1), j) if i < j - 1 else None
    if not is_word(last):
        return None
    i = _walk_left(toks, j, limit)
    if i == j:
        return None
    if i >= 2 and toks[i - 1].text.lower() == "to" and (toks[i].text.lower() in DETERMINERS or toks[i].text.lower() in lexicon.roles()) and (
        role := lexicon.roles().get(toks[i - 2].text.lower())
    ) is not None and role.kind == "doc":
        # "Amsel's latest note to clients says", "A report to the cabinet
        # estimated": the recipient ends a document's phrase, which is the
        # subject (only after a document noun: "people close to him said"
        # keeps "him" out of reach, as "Responding to questions, X said"; and
        # the recipient opens with a determiner or is a role noun: not "the
        # letter to Jock, who said", not "signs to let me understand").
        head = _walk_left(toks, i - 1, limit)
        if head < i - 1:
            return _trim_left(toks, head, i - 1), i - 1  # (the document's phrase, without its recipient)
    return _trim_left(toks, i, j), j


def with_role_head(toks: list[Tok], rng: tuple[int, int] | None, text: str, limit: int) -> tuple[int, int] | None:
    """*rng* with the person's role noun it post-modifies: "the officer [in
    charge]", "the man [in the red coat]" (a lower-case role noun of a person
    right before the preposition); *rng* itself otherwise."""
    if rng is None or rng[0] < 2 or toks[rng[0] - 1].text not in POST_MODIFIER_PREPOSITIONS:
        return rng
    if getattr(lexicon.roles().get(toks[rng[0] - 2].text), "kind", None) != "person":
        return rng
    head = subject_before(toks, rng[0] - 1, text, limit)
    return rng if head is None else (head[0], rng[1])


def _past_asides(toks: list[Tok], outer: tuple[int, int] | None, text: str, limit: int) -> tuple[int, int] | None:
    """The subject before the asides set off by commas that the first skip
    left: an age ("Edna Whitlow, 83, from Castlemoor, said") or where someone
    is from ("Edna Whitlow, from Castlemoor, who ..., said"), each a second
    aside after the name, never the subject."""
    for _ in range(3):
        if outer is None or outer[0] < 2:
            return outer
        i = outer[0]
        if outer[1] - i == 1 and toks[i].text.isdigit() and len(toks[i].text) <= 3 and toks[i - 1].text == ",":
            outer = subject_before(toks, i - 1, text, limit)
        elif i >= 3 and toks[i - 1].text.lower() in {"from", "of", "in"} and toks[i - 2].text == ",":
            outer = subject_before(toks, i - 2, text, limit)
        else:
            return outer
    return outer


def _names_description(toks: list[Tok], outer: tuple[int, int], inner: tuple[int, int], text: str) -> bool:
    """Is ``toks[inner]`` a personal name set off by commas after the
    description ``toks[outer]`` ("Northmoor's chief executive, Ottilie
    Marsh,", "A forensic investigator, PC Rachel Dunne,")? Then the two
    are one person, and the name is who the mention should be."""
    if inner[1] - inner[0] < 1 or inner[1] - inner[0] > 6:
        return False
    name = analyse(toks[inner[0] : inner[1]], text)
    if name is None or name.kind not in {"name", "org"} or not name.name:
        return False  # (a firm in apposition speaks too: "Her publisher, Greyfield & Shaw, says")
    if name.kind == "org" and outer[0] > 0 and toks[outer[0] - 1].text.lower() in {"of", "for", "at", "from", "with", "by"}:
        return False  # "Vidal, the editor of the town's paper, the Quay Post, said": the paper is no subject
    if name.kind == "name" and (name.gender or name.title) and outer[0] >= 2 and toks[outer[0] - 1].text.lower() in {"of", "for", "at", "from", "with"} and (
        getattr(lexicon.roles().get(toks[outer[0] - 2].text.lower()), "kind", None) == "person"
    ) and all(t.text[:1].isupper() or t.text.lower() in DETERMINERS for t in toks[outer[0] : outer[1]]):
        # "A spokesman for the Kremlin, Dmitry Orlov, said": a person's name (a given name or a title: not "in the capital,
        # Vessa,") after the body of a person's role is the role's holder
        return True
    desc = analyse(toks[outer[0] : outer[1]], text)
    if desc is None or desc.plural or desc.kind not in {"role", "org"}:
        return False
    if not desc.name:
        return True
    # "The High Steward of Marrowby, Colm Fennessy,": a capitalised title with "the ... of" (no
    # personal name takes "the"); "The leader of the opposition Harvest Party, Ines Lamotte,".
    words = [t.text for t in toks[outer[0] : outer[1]]]
    role = lexicon.roles().get(toks[outer[0] - 2].text.lower()) if outer[0] >= 2 and toks[outer[0] - 1].text == "of" else None
    return words[0].lower() == "the" and "of" in words or role is not None and role.kind == "person"


def _skip_adverbials(toks: list[Tok], k: int) -> int:
    """Where the subject ends before ``toks[k]``: past adverbs, auxiliaries, times and short adjuncts."""
    j = k
    while j > 0:
        w = toks[j - 1].text.lower()
        if j >= 2 and toks[j - 2].text.rstrip(".") in _HONORIFIC_TITLES and is_cap(toks[j - 1].text):
            break  # "Mrs Last said", "Mr Early said": after an honorific, a surname, no adverb
        if (w in ADVERBS and toks[j - 1].text not in MONTH_GIVEN_NAMES) or is_ly_adverb(toks[j - 1].text):
            j -= 1
        elif w in _TIME_HEADS and j >= 2 and toks[j - 2].text.lower() in {"on", "last", "this", "late", "early"}:
            j -= 2  # "Ana Ruiz on Tuesday said"
        elif w in _TIME_HEADS and j >= 4 and toks[j - 2].text.lower() in {"a", "the"} and toks[j - 3].text.lower() in {"on", "during"}:
            j -= 3  # "Ruiz during a Sunday rally thanked" (the head), "Ruiz on the weekend said"
        elif w in _TIME_HEADS and w not in {"week", "month", "year"}:
            j -= 1  # "Ruiz Tuesday said"
        elif (
            j >= 4 and w.isalpha() and toks[j - 1].text.islower()
            and toks[j - 2].text.lower() in NOUN_OPENERS and toks[j - 3].text.lower() in _PP_PREPOSITIONS
            and is_word(toks[j - 4].text)
        ):
            j -= 3  # "Ruiz at the time said", "Ruiz in a statement said": a short adjunct
        elif (
            j >= 5 and w.isalpha() and toks[j - 1].text.islower()
            and toks[j - 2].text.isalpha() and toks[j - 2].text.islower()
            and toks[j - 3].text.lower() in {"his", "her", "their", "its"} and toks[j - 4].text.lower() in _PP_PREPOSITIONS
            and is_word(toks[j - 5].text) and is_cap(toks[j - 5].text)
        ):
            # "Ruiz in her opening speech said": the same with a modifier, after a
            # possessive that refers back to the subject ("Tolls on the old road" stays).
            j -= 4
        else:
            break
    return j


def _opening_mark(toks: list[Tok], j: int, mark: str) -> int:
    """Index of what opens the parenthetical closed by ``toks[j - 1]`` (*mark*: ")", a comma or a dash), or 0 if nothing does."""
    # A parenthesis within 12 tokens; a comma or dash pair within 25, never
    # across a sentence or clause break or a quote.
    opener, reach = ("(", 12) if mark == ")" else (mark, 25)
    k = j - 2
    while k > 0 and j - k < reach and toks[k].text != opener:
        if mark != ")" and toks[k].text in {".", ";", ":", "\x00Q"}:
            return 0
        k -= 1
    return k if k > 0 and toks[k].text == opener else 0


def _phrasal_only(lw: str, toks: list[Tok], i: int) -> bool:
    """Is the cue word *lw* at ``toks[i - 1]`` a cue only with a particle
    that does not follow it ("own up": "the board's own lawyer" holds no verb)?"""
    readings = lexicon.cue_verbs()[lw]
    nxt = toks[i].text.lower() if i < len(toks) else ""
    return all(r.particle and r.particle != nxt for r in readings)


def _walk_left(toks: list[Tok], j: int, limit: int) -> int:
    """First token of the noun phrase ending at ``toks[j - 1]``, walking left at most *limit* tokens (``j`` if none)."""
    i = j
    seen_head = False
    # (The word lists read once, and each token's capitalisation tested once.)
    roles, cue_verbs, pronouns = lexicon.roles(), lexicon.cue_verbs(), lexicon.pronouns()
    while i > 0 and j - i < limit:
        t = toks[i - 1]
        w = t.text
        lw = w.lower()
        if not (w and w[0].isalnum() or w in _NP_MARKS):
            break
        cap = is_cap(w)
        if not cap and (lw in NP_STOP_LEFT or lw in cue_verbs and not _phrasal_only(lw, toks, i)) and not (
            lw in PARTICLES and i < j and is_cap(toks[i].text)
        ) and not (i == j and lw in roles and lw not in NP_STOP_LEFT) and not (
            # "the secretary of state", "the last word": a cue word after "of" or an article is a noun
            lw not in NP_STOP_LEFT and i >= 2 and toks[i - 2].text.lower() in {"of", "the", "a", "an", "in", "on"}  # ("in charge")
        ) and not (
            # "the company's planning director", "the acting president": an -ing modifier of a role noun
            lw.endswith("ing") and i < j and toks[i].text.lower() in roles
        ) and not (
            # "the developer's project director": after a possessive and before a role noun, a noun modifier
            lw not in NP_STOP_LEFT and i >= 2 and i < j and toks[i - 2].text.endswith(POSSESSIVE_ENDINGS)
            and toks[i].text.lower() in roles
        ):
            # A role noun that is also a verb form heads the phrase ("the
            # judge said", "records show"); elsewhere the verb reading stops it.
            break
        if lw in pronouns and seen_head and lw not in DETERMINERS:
            if pronouns[lw][3] != "poss":
                break
        i -= 1
        seen_head = True
        if lw in DETERMINERS and not cap:
            break
        if lw in pronouns and pronouns[lw][3] == "subj" and i == j - 1:
            break
    return i


def _trim_left(toks: list[Tok], i: int, j: int) -> int:
    """Start of the phrase ``[i, j)`` without leading function words or a stray lower-case run."""
    # Trim sentence-initial function words ("But Hale said", "And Smith").
    while i < j - 1 and toks[i].text in NOT_NAMES and toks[i].text.lower() not in DETERMINERS and (
        toks[i].text not in _HONORIFIC_TITLES  # "Mrs Hale said": British honorifics have no dot
    ):
        i += 1
    # Trim a leading lower-case run that is not part of the phrase
    # ("the deal Smith" -> "Smith"): keep from the first determiner or capital.
    while i < j - 1 and not is_cap(toks[i].text) and toks[i].text.lower() not in DETERMINERS and (
        toks[i].text.lower() not in lexicon.pronouns()
    ) and toks[i].text.lower() not in lexicon.roles() and toks[i].text.lower() not in INDEFINITE_SPEAKERS:  # ("somebody else")
        i += 1
    return i


#: Words that may follow a document noun heading a source phrase ("a report by …").
_AFTER_DOC_HEAD = frozenset("by from of on in released published taken conducted obtained".split())


#: Prepositions that may follow a phrase's head noun ("a voice from the hall").
_AFTER_HEAD_PREPOSITIONS = frozenset("from at in behind beside near outside inside across".split())


def _participle_follows(toks: list[Tok], k: int, n: int) -> bool:
    """Is ``toks[k]`` a lower-case participle ("the now mollified General", "the still smiling Ada")?"""
    return k < n and toks[k].text.islower() and toks[k].text.endswith(("ed", "ing", "en"))


def _role_within(toks: list[Tok], j: int, n: int, roles: Mapping[str, object]) -> bool:
    """Is one of the three lower-case words from ``toks[j]`` on a person's
    role noun (``roles.txt``), all of them lower-case words? Then a capitalised
    possessor before them opens a phrase that goes on to its role ("said
    Dravna's managing director, Ilse Marek"), which a contraction's "'s"
    does not ("Mrs Northcote's doing her now")."""
    for x in range(j, min(n, j + 3)):
        w = toks[x].text
        if not (w.isalpha() and w.islower()):
            return False
        if (role := roles.get(w)) is not None:
            return getattr(role, "kind", None) == "person"  # (a person's role: not "Kantar Media's political ad tracker")
    return False


def _title_then_name(toks: list[Tok], j: int, n: int) -> bool:
    """Do lower-case words from ``toks[j]`` reach, within three, a person's role noun with a capitalised word right after it?"""
    for x in range(j, min(n - 1, j + 3)):
        if not toks[x].text.islower():
            return False
        if getattr(lexicon.roles().get(toks[x].text), "kind", None) == "person":
            return is_cap(toks[x + 1].text)
    return False


def np_after(toks: list[Tok], k: int, limit: int = 12, end: int | None = None) -> tuple[int, int] | None:
    """Token range ``[i, j)`` of the noun phrase starting at ``toks[k]`` (not past *end*)."""
    n = len(toks) if end is None else min(end, len(toks))
    if k >= n or not is_word(toks[k].text):
        return None
    if not is_cap(toks[k].text) and toks[k].text.lower() in NP_STOP_RIGHT:
        return None  # "said at a rally": a preposition, not a speaker
    i = j = k
    # (The word lists read once, and each token's capitalisation tested once.)
    roles, cue_verbs, pronouns = lexicon.roles(), lexicon.cue_verbs(), lexicon.pronouns()
    while j < n and j - i < limit:
        w = toks[j].text
        lw = w.lower()
        if not (w and w[0].isalnum() or w in _NP_MARKS):
            break
        if w == "-" and (j + 1 >= n or not is_word(toks[j + 1].text)):
            break  # "said Mr. Hale--": a double hyphen is a dash, not a hyphen
        cap = is_cap(w)
        if (
            j > i
            and w.isalpha()
            and not cap
            and is_cap(toks[j - 1].text)
            and lw not in PARTICLES
            and lw not in roles
            and toks[j - 1].text.lower() not in DETERMINERS
            and not (toks[j - 1].text.endswith(POSSESSIVE_ENDINGS) and _role_within(toks, j, n, roles))  # ("said Dravna's managing director")
        ):
            break  # "Jonas sat by the stove": a name ends where a lower-case word begins
        is_cue_word = lw in cue_verbs and toks[j - 1].text.lower() not in DETERMINERS and not (
            # "a new report", "his finance documents": a role noun closing the phrase is its head
            lw in roles and (j + 1 >= n or not is_word(toks[j + 1].text) or toks[j + 1].text.lower() in _AFTER_DOC_HEAD)
        ) and not (
            # "said a harsh voice.", "said a querulous voice from the hall": after a
            # determiner and lower-case modifiers, a word closing the phrase before
            # punctuation or a preposition is its head noun
            (j + 1 >= n or not is_word(toks[j + 1].text) or toks[j + 1].text.lower() in _AFTER_HEAD_PREPOSITIONS)
            and j - i >= 2 and toks[i].text.lower() in DETERMINERS
            and all(toks[x].text.islower() for x in range(i + 1, j))
        )
        if j > i and not cap and pronouns.get(lw, (0, 0, 0, ""))[3] == "subj":
            break  # "told friends she will …": a new clause starts
        if j > i and lw in DETERMINERS and not cap and toks[j - 1].text.lower() not in _PARTICLES_OR_PREPS:
            break  # "told reporters the bridge …": a new noun phrase starts
        if j > i and not cap and (lw in NP_STOP_RIGHT or is_cue_word) and not (
            lw in PARTICLES and j + 1 < n and is_cap(toks[j + 1].text)
            or lw == "and" and toks[j - 1].text in roles and j + 2 < n and toks[j + 1].text in roles and is_cap(toks[j + 2].text)
            # ("the novelist and illustrator Marcus Penrose": one person's two roles before the name; not "the brother and sister")
            or is_cue_word and lw not in NP_STOP_RIGHT and _title_then_name(toks, j + 1, n)
            # ("retired talk show host Dale Purcell": a noun modifying a title before a name, no verb)
        ):
            # "a spokeswoman for the agency": keep a for/of phrase after a role noun.
            if lw in {"for", "of", "at"} and toks[j - 1].text.lower() in roles:
                j += 1
                continue
            if lw == "than" and _comparative_amount(toks, j, n):
                j += 2  # "her agent of more than four decades": an amount, not a comparison's clause (its number, a determiner, read with it)
                continue
            break
        j += 1
        if j - i == 1 and lw in pronouns and not (
            lw in DETERMINERS and j < n and toks[j].text.isalpha() and toks[j].text.islower()
        ):
            break  # "said he" ends here; "said her mother" goes on
        if j < n and (
            toks[j].text.lower() in ADVERBS and not is_cap(toks[j].text) and not (j - i == 1 and lw in {"the", "a", "an"} and _participle_follows(toks, j + 1, n))
            or is_ly_adverb(toks[j].text) and toks[j - 1].text.lower() not in DETERMINERS
        ):
            break  # "said Ada cheerfully" (but "the burly Pell" and "the now mollified General" go on)
    if j - i > 1 and j < n and toks[j - 1].text.lower() in {"for", "of", "at"} and toks[j].text.lower() in NP_STOP_RIGHT:
        j -= 1  # "told a meeting of about 200 tenants": the kept preposition's object did not follow
    return (i, j) if j > i else None


#: The comparatives that open an amount with "than" ("more than thirty years", "fewer than 200 members").
_AMOUNT_COMPARATIVES = frozenset({"more", "less", "fewer"})


def _comparative_amount(toks: list[Tok], j: int, n: int) -> bool:
    """Is the "than" at *j* inside an amount, after "more", "less" or "fewer"
    and before a number ("of more than thirty years", "of fewer than 200
    staff")? Then the noun phrase goes on over it."""
    return (j + 1 < n and toks[j - 1].text.lower() in _AMOUNT_COMPARATIVES
            and (toks[j + 1].text[:1].isdigit() or toks[j + 1].text.lower().split("-")[0] in _AMOUNT_WORDS))


#: Words that open an amount: the number words, the tens, "a" ("more than a decade") and "half".
_AMOUNT_WORDS = NUMBER_WORDS | frozenset("twenty thirty forty fifty sixty seventy eighty ninety hundred a half".split())


def quoted_title(tok: Tok, text: str) -> list[Tok] | None:
    """The words inside a quoted span (a QUOTE_TOKEN) when they read as a
    proper name: one to five words, the first capitalised, no comma or
    sentence mark ("«Ouest-Matin»", '"Harbour Post"'); else None."""
    inner = tokenize(text, tok.start + 1, tok.end - 1)
    if not 1 <= len(inner) <= 5 or not inner[0].text[:1].isupper() or any(not is_word(t.text) for t in inner):
        return None
    return inner


def partitive_name(sub: list[Tok], text: str) -> tuple[int, int] | None:
    """"One of the island councillors, Bjorn Lunde, wrote", '"…," one of the
    fishermen, Tom Hale, said': a partitive "one of" a group, then a name set
    off by commas right before the cue: the name is the one who speaks (the
    group would be a plural description of a single speaker). Its range, or None."""
    n = len(sub)
    if n < 7 or sub[-1].text != ",":
        return None  # (the cheap test first: most subjects end in no comma)
    k = n - 2
    while k > 0 and n - 2 - k < 4 and is_cap(sub[k].text):
        k -= 1
    if k == n - 2:
        return None
    x = k
    while k > 0 and x - k < 3 and sub[k].text.isalpha() and sub[k].text.islower():
        k -= 1  # ("One of its authors, marine biologist Lena Varga, said": a role before the name)
    if sub[k].text != ",":
        return None
    one = next((x for x in range(k - 1, max(-1, k - 9), -1) if sub[x].text.lower() == "one" and x + 1 < k and sub[x + 1].text == "of"), None)
    if one is None or any(t.text in {",", ";", ".", QUOTE_TOKEN} for t in sub[one:k]):
        return None
    m = analyse(sub[k + 1 : n - 1], text)
    return (k + 1, n - 1) if m is not None and m.kind == "name" and m.name else None


def before_pp(sub: list[Tok], x: int, text: str, limit: int) -> tuple[int, int] | None:
    """The noun phrase before the preposition at *x*; past a comma when the
    phrase is an appositive of its own ("Lisa Marchbank, of Ferndale Trading
    Standards, which led the inquiry, said": Marchbank)."""
    if x > 1 and sub[x - 1].text == ",":
        return subject_before(sub, x - 1, text, limit)
    return subject_before(sub, x, text, limit) if x > 0 else None


def post_modifier_pp(sub: list[Tok], start: int, p: str) -> bool:
    """Does the preposition *p* before ``sub[start]`` open a phrase that
    post-modifies the subject after an adjective or a participle ("A source
    close to the minister", "people familiar with the plan", "A police report
    submitted to the court")?"""
    return p in {"to", "with"} and start >= 2 and sub[start - 2].text in POST_ADJECTIVES or (
        p == "to" and start >= 3 and past_participle(sub[start - 2].text) and is_word(sub[start - 3].text)
    )


def participle_host(sub: list[Tok], x: int, text: str, limit: int) -> tuple[int, int] | None:
    """'The union representing ...', 'Lawyers acting for ...': when ``sub[x]``
    is an -ing participle right after a role or organisation noun, the noun
    phrase that noun ends (the participle phrase modifies it), else None."""
    if x < 1 or not sub[x].text.endswith("ing"):
        return None
    prev, after = sub[x - 1].text, sub[x + 1].text if x + 1 < len(sub) else ""
    if is_cap(prev) and x > 1:
        return None  # (a capitalised noun only as the sentence's first word: "Lawyers acting for ...")
    if prev.lower() not in lexicon.roles() or sub[x].text in lexicon.roles():
        return None
    if not (is_participle(sub[x].text, after) or after.lower() in QUANT_HEADS or after[:1].isdigit()):
        return None  # ("representing most of", "representing 3,000 workers")
    return subject_before(sub, x, text, limit)


def participle_before(sub: list[Tok], start: int, text: str, limit: int) -> tuple[int, int] | None:
    """The noun phrase a participle phrase ending at ``sub[start]`` modifies:
    its object right after it ("The charity running the shelter said"), after
    a preposition ("Lawyers acting for the family said") or after a
    quantity ("The union representing most of the workers said"); None when
    no -ing participle after a role or organisation noun opens the phrase."""
    for x in (start - 1, start - 2, start - 3):
        if x < 1 or x < start - 1 and not (sub[x + 1].text.lower() in PREPOSITIONS or sub[x + 1].text.lower() in QUANT_HEADS or sub[x + 1].text == "of"):
            return None  # (only a preposition or a quantity word between the participle and its object)
        if (host := participle_host(sub, x, text, limit)) is not None:
            return host
    return None


def participle_postmodifier(toks: list[Tok], k: int, end: int | None = None) -> bool:
    """Is ``toks[k]`` a lower-case past participle in -ed that opens a
    post-modifier with the preposition after it ("based in", "owned by", "a
    report presented to the meeting"), not a phrase's head noun ("the
    appointed", "a need": no role noun)? (Not past *end*.)"""
    w = toks[k].text
    n = len(toks) if end is None else end
    return (
        k + 1 < n and w.islower() and w.endswith("ed") and len(w) > 4 and w not in lexicon.roles()
        and toks[k + 1].text in PREPOSITIONS  # (written in lower case, as inside a clause)
    )


def past_participle(word: str) -> bool:
    """A past participle that may post-modify a noun: "submitted", "sent" ("a report submitted to the court")."""
    return word.islower() and (word.endswith("ed") or word in lexicon.irregular_verbs())


#: What may follow an indefinite apposition to a place: a comma, a relative, a preposition, the sentence's end.
_AFTER_APPOSITION = frozenset({",", "that", "which", "where", "whose", "who", ".", ";"})


#: Prepositions of place that open an adjunct after a cue ("told reporters outside the court that ...").
PLACE_PREPOSITIONS = frozenset("outside inside near behind beside across opposite along around beyond".split())


def place_apposition(toks: list[Tok], k: int, end: int) -> int | None:
    """Does an indefinite noun phrase at *k* ("a former bakery", "an old
    boathouse") stand in apposition to the place just before its comma,
    rather than open a clause ("a decision would come": a verb follows)?
    Returns where a "that" clause after its closing comma starts, -1 if
    none follows, or None when no apposition opens at *k*."""
    if toks[k].text.lower() not in ("a", "an"):
        return None
    rng = np_after(toks, k, 8, end=end)
    if rng is None:
        return None
    x = rng[1]
    if x < end and toks[x].text.lower() not in _AFTER_APPOSITION and toks[x].text.lower() not in PREPOSITIONS:
        return None  # (a verb or an auxiliary: the noun phrase is a clause's subject)
    for y in range(x, min(end - 1, x + 12)):
        if toks[y].text == "," and toks[y + 1].text.lower() == "that":
            return y + 1
    return -1
