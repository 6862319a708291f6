"""Capitalised runs that analyse as names: the pre-scan of :mod:`quotes.names`.

The tokens outside quotes are read once, left to right; a capitalised token
opens a run, which goes on over capitalised words, name particles ("de",
"van der"), "for"/"on"/"and" inside an organisation's name and a plural
possessive's apostrophe, never across a line. Each run is analysed as a
phrase (:func:`quotes.syntax.phrases.analyse`); the names and organisations
are handed back with where their runs end.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from itertools import compress, count
from operator import attrgetter
from typing import Any

from . import lexicon
from .lazy import WordMemo, once
from .syntax.phrases import _PEOPLE_OF, DETERMINERS, GENDERED_HONORIFICS, NOT_NAMES, PARTICLES, Mention, Tok, _strip_possessive, analyse, as_surname, is_cap, is_word, mood_word
from .syntax.titling import sentence_case_end, title_firsts
from .syntax.words import PREPOSITIONS, QUANTIFIER_SUBJECTS, is_demonym

__all__ = ["SENTENCE_ENDS", "name_runs", "title_stems"]

#: A token's start, the key its index is found by.
_START = attrgetter("start")
#: The tokens that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?"})


@functools.cache
def title_stems() -> frozenset[str]:
    """The titles of ``titles.txt`` without their full stops (built once)."""
    return frozenset(t.rstrip(".") for t in lexicon.titles())


def name_runs(
    outer: list[Tok], text: str, words: list[str], word_set: frozenset[str], *, news: bool = False
) -> tuple[list[Mention], list[int]]:
    """Capitalised runs outside quotes that analyse as names or organisations.

    *words*: the text of each token (:attr:`~quotes.sieves.base.SieveBase.words`).
    *word_set*: every word of the document
    (:attr:`~quotes.sieves.base.SieveBase.word_set`): a word it also writes
    in lower case opening a run is an ordinary word capitalised at a sentence start.
    *news*: "Ms Zhou" keeps its honorific, so the name is
    gendered (in novels, where "Mrs Beaver" may be the family's, it measured
    worse on PDNC); and "the Finn" is a nationality noun, no name."""
    found: list[Mention] = []
    n = len(outer)
    titles, given, orgs, roles = title_stems(), lexicon.given_names(), lexicon.org_words(), lexicon.roles()
    ends: list[int] = []
    surnames: set[str] = set()  # last words of the names found so far
    # Which tokens are capitalised words, in C-level loops (a Python loop over every token
    # cost a tenth of the whole pass): each distinct word tested once, across documents
    # (_CAPITALISED), then the tokens looked up with the hashes their strings keep; the
    # flags by map() and the indexes by compress(), a third of a comprehension's time.
    caps = list(map(_CAPITALISED.table(word_set).__getitem__, words))
    opens = list(compress(count(), caps))
    use = None if news else _NameUse(words, opens)  # (fiction: how the story writes its capitalised words, read when first asked)
    done = 0  # the runs found so far end here
    for i in opens:  # (only capitalised tokens open a run)
        if i < done or outer[i].text in _HEADING_VERBS:
            continue
        j = _run_end(outer, i, caps, text, orgs)
        if j - i == 1:
            # One word (most runs), which no capitals test drops: the tests of
            # the loop below that one word can pass, in line (a title of
            # several words, a role title, a mood word or a place adjective
            # keeps only a longer run).
            w = outer[i].text
            low = w.lower()
            drop = w in NOT_NAMES or w in QUANTIFIER_SUBJECTS or low in DETERMINERS or low in word_set and low.islower() and w not in given and w.rstrip(".") not in titles
            run = [] if drop and not (use and use.as_name(w, low)) else [outer[i]]
        else:
            # (a word in capitals inside a run is a dateline's or a heading's, dropped;
            # not a first word set in capitals before an organisation's name, a
            # regional paper's opening style: "BRACKLEY District Council has dropped ...")
            keep_first = j - i > 2 and outer[i].text.isupper() and any(outer[k].text in orgs for k in range(i + 1, j))
            run = _without_heading_caps(outer[i:j], keep_first)
            # (after an article, "The Department of Highways", a capital opens a name as it does mid-sentence)
            after_article = len(run) > 2 and run[0].text in ("The", "the") and any(x.text in orgs for x in run)
            while run and not (news and len(run) > 1 and run[0].text in GENDERED_HONORIFICS) and (
                run[0].text in NOT_NAMES and not (run[0].text in _PLACE_ADJECTIVES and (len(run) > 2 and any(x.text in orgs for x in run[2:]) or news and _named_mid_sentence(run, text)))
                or (low := run[0].text.lower()) in DETERMINERS or run[0].text in QUANTIFIER_SUBJECTS  # ("Neither Tom Reilly nor ...")
                or (low in word_set and low.islower() and run[0].text not in given and run[0].text.rstrip(".") not in titles and not _opens_title(run)
                    and not ((run[0] is outer[i] and _mid_sentence(outer, i) or after_article) and len(run) > 1 and any(x.text in orgs for x in run))
                    and not _role_title(run, given, roles) and not (news and _named_mid_sentence(run, text)))
                or len(run) > 1 and mood_word(run[0].text) and not any(x.text in orgs for x in run)
            ):
                # "Saw Tom", "Darling Ada": a word the document also writes in
                # lower case is an ordinary word capitalised at a sentence start.
                run = run[1:]
        if len(run) == 1 and run[0] is outer[i] and run[0].text.endswith("ing") and run[0].text not in given and (
            j < n and (outer[j].text in _PARTICIPLE_OBJECTS or _bare_object(outer, j)) and _opens_sentence(outer, i, text)
        ):
            run = []  # "Speaking at the launch, she said", "Seeing his brother ...": a participle opening the sentence ("Schilling told" is a name)
        elif len(run) == 1 and run[0] is outer[i] and j < n and outer[j].text in roles and _portfolio_before_title(outer, i, j, text):
            # (the role after it tested first, in line: most one-word runs have none)
            run = []  # "Finance chief Ben Aldous said": the post's field, no organisation
        if news and len(run) == 1 and (run[0] is not outer[j - 1] or j > 1 and outer[j - 2].text.lower() in _ARTICLES) and _nationality_noun(outer, run[0], i, j):
            run = []  # (its article tested in line first for the usual one-word run, the run's last token: no call for most runs)
        if run:
            m = analyse(run, text)
            if m is not None and m.kind == "role" and len(run) > 2 and run[1].text == "of" and run[0].text.lower() in _PEOPLE_OF:
                m = analyse(run[2:], text)  # "Members of Allied Food Workers voted": the body the group is of is named
            if m is not None and m.kind == "role" and len(run) == 1 and run[0].text in surnames:
                m = as_surname(m)  # "Newland Archer ... Archer said": a surname, not the role "archer"
            elif m is not None and m.kind == "role" and len(run) == 1 and use and use.role_as_name(m, outer.index(run[0], i, j), titles):
                m = as_surname(m)._replace(gender=m.gender)  # a novel's "Nanny", "Cook", "Grandmother": a character's name
            if m is not None and m.kind in {"name", "org"} and m.name:
                found.append(m)
                ends.append(j)
                surnames.add(m.name.split()[-1])
        done = j
    return (_without_opening_words(outer, text, found, given, titles) if news and len(found) > 1 else found), ends


def _without_opening_words(outer: list[Tok], text: str, found: list[Mention], given: Any, titles: frozenset[str]) -> list[Mention]:
    """News: a two-word name opening the headline (the first line) whose
    first word is no given name or title, and whose second is the surname of a
    full name the text gives inside a sentence with another first word
    ("Late Sandoval header keeps Rovers' hopes alive" before "a header from
    Rui Sandoval"), is that surname alone: the sentence's capital made an
    ordinary word ("Late", "Brave", "Veteran") look like a first name. (Only
    the headline: in the body, such a name opening a sentence is a relative's
    or a first name the list lacks; measured on the held-out news split.)"""
    full: dict[str, set[str]] = {}  # surname -> the first words of the two-word names that end in it
    for m in found:
        words = m.name.split() if m.kind == "name" and m.name else ()
        if len(words) == 2:
            full.setdefault(words[1], set()).add(words[0])
    if not any(len(firsts) > 1 for firsts in full.values()):
        return found  # (no surname with two first words, most documents: nothing to look up)
    headline_end = text.find("\n") % (len(text) + 1)  # (the first line's end: the text's end when it has one line)
    out = []
    for m in found:
        words = m.name.split() if m.kind == "name" and m.name else ()
        if (len(words) == 2 and m.start < headline_end and len(full.get(words[1], ())) > 1 and words[0] not in given and words[0].rstrip(".") not in titles
                and (i := bisect_left(outer, m.start, key=_START)) < len(outer) and outer[i].start == m.start and _opens_sentence(outer, i, text)
                and any(f != words[0] and _inside_sentence(text, f"{f} {words[1]}") for f in full[words[1]])
                and (alone := analyse([outer[i + 1]], text)) is not None and alone.kind == "name"):
            m = alone
        out.append(m)
    return out


def _inside_sentence(text: str, name: str) -> bool:
    """Is the two-word *name* written somewhere after a lower-case word or a comma, inside a sentence?"""
    return _written_after(text, name, lambda w: w.islower() or w.endswith(","))


def _written_after(text: str, phrase: str, fits: Callable[[str], bool]) -> bool:
    """Is *phrase* written somewhere after a space and a word that *fits*
    (the last word of the 20 characters before it)? At most
    :data:`_MID_SENTENCE_LOOKS` of its places are looked at: a text repeating
    it thousands of times stays linear."""
    k = text.find(phrase)
    for _ in range(_MID_SENTENCE_LOOKS):
        if k < 0:
            return False
        before = text[max(0, k - 20) : k].split()
        if k > 0 and text[k - 1] == " " and before and fits(before[-1]):
            return True
        k = text.find(phrase, k + 1)
    return False


#: How many of a phrase's places :func:`_written_after` looks at.
_MID_SENTENCE_LOOKS = 40
#: Prepositions before a place's name ("in New York"): a run after one says nothing of a name's first word.
_PLACE_BEFORE = frozenset("in at from to near across outside inside into around through throughout toward towards".split())


def _named_mid_sentence(run: list[Tok], text: str) -> bool:
    """Does the text write the run's words, from its first (a word it also
    writes in lower case) to its second, capitalised after a lower-case word
    too ("treasurer of Little Lanterns" before "Little Lanterns said")? Then
    the first word is the name's, not a sentence's opening word. (News
    only: in novels it kept "West Sussex" and "Central Italy" whole, which
    the fallback sieves then took for speakers; PDNC 3 quotes gained, 4 lost.)"""
    if len(run) < 2:
        return False
    return _written_after(text, text[run[0].start : run[1].end], lambda w: w.isalpha() and w.islower() and w not in _PLACE_BEFORE)


#: Verbs and auxiliaries that a heading or a headline in title case
#: capitalises ("Anne Says Her Prayers", "Rubio Did Well", "National Review
#: Crowd Does Not Like Donald Trump"): no name holds one, so a run of
#: capitalised words ends before it and none opens with it. ("Will", "May",
#: "Can" and "Said" are left out: they are given names too.)
_HEADING_VERBS = frozenset(
    "Is Are Was Were Has Have Had Does Did Not Would Could Should Must Says Tells Told Wants Warns Vows Slams Urges "
    "Calls Makes Gets Takes Reveals Demands".split()
)


class _NameUse:
    """Fiction: how a story writes its capitalised words, read once per
    document when a word asks. A role noun written capitalised after a
    lower-case word that is no determiner ("and Nanny gave her a chair",
    "liked Cook best"; not "the General", "her Grandmother") is a
    character's name. A word that opens a sentence ("Nanny sniffed.",
    "Grandmother laughed.") is a name, even if the story also writes it in
    lower case ("nanny opened the window"), when the story writes it
    capitalised after a lower-case word (a name's or a title's use: "and
    Nanny gave", "the Grandmother said") at least as often."""

    def __init__(self, words: list[str], opens: list[int]) -> None:
        self._words, self._opens = words, opens

    @once
    def _after(self) -> list[int]:
        """The capitalised tokens that follow a lower-case word."""
        words = self._words
        return [k for k in self._opens if k and (p := words[k - 1]).isalpha() and p.islower()]

    @once
    def _after_any(self) -> Counter[str]:
        """Capitalised word -> how often it follows a lower-case word."""
        return Counter(self._words[k] for k in self._after)

    @once
    def _after_word(self) -> Counter[str]:
        """Capitalised word -> how often it follows a lower-case word that is no determiner."""
        words = self._words
        return Counter(words[k] for k in self._after if words[k - 1] not in DETERMINERS)

    @once
    def _counts(self) -> Counter[str]:
        """Word -> how often the story writes it (outside quotes)."""
        return Counter(self._words)

    def as_name(self, word: str, low: str) -> bool:
        """Is *word* (lower case *low*) written capitalised after a lower-case word at least as often as in lower case?"""
        mid = self._after_any[word]
        return bool(mid) and mid >= self._counts[low]

    def role_as_name(self, m: Mention, i: int, titles: frozenset[str]) -> bool:
        """Is the one-word role *m* (token *i*) a character's name: no plural, no title, no determiner before it, written as a name?"""
        w = self._words[i]
        return not m.plural and w.rstrip(".") not in titles and not (i > 0 and self._words[i - 1].lower() in DETERMINERS) and self._after_word[w] > 0


def _capitalised(w: str) -> bool:
    """Is the (non-empty) word *w* capitalised, as a run's word is? (C-level
    islower() first: it rejects the lower-case words, most words, in one
    call.)"""
    return not w.islower() and (w[0].isupper() and w[0].isalpha() or w[0].islower() and is_cap(w))


#: :func:`_capitalised` of each word, remembered across documents.
_CAPITALISED: WordMemo[bool] = WordMemo(_capitalised)


#: Adjectives that open place names ("Little Orrin", "Great Hadley", "Old
#: Leigh"): before a name that ends in an organisation word they are part of
#: it ("Little Orrin Parish Council met"), not a sentence's opening word.
_PLACE_ADJECTIVES = frozenset("Little Great Old".split())


def _mid_sentence(outer: list[Tok], i: int) -> bool:
    """Does ``outer[i]`` follow a lower-case word? Mid-sentence ('released by
    the Ministry of Transport') a capitalised word is part of a name even if
    the document also writes it in lower case ('the ministry said'). (Asked
    only of the few runs whose first word the document also writes in lower
    case, not of every run.)"""
    return i > 0 and outer[i - 1].text[:1].islower() and is_word(outer[i - 1].text)


def _role_title(run: list[Tok], given: Any, roles: Any) -> bool:
    """Does the run open with a person role used as a title before a full
    name ("Manager Stuart Kell was in defiant mood", "Striker Tiago Brennan
    ...")? The role stays with the name, even when the story also writes it
    in lower case ("the manager paused"): role-name juxtaposition."""
    if len(run) < 3 or run[1].text not in given:
        return False
    role = roles.get(run[0].text.lower())
    return role is not None and role.kind == "person" and not role.plural


def _nationality_noun(outer: list[Tok], tok: Tok, i: int, j: int) -> bool:
    """Is *tok* (of the run ``outer[i:j]``) a nationality noun after an
    article ("The Finn, whose 31 goals ...", "a Dane"), even one that is a
    given name too? News only: in novels "the Frenchman" is how a character
    goes by (PDNC lists it among his names; reading it as a noun measured
    worse there)."""
    k = j - 1 if outer[j - 1] is tok else outer.index(tok, i, j)  # (a one-word run is its last token but for capitals dropped after it)
    return k > 0 and outer[k - 1].text.lower() in _ARTICLES and is_demonym(tok.text)


#: The articles before a nationality noun (lower-cased).
_ARTICLES = frozenset({"the", "a", "an"})


def _opens_sentence(outer: list[Tok], i: int, text: str) -> bool:
    """Does ``outer[i]`` open a sentence or a line (the first token, or after a sentence end or a line break)?"""
    return i == 0 or outer[i - 1].text in SENTENCE_ENDS or "\n" in text[outer[i - 1].end : outer[i].start]


def _portfolio_before_title(outer: list[Tok], i: int, j: int, text: str) -> bool:
    """Is ``outer[i]`` a portfolio word (``portfolios.txt``) opening its
    sentence right before a lower-case person role ("Finance chief Ben
    Aldous", "Health minister Ana Ruiz")?"""
    if outer[i].text.lower() not in lexicon.portfolios() or j >= len(outer) or not _opens_sentence(outer, i, text):
        return False
    role = lexicon.roles().get(outer[j].text)
    return role is not None and role.kind == "person"


def _opens_title(run: list[Tok]) -> bool:
    """Does the run open with a title of several words ("Prime Minister Rosa
    Achter", "Chief Constable ...")? Its first word stays, even if the story
    also writes it in lower case ("the prime minister")."""
    cands = title_firsts().get(run[0].text.rstrip("."), ())
    return any(len(c) > 1 and len(run) > len(c) and tuple(t.text.rstrip(".") for t in run[: len(c)]) == c for c in cands)


def _run_end(outer: list[Tok], i: int, caps: list[bool], text: str, orgs: frozenset[str]) -> int:
    """Where the run of capitalised words opened at ``outer[i]`` ends: over
    capitalised words, name particles ("de", "van") before a capital, "for"
    and "on" inside an organisation's name ("the Hollins Institute for Health
    Policy", "the Committee on Climate Change"; not "the Festival on
    Saturday") and a plural possessive's apostrophe before one ("the
    Dockworkers' Federation"); never across a line."""
    n = len(outer)
    j = sentence_case_end(outer, i, caps, text) if outer[i].text in lexicon.foreign_org_words() else i + 1
    while j < n:
        w = outer[j].text
        if "\n" in text[outer[j - 1].end : outer[j].start]:
            break  # names never run across lines
        if caps[j] and outer[j].text not in _HEADING_VERBS:
            j += 1
        elif (lw := w.lower()) in PARTICLES and lw != "and" and _particles_then_cap(outer, j) and not _of_person(outer, i, j, orgs):
            j += 1
        elif w in ("for", "on") and j + 1 < n and caps[j + 1] and outer[j + 1].text not in NOT_NAMES and any(
            outer[k].text in orgs for k in range(i, j)
        ):
            j += 1
        elif w == "and" and j + 1 < n and caps[j + 1] and _and_inside_org(outer, i, j, caps, orgs):
            j += 1
        elif w == "&" and j + 1 < n and caps[j + 1]:
            j += 1  # an ampersand joins a firm's name ("Pemberton & Gale", "Marrant & Vey")
        elif w in {"'", "\u2019"} and outer[j - 1].text.endswith("s") and outer[j].start == outer[j - 1].end and (
            j + 1 < n and caps[j + 1] and any(outer[k].text in orgs for k in range(j + 1, min(n, j + 4)))
        ):
            j += 1  # (but "the Greens' Kowalczyk" is a party's member)
        else:
            break
    if j - i == 2 and _place_then_person(outer, i, orgs):
        return i + 1  # "back from York Lucy came running": a place, then a person
    return j


#: Small words set in capitals inside a heading's run ("WHEREIN BUNNY-THE-BEAR AND THE BEES QUARREL"): no part of a name.
_CAPS_SMALL = frozenset("A AN AND THE OF OR TO IN ON AT BY FOR WITH FROM".split())


def _without_heading_caps(run: list[Tok], keep_first: bool) -> list[Tok]:
    """The run without its words in capitals, a dateline's or a heading's:
    those of four letters or more, and the small words of :data:`_CAPS_SMALL`
    (so "AND" ends no name); *keep_first*: not a first word set in capitals
    before an organisation's name ("BRACKLEY District Council"). (Dropping
    every word in capitals of a run holding two or more, "AND TWO BEES",
    measured PDNC check -1 and news holdout -1.)"""
    return [x for x in run if not (x.text.isupper() and (len(x.text) > 3 and x.text.isalpha() or x.text in _CAPS_SMALL) and not (keep_first and x is run[0]))]


#: Prepositions of place and direction that put a place right after them ("came back from York").
_PLACE_PREPOSITIONS = frozenset("from in at to into near across through towards toward around round outside beyond via".split())
#: First words of place names whose second word may be a given name ("San Jose", "West Virginia", "St Helena").
_PLACE_FIRSTS = frozenset("San Santa Santo Sao St St. Saint Ste Los Las El La Le New North South East West Upper Lower Great Little Old Glen".split())


def _place_then_person(outer: list[Tok], i: int, orgs: frozenset[str]) -> bool:
    """Is the two-word run ``outer[i:i + 2]`` after a preposition of place a
    place and then a person's given name, two phrases ("Back from York Lucy
    came running", "news from Leeds Martha wanted to hear")? Not when the
    first word is itself a given name, a title or an organisation's word,
    or opens place names whose second word may be a given name ("San Jose",
    "West Virginia", "Port Elizabeth": ``place_prefixes.txt`` and
    :data:`_PLACE_FIRSTS`)."""
    if i == 0 or outer[i - 1].text not in _PLACE_PREPOSITIONS:
        return False  # (most two-word runs: no word list read)
    first, second = outer[i].text, outer[i + 1].text
    given = lexicon.given_names()
    return (second in given and first not in given and first not in orgs
            and first.rstrip(".") not in title_stems() and first not in _PLACE_FIRSTS and first not in lexicon.place_prefixes() and not first.isupper())


def _of_person(outer: list[Tok], i: int, j: int, orgs: frozenset[str]) -> bool:
    """Is ``outer[j]`` an "of" before a person's given name that the run
    opened at ``outer[i]`` does not take ("learned from Peter of Anna's
    engagement", "spoke the German of Lotte": two phrases)? A title, an
    organisation or a place before it keeps "of" in the name ("the Duke of
    Clarence", "the College of William and Mary", "Catherine of Aragon", whose
    "Aragon" is no given name)."""
    if outer[j].text != "of" or j + 1 >= len(outer) or _strip_possessive(outer[j + 1].text) not in lexicon.given_names():
        return False
    titles, places = title_stems(), lexicon.place_words()
    return not any((t := outer[k].text.rstrip(".")) in titles or t in orgs or t in places for k in range(i, j))


def _and_inside_org(outer: list[Tok], i: int, j: int, caps: list[bool], orgs: frozenset[str]) -> bool:
    """Is the "and" at ``outer[j]`` inside one organisation's name (the run
    opened at ``outer[i]``)? Yes before the name's head ("the Harbour and
    Stevedores Union", "the Competition and Consumer Authority"; not "Ana
    Ruiz and Kelby Council": a given name opens a person's), and inside the
    domain after a head and "of"/"for" when every word after "and" is an
    organisation word ("the Department of Highways and Transport"); not
    between two names ("the Ministry of Finance and Norrvik Air")."""
    before = [outer[k].text for k in range(i, j)]
    after = []  # (the capitalised words of the next six tokens, over a plural possessive's apostrophe)
    k = j + 1
    while k < len(outer) and k - j <= 6 and (caps[k] or outer[k].text in {"'", "\u2019"}):
        if caps[k]:
            after.append(outer[k].text)
        k += 1
    if not after:
        return False
    if after[-1] in _ORG_HEADS:
        return not any(w in _ORG_HEADS for w in before) and before[0] not in lexicon.given_names()
    link = next((x for x, w in enumerate(before) if w in {"of", "for"}), 0)
    return (
        any(w in _ORG_HEADS for w in before[:link]) and before[0] not in lexicon.given_names()
        and all(w in orgs or w.endswith("s") and w[:-1] in orgs for w in after)
    )  # ("the General Union of Industry and Services": a head after a first word, a plural domain word)


#: The words that head an organisation's name, last ("... Workers' Federation")
#: or first with a domain after "of"/"for" ("Department of ..."), as opposed to
#: the organisation words that name a domain ("Transport", "Rail", "Markets").
_ORG_HEADS = frozenset(
    "Union Federation Association Society Trust Institute Foundation League Council Authority Agency Board Commission "
    "Department Ministry Office Bureau Committee Party Alliance Coalition Confederation Congress Directorate Inspectorate "
    "Tribunal Service Network Partnership Corporation Company Group".split()
)


def _particles_then_cap(outer: list[Tok], j: int) -> bool:
    """``outer[j]`` starts a short run of name particles followed by a capital ("of the Harbour")."""
    for k in range(j + 1, min(len(outer), j + 3)):
        w = outer[k].text
        if is_cap(w):
            return True
        if w.lower() not in PARTICLES:
            return False
    return False


def _bare_object(outer: list[Tok], j: int) -> bool:
    """Is ``outer[j]`` a bare lower-case noun closing a participle clause at a
    comma ("Giving evidence, his sister said")? Not a verb of speech: "Manning
    said, ..." is a surname's tag."""
    w = outer[j].text
    return j + 1 < len(outer) and outer[j + 1].text == "," and w.isalpha() and w.islower() and w not in lexicon.cue_verbs()


#: What follows a sentence-opening participle ("Speaking at", "Seeing his", "Declaring himself"), never a name's verb.
_PARTICIPLE_OBJECTS = PREPOSITIONS | DETERMINERS | frozenset("of about his her their its my our your him them it himself herself themselves itself".split())
