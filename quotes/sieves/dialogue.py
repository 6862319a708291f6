"""Dialogue sieves: who speaks an untagged quote in fiction.

Used by the entity stage (:mod:`quotes.resolve`) for quotes that no tag
attributes and that the context sieves (:mod:`quotes.sieves.context`) leave
open. Each sieve takes the items, what was resolved so far and the
coreference state, and hands back an entity or a mention: turn-taking,
vocative (who was addressed answers), narration-subject and narration-before
(the subject of the narration next to the quote), nearest-mention, and the
description chain and first-person narrator that coreference uses (after
He et al. 2013 and Muzny et al. 2017).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

import regex

from .. import lexicon
from ..coref import Coref, Entity
from ..items import Item
from ..model import QuoteKind
from ..segment import Segment, Segmentation
from ..agreement import SCENE_CHARS, newcomer
from ..centering import BARE_OPENERS, described_subject
from ..syntax.clauses import has_verb
from ..syntax.phrases import INDEFINITE_SPEAKERS, Mention, Tok, analyse
from ..syntax.tokens import tokenize
from ..syntax.types import mention_type
from ..syntax.words import QUOTE_TOKEN
from .address import addressed, answering, own_addressees, vocative_speaker, vocatives
from .attributor import Attributor

__all__ = [
    "action_beat",
    "addressed",
    "answering",
    "brought_on",
    "described_character",
    "narration_before",
    "narration_subject",
    "narrator",
    "nearest_person",
    "one_line_speaker",
    "own_addressees",
    "people_in",
    "turn_taking",
    "vocative_speaker",
    "vocatives",
]

_SENT_END = frozenset(".!?\u2026")


def turn_taking(it: Item, resolved: list, last_by_para: dict[int, int]) -> tuple[int, str] | None:
    """Turn-taking: in a run of dialogue paragraphs the speaker of an
    untagged turn is the other participant: the last speaker in the run who
    is not the speaker of the turn just before (He et al. 2013; Muzny et al.
    2017 use the same alternation). Returns (index of the source item, rule)."""
    prev_para = it.paragraph - 1
    j1 = last_by_para.get(prev_para)
    if j1 is None or resolved[j1][0] is None:
        return None
    a = resolved[j1][0]
    for back in range(2, 8):
        j2 = last_by_para.get(it.paragraph - back)
        if j2 is None:
            if it.paragraph - back < 0:
                break
            continue
        if resolved[j2][0] is not None and resolved[j2][0] is not a and not one_line_speaker(resolved[j2]):
            return j2, "turn-taking"
    return None


def one_line_speaker(res: Any) -> bool:
    """Does a resolved item name its speaker only as "somebody", "another",
    "one", or as a group ("the sisters", "various onlookers")? Such a
    speaker is a passer-by or a chorus of one line, not a participant whose
    turn comes round again."""
    ent, mention = res[0], res[1]
    return mention is not None and mention.kind == "role" and (mention.head in INDEFINITE_SPEAKERS or mention.plural) or ent is not None and ent.kind == "group"


def people_in(coref: Coref, start: int, end: int) -> set[int]:
    """The people the pre-scan named in text[start:end] (found by bisection)."""
    seen = coref._recent
    k = bisect_left(seen, (start, -1))
    out = set()
    while k < len(seen) and seen[k].pos < end:
        if coref.entities[seen[k].eid].kind == "person":
            out.add(seen[k].eid)
        k += 1
    return out


def brought_on(j: int, idx: int, items: list[Item], resolved: list, seg: Segmentation, coref: Coref) -> bool:
    """Does a paragraph of narration between item *j*, the turn-taking
    source of item *idx*, and item *idx* name a person who has not spoken
    since *j* ("Later Peter found Mr. Gould in the library.")? Then the
    exchange after it is a new one."""
    quoted = {items[x].paragraph for x in range(j, idx)}
    spoke = {r[0].eid for r in resolved[j:idx] if r[0] is not None}
    for p in range(items[j].paragraph + 1, items[idx].paragraph):
        if p not in quoted and people_in(coref, seg.paragraphs[p].start, seg.paragraphs[p].end) - spoke:
            return True
    return False


def narration_subject(it: Item, seg: Segmentation, outer: list[Tok], att: Attributor, text: str) -> Mention | None:
    """'He took two shells from his bag. ¶ "I found these …"': after a
    paragraph of narration, an untagged line belongs to that paragraph's subject."""
    if not it.quote_only_para or it.paragraph == 0:
        return None
    prev = seg.paragraphs[it.paragraph - 1]
    chunk = text[prev.start : prev.end]
    if any(ch in chunk for ch in "\"\u201c\u201d\u2018\u2019") or "'" in chunk[:1]:
        return None  # the paragraph before is dialogue too: turn-taking's business
    return _last_sentence_subject(seg, att, prev, prev.end)


