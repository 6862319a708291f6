"""Addressing in dialogue: the names and words a line calls someone by, and who they name.

Used by the dialogue sieves (:mod:`quotes.sieves.dialogue`), the
conversation model (:mod:`quotes.conversation`) and the entity stage
(:mod:`quotes.resolve`). A name addressed at the edge of a line ("Ada, come
here.", "..., Mr Harker!") or a role or kin word set off by commas ("Tell me,
nanny, ...") is a *vocative*; the one addressed does not speak the line and
is likely to answer it (Muzny et al. 2017's vocative sieve). (Split out of
:mod:`quotes.sieves.dialogue`, which re-exports these names.)
"""

from __future__ import annotations

from bisect import bisect_left, insort
from weakref import WeakKeyDictionary

import regex

from .. import lexicon
from ..agreement import honorific_gender
from ..centering import known_as
from ..coref import Coref, Entity, name_candidates
from ..items import Item
from ..kinship import FAMILIAR_KIN
from ..lazy import DocumentMemo
from ..model import QuoteKind
from ..syntax.phrases import NOT_NAMES, Mention

__all__ = ["address_gender", "addressed", "answering", "own_addressees", "vocative_speaker", "vocatives"]

# A name addressed at the edge of a quote: "Ada, come here." / "Oh, Ada, …" / "… , Aunt Mara?"
#: (A greeting may open it: "Good-bye, Ben, may I ...", "Good morning, Mr Hacket".)
_VOCATIVE_START = regex.compile(r"^\W{0,3}(?:(?:Oh|Ah|O|Well|Yes|No|Now|Why|Come|Please|Hush|Look|Good-?bye|Good-?night|Good\s+(?:morning|afternoon|evening|day)|Hello|Hullo|Hallo|Thanks|Thank\s+you),?\s+)?(?:(?:my\s+)?dear\s+)?((?:\p{Lu}[\p{L}'\-]+\.?\s+){0,2}\p{Lu}[\p{L}'\-]+)\s*[,!]")
_VOCATIVE_END = regex.compile(r",\s*(?:(?:my\s+)?dear\s+)?((?:\p{Lu}[\p{L}'\-]+\.?\s+){0,2}\p{Lu}[\p{L}'\-]+)\s*(?:[.!?]|\W{0,4}$)")
#: A name set off by commas inside a line spoken to someone ('Who be you,
#: then, Jack Dunn, to order us about?'): read only when the line
#: says "you", since between commas a name is as often an apposition.
_VOCATIVE_MID = regex.compile(r",\s*((?:\p{Lu}[\p{L}'\-]+\.?\s+){0,2}\p{Lu}[\p{L}'\-]+)\s*,")
_YOU = regex.compile(r"\byou(?:r|rs)?\b", regex.IGNORECASE)
#: Honorifics without their full stop that open a name addressed ("Mr Harker"), though NOT_NAMES words.
_ADDRESS_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr"})
_NOT_VOCATIVE = frozenset("I Yes No Oh Ah Well Sir Madam Ma'am Come Please Look Why What Now Here There Good Thank Thanks God Lord Dear Hush "
                          "Good-bye Goodbye Good-night Goodnight Hello Hullo Hallo".split())


def vocatives(text: str, start: int, end: int, *, by_role: bool = False) -> tuple[str, ...]:
    """Names addressed at the start or end of a quote ("Ada, …", "…, Mara?").
    *by_role*: also a role or kin word addressed in lower case, set off by a
    comma ("Tell me, nanny, what has he done?", "Can we go, mother?"), which
    :func:`addressed` takes for the character the story names by that word
    alone ("Nanny", "Mother"), and for no one else.

    Remembered for the latest document: the dialogue sieves and the
    conversation model ask again for each line's neighbours (on PDNC, three
    calls in five repeat one made before, a twentieth of the pass spent here)."""
    memo = _VOCATIVES.table(text)
    key = (start, end, by_role)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _vocatives(text[start:end], by_role)
    return found


#: What :func:`vocatives` found in the latest document, by (start, end, by_role).
_VOCATIVES = DocumentMemo()


def _vocatives(body: str, by_role: bool) -> tuple[str, ...]:
    """:func:`vocatives` of the line *body*, computed."""
    out = []
    for rx in (_VOCATIVE_START, _VOCATIVE_END, _VOCATIVE_MID):
        if rx is _VOCATIVE_MID and (out or not _YOU.search(body)):
            continue
        m = rx.search(body)
        if m and (words := m.group(1).split())[-1] not in _NOT_VOCATIVE and (words[0] not in NOT_NAMES or len(words) > 1 and words[0] in _ADDRESS_TITLES):
            out.append(m.group(1))
    if by_role and "," in body:
        roles = lexicon.roles()
        out.extend(w for m in _ROLE_VOCATIVE.finditer(body)
                   if ((r := roles.get(w := m.group(1))) is not None and r.kind == "person" and not r.plural or w in FAMILIAR_KIN))
    return tuple(out)


