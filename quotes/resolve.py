"""Stage 5, entities and assembly: who the speakers are, and the final Quotes.

Takes the items of the direct, reported and mixed stages (sorted and made
disjoint by :func:`disjoint_items`), the token stream, the segmentation and
the :class:`~quotes.sieves.attributor.Attributor`. :func:`resolve` links the name
mentions into entities (with gender votes and appositive roles), resolves
each item's speaker mention to an entity (coreference, Lee et al. 2013), asks
the context and dialogue sieves (:mod:`quotes.sieves`) for the items with no
mention, lets the conversation model (:mod:`quotes.conversation`) re-decide
fiction's untagged turns, and hands on the :class:`~quotes.model.Quote` values, in document
order, with interrupted quotes linked by a shared group.
"""

from __future__ import annotations

import functools
from bisect import bisect_left

import attrs

from . import lexicon
from .config import Config
from .conversation import converse
from .coref import Coref, Entity
from .genre import is_dialogue_heavy, is_numeric
from .items import Item, mode_of, trim_range
from .model import Mode, Quote, QuoteKind, Span, Speaker
from .segment import Segmentation
from .sieves.attributor import Attributor
from .sieves.base import Attribution
from .sieves.context import context_sieve
from .sieves.dialogue import (
    action_beat,
    described_character,
    narration_before,
    narration_subject,
    narrator,
    nearest_person,
    vocative_speaker,
    vocatives,
)
from .sieves.interview import TURN_SIEVES
from .sieves.registry import NO_SPEAKER, REGISTRY, link_of
from .syntax.clauses import skip_dateline
from .syntax.parse import Layers
from .syntax.phrases import DETERMINERS, NOT_NAMES, PARTICLES, Mention, Tok, analyse, is_cap, np_after
from .syntax.types import NOT_SPEAKERS, context_type, mention_type
from .syntax.words import PREPOSITIONS, QUOTE_TOKEN, is_demonym

__all__ = ["disjoint_items", "resolve"]

#: What the entity stage settles for one item: its entity, speaker mention,
#: attribution and the coreference rule that linked them.
Resolved = tuple[Entity | None, Mention | None, Attribution | None, str]


def disjoint_items(items: list[Item]) -> list[Item]:
    """The items in document order (longest first at one start), overlaps dropped."""
    items.sort(key=lambda it: (it.start, -it.end))
    return _drop_overlaps(items)


def resolve(
    text: str, items: list[Item], outer: list[Tok], seg: Segmentation, config: Config, att: Attributor, *, narrative: bool
) -> list[Quote]:
    """Resolve mentions to entities in document order and run the context
    sieves. *narrative*: :func:`~quotes.genre.is_narrative` of the text (genre "auto")."""
    if config.genre == "auto":
        fiction = (is_dialogue_heavy(items, seg) or narrative) and not is_numeric(text)
    else:
        fiction = config.genre == "fiction"
    coref = Coref(fiction=fiction)
    _link_names(text, items, outer, att, coref)
    coref.start_resolving()
    coref.narrator = narrator(text, items, coref) if fiction else None
    resolved = _Speakers(text, items, outer, seg, config, att, coref, fiction).resolve_all()
    if fiction and "turn-taking" not in config.disabled_sieves:
        resolved = converse(items, resolved, coref, lambda s, e: vocatives(text, s, e), off=config.disabled_sieves,
                            reach=config.turn_reach)
    quotes = _assemble(text, items, resolved, coref, config)
    return quotes if "split-quote" in config.disabled_sieves else _link_split_quotes(quotes, text)