def narration_before(it: Item, seg: Segmentation, att: Attributor, text: str) -> Mention | None:
    """'Her face warmed. "Then you will help me?"': an untagged quote after a
    sentence of narration in its own paragraph belongs to that sentence's subject."""
    para = seg.paragraphs[it.paragraph]
    open_at = it.marks[0][0] if it.marks else it.start
    lead = text[para.start : open_at]
    if len(lead.strip()) < 8 or any(ch in lead for ch in "\"\u201c\u201d\u2018\u2019") or lead.rstrip()[-1:] not in _SENT_END:
        return None
    return _last_sentence_subject(seg, att, para, open_at)


def news_beat(it: Item, seg: Segmentation, att: Attributor, text: str) -> Mention | None:
    """News: 'Asked what he would do first, he grinned. "Sleep."' An untagged
    quote right after a sentence of its paragraph with no quotation marks
    belongs to that sentence's subject, a single person (only that sentence
    is read: earlier ones may quote a nickname)."""
    para = seg.paragraphs[it.paragraph]
    open_at = it.marks[0][0] if it.marks else it.start
    lead = text[para.start : open_at].rstrip()
    if not lead and it.paragraph > 0:
        # A quote opening its paragraph after a one-sentence narration paragraph
        # ('the prime minister struck a softer note.\n\n"Neighbours argue ..."'):
        # that sentence introduces it, unless a tag follows in the quote's
        # paragraph or in the quoted paragraphs that go on from it.
        if _tag_follows(it, seg, att, text):
            return None
        para = seg.paragraphs[it.paragraph - 1]
        open_at = para.end
        lead = text[para.start : open_at].rstrip()
        if seg.sentence_at(para.start) != seg.sentence_at(max(para.start, para.start + len(lead) - 1)):
            return None
    if len(lead) < 8 or lead[-1:] not in _SENT_END:
        return None
    si = seg.sentence_at(max(para.start, len(lead) + para.start - 1))
    sent_start = max(seg.sentences[si].start, para.start) if seg.sentences else para.start
    if _QUOTE_MARK.search(text, sent_start, open_at) is not None:
        return None
    s0, s1 = bisect_left(att.starts, sent_start), bisect_left(att.starts, open_at)
    commas = [k for k in range(s0, s1) if att.outer[k].text == ","]
    if (
        commas and commas[0] - s0 <= 5 and s1 - commas[0] >= 3 and att.outer[s0].text.lower() in _FRONTED_OPENERS
        and not has_verb(att.outer, s0, commas[0], text)
    ):
        # "Late on Tuesday, the union boss struck a softer tone.": a fronted
        # adverbial, then the subject.
        return _one_person(att.main_subject(commas[0] + 1, s1))
    m = _last_sentence_subject(seg, att, para, open_at)
    if m is None and commas and s1 - commas[-1] >= 3:
        # "Asked what she would miss most, Brandt paused.": the clause after the
        # fronted question's last comma.
        m = _one_person(att.main_subject(commas[-1] + 1, s1))
    return m


def _tag_follows(it: Item, seg: Segmentation, att: Attributor, text: str) -> bool:
    """Is there a cue verb outside quotes in the item's paragraph, or in the
    paragraphs after it that open with a quotation mark (a quote running on)?"""
    last = min(len(seg.paragraphs), it.paragraph + _RUN_ON_PARAGRAPHS)
    for k in range(it.paragraph, last):
        p = seg.paragraphs[k]
        if att._words("verb", bisect_left(att.starts, p.start), bisect_left(att.starts, p.end)):
            return True
        if k + 1 >= len(seg.paragraphs) or text[seg.paragraphs[k + 1].start] not in _QUOTE_CHARS:
            return False
    return True  # (a longer run of quoted paragraphs is no one narration sentence's: read no further, linear time)