#: A lower-case word set off by a comma before another comma, the end of a
#: sentence or the closing mark: where a role or kin word is an address
#: ("Tell me, nanny, what ...", "..., mother?"); group 1, the word.
_ROLE_VOCATIVE = regex.compile(r",[ \t\n]*(\p{Ll}+)[ \t\n]*(?=[,.!?]|\W{0,4}$)")


def addressed(coref: Coref, name: str, pos: int) -> Entity | None:
    """The person the vocative *name* at *pos* addresses: the entity of that
    name (:meth:`~quotes.coref.Coref.find`); when only a part of several
    names matches ("John" for John Andrew and John Beaver), the one of them
    mentioned last before *pos* (the one on stage), not the one named last
    in the story, and of the honorific's gender if it has one."""
    if name[:1].islower():  # (a role addressed, "nanny": only the character known by that word alone)
        return known_as(coref, name, pos)
    exact, found = name_candidates(coref, name)
    if exact is not None:
        if " " in name or not (st := _mention_starts(coref, coref.entities[exact])) or st[0] < pos:
            return coref.entities[exact]
        # (the bare name's own entity is named only later in the story, "John"
        # for John Andrew: another of that first name on stage, John Beaver, is the one addressed)
        found = [c for c in coref._by_first().get(name.lower(), ()) if c != exact] + [exact]
    g = honorific_gender(name)
    cands = {c for c in found if not (g and coref.entities[c].gender and coref.entities[c].gender != g)}  # ("Mr. Oakley": not Mrs. Oakley)
    if not cands:
        return None
    starts = {c: _mention_starts(coref, coref.entities[c]) for c in cands}
    latest = max(((st[k - 1] if (k := bisect_left(st, pos)) else -1, c) for c, st in starts.items()), default=(-1, -1))
    if latest[0] >= 0:
        return coref.entities[latest[1]]
    # None of them named yet: the one the story names first after the line
    # (the scene's, not a character of a later chapter).
    return coref.entities[min(cands, key=lambda c: st[k] if (k := bisect_left(st := starts[c], pos)) < len(st) else len(coref.text))]


def _mention_starts(coref: Coref, e: Entity) -> list[int]:
    """Where the mentions of *e* start, sorted: read again for every name a
    line addresses, where a novel's main character has thousands of
    mentions. Kept per document (:data:`_STARTS`) and brought up to date by
    inserting the mentions added since (an entity's mentions only grow)."""
    memo = _STARTS.get(coref)
    if memo is None:
        memo = _STARTS[coref] = {}
    got = memo.get(e.eid)
    if got is None:
        got = memo[e.eid] = [0, []]
    seen, starts = got
    if seen < len(e.mentions):
        for s, _, _ in e.mentions[seen:]:
            insort(starts, s)
        got[0] = len(e.mentions)
    return starts


#: The sorted mention starts of :func:`_mention_starts`, per document's
#: coreference (weakly held: gone with the document) and entity id. (Not a
#: DocumentMemo by text, as vocatives are: the starts are the coreference's
#: state, and two readings of one text build two coreferences whose entity
#: ids would meet.)
_STARTS: WeakKeyDictionary[Coref, dict[int, list]] = WeakKeyDictionary()


def answering(text: str, items: list[Item], idx: int, resolved: list, coref: Coref, mention: Mention) -> Entity | None:
    """'"What a delightful garden you have, Mr. Harker!" said Miss Fenn. ¶
    "My father planted it," he answered': a "he"/"she" tag on a line right
    after one that addresses someone by name is that person answering (an
    adjacency pair), when the gender agrees or the story has shown none for
    that person ('"Morning, Corah," he said. ¶ "Not a word," she said':
    Corah, whom no listed given name or pronoun typed; PDNC tune +7 -2), and
    the one addressed is neither the line before's speaker nor addressed by
    this line. The pronoun is recorded as that person's mention."""
    it = items[idx]
    if it.kind is not QuoteKind.DIRECT or mention.head not in {"he", "she"}:
        return None
    before = [j for j in range(idx - 1, max(-1, idx - 4), -1) if items[j].paragraph == it.paragraph - 1 and items[j].kind is QuoteKind.DIRECT]
    if not before:
        return None
    spoke = {resolved[j][0].eid for j in before if resolved[j][0] is not None}  # (j < idx: resolved already)
    for j in before:
        for name in vocatives(text, items[j].start, items[j].end, by_role=True):
            e = addressed(coref, name, items[j].start)
            # (this line's own vocatives read only for a candidate: most lines before address no one)
            if e is not None and e.person and e.gender in (mention.gender, None) and e.eid not in spoke and e.eid not in own_addressees(text, it, coref):
                coref._mention_of(e, mention)
                return e
    return None


