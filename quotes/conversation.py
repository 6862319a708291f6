"""The conversation model of fiction: who speaks each untagged line of a run of dialogue.

Used by the entity stage (:mod:`quotes.resolve`) after every item has a
first answer. The dialogue is cut into *turns* (the direct quotes of one
paragraph, or of a speech left open over several paragraphs) and *runs*
(turns in consecutive paragraphs). A turn with a tag, a beat of narration
naming its speaker or a speaker borrowed from either is an *anchor*. Each
untagged turn of a run is re-decided from the anchors around it, in both
directions: two speakers alternate, so the nearest anchor of the same parity
(two, four, ... turns away, before or after) is the speaker, and a line
addressed to someone is not theirs (He et al. 2013; Muzny et al. 2017
alternate forwards only, so one wrong guess at the head of a run flipped the
whole run; here a later tag re-anchors it).

An unnamed first-person narrator takes part like anyone else: their tagged
line ('"…," I said') anchors by its mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import regex

from .coref import Coref, Entity
from .segment import Segmentation
from .sieves.address import address_gender
from .sieves.dialogue import addressed, one_line_speaker
from .items import Item
from .model import QuoteKind
from .sieves.base import Attribution
from .syntax.phrases import Mention

__all__ = ["WEAK_RULES", "Turn", "converse", "named_inside", "scene_breaks", "turn_addressees"]

#: The dialogue decisions the conversation model may overrule: guesses from
#: alternation and from the narration around a line, not from a tag.
WEAK_RULES = frozenset({"turn-taking", "narration-subject", "nearest-mention"})
#: Decisions that only pass on the speaker of another item of the same turn.
_BORROWED = frozenset({"previous-sentence", "split-quote", "same-sentence", "multi-paragraph"})
#: How many paragraphs of narration naming no speaker a run carries on across
#: (measured on the tune part: 0 and 1 tie, 2 and 3 lose).
_GAP = 1
#: How many paragraphs around a line its exchange holds, for the people a word of address may mean.
_EXCHANGE = 8
#: How many turns away a vocative decides a line (1: the neighbours; 3 and 6 lose on LitBank).
_VOC_REACH = 1
#: How many turns away an anchor bars its speaker from a line an odd number
#: of turns from it. Only the neighbours are surely someone else (nobody
#: answers themselves); three turns away, in a talk of three, the speaker two
#: turns back may well speak again ('"...?" asked Winterbourne. ¶ "..." ¶
#: "...," declared Mrs. Miller. ¶ ... ¶ "...," Daisy rejoined': the untagged
#: line is Daisy's). Measured on the PDNC tune part: 1 beats 3 and 6 (the
#: reach of evidence), and 0 (no bar) loses.
_BAR_REACH = 1


class Turn:
    """The direct quotes of one speaker's turn: its paragraphs' items, in order."""

    __slots__ = ("first_para", "last_para", "items", "anchor", "addressed", "named")

    def __init__(self, para: int) -> None:
        self.first_para = self.last_para = para
        self.items: list[int] = []
        #: The item whose speaker the turn has for sure (a tag or a beat), or None.
        self.anchor: int | None = None
        #: Entities the turn addresses by name (vocatives).
        self.addressed: frozenset[int] = frozenset()
        #: People the turn's lines name, talked about or addressed: none speaks it.
        self.named: frozenset[int] = frozenset()


def _key(res: Any) -> Any:
    """Who a resolved item names: its entity, or its "I" for an unnamed narrator; None when nobody."""
    ent, mention = res[0], res[1]
    if ent is not None:
        return ent.eid
    if mention is not None and mention.kind == "pronoun" and mention.head in {"i", "me"}:
        return "I"
    return None


def prepared_turns(
    items: list[Item], resolved: list, coref: Coref, addressees: Callable[[Item], frozenset[int]],
    named: Callable[[Item], frozenset[int]] = lambda it: frozenset(),
) -> list[Turn]:
    """The turns of the direct quotes (:func:`_turns`), each with whom it
    addresses and, for a turn the model may decide again, everyone its lines
    name (see :func:`converse`; ``benchmarks/turn_ranker.py`` reads the same)."""
    turns = _turns(items, resolved)
    for t in turns:
        t.addressed = turn_addressees(t, items, resolved, coref, addressees)
        first = resolved[t.items[0]][2]
        if first is None or first.rule in WEAK_RULES or first.rule == "vocative":  # (only a turn the model may decide again reads it)
            t.named = frozenset(eid for j in t.items for eid in named(items[j])) | t.addressed
        else:
            t.named = t.addressed
    return turns


def _turns(items: list[Item], resolved: list) -> list[Turn]:
    """The turns of the direct quotes, in order; a speech left open goes on in the same turn."""
    turns: list[Turn] = []
    for idx, it in enumerate(items):
        if it.kind is not QuoteKind.DIRECT:
            continue
        last = turns[-1] if turns else None
        if last is not None and it.paragraph == last.last_para:
            last.items.append(idx)
            continue
        if last is not None and it.group is not None and it.paragraph == last.last_para + 1 and any(
            items[j].group == it.group for j in last.items
        ):
            last.items.append(idx)  # the previous paragraph left this speech open
            last.last_para = it.paragraph
            continue
        t = Turn(it.paragraph)
        t.items.append(idx)
        turns.append(t)
    for t in turns:
        for j in t.items:
            a = resolved[j][2]
            if a is not None and a.rule not in WEAK_RULES and a.rule not in _BORROWED and a.rule != "vocative" and _key(resolved[j]) is not None:
                t.anchor = j
                break
    return turns


def _runs(
    turns: list[Turn], resolved: list, breaks: frozenset[int] = frozenset(), named_in: Callable[[int], set[int]] = lambda p: set(),
) -> list[list[Turn]]:
    """Turns in consecutive paragraphs, grouped; a paragraph of narration
    that names no speaker for the line after it does not end the run, unless
    it names someone who has not spoken in the run (*named_in*: the people a
    paragraph names), who may be the one the line answers; a scene break
    (*breaks*: "*  *  *") ends it."""
    runs: list[list[Turn]] = []
    for t in turns:
        a = resolved[t.items[0]][2]
        gap = _GAP if a is None or a.rule == "nearest-mention" else 0
        if gap and runs and t.first_para == runs[-1][-1].last_para + 2:
            spoke = {_key(resolved[u.items[0]]) for u in runs[-1]}
            gap = 0 if named_in(t.first_para - 1) - spoke else gap
        if runs and t.first_para <= runs[-1][-1].last_para + 1 + gap and not (
            breaks and any(p in breaks for p in range(runs[-1][-1].last_para + 1, t.first_para))
        ):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


#: A paragraph that only breaks the scene: asterisks, dashes, a hash or
#: similar marks, maybe spaced ("*   *   *", "# # #", "---", "~").
_SCENE_BREAK = re.compile(r"[*#~\u2022\u00b7\u2013\u2014\-=\s]+")


def scene_breaks(text: str, seg: Segmentation) -> frozenset[int]:
    """The indexes of the paragraphs of *seg* that only break the scene."""
    return frozenset(k for k, p in enumerate(seg.paragraphs) if p.end > p.start and _SCENE_BREAK.fullmatch(text, p.start, p.end))


def converse(
    items: list[Item], resolved: list, coref: Coref, addressees: Callable[[Item], frozenset[int]],
    named: Callable[[Item], frozenset[int]] = lambda it: frozenset(), *,
    off: frozenset[str] = frozenset(), reach: int = 6, breaks: frozenset[int] = frozenset(),
    named_in: Callable[[int], set[int]] = lambda p: set(),
) -> list:
    """Re-decide the untagged turns of every run from its anchors; *resolved* updated and returned.

    *addressees* gives the entities a quote addresses by name
    (:func:`~quotes.sieves.dialogue.own_addressees`), *named* the people it
    names at all (:func:`named_inside`): one seldom speaks of oneself by
    name, so none of them speaks it; *off*: the
    sieves switched off (``Config.disabled_sieves``); *reach*: how many turns
    away an anchor may decide a turn (``Config.turn_reach``); *breaks*: the
    paragraphs that break a scene, where every run ends; *named_in*: the
    people a paragraph names."""
    turns = prepared_turns(items, resolved, coref, addressees, named)
    if "vocative" not in off:
        _gendered_addressees(turns, items, resolved, coref.text)
    runs = _runs(turns, resolved, breaks, named_in)
    where = {id(t): n for n, t in enumerate(turns)}
    for run in runs:
        for k, t in enumerate(run):
            if t.anchor is not None or not _open(t, resolved):
                continue
            found = _nearest_evidence(run, k, resolved, reach, 0 if "vocative" in off else _VOC_REACH)
            if found is None:
                found = _other_participant(run, k, resolved, coref, items[t.items[0]].start)
            if found is None and _key(resolved[t.items[0]]) in t.addressed:
                found = _not_addressed(turns, where[id(t)], resolved)  # ("Not yet, sir." after narration naming him first: not his)
            if found is not None:
                _assign(t, found, resolved, coref)
    return resolved


def _gendered_addressees(turns: list[Turn], items: list[Item], resolved: list, text: str) -> None:
    """A turn that addresses someone by a word of one gender ("Not yet,
    sir.", "Is there any tea, mother?"; :func:`~quotes.sieves.address.address_gender`)
    addresses the one person of that gender among the tagged speakers of
    the exchange (the turns of the last :data:`_EXCHANGE` paragraphs), when
    it holds exactly one such and someone of the other gender: that one is
    added to the turn's addressees (not its speaker; the next turn's)."""
    for k, t in enumerate(turns):
        g = next((g for j in t.items if (g := address_gender(text, items[j].start, items[j].end))), None)
        if g is None:
            continue  # (most lines address no one by such a word)
        people: dict[int, str] = {}
        for u in turns[max(0, k - _EXCHANGE) : k + 2]:  # (a turn takes a paragraph at least: the exchange's turns before it, and the next)
            if u.anchor is not None and abs(u.first_para - t.first_para) <= _EXCHANGE and (e := resolved[u.anchor][0]) is not None and e.gender in ("m", "f"):
                people[e.eid] = e.gender
        fit = [eid for eid, pg in people.items() if pg == g]
        if len(fit) == 1 and len(people) > 1:
            t.addressed = t.addressed | {fit[0]}


def _not_addressed(turns: list[Turn], k: int, resolved: list) -> tuple[int | None, Any, str] | None:
    """The speaker of the tagged turn nearest turn *k* (before first, within
    its exchange) who is not one it addresses: a line whose guess was its
    own addressee ("Not yet, sir." after narration naming him first)."""
    t = turns[k]
    for d in range(1, len(turns)):
        near = [j for j in (k - d, k + d) if 0 <= j < len(turns) and abs(turns[j].first_para - t.first_para) <= _EXCHANGE]
        if not near:
            return None
        for j in near:
            if (a := turns[j].anchor) is not None and (key := _key(resolved[a])) is not None and key not in t.addressed:
                return a, key, "vocative"
    return None


def _barred(run: list[Turn], k: int, resolved: list, reach: int) -> set[Any]:
    """Who cannot speak turn *k*: whom it names, and the anchors an odd number of turns away, up to *reach*."""
    barred: set[Any] = set(run[k].named)
    for d in range(1, reach + 1, 2):
        for j in (k - d, k + d):
            a = run[j].anchor if 0 <= j < len(run) else None
            if a is not None:
                barred.add(_key(resolved[a]))
    return barred


def _other_participant(run: list[Turn], k: int, resolved: list, coref: Coref, pos: int) -> tuple[int | None, Any, str] | None:
    """'"Are you coming?" Tom asked. ¶ "No," said the other.': when no anchor
    of the same parity decides a turn and its guess is the speaker of the
    anchored turn before it (or no one), the other participant speaks: the latest
    earlier speaker of the run, else the latest person mentioned, who is
    not barred (sieve ``turn-taking``: two speakers alternate)."""
    prev = run[k - 1].anchor if k > 0 else None
    if prev is None:
        return None  # the turn before is no anchor: nothing to answer
    barred = set(run[k].named) | {_key(resolved[prev])}
    cur = _key(resolved[run[k].items[0]])
    if cur is not None and cur not in barred and not one_line_speaker(resolved[run[k].items[0]]):
        return None  # the guess stands
    for j in range(k - 1, -1, -1):
        key = _key(resolved[run[j].items[0]])
        if key is not None and key not in barred and not one_line_speaker(resolved[run[j].items[0]]):
            return run[j].items[0], key, "turn-taking"
    for e in coref._before(pos, limit=10):
        if e.person and e.kind == "person" and e.eid not in barred:
            return None, e.eid, "turn-taking"
    return None


def turn_addressees(
    t: Turn, items: list[Item], resolved: list, coref: Coref, addressees: Callable[[Item], frozenset[int]],
) -> frozenset[int]:
    """The people turn *t* addresses: by name in its lines (*addressees*), or in its tag ("said Tony to Brenda")."""
    return frozenset(eid for j in t.items for eid in addressees(items[j]) if coref.entities[eid].person) | _tag_addressees(t, resolved, coref)


def _tag_addressees(t: Turn, resolved: list, coref: Coref) -> frozenset[int]:
    """The people a turn's tag names as addressed ('he asked Rosa', 'said
    Tony to Brenda'): the one addressed answers in the next turn, as a
    vocative's addressee does (Muzny et al. 2017's addressee rule)."""
    out = set()
    for j in t.items:
        a = resolved[j][2]
        addr = a.addressee if a is not None else None
        if addr is None:
            continue
        e = addressed(coref, addr.text, addr.start) if addr.kind == "name" else _holder(coref, addr) if addr.kind == "role" else None
        if e is not None and e is not resolved[j][0]:
            out.add(e.eid)
    return frozenset(out)


def _holder(coref: Coref, addr: Mention) -> Entity | None:
    """The person a singular description of a title or role addressed in a
    tag names ('Mrs Abbott said to the colonel': Colonel Rhys), when one
    named lately holds that title or role; no one else (the mention is not
    resolved, only looked up)."""
    if addr.plural or not addr.head:
        return None
    for e in coref._before(addr.start, limit=20):
        if e.kind == "person" and e.names and (addr.head in e.roles or e.title and e.title.split()[-1].rstrip(".").lower() == addr.head):
            return e
    return None


def _open(t: Turn, resolved: list) -> bool:
    """Is the turn decided only by a guess the model may overrule (or not at all)?"""
    first = resolved[t.items[0]][2]
    return first is None or first.rule in WEAK_RULES or first.rule == "vocative" and _key(resolved[t.items[0]]) in t.named


def _nearest_evidence(run: list[Turn], k: int, resolved: list, reach: int, voc_reach: int) -> tuple[int | None, Any, str] | None:
    """The nearest evidence for turn *k* of *run*: (source item or None, speaker key, rule).

    Turn by turn outwards, before first: an anchor an even number of turns
    away speaks again (``turn-taking``); a name addressed by a turn an odd
    number of turns away is the speaker here (``vocative``). Nobody this
    turn names, and no anchor of a neighbouring turn (:data:`_BAR_REACH`),
    is the speaker."""
    barred = _barred(run, k, resolved, _BAR_REACH)
    for d in range(1, reach + 1):
        for j in (k - d, k + d):
            if not 0 <= j < len(run):
                continue
            if d % 2 == 0:
                a = run[j].anchor
                if a is not None and _key(resolved[a]) not in barred and not one_line_speaker(resolved[a]):
                    return a, _key(resolved[a]), "turn-taking"
            elif d <= voc_reach and j < k:
                for eid in sorted(run[j].addressed):
                    if eid not in barred:
                        return None, eid, "vocative"
    return None


def _assign(t: Turn, found: tuple[int | None, Any, str], resolved: list, coref: Coref) -> None:
    """Give every item of turn *t* the speaker found (the first item gets the rule)."""
    src, key, rule = found
    if src is not None:
        ent, mention, a0, _ = resolved[src]
        mode = a0.mode if a0 else "speech"
    else:
        ent, mention, mode = coref.entities[key], None, "speech"
    for n, j in enumerate(t.items):
        old = resolved[j][2]
        r = rule if n == 0 or old is None else old.rule
        kept = tuple(x for x in old.extra if x == "not-a-speaker") if old is not None else ()  # (the tag named no one: say so)
        resolved[j] = (ent, mention, Attribution(mention, None, None, r, mode, kept), "")


#: A capitalised word, which may name someone talked about inside a quote.
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}'\u2019\-]+")
#: Words that make the name after them the speaker's own ("I am", "I'm", "it's
#: me,", "this is", "my name is", "call me", "me,"), maybe with an honorific or
#: a first name between: a line introducing its speaker names them.
_SELF_NAMING = regex.compile(
    r"(?:\bI\s+am|\bI['\u2019]m|\bit(?:['\u2019]s|\s+is)\s+(?:only\s+|just\s+)?me\s*,?|\bthis\s+is|\bname(?:['\u2019]s|\s+is)|"
    r"\bcall\s+me|\bme\s*,)\s+(?:\p{Lu}[\p{L}.'\u2019\-]*\s+){0,2}$"
)


def named_inside(text: str, it: Item, coref: Coref) -> frozenset[int]:
    """The people a quote names ('"Ines showed me how to win," she said'): they are
    talked about or addressed, so the quote is someone else's (one seldom speaks of
    oneself by name), unless the line introduces its speaker by the name ("I am
    Ines Ruiz", "It's me, Pooh"). Only names the story gives a person; the
    quote's own words are read once. Direct quotes only: a mixed quote's span
    holds narration, which may name its speaker ('Humphrey, who calls Trump a
    "sociopath,"')."""
    out = set()
    # (A word no name of the story holds, whole, as its last or as its first
    # word, is no one's: Coref.find would answer None; tested on its three
    # indexes first, most capitalised words, "The", "What", being none.)
    by_name, by_last, by_first = coref._by_name, coref._by_last, coref._by_first()
    for m in _CAPITALISED.finditer(text, it.start, it.end):
        w = m.group()
        low = w.lower()
        if low not in by_last and low not in by_first and low not in by_name:
            continue
        e = coref.find(w)
        if e is not None and e.kind == "person" and w in {p for n in e.names for p in n.split()} and not _SELF_NAMING.search(
            text, max(it.start, m.start() - 40), m.start()
        ):
            out.add(e.eid)
    return frozenset(out)