def _link_names(text: str, items: list[Item], outer: list[Tok], att: Attributor, coref: Coref) -> None:
    """Link the names outside quotes into entities, with their roles, gender votes and speaking."""
    names, ends = _name_runs(outer, text)
    layers = att.layers
    if layers is not None and layers.has_ner:
        names, ends = _with_ner_names(names, ends, layers, att)
    votes = _gender_votes(outer, names, ends)
    tally: dict[int, list[int]] = {}
    starts = [t.start for t in outer]
    for m, j, vote in zip(names, ends, votes):
        e = coref.link_name(m)
        i = bisect_left(starts, m.start)
        ctx = context_type(outer, i, j)
        if ctx != "place":  # "the town of Punta Cerrada, the daughter of ...": not the town's role
            _appositive(outer, j, text, e)
        if e.kind == "person":
            _role_before(outer, i, j, text, e)
            _lead_description(outer, i, text, e)
        if e.kind in {"person", "place"} and not (e.title or e.gender):
            _type_from_context(e, ctx)
        if vote is not None:
            t = tally.setdefault(e.eid, [0, 0, 0])
            t["mfn".index(vote)] += 1
    for eid, (male, female, neuter) in tally.items():
        e = coref.entities[eid]
        if e.gender is None and e.kind == "person" and max(male, female) >= 2 * min(male, female) + 1:
            e.gender = "m" if male > female else "f"
            e.person = True
        elif neuter and not male and not female:
            _type_from_context(e, "organisation")  # "Ostrander Glassworks will move its kilns"
    # Names that speak somewhere in the document are people.
    speaking = {it.attribution.mention.name.split()[-1].lower() for it in items
                if it.attribution and it.attribution.mention and it.attribution.mention.kind == "name" and it.attribution.mention.name}
    for e in coref.entities:
        if e.kind == "person" and e.names and e.canonical().split()[-1].lower() in speaking:
            e.person = e.speaks = True


def _with_ner_names(names: list[Mention], ends: list[int], layers: Layers, att: Attributor) -> tuple[list[Mention], list[int]]:
    """Add the named entities the word lists cannot know ("marta kovanen"), outside quotes, in text order."""
    covered = {(m.start, m.end) for m in names}
    for s, e, _label in layers.entities():
        if (s, e) in covered:
            continue
        m = att.mention_for_span((s, e))
        if m is not None and m.kind in {"name", "org"} and m.name:
            names.append(m)
            ends.append(bisect_left(att.starts, e))
    order = sorted(range(len(names)), key=lambda x: names[x].start)
    return [names[x] for x in order], [ends[x] for x in order]