#: How many paragraphs of a quote running on :func:`_tag_follows` reads.
_RUN_ON_PARAGRAPHS = 8


#: Words that open a fronted adverbial before the subject ("Late on Tuesday,",
#: "After the vote,", "Shortly after midnight,"), not a name in apposition.
_FRONTED_OPENERS = frozenset(
    "late early earlier later shortly soon afterwards after before during on in at by within outside inside "
    "when while once meanwhile then now still that this last".split()
)
#: Quotation marks of every convention: a beat sentence holds none.
_QUOTE_CHARS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
#: A quotation mark, not a curly apostrophe inside a word ("The orchestra\u2019s principal conductor").
_QUOTE_MARK = regex.compile(r"[\"\u201c\u201d\u2018\u00ab\u00bb\u201e]|\u2019(?!\p{L})|(?<!\p{L})\u2019")


def action_beat(it: Item, seg: Segmentation, att: Attributor, text: str) -> Mention | None:
    """'"You're late." Mara set down her cup.': an untagged quote that ends its
    sentence, followed in its paragraph by a sentence of narration, belongs to
    that sentence's subject, a single person (the action beat of style guides;
    He et al. 2013 read the same neighbourhood)."""
    para = seg.paragraphs[it.paragraph]
    close_at = it.marks[-1][1] if len(it.marks) > 1 else it.end
    body = text[it.start : it.end].rstrip()
    if not body or body[-1] not in _SENT_END and body[-1] not in ",-\u2014":
        return None
    rest = text[close_at : para.end]
    lead = len(rest) - len(rest.lstrip())
    first = rest.lstrip()[:1]
    if not first or not first.isupper() or body[-1] in ",-\u2014":
        return None
    start = close_at + lead
    ends = [rest.find(ch, lead) for ch in ".!?;"]
    stop = min((x for x in ends if x >= 0), default=len(rest))
    sentence = rest[lead:stop]
    if any(ch in sentence for ch in "\"\u201c\u201d"):
        return None
    s0 = bisect_left(att.starts, start)
    s1 = bisect_left(att.starts, close_at + stop)
    if s1 - s0 < 2:
        return None
    m = att.main_subject(s0, s1)
    if m is None or m.kind not in {"name", "pronoun", "role"} or m.plural or m.start < start:
        return None
    if m.kind == "pronoun" and m.head not in {"he", "she"} or mention_type(m) != "person":
        return None
    return m


def _last_sentence_subject(seg: Segmentation, att: Attributor, para: Segment, end: int) -> Mention | None:
    """The subject of the sentence of *para* that ends at *end* (its part
    inside *para*), when it is a single person: a name, a pronoun or a role."""
    si = seg.sentence_at(max(para.start, end - 1))
    sent = seg.sentences[si] if seg.sentences else para
    s0 = bisect_left(att.starts, max(sent.start, para.start))
    s1 = bisect_left(att.starts, end)
    if s1 - s0 < 2:
        return None
    m = _one_person(att.main_subject(s0, s1))
    if m is None:
        m = _after_bare_adjunct(att, s0, s1)
    if m is not None and m.kind == "name" and m.name and " " not in m.name and (low := m.name.lower()) in att.word_set and low.islower() and (
        m.name not in lexicon.given_names() and not m.title
    ):
        return None  # "Half an hour later they ...", "Separate plates were laid": an ordinary word opening the sentence
    return m


#: Subject pronouns that, after a name in an opening adjunct, are the subject
#: (the walk of :mod:`quotes.centering` reads the same: ``_BARE_SUBJECT``).
_SUBJECT_AFTER = frozenset("he she they we".split())


