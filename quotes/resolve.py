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

from bisect import bisect_left

import regex

from .config import Config
from . import lexicon
from .conversation import converse, named_inside, scene_breaks
from .agreement import age_fits, compatible_mods, generic_for, other_position
from .coref import Coref, Entity
from .focus import asker_before, descriptions_forward, headline_forward, quoted_just_before
from .narration import narration_subjects
from .genre import is_dialogue_heavy, is_numeric
from .items import Item, mode_of, trim_range
from .names import link_names
from .reported import headline_paragraphs
from .issuers import issuer
from .organisations import employer, proxy_before
from .model import Mode, Quote, QuoteKind, Span, Speaker
from .segment import Segmentation
from .sieves.attributor import Attributor
from .sieves.base import Attribution
from .sieves.context import context_sieve, headline_echo, link_split_quotes
from .sieves.dialogue import (
    action_beat, answering, brought_on, described_character, narration_before, narration_subject, narrator, nearest_person, news_beat,
    own_addressees, people_in, previous_subject, subject_description, vocative_speaker,
)
from .sieves.interview import TURN_SIEVES
from .sieves.registry import NO_SPEAKER, REGISTRY, link_of
from .syntax.parse import Layers
from .syntax.boundaries import np_after
from .syntax.phrases import Mention, Tok, analyse
from .syntax.tokens import tokenize
from .inner import nest_in_turns, with_inner_quotes
from .syntax.types import NOT_SPEAKERS, hearing_body, mention_type, utterer
from .titles import named_fragments

__all__ = ["disjoint_items", "resolve"]

#: What the entity stage settles for one item: its entity, speaker mention,
#: attribution and the coreference rule that linked them.
Resolved = tuple[Entity | None, Mention | None, Attribution | None, str]