class _Speakers:
    """Resolves the speaker of each item in document order (the per-document state of that step)."""

    def __init__(
        self, text: str, items: list[Item], outer: list[Tok], seg: Segmentation, config: Config, att: Attributor, coref: Coref,
        fiction: bool,
    ) -> None:
        self.text = text
        self.items = items
        self.outer = outer
        self.seg = seg
        self.config = config
        self.att = att
        self.layers = att.layers
        self.coref = coref
        self.fiction = fiction
        self.resolved: list[Resolved] = []
        self.last_by_para: dict[int, int] = {}  # paragraph -> index of its last attributed item

    def resolve_all(self) -> list[Resolved]:
        """Resolve every item, each seeing what was resolved before it."""
        for idx, it in enumerate(self.items):
            a = it.attribution
            ent: Entity | None = None
            mention = a.mention if a else None
            coref_rule = ""
            if mention is not None:
                ent, coref_rule = self._mention_entity(it, mention)
            elif a is not None and (a.rule in {"impersonal-cue", "asked-question"} or a.rule in TURN_SIEVES):
                pass  # the sentence (or a role label) names no holder of the view: borrow none
            else:
                ent, mention, a = self._from_context(idx, it, a)
            self.resolved.append((ent, mention, a, coref_rule))
            if a is not None and (ent is not None or mention is not None):
                self.last_by_para[it.paragraph] = idx
        return self.resolved

    def _mention_entity(self, it: Item, mention: Mention) -> tuple[Entity | None, str]:
        """The entity of the item's own speaker mention, and the coreference rule that found it."""
        coref, fiction, layers = self.coref, self.fiction, self.layers
        ent, coref_rule = None, ""
        if layers is not None and layers.has_coref and mention.kind in {"pronoun", "role"}:
            ent = _chain_entity(mention, layers, self.att, coref)
            coref_rule = "stanza-coref" if ent is not None else ""
        if ent is None:
            addressed: frozenset[int] = frozenset()
            if fiction and mention.kind == "pronoun" and it.kind is QuoteKind.DIRECT:
                addressed = frozenset(e.eid for name in vocatives(self.text, it.start, it.end) if (e := coref.find(name)))
            ent, coref_rule = coref.resolve(mention, mention.start, addressed=addressed)
            if fiction and mention.kind == "role" and (ent is None or not ent.names):
                named = described_character(mention, coref, addressed)
                if named is not None:
                    named.mentions.append((mention.start, mention.end, mention.text))
                    ent, coref_rule = named, "description-chain"
        return ent, coref_rule

    def _from_context(self, idx: int, it: Item, a: Attribution | None) -> tuple[Entity | None, Mention | None, Attribution | None]:
        """An item with no speaker mention: borrow one from the context sieves, else the dialogue sieves."""
        text, coref, resolved = self.text, self.coref, self.resolved
        rule = a.rule if a else None
        ent: Entity | None = None
        mention: Mention | None = None
        dialogue = self.fiction and it.kind is QuoteKind.DIRECT
        src = context_sieve(idx, it, self.items, resolved, self.last_by_para, self.seg, self.fiction, self.config)
        off = self.config.disabled_sieves
        if dialogue and (src is None or src[1] == "turn-taking"):
            for beat, find in (("narration-before", narration_before), ("action-beat", action_beat)):
                nm = find(it, self.seg, self.att, text) if beat not in off else None
                e2 = coref.resolve(nm, nm.start)[0] if nm is not None else None
                if e2 is not None:
                    src, ent, mention, rule = None, e2, nm, beat
                    a = Attribution(nm, None, None, rule, "speech")
                    break
        if src is not None and src[1] == "turn-taking" and "vocative" not in off and vocative_speaker(text, idx, it, self.items, resolved, coref):
            src = None  # who was addressed beats plain alternation
        if src is not None:
            j, rule = src
            ent, mention, a0, _ = resolved[j]
            a = Attribution(mention, a0.cue if a0 and rule in {"split-quote", "multi-paragraph"} else None,
                            None, rule, a0.mode if a0 else "speech") if (ent or mention) else None
        elif rule in {"narration-before", "action-beat"}:
            pass
        elif dialogue:
            ent, mention, a = self._dialogue(idx, it, a)
        return ent, mention, a

    def _dialogue(self, idx: int, it: Item, a: Attribution | None) -> tuple[Entity | None, Mention | None, Attribution | None]:
        """An untagged fiction turn: vocative, else narration-subject, else nearest-mention; *a* when none answers."""
        coref = self.coref
        off = self.config.disabled_sieves
        ent = vocative_speaker(self.text, idx, it, self.items, self.resolved, coref) if "vocative" not in off else None
        if ent:
            return ent, None, Attribution(None, None, None, "vocative", "speech")
        nm = narration_subject(it, self.seg, self.outer, self.att, self.text) if "narration-subject" not in off else None
        if nm is not None:
            ent, _ = coref.resolve(nm, nm.start)
            if ent is not None:
                return ent, nm, Attribution(nm, None, None, "narration-subject", "speech")
        ent = nearest_person(coref, it.start) if "nearest-mention" not in off else None
        if ent is not None:
            return ent, None, Attribution(None, None, None, "nearest-mention", "speech")
        return None, None, a


def _assemble(text: str, items: list[Item], resolved: list[Resolved], coref: Coref, config: Config) -> list[Quote]:
    """Build the Quotes: pieces of one group share a speaker, each gets its evidence and confidence."""
    # Pieces of one group share a speaker (multi-paragraph, filled backwards too).
    by_group: dict[int, int] = {}
    for idx, it in enumerate(items):
        if it.group is not None and resolved[idx][0] is not None:
            by_group.setdefault(it.group, idx)
    out: list[Quote] = []
    speakers: dict[int, Speaker] = {}  # one Speaker per entity, built once (linear time)
    for idx, it in enumerate(items):
        ent, mention, a, coref_rule = resolved[idx]
        if ent is None and mention is None and it.group is not None and it.group in by_group and "multi-paragraph" not in config.disabled_sieves:
            j = by_group[it.group]
            ent, mention, a0, _ = resolved[j]
            a = Attribution(mention, a0.cue if a0 else None, None, "multi-paragraph", a0.mode if a0 else "speech")
        q = _quote(text, it, (ent, mention, a, coref_rule), coref, config, speakers)
        if q is not None:
            out.append(q)
    return out