def _after_bare_adjunct(att: Attributor, s0: int, s1: int) -> Mention | None:
    """The subject after an opening adjunct with no comma: the first subject
    pronoun or capitalised name within eight words, not followed by a subject
    pronoun, the adjunct opening with a preposition or a word of time, when
    it is a single person."""
    toks = att.outer
    if toks[s0].text.lower() not in BARE_OPENERS:
        return None
    for k in range(s0 + 1, min(s1 - 1, s0 + 9)):
        w = toks[k].text
        if w in {",", ";", ":"} or w == QUOTE_TOKEN:
            return None  # (a comma: the syntax layer read that adjunct already)
        if (w.lower() in {"he", "she", "i"} or w[:1].isupper() and w.isalpha()) and toks[k + 1].text[:1].islower() and (
            toks[k + 1].text not in _SUBJECT_AFTER  # ("In front of Carey he stopped": the name ends the adjunct)
        ):
            m = _one_person(att.main_subject(k, s1))
            return m if m is not None and m.start == toks[k].start else None
    return None


def previous_subject(m: Mention, seg: Segmentation, att: Attributor, text: str, content_start: int = -1) -> Mention | None:
    """News: 'The prime minister did not answer directly. He said ...': the
    subject of the sentence before, in the same paragraph, of a pronoun that
    opens its own sentence (the centre of attention it continues), or that
    tags a reported clause opening it (*content_start*: 'A spokeswoman
    disputed that. Management had met the union, she said'), when that
    sentence quotes no one and its subject is a single person."""
    si = seg.sentence_at(m.start)
    if si == 0 or not seg.sentences or seg.sentence_paragraph[si - 1] != seg.sentence_paragraph[si]:
        return None
    sent, prev = seg.sentences[si], seg.sentences[si - 1]
    opens = not text[sent.start : m.start].strip() or sent.start <= content_start < m.start and not text[sent.start : content_start].strip()
    if not opens or _QUOTE_MARK.search(text, prev.start, prev.end) is not None:
        return None
    return _last_sentence_subject(seg, att, seg.paragraphs[seg.sentence_paragraph[si]], prev.end)


def _one_person(m: Mention | None) -> Mention | None:
    """*m* when it is a single person: a name, a pronoun or a role, not plural."""
    if m is None or m.kind not in {"name", "pronoun", "role"} or m.plural or mention_type(m) != "person":
        return None
    return m