#: A restrictive relative clause right after a description, with no comma
#: ("The labourer who dug the trench told the court"): the clause picks the
#: referent out, so the description is no re-mention of the person in focus.
_RESTRICTIVE = regex.compile(r"[ \t]+(?:who|whom|that)\b")
#: How far (in characters) a report's speaker phrase may end before its content for the two to be
#: read as one attribution (a relative clause and a cue between: "Jonas Elleby, who keeps 300 ewes ..., said").
_TAG_REACH = 160
#: A description's relative clause that names it ("who gave his name only as
#: Jonas", "who gave her first name as Mila", "who identified himself only as
#: Tomas"): group 1 is the name, one or two capitalised words.
_NAMED_AS = regex.compile(
    r"\s*,?\s+(?:who\s+(?:gave|identified|introduced)\s+(?:only\s+)?(?:his|her|their|himself|herself|themselves)"
    r"(?:\s+(?:first|full|last|own))?(?:\s+name)?(?:\s+only)?(?:\s+as|\s*,)\s+(?:only\s+)?"
    # ("who gave only her first name, Mirela,"; "one resident, identified only as Tomasz,")
    r"|identified\s+only\s+as\s+)(\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+)?)"
)

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
    if not fiction and 0 in headline_paragraphs(text, seg):
        coref.headline_end = seg.paragraphs[0].end  # (the reported stage's headline test: one notion of a headline)
    coref.sentence_starts, coref.text = [s.start for s in seg.sentences], text
    link_names(text, items, outer, att, coref)
    if not fiction:
        narration_subjects(text, outer, att.starts, coref)
    coref.start_resolving()
    coref.narrator = narrator(text, items, coref) if fiction else None
    speakers = _Speakers(text, items, outer, seg, config, att, coref, fiction)
    resolved = speakers.resolve_all()
    if fiction and "turn-taking" not in config.disabled_sieves:
        resolved = converse(items, resolved, coref, lambda it: own_addressees(text, it, coref), lambda it: named_inside(text, it, coref), off=config.disabled_sieves,
                            reach=config.turn_reach, breaks=speakers.breaks, named_in=lambda p: people_in(coref, seg.paragraphs[p].start, seg.paragraphs[p].end))
    quotes = _assemble(text, items, resolved, coref, config)
    quotes = quotes if "split-quote" in config.disabled_sieves else link_split_quotes(quotes, text)
    quotes = nest_in_turns(quotes) if config.inner_quotes else quotes  # (an interview's turn holds the quotes others said in it)
    if fiction:  # (a transcript's turns quote others as a news story does: "He writes that "..."", its inner quotes read)
        return with_inner_quotes(text, quotes, coref, config) if config.inner_quotes and any("transcript-label" in q.evidence for q in quotes) else quotes
    quotes = quotes if "headline-echo" in config.disabled_sieves else headline_echo(quotes, text, seg)
    return with_inner_quotes(text, quotes, coref, config) if config.inner_quotes else quotes


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
        self.breaks = scene_breaks(text, seg) if fiction else frozenset()  # the paragraphs that only break a scene ("*  *  *")
        self._described: dict[str, tuple[int, int]] = {}  # (fiction) a description's words -> (where, whom) it last re-described
        self.resolved: list[Resolved] = []
        self.last_by_para: dict[int, int] = {}  # paragraph -> index of its last attributed item
        #: paragraph -> the entity whose interview or transcript turn it is
        #: (who speaks it as "I": no "he" or "she" inside it is theirs)
        self.turn_speakers: dict[int, int] = {}
        #: the two parties of a Q&A interview (the entities its Q and A turns go to): a "he" or
        #: "she" inside a turn is neither (the one answering talks to the one asking, of a third)
        self.qa_parties: set[int] = set()

    def resolve_all(self) -> list[Resolved]:
        """Resolve every item, each seeing what was resolved before it."""
        for idx, it in enumerate(self.items):
            a = it.attribution
            ent: Entity | None = None
            mention = a.mention if a else None
            coref_rule = ""
            if mention is not None and (owner := utterer(mention)) is not None:
                mention, a = owner, a._replace(mention=owner, extra=(*a.extra, "utterer")) if a else a
            if mention is not None and self.fiction and it.kind is QuoteKind.DIRECT and mention_type(mention) in NOT_SPEAKERS:
                # '"Whoa!" said his eternal song': the tag names no one who can speak, so the line is an untagged turn.
                ent, mention, a = self._from_context(idx, it, None)
                if a is not None:
                    a = a._replace(extra=(*a.extra, "not-a-speaker"))
            elif mention is not None and (same := self._same_mention(mention)) is not None:
                ent, coref_rule = same  # 'The Harrow coach said A, and suggested B': one subject, one entity
            elif mention is not None:
                ent, coref_rule = self._mention_entity(it, mention)
            elif a is not None and (a.rule in {"impersonal-cue", "asked-question"} or a.rule in TURN_SIEVES):
                pass  # the sentence (or a role label) names no holder of the view: borrow none
            else:
                ent, mention, a = self._from_context(idx, it, a)
            self.resolved.append((ent, mention, a, coref_rule))
            if ent is not None and ent.kind == "person":
                self.coref.last_speaker, self.coref.last_content = ent.eid, self._attribution_span(it, mention)
                self.coref.last_proxy = None
            elif ent is not None and ent.kind in {"organisation", "group"} and mention is not None and not self.fiction:
                self.coref.last_org = (ent.eid, self._attribution_span(it, mention))
                # "A spokesman for the authority said ...": a pronoun next may be the spokesperson going on.
                is_proxy, gender = (True, mention.gender) if mention.kind == "role" and mention.head in lexicon.proxy_roles() else proxy_before(self.text, mention.start)
                self.coref.last_proxy = (ent.eid, gender, self._attribution_span(it)[1]) if is_proxy else None
            if a is not None and (ent is not None or mention is not None):
                self.last_by_para[it.paragraph] = idx
            if a is not None and a.rule in TURN_SIEVES and ent is not None:
                self.turn_speakers[it.paragraph] = ent.eid
                if a.rule in {"interview-q", "interview-a"}:
                    self.qa_parties.add(ent.eid)
        if not self.fiction:
            descriptions_forward(self.items, self.resolved, self.coref)
            headline_forward(self.resolved, self.coref)
        return self.resolved

    def _same_mention(self, mention: Mention) -> tuple[Entity | None, str] | None:
        """The entity an earlier item gave this very mention (the subject of
        two coordinated cues): resolved again, a description would see the
        first clause as the quote just before it and lose its focus."""
        for ent, m, _a, rule in reversed(self.resolved[-3:]):
            if m is not None and (m.start, m.end) == (mention.start, mention.end) and ent is not None:
                return ent, rule
        return None

    def _mention_entity(self, it: Item, mention: Mention) -> tuple[Entity | None, str]:
        """The entity of the item's own speaker mention, and the coreference rule that found it."""
        coref, fiction, layers = self.coref, self.fiction, self.layers
        ent, coref_rule = None, ""
        if layers is not None and layers.has_coref and mention.kind in {"pronoun", "role"}:
            ent = _chain_entity(mention, layers, self.att, coref)
            coref_rule = "stanza-coref" if ent is not None else ""
        if (ent is None and not fiction and mention.kind == "pronoun" and mention.head == "it" and (doc := self._document_before(mention)) is not None
                and (by := issuer(coref, doc, self.text)) is not None):
            coref._mention_of(by, mention)
            return by, "speaks-for"  # "A report by ..., Rachel Dunn, had recommended approval. It concluded that ...": the report's
        if ent is None and not fiction and (by := issuer(coref, mention, self.text) or employer(coref, mention, self.text)) is not None:
            coref._mention_of(by, mention)
            return by, "speaks-for"  # "a report by the Ostrava Audit Office said", "Analysts at Torvik Securities wrote"
        if ent is None and not fiction and mention.kind == "pronoun" and mention.head in {"he", "she"}:
            ent = self._described_beat(it, mention) or self._answerer(mention)
            coref_rule = "pronoun" if ent is not None else ""
        if ent is None and fiction and mention.kind == "pronoun" and (e := answering(self.text, self.items, len(self.resolved), self.resolved, coref, mention)):
            return e, "pronoun"  # '"..., Mr. Harker!" said Miss Fenn. ¶ "...," he answered': Harker
        if ent is None and fiction and mention.kind == "pronoun" and (d := subject_description(coref, self.att, self.text, mention)):
            return self._mention_entity(it, d)[0], "description-chain"  # "The guide stood on the bank. ¶ "…," he told us"
        if ent is None and mention.kind == "role" and (named := self._named_as(mention)) is not None:
            coref._mention_of(named, mention)
            return named, "named-as"  # "a lorry driver who gave his name only as Jonas": Jonas
        if ent is None:
            addressed: frozenset[int] = frozenset()
            if mention.kind == "pronoun" and it.kind is QuoteKind.DIRECT:
                # Whom the quote addresses (fiction) or names (news) is not who speaks it.
                addressed = (
                    self._utterance_addressees(it)
                    if fiction else named_inside(self.text, it, coref)
                )
            if not fiction and mention.kind == "pronoun":
                addressed |= asker_before(coref, mention.start)  # 'Asked by Mr Castellane whether he ..., he replied': not the one asking
            if mention.kind == "pronoun" and mention.head in {"he", "she"} and (turn := self.turn_speakers.get(it.paragraph)) is not None:
                addressed |= {turn} | self.qa_parties  # 'A: ... she told me she had never seen a camera': not the one answering
            restrictive = not fiction and mention.kind == "role" and _RESTRICTIVE.match(self.text, mention.end) is not None
            ent, coref_rule = coref.resolve(mention, mention.start, addressed=addressed, restrictive=restrictive)
            if not fiction and mention.kind == "role" and ent is not None and not ent.names and not restrictive and (
                (focal := self._focal_description(mention)) is not None
            ):
                coref._mention_of(focal, mention)
                ent, coref_rule = focal, "description-chain"
            if fiction and mention.kind == "role" and (ent is None or not ent.names):
                j = self.last_by_para.get(it.paragraph - 1) if it.kind is QuoteKind.DIRECT else None
                prev = self.resolved[j][0] if j is not None else None  # ('"Is it snowing?" asked the boy. ¶ "Not yet," said the old man.': not the boy)
                named = described_character(mention, coref, addressed, self._described, spoke=prev.eid if prev is not None else None)
                if named is not None:
                    named.mentions.append((mention.start, mention.end, mention.text))
                    ent, coref_rule = named, "description-chain"
        return ent, coref_rule

    def _utterance_addressees(self, it: Item) -> frozenset[int]:
        """Whom a tagged line addresses by name, in its own words and in the
        untagged quotes that go on with it in its paragraph ('"No part of it
        tires me," said she; "... Miss Price, I give way to you"': not Miss
        Price's, though the vocative is in the second part)."""
        own = own_addressees(self.text, it, self.coref)
        k = len(self.resolved)  # (the item being resolved: resolve_all goes in order)
        items = self.items
        if k >= len(items) or items[k] is not it:
            return own
        k += 1
        while k < len(items) and items[k].paragraph == it.paragraph and items[k].kind is QuoteKind.DIRECT and items[k].attribution is None:
            own |= own_addressees(self.text, items[k], self.coref)
            k += 1
        return own

    def _answerer(self, mention: Mention) -> Entity | None:
        """News: 'Cllr Pattinson asked Mr Achterberg whether the counts had
        been taken in the holidays. He said they had not.': a pronoun opening
        the sentence right after a reported question, in its paragraph, is
        the person asked (an answer follows a question: the adjacency pair of
        conversation analysis), when that person is named and agrees in gender."""
        if not self.resolved:
            return None
        _ent, _m, a, _rule = self.resolved[-1]
        if a is None or a.addressee is None or a.cue is None or self.text[a.cue[0] : a.cue[1]].lower() != "asked":
            return None
        seg = self.seg
        si = seg.sentence_at(mention.start)
        if (si == 0 or not seg.sentences or self.text[seg.sentences[si].start : mention.start].strip()
                or seg.sentence_at(a.cue[0]) != si - 1 or seg.sentence_paragraph[si - 1] != seg.sentence_paragraph[si]):
            return None
        addr = a.addressee
        e = self.coref.find(addr.name) if addr.kind == "name" and addr.name else None
        if e is None or e.kind != "person" or (e.gender and mention.gender and e.gender != mention.gender):
            return None
        self.coref._mention_of(e, mention)
        return e

    def _document_before(self, mention: Mention) -> Mention | None:
        """News: the document that opens the sentence before, in the same
        paragraph, when "it" opens its own sentence ("A report by the
        council's head of planning, Rachel Dunn, had recommended approval. It
        concluded that ..."): "it" goes on with the document, whose issuer
        speaks (:func:`~quotes.issuers.issuer`)."""
        seg, att = self.seg, self.att
        if not seg.sentences:
            return None
        si = seg.sentence_at(mention.start)
        if si == 0 or seg.sentence_paragraph[si - 1] != seg.sentence_paragraph[si] or self.text[seg.sentences[si].start : mention.start].strip():
            return None
        k = bisect_left(att.starts, seg.sentences[si - 1].start)
        rng = np_after(att.outer, k, att.max_np, end=bisect_left(att.starts, mention.start))
        m = analyse(att.outer[rng[0] : rng[1]], self.text) if rng is not None and rng[0] == k else None
        role = lexicon.roles().get(m.head) if m is not None and m.kind in {"role", "org"} and not m.plural else None
        return m if role is not None and role.kind == "doc" else None

    def _named_as(self, mention: Mention) -> Entity | None:
        """The name a description gives itself in its relative clause ("a
        lorry driver who gave his name only as Jonas", "a woman who gave her
        first name as Mila", "a man who identified himself only as Tomas")."""
        if mention.plural or mention.text.split()[0].lower() not in ("a", "an", "one", "another", "the"):
            return None
        found = _NAMED_AS.match(self.text, mention.end, min(len(self.text), mention.end + 90))
        if found is None:
            return None
        name = analyse(tokenize(self.text, found.start(1), found.end(1)), self.text)
        if name is None or name.kind != "name" or not name.name:
            return None
        e = self.coref.link_name(name)
        e.person = True
        return e

    def _attribution_span(self, it: Item, mention: Mention | None = None) -> tuple[int, int]:
        """A quote's span widened over its tag: a direct quote's to the end of
        the sentence it ends in, a report's back to its speaker's phrase.
        Whoever is named there (an addressee, '"...," she told Cllr Pryce'; a
        place in the speaker's relative clause, "Jonas Elleby, who keeps sheep
        above Dunmarch, said ...") is talked about, and does not take a later
        pronoun from the speaker (focus.speaker_in_focus)."""
        seg = self.seg
        if not seg.sentences or self.fiction:
            return it.start, it.end
        if it.kind is not QuoteKind.DIRECT:
            head = mention.antecedent if mention is not None and mention.kind == "relative" and mention.antecedent else mention  # ("Dr Hartig, a chemist hired by Ms Brandt's insurers, who said")
            return (head.start if head is not None and 0 <= it.start - mention.end <= _TAG_REACH else it.start), it.end
        return it.start, max(it.end, seg.sentences[seg.sentence_at(max(it.start, it.end - 1))].end)

    def _focal_description(self, mention: Mention) -> Entity | None:
        """News: 'Brannagh was in no mood for jokes. The Calder manager said
        ...'; '... Ruth Kaldor said ... ¶ "...," the Social Union leader
        said': a definite description that no one named holds re-describes
        the person in focus, the subject of the sentence before it in its
        paragraph, else the speaker of the quote just before (within
        focus.FOCUS_CHARS), when that person is surely a person whose gender agrees
        and who holds no other position. Its capitalised modifiers must fit
        only a person the text tied to something (focus.focus_description,
        the sieve before this one, asks it of anyone among the last three)."""
        role = lexicon.roles().get(mention.head)
        if role is None or role.kind != "person" or mention.plural or mention.text.split()[0].lower() != "the":
            return None
        coref = self.coref
        cands = []
        held = (*mention.roles, *lexicon.generic_roles().get(mention.head, ()))  # ("the author": a novelist, generic_roles.txt)
        beat = previous_subject(mention, self.seg, self.att, self.text)
        if beat is not None and beat.kind == "name" and beat.name and (e := coref.find(beat.name)) is not None:
            cands.append(e)
        if (last := quoted_just_before(coref, mention.start)) is not None:
            cands.append(coref.entities[last])
        for e in cands:
            if e.kind != "person" or not e.names or not (e.gender or e.title or e.has_given_name()):
                continue
            if role.gender and e.gender and role.gender != e.gender or other_position((*held, *generic_for(mention.head, e.roles)), e.roles) or not age_fits(mention, e):
                continue  # (nor one the text gave another age: "The 24-year-old left-hander ... the 27-year-old said")
            if e.modifiers and not compatible_mods(mention.modifiers, e):
                continue
            return e
        return None

    def _described_beat(self, it: Item, mention: Mention) -> Entity | None:
        """News: 'Late on Tuesday, the union boss struck a softer tone. "…," he
        said.': the pronoun of a tag right after a sentence of its paragraph
        whose subject is a description of a named person (found by its role)
        is that person, not the last name of its gender; so is the pronoun
        that opens a reported clause's sentence after such a sentence ('The
        prime minister did not answer directly. He said ...')."""
        if it.kind is QuoteKind.DIRECT:
            beat = news_beat(it, self.seg, self.att, self.text)
        else:
            beat = previous_subject(mention, self.seg, self.att, self.text, it.start)
        if beat is not None and beat.kind == "role" and not beat.plural and beat.head in lexicon.proxy_roles():
            # 'A university spokeswoman disputed that account. ... she said':
            # the spokeswoman, who speaks for the organisation she names or the one in focus
            org, _ = self.coref.resolve(beat, beat.start)
            if org is None or org.kind != "organisation":
                return None
            self.coref._mention_of(org, mention)
            return org
        if beat is None or beat.kind != "role" or beat.plural or beat.text.split()[0].lower() != "the":
            return None  # (only a definite description re-mentions someone: 'a nurse' may be anyone)
        held = set(beat.roles) | lexicon.generic_roles().get(beat.head, frozenset())  # ("the union boss": a chairman)
        if not any(held & e.roles for e in self.coref._before(beat.start)):
            return None  # no one named holds the role: resolving would only coin a description
        e, _ = self.coref.resolve(beat, beat.start)
        if e is None or not e.names or e.kind != "person" or (e.gender and mention.gender and e.gender != mention.gender):
            return None
        self.coref._mention_of(e, mention)
        return e

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
                nm = nm and (utterer(nm) or nm)  # ("His voice was hoarse. "..."": the voice's owner, as in a tag)
                e2 = coref.resolve(nm, nm.start)[0] if nm is not None else None
                if e2 is not None:
                    src, ent, mention, rule = None, e2, nm, beat
                    a = Attribution(nm, None, None, rule, "speech")
                    break
        empty = src is None or resolved[src[0]][0] is None and resolved[src[0]][1] is None  # nothing to borrow
        if (empty or src[1] == "previous-sentence") and not self.fiction and it.kind is QuoteKind.DIRECT and "narration-before" not in off:
            nm = news_beat(it, self.seg, self.att, text)  # "Asked ..., he grinned. 'Sleep.'"
            e2 = coref.resolve(nm, nm.start)[0] if nm is not None else None
            if e2 is not None and (empty or e2 is not resolved[src[0]][0]):  # ("She laughs ... '...'": hers, not the earlier quote's speaker's)
                return e2, nm, Attribution(nm, None, None, "narration-before", "speech")
        if src is not None and src[1] == "turn-taking" and "vocative" not in off and vocative_speaker(text, idx, it, self.items, resolved, coref):
            src = None  # who was addressed beats plain alternation
        if src is not None and src[1] == "turn-taking" and (
            not self.breaks.isdisjoint(range(self.items[src[0]].paragraph + 1, it.paragraph)) or brought_on(src[0], idx, self.items, resolved, self.seg, coref)
        ):
            # Since the source, a scene break ("* * *") or narration bringing someone new on: the line answers
            # the one before it in the new exchange (turn_taking answers only after a line whose speaker is known).
            prev = resolved[self.last_by_para[it.paragraph - 1]][0]
            other = nearest_person(coref, it.start, own_addressees(text, it, coref) | {prev.eid})
            if other is not None:
                return other, None, Attribution(None, None, None, "turn-taking", "speech")
            src = None
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
        own = own_addressees(self.text, it, coref)  # ("Sit down, Peter." is not Peter's, however the narration ends)
        nm = narration_subject(it, self.seg, self.outer, self.att, self.text) if "narration-subject" not in off else None
        nm = nm and (utterer(nm) or nm)
        if nm is not None:
            d = subject_description(coref, self.att, self.text, nm) if nm.kind == "pronoun" else None  # ("The detective came. He ...": the described one)
            ent = self._mention_entity(it, d)[0] if d is not None else coref.resolve(nm, nm.start)[0]
            if ent is not None and ent.eid not in own:
                return ent, nm, Attribution(nm, None, None, "narration-subject", "speech")
        ent = nearest_person(coref, it.start, own) if "nearest-mention" not in off else None
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
    if ent is not None and (ent.kind == "place" or mention is not None and (
            mention_type(mention) in NOT_SPEAKERS or a is not None and a.cue is not None and hearing_body(mention, text[a.cue[0] : a.cue[1]].lower()))):
        # Only people, organisations and groups speak: a place where a speaker stands ("Kestrel Bay said") leaves none.
        if it.kind is not QuoteKind.DIRECT and rule in REGISTRY and (REGISTRY[rule].stage == "fragment" or it.kind is QuoteKind.MIXED and named_fragments(text, it.fragments)):
            # A fragment whose only source is a thing ("The money pays for the upkeep of the
            # «Sentier»") is no report at all. ("according to the chalkboard outside" is kept:
            # dropping those lost PolNeAR reports "according to" things no word list types.)
            return None
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


def _chain_entity(mention: Mention, layers: Layers, att: Attributor, coref: Coref) -> Entity | None:
    """The entity of the backend coreference chain that *mention* is in (sieve ``stanza-coref``).

    A name in the chain wins; otherwise its first description is resolved the
    rule-based way. The mention joins the entity's mentions."""
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