def _quote(text: str, it: Item, res: Resolved, coref: Coref, config: Config, speakers: dict[int, Speaker]) -> Quote | None:
    """The Quote of one item, or None for a long fragment that found no speaker."""
    ent, mention, a, coref_rule = res
    evidence = list(it.evidence)
    rule = a.rule if a else None
    if rule:
        evidence.append(rule)
    if a is not None and a.extra:
        evidence.extend(x for x in a.extra if x not in evidence)
    if coref_rule and coref_rule not in {"new-entity", "unresolved"}:
        evidence.append(coref_rule)
    conf = REGISTRY.confidence(rule) if rule is None or rule in REGISTRY else 0.5
    if ent is not None and (ent.kind == "place" or mention is not None and mention_type(mention) in NOT_SPEAKERS):
        # Only people, organisations and groups speak: a place found where a
        # speaker stands ("Kestrel Bay said") leaves the quote without one.
        ent = mention = a = None
        evidence.append("not-a-speaker")
        conf = REGISTRY.confidence(NO_SPEAKER)
    elif rule and conf < config.min_speaker_confidence:
        # Too uncertain to name anyone: keep the quote, drop the speaker.
        ent = mention = None
        a = None
        evidence.append("below-min-confidence")
        conf = REGISTRY.confidence(NO_SPEAKER)
    start = it.start
    sources = ((mention.start, mention.end) if mention else None, a.cue if a is not None else None)
    end, frags, inside = _cut_before_source(text, start, it.end, it.fragments, sources)
    if inside:
        ent = mention = a = None
        conf = REGISTRY.confidence(NO_SPEAKER)
        evidence.append("source-inside-quote")
    if a is None and "fragment-sentence" in evidence:
        return None  # no speaker in context: a long fragment alone is no report
    if ent is not None and not ent.names and ent.kind != "place":
        evidence.append("described-speaker")  # the text never names this speaker
    genre = "fiction" if coref.fiction else "news"
    conf = REGISTRY.entity_confidence(genre, rule if a is not None else None, link_of(evidence, ent is not None), conf)
    kind = it.kind
    if kind is QuoteKind.MIXED and not frags:
        kind = QuoteKind.INDIRECT  # the verbatim part was cut away with the source
    speaker = None
    if ent is not None:
        speaker = speakers.get(ent.eid)
        if speaker is None:
            speaker = speakers[ent.eid] = coref.speaker(ent, text)
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        speaker=speaker,
        speaker_mention=Span.of(text, mention.start, mention.end) if mention else None,
        cue=Span.of(text, *a.cue) if a and a.cue else None,
        addressee=Span.of(text, a.addressee.start, a.addressee.end) if a and a.addressee else None,
        confidence=conf,
        evidence=tuple(evidence),
        group=it.group,
        fragments=tuple(Span.of(text, s, e) for s, e in frags),
        marks=tuple(Span.of(text, s, e) for s, e in it.marks),
        mode=mode_of(a.mode) if a else Mode.SPEECH,
    )


def _cut_before_source(
    text: str, start: int, end: int, frags: tuple[tuple[int, int], ...], sources: tuple[tuple[int, int] | None, ...]
) -> tuple[int, tuple[tuple[int, int], ...], bool]:
    """The source never sits inside its own quote: cut the clause before it;
    the new end, fragments, and whether nothing would be left (report it unattributed)."""
    for sp in sources:
        if sp is None or not (sp[0] < end and start < sp[1]):
            continue
        cut = trim_range(text, start, sp[0])[1] if sp[0] > start else start
        if cut > start:
            end = cut
            frags = tuple(f for f in frags if f[1] <= end)
        else:
            return end, frags, True
    return end, frags, False