def narrator(text: str, items: list[Item], coref: Coref) -> Entity | None:
    """The first-person narrator's name: whom the turns next to the narrator's
    own tagged turns ('"…," I said.') address by name most often.

    Three such vocatives at least, twice as many as for anyone else; else,
    in a story told in the first person, the unnamed narrator "I"; else None.
    """
    counts: dict[int, int] = {}
    for idx, it in enumerate(items):
        a = it.attribution
        if a is None or a.mention is None or a.mention.kind != "pronoun" or a.mention.head != "i":
            continue
        for j in (idx - 1, idx + 1):
            if 0 <= j < len(items) and abs(items[j].paragraph - it.paragraph) == 1 and items[j].kind is QuoteKind.DIRECT:
                for name in vocatives(text, items[j].start, items[j].end):
                    e = coref.find(name)
                    if e is not None and e.kind == "person":
                        counts[e.eid] = counts.get(e.eid, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return _addressed_to_me(text, items, coref) or _unnamed_narrator(text, items, coref)
    return coref.entities[ranked[0][0]]


#: "to me" in the narration sentence right before a line: the line is said to the narrator.
_TO_ME = regex.compile(r"\bto me\b[^.!?\"\u201c\u201d]*[.!?:,]?\s*$")


def _said_to_me(text: str, it: Item) -> bool:
    """Is the line *it*, not the narrator's own, right after a sentence of its
    paragraph that has someone speak "to me" ("Later my aunt called to me
    from the kitchen. "Eat your bread, Harry."")?"""
    a = it.attribution
    if a is not None and a.mention is not None and a.mention.text == "I":
        return False
    at = it.marks[0][0] if it.marks else it.start  # (the opening mark)
    start = text.rfind("\n\n", 0, at) + 1
    cut = max(text.rfind(". ", start, at - 2), text.rfind("? ", start, at - 2), text.rfind("! ", start, at - 2))
    return _TO_ME.search(text, max(start, cut + 1), at) is not None


def _addressed_to_me(text: str, items: list[Item], coref: Coref) -> Entity | None:
    """The narrator named by a line said to them: '"I tell you, Edward," he
    would say to me' (a tag whose addressee is "me", and a name a quote of
    its paragraph addresses). One name only, in a story told in the first
    person; a name the narration never gives joins the story here."""
    # (the lines said to "me" themselves, not every line of their paragraphs: the narrator's own "Your Honor, ..." names no one)
    names = {name for it in items
             if it.kind is QuoteKind.DIRECT and ((a := it.attribution) is not None and a.addressee is not None and a.addressee.text.lower() == "me"
                                                 or _said_to_me(text, it))
             for name in vocatives(text, it.start, it.end)}
    if len(names) != 1 or not _first_person(text, items):
        return None
    name = names.pop()
    e = coref.find(name)
    if e is None and (m := analyse(tokenize(name), name)) is not None and m.kind == "name" and m.name:
        e = coref.link_name(m)
    if e is None or e.kind != "person":
        return None
    e.person = True
    return e


#: "I" as a word: the narrator's, outside the quotes.
_I = regex.compile(r"\bI\b")
#: How often a first-person narration says "I" (per 1,000 characters of narration) at the least. Novels
#: told in the first person say it 2-10 times (LitBank); third-person novels, whose "I" is in dialogue and
#: letters, under 0.7 (PDNC): the narration of those holds no narrator who could speak.
FIRST_PERSON_RATE = 1.0


def _first_person(text: str, items: list[Item]) -> bool:
    """Is the story told in the first person: does its narration say "I"
    often (:data:`FIRST_PERSON_RATE`)?"""
    quoted = [(it.start, it.end) for it in items if it.kind is QuoteKind.DIRECT]
    narration = len(text) - sum(e - s for s, e in quoted)
    said = len(_I.findall(text)) - sum(len(_I.findall(text, s, e)) for s, e in quoted)
    return narration > 0 and said * 1000 >= FIRST_PERSON_RATE * narration


def _unnamed_narrator(text: str, items: list[Item], coref: Coref) -> Entity | None:
    """The narrator of a story told in the first person that no vocative names
    (issue 13: the narrator as an entity): a person known as "I", whom every
    "I" of a tag is. None when the narration seldom says "I" (:func:`_first_person`)."""
    if not _first_person(text, items):
        return None
    e = coref._new()
    e.person, e.description = True, "I"
    return e


def described_character(
    mention: Mention, coref: Coref, addressed: frozenset[int], described: dict[str, tuple[int, int]] | None = None,
    spoke: int | None = None,
) -> Entity | None:
    """'"…," said the old man.': in fiction a definite (or demonstrative) description of a
    person ("the girl", "the old lady") mostly re-describes a named character
    on stage: the latest named person whose gender agrees, among the three
    latest people mentioned (sieve ``description-chain``), and not one of
    *addressed* (whom the line speaks to, or who spoke the turn before).

    *described* remembers, by its words, whom each description re-described
    last: a novel keeps one description for one character through a scene
    ("said the young girl ... said the elder lady ... said the young girl"),
    so the same words within :data:`_DESCRIBED_REACH` characters go to the
    same person again, who comes first. *spoke*: who spoke the line before
    (the entity), no one a description re-describes ("asked the boy. ¶ ...
    said the old man"), unless the description is old and that speaker a
    grandparent ("said the Grandmother. ¶ ... said the old lady"); an old
    description fits a grandparent on stage first."""
    role = lexicon.roles().get(mention.head)
    if role is None or role.kind != "person" or role.gender is None or mention.plural:
        return None
    words = mention.text.split()
    if words[0].lower() not in ("the", "this", "that") or words[-1][:1].isupper():
        return None  # 'the Grandmother', 'the General': a title the novel uses as a name
    key = " ".join(w.lower() for w in words[1:])
    if words[0].lower() == "the" and newcomer(coref, mention):
        return None  # "Across the lane an old woman sat shelling peas. The old woman looked up": someone new
    recent = [e for e in coref._before(mention.start, limit=20) if e.kind == "person" and e.person]
    people = recent[:3]
    elder = [e for e in recent if _ELDER.intersection(_designations(e))] if _OLD.intersection(words) else []
    if spoke is not None and spoke in {e.eid for e in elder} and spoke not in addressed:
        people = [coref.entities[spoke]]  # "said the Grandmother. ¶ "...," said the old lady": she goes on
    else:
        people[:0] = elder  # "said the old lady": the Grandmother on stage, first
        addressed = addressed if spoke is None else addressed | {spoke}  # (else not who spoke the line before)
        if described is not None and (last := described.get(key)) is not None and mention.start - last[0] <= _DESCRIBED_REACH:
            people.insert(0, coref.entities[last[1]])
    for e in people:
        if (e.names or _title_named(e)) and e.gender == role.gender and e.eid not in addressed:
            if described is not None:
                described[key] = (mention.start, e.eid)
            return e
    return None


#: Words of a description that make its person old ("the old lady", "the elderly man").
_OLD = frozenset({"old", "elderly", "aged"})
#: Kin an old description fits first: the grandparents of a novel's family.
_ELDER = frozenset("grandmother grandfather grandmamma grandpapa granny grandma grandpa grandad".split())


def _designations(e: Entity) -> set[str]:
    """The lower-case words *e* is named or described by ("Grandmother", "the Grandmother") and its roles."""
    return {w.lower() for n in e.names for w in n.split()} | {w.lower() for w in (e.description or "").split()} | e.roles


#: How far (characters) a description's earlier answer is remembered: about a scene.
_DESCRIBED_REACH = SCENE_CHARS


def _title_named(e: Entity) -> bool:
    """Is *e* known by a capitalised title ("the Grandmother"), the way a novel names a character it never names otherwise?"""
    return bool(e.description) and e.description.split()[-1][:1].isupper()


def nearest_person(coref: Coref, pos: int, barred: frozenset[int] = frozenset()) -> Entity | None:
    """The person mentioned last before *pos*, not one of *barred* (sieve ``nearest-mention``)."""
    for e in coref._before(pos, limit=10):
        if e.person and e.kind == "person" and e.eid not in barred:
            return e
    return None


def subject_description(coref: Coref, att: Attributor, text: str, pronoun: Mention) -> Mention | None:
    """Fiction: the description a tag's "he" or "she" goes on with, when the
    subjects before it lead to one of a single person whose gender does not
    disagree ("The guide stood serenely on the bank ... "One day blue," he
    told us"; :func:`~quotes.centering.described_subject`). Resolved as a tag
    naming it would be (``described_character`` maps "the old man" to the
    named man on stage), it keeps a character the novel never names from
    being taken for the last name of that gender (coreference rule ``description-chain``)."""
    at = described_subject(coref, pronoun.start) if pronoun.head in {"he", "she"} else None
    if at is None:
        return None
    k = bisect_left(att.starts, at)
    # The shortest phrase from the article that ends in a person noun ("The guard", "The old sailor"): the
    # subject's noun, never a verb read into it ("The stationmaster whistled") nor one in an "of" phrase.
    for j in range(k + 2, min(len(att.outer), k + 5) + 1):
        if not att.outer[j - 1].text.islower() or att.outer[j - 1].text in {"of", "in", "with"}:
            return None
        m = analyse(att.outer[k:j], text)
        role = lexicon.roles().get(m.head) if m is not None and m.kind == "role" and not m.plural and m.head == att.outer[j - 1].text else None
        if role is not None and role.kind == "person" and m.head != "person":
            break  # ("The first person he thought of was ...": no one in particular)
    else:
        return None
    if role.gender and pronoun.gender and role.gender != pronoun.gender:
        return None
    if att.outer[k].text in {"Her", "His"} and m.head not in _ONE_OF_A_KIND:
        return None  # ("His brother turned ...": which brother is the possessor's to say; "Her husband" is one man)
    return m


#: Relatives a person has one of ("Her husband bent over her ... "...," he said"): a possessive
#: description of them picks out one person, as an article's does.
_ONE_OF_A_KIND = frozenset({"husband", "wife", "mother", "father"})