def own_addressees(text: str, it: Item, coref: Coref) -> frozenset[int]:
    """The entities a line addresses by name ("Sit down, Peter."): none of them speaks it."""
    return frozenset(e.eid for name in vocatives(text, it.start, it.end, by_role=True) if (e := addressed(coref, name, it.start)))


def vocative_speaker(text: str, idx: int, it: Item, items: list[Item], resolved: list, coref: Coref) -> Entity | None:
    """Turn-taking by address (Muzny et al. 2017's vocative sieve): whoever the
    previous turn addressed answers now; whoever this turn addresses is not the speaker."""
    own = own_addressees(text, it, coref)
    for j in (idx - 1, idx + 1):
        if not 0 <= j < len(items) or items[j].kind is not QuoteKind.DIRECT:
            continue
        if abs(items[j].paragraph - it.paragraph) != 1:
            continue
        for name in vocatives(text, items[j].start, items[j].end, by_role=True):
            e = addressed(coref, name, items[j].start)
            if e is not None and e.person and e.eid not in own and (j > len(resolved) - 1 or resolved[j][0] is not e):
                return e
    return None


#: A word addressed at the edge of a clause: after the line's start, a
#: punctuation mark or a greeting ("Yes, sir.", "Thank you, mother", "Sir, I
#: must ..."), maybe after "my" ("my lord", "my dear boy"), and before a
#: punctuation mark or the line's end; group "word" the word, "my" its "my".
_ADDRESS = regex.compile(
    r"(?:^|[,;:!?.]\s*|\b(?:Yes|No|Oh|Well|Thank\s+you|Thanks|Good-?night|Good-?bye|Good\s+morning),?\s+)"
    r"(?P<my>[Mm]y\s+(?:dear\s+)?)?(?P<word>[\p{L}'\u2019]{2,10})\s*(?=[,.!?;:\u2013\u2014]|-|\W{0,4}$)"
)


def _address_places(text: str) -> list[int] | None:
    """Where a word of ``address_words.txt`` starts in *text*, as a substring
    of its lower-case form, not inside a longer word ("son" in "reason", "miss"
    in "Miss Crawford": after it only spaces and then a mark may come),
    sorted; found once for the latest document (lower() maps each character
    alone, sigma aside, so a line holds a word only if its lower case does).
    None when lower() changes the text's length ("İ"): no place is known."""
    memo = _PLACES.table(text)
    if "places" not in memo:
        low = text.lower().replace("\u2019", "'")
        places: list[int] | None = None
        if len(low) == len(text):
            places = []
            n = len(low)
            for w in lexicon.address_words():
                k = low.find(w)
                while k >= 0:
                    # (Not inside a word: the pattern's word has no letter before it,
                    # and after it, past any spaces, no letter, digit or "_". Only ASCII
                    # ones are ruled out here, so every place the pattern can use is kept.)
                    j = k + len(w)
                    while j < n and low[j] in _SPACES:
                        j += 1
                    if (k == 0 or low[k - 1] not in _ASCII_LETTERS) and (j == n or low[j] not in _ASCII_WORD):
                        places.append(k)
                    k = low.find(w, k + 1)
            places.sort()
        memo["places"] = places
    return memo["places"]


#: What :func:`_address_places` reads around a word: spaces, and the ASCII
#: letters, digits and "_" that put a place inside a word.
_SPACES = frozenset(" \t\n\r\f\v")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_WORD = _ASCII_LETTERS | frozenset("0123456789_")
#: The places :func:`_address_places` found in the latest document.
_PLACES = DocumentMemo()


def address_gender(text: str, start: int, end: int) -> str | None:
    """The gender of the one the line ``text[start:end]`` addresses by a word
    of ``address_words.txt`` ("Not yet, sir.": "m"; "Is there any tea,
    mother?": "f"), or None when it uses none, or words of both genders."""
    words = lexicon.address_words()
    places = _address_places(text)
    if places is not None and ((k := bisect_left(places, start)) == len(places) or places[k] >= end):
        # (No word of the list in the line, most lines: nothing the pattern
        # finds can be one. The pattern tries its openings at every character;
        # the places of the words were found once for the document.)
        return None
    found = set()
    for m in _ADDRESS.finditer(text[start:end]):  # (the line alone: its start is the pattern's "^")
        entry = words.get(m.group("word").lower().replace("\u2019", "'"))
        if entry is not None and (m.group("my") or not entry[1]):
            found.add(entry[0])
    return found.pop() if len(found) == 1 else None