def _name_runs(outer: list[Tok], text: str) -> tuple[list[Mention], list[int]]:
    """Capitalised runs outside quotes that analyse as names or organisations."""
    found: list[Mention] = []
    n = len(outer)
    titles = {t.rstrip(".") for t in lexicon.titles()}
    given = lexicon.given_names()
    lower_words = {t.text for t in outer if t.text.islower()}
    ends: list[int] = []
    i = 0
    while i < n:
        t = outer[i]
        if not (is_cap(t.text) and t.text[0].isalpha()):
            i += 1
            continue
        j = i + 1
        while j < n:
            w = outer[j].text
            if "\n" in text[outer[j - 1].end : outer[j].start]:
                break  # names never run across lines
            if is_cap(w) and w[0].isalpha():
                j += 1
            elif w.lower() in PARTICLES and w.lower() != "and" and _particles_then_cap(outer, j):
                j += 1
            elif w in {"'", "\u2019"} and outer[j - 1].text.endswith("s") and outer[j].start == outer[j - 1].end and (
                j + 1 < n and is_cap(outer[j + 1].text)
            ):
                j += 1  # "the Dockworkers' Federation"
            else:
                break
        run = [x for x in outer[i:j] if not (x.text.isupper() and len(x.text) > 3 and x.text.isalpha() and j - i > 1)]
        while run and (
            run[0].text in NOT_NAMES
            or run[0].text.lower() in DETERMINERS
            or (run[0].text.lower() in lower_words and run[0].text not in given and run[0].text.rstrip(".") not in titles)
        ):
            # "Saw Tom", "Darling Ada": a word the document also writes in
            # lower case is an ordinary word capitalised at a sentence start.
            run = run[1:]
        if run:
            m = analyse(run, text)
            if m is not None and m.kind in {"name", "org"} and m.name:
                found.append(m)
                ends.append(j)
        i = j
    return found, ends


def _particles_then_cap(outer: list[Tok], j: int) -> bool:
    """``outer[j]`` starts a short run of name particles followed by a capital ("of the Harbour")."""
    for k in range(j + 1, min(len(outer), j + 3)):
        w = outer[k].text
        if is_cap(w):
            return True
        if w.lower() not in PARTICLES:
            return False
    return False


def _type_from_context(e: Entity, kind: str | None) -> None:
    """Type the entity as its context says (:func:`~quotes.syntax.types.context_type`),
    unless a title or a gender has shown it to be a person."""
    if kind is None or e.kind not in {"person", "place"}:
        return
    if not (e.title or e.gender):
        if kind == "place" or e.kind == "person":
            e.kind, e.person = kind, False


#: Tokens that end a noun phrase scanned backwards from a name.
_NP_STOPS = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "\u2014", "\u2013", "-", QUOTE_TOKEN})


@functools.cache
def _person_roles() -> frozenset[str]:
    """The role nouns (singular and plural) of kind person, read once."""
    return frozenset(k for k, r in lexicon.roles().items() if r.kind == "person")


def _role_before(outer: list[Tok], i: int, j: int, text: str, e: Entity) -> None:
    """The role right before the name ``outer[i:j]`` joins the entity (role-name
    juxtaposition, Lee et al. 2013): a premodifying title ("Brannock Rail chief
    executive Tomasz Ilves") or an appositive name after its description ("The
    club's chairman, Ruben Achterberg, said"; "The President of Ostravia, Lenka
    Horvath, said"). The longest phrase back to a boundary that analyses as a
    singular role or a titled name lends its roles, modifiers and gender."""
    if i == 0 or j > len(outer):
        return
    appositive = outer[i - 1].text == ","
    if appositive and not (j < len(outer) and outer[j].text in {",", ".", ";"}):
        return  # "The mayor, Ruben said" is no apposition
    end = i - 1 if appositive else i
    people = _person_roles()
    if end == 0 or not appositive and outer[end - 1].text not in people:
        return  # a premodifying title ends in a role noun: "... chief executive Tomasz Ilves"
    k = end - 1
    while k >= 0 and end - k <= 10 and outer[k].text not in _NP_STOPS:
        k -= 1
    for b in range(k + 1, end):
        w = outer[b].text
        if b > k + 1 and not (w.lower() in DETERMINERS or w[:1].isupper() or w.endswith(("'s", "\u2019s"))):
            continue  # a noun phrase starts at its determiner, a capital or a possessor
        m = analyse(outer[b:end] if appositive else outer[b:j], text)
        if m is None or m.plural or not m.roles or m.kind not in {"role", "name"}:
            continue
        if not appositive and (m.kind != "name" or m.name not in e.names):
            continue  # a premodifying title analyses with the name it modifies
        if m.kind == "role" and m.head not in people:
            continue  # "his own dressing-room, Morgan le Fay," names no role
        e.roles.update(m.roles)
        e.modifiers.update(m.modifiers)
        if m.gender and not e.gender:
            e.gender = m.gender
        return


#: Sentence-final punctuation, where a lead description's sentence ends.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _lead_description(outer: list[Tok], i: int, text: str, e: Entity) -> None:
    """A person first named at the start of a sentence takes the roles of an
    indefinite description that opens the sentence before (the wire lead:
    "A retired headteacher told a jury on Monday ... Margaret Ellery, 74,
    was giving evidence"; "A Dutch defender who arrived in 1988 ... Danny
    Achterberg said"). Not when the name has a role of its own already
    ("A spokesman said ... Ana Ruiz, the minister, said")."""
    if i < 2 or outer[i - 1].text not in _SENTENCE_ENDS or len(e.mentions) != 1 or len(e.names[0].split()) < 2 or e.roles:
        return
    k = i - 2
    while k >= 0 and outer[k].text not in _SENTENCE_ENDS and i - k < 60 and "\n" not in text[outer[k].end : outer[k + 1].start]:
        k -= 1  # back to the sentence's start (a line break ends a headline)
    s0 = skip_dateline(outer, k + 1, i - 1)  # "HOLMBRIDGE — A father told a jury ..."
    if s0 >= i - 1 or outer[s0].text not in {"A", "An"}:
        return
    rng = np_after(outer, s0, 8)
    m = analyse(outer[rng[0] : rng[1]], text) if rng is not None else None
    if m is None or m.kind != "role" or m.plural:
        return
    role = lexicon.roles().get(m.head)
    demonym = any(is_demonym(w) for w in m.modifiers)
    if not (role is not None and role.kind == "person" or demonym):
        return
    if m.gender and e.gender and m.gender != e.gender:
        return
    e.roles.update(m.roles)
    e.modifiers.update(m.modifiers)
    e.gender = e.gender or m.gender


def _appositive(outer: list[Tok], j: int, text: str, e: Entity) -> None:
    """"Ana Ruiz, the country's finance minister, …": the role joins the entity (Lee et al. 2013)."""
    if j >= len(outer) or outer[j].text != ",":
        return
    rng = np_after(outer, j + 1, 10)
    if rng is None or rng[1] >= len(outer) or outer[rng[1]].text not in {",", ".", ";"}:
        return
    m = analyse(outer[rng[0] : rng[1]], text)
    role = lexicon.roles().get(m.head) if m is not None else None
    if m is not None and m.kind == "role" and role is not None and role.kind == "org":
        _type_from_context(e, "organisation")  # "Harrow Homes, the developer, said"
        e.roles.update(m.roles)
        return
    if m is not None and m.kind == "role" and not m.plural:
        e.roles.update(m.roles)
        e.modifiers.update(m.modifiers)
        if m.gender and not e.gender:
            e.gender = m.gender
        e.person = e.person or e.kind == "person"


#: Pronouns that vote for a name's gender; "its" votes for an organisation ("n").
#: ("him" is left out: after a name's verb it is someone else, "Elin Harker held a photograph of him".)
_GENDER_WORDS = {"he": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f", "its": "n"}


def _gender_votes(outer: list[Tok], found: list[Mention], ends: list[int]) -> list[str | None]:
    """Gender each name mention from the pronouns that follow it.

    "Tom put down his pen": the first he/his/she/her within the next eight
    tokens, before any other capitalised name or a quote, votes for the name
    (the document's own pronoun use, as the coreference docstring promises).
    """
    out: list[str | None] = []
    n = len(outer)
    starts = [t.start for t in outer]
    for m, j in zip(found, ends):
        vote = None
        for k in range(j, min(n, j + 8)):
            w = outer[k].text
            if w == QUOTE_TOKEN or w in {".", "!", "?", ";"} or (w[:1].isupper() and w not in {"He", "She", "His", "Her"}):
                break
            g = _GENDER_WORDS.get(w.lower())
            if g:
                vote = g
                break
        if vote in {"m", "f"} and _oblique(outer, bisect_left(starts, m.start)):
            vote = None
        out.append(vote)
    return out


def _oblique(outer: list[Tok], i: int) -> bool:
    """Is the name starting at token *i* in an oblique or modifying place,
    after a preposition or "the" ("supporters in Carrick", "director of the
    Marlowe", "through the Ostrel interconnector")? A he/she that follows is
    then the clause subject's, not the name's (subjects are the likelier
    antecedents: centering), so it casts no gender vote."""
    prev = outer[i - 1].text.lower() if i > 0 else ""
    return prev == "the" or prev in PREPOSITIONS or prev == "of"


def _chain_entity(mention: Mention, layers: Layers, att: Attributor, coref: Coref) -> Entity | None:
    """The entity of the backend coreference chain that *mention* is in (sieve ``stanza-coref``).

    A name in the chain wins; otherwise its first description is resolved the
    rule-based way. The mention joins the entity's mentions.
    """
    mates = sorted(layers.chain_mates(mention))
    found = [m for span in mates if (m := att.mention_for_span(span)) is not None]
    for m in found:
        if m.kind in {"name", "org"} and m.name:
            e = coref.link_name(m)
            break
    else:
        e = None
        for m in found:
            if m.kind in {"role", "org"}:
                e, _ = coref.resolve(m, m.start)
                break
    if e is not None:
        e.mentions.append((mention.start, mention.end, mention.text))
    return e


def _drop_overlaps(items: list[Item]) -> list[Item]:
    """Keep quotes disjoint: a direct quote wins over an indirect clause that overlaps it."""
    out: list[Item] = []
    for it in items:
        if out and it.start < out[-1].end:
            prev = out[-1]
            if prev.kind is QuoteKind.DIRECT or (it.end - it.start) <= (prev.end - prev.start):
                continue
            out[-1] = it
            continue
        out.append(it)
    return out


def _link_split_quotes(quotes: list[Quote], text: str) -> list[Quote]:
    """Give interrupted quotes ("A," she said, "B.") a shared group id."""
    out = list(quotes)
    next_group = max((q.group for q in quotes if q.group is not None), default=-1) + 1
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind is not QuoteKind.DIRECT or b.kind is not QuoteKind.DIRECT:
            continue
        if not (a.marks and b.marks) or len(a.marks) < 2:
            continue
        gap = text[a.marks[-1].end : b.marks[0].start]
        if len(gap) > 120 or "\n" in gap or not gap.strip().startswith((",", "\u2014")) and not gap.strip().endswith(","):
            continue
        if a.cue is None or not (a.cue.start >= a.marks[-1].end and a.cue.end <= b.marks[0].start):
            continue
        g = a.group if a.group is not None else next_group
        if a.group is None:
            next_group += 1
            out[i - 1] = attrs.evolve(a, group=g)
        ev = b.evidence if "split-quote" in b.evidence else b.evidence + ("split-quote",)
        out[i] = attrs.evolve(b, group=g, speaker=a.speaker, speaker_mention=a.speaker_mention, cue=a.cue,
                              addressee=a.addressee, evidence=ev, confidence=max(b.confidence, REGISTRY.confidence("split-quote")))
    return out
