"""What a cue's content is about when it only holds a named thing.

Read by the reported stage (:mod:`quotes.reported`) before it adds a report:
a prepositional phrase ending in a title ('Under the slogan "Every Vote
Counts", volunteers ...'), an object noun phrase that holds a title or name in
marks and no verb ('pointed to a fall in sales of the "Crisp Tide" range'), an
object filed under a label ('recorded the payments as "advisory costs"'), a
work and its title ('publishes her memoir, "Rooms Without Doors"') are about
that thing, not anyone's words: no report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .sieves.base import Attribution
from .syntax.clauses import has_verb
from .syntax.phrases import DETERMINERS, Tok, is_word
from .syntax.verbs import is_3sg_verb
from .syntax.words import AUX, POSSESSIVE_DETERMINERS, SUBJ_PRONOUNS
from .titles import is_title_like

if TYPE_CHECKING:
    from .reported import ReportedClauses

__all__ = ["apposed_subject", "filed_as", "named_object", "phrase_naming_only", "work_named"]

#: Prepositions that open an adjunct, not a reported clause ('Under the slogan "…",').
_PHRASE_PREPOSITIONS = frozenset("in under with on at from for by during after before through".split())
#: Verbs that give a name ('what the firm calls "…"', 'known as "…"'): no clause of their own.
_NAMING_VERBS = frozenset("call calls called calling dub dubs dubbed nickname nicknames nicknamed christened known".split())
#: Punctuation that may close a reported clause's tokens.
_TRAILING_PUNCT = frozenset(",;:.\u2014\u2013")


def phrase_naming_only(rc: ReportedClauses, c0: int, c1: int) -> bool:
    """'Under the slogan "Every Vote Counts", volunteers knocked ...', 'In its
    report to members, "Fair Pay", the union asked ...': a prepositional
    phrase that ends with a title or a name is no proposition to report."""
    outer = rc.outer
    last = c1 - 1
    while last > c0 and outer[last].text in _TRAILING_PUNCT:
        last -= 1
    return (
        last > c0 and outer[c0].text.lower() in _PHRASE_PREPOSITIONS and last in rc.non_speech_toks
        and not has_verb(outer, c0, last, rc.text)  # 'After Clinton raped me he had "…"' is a clause
    )


def named_object(rc: ReportedClauses, c0: int, c1: int, a: Attribution) -> bool:
    """'Analysts pointed to a fall in sales of the "Crisp Tide" range',
    'announced a battery sold under the name "HomeGrid"': an object noun
    phrase taken as the content of an evaluating verb is a report of what
    the verb's subject evaluated, but one that holds a title or a name in
    marks, and no verb, is about that thing, not anyone's words: no report."""
    inside = sorted(t for t in rc.non_speech_toks if c0 <= t < c1)
    if not inside:
        return False
    if _what_they_call(rc.outer, c0, c1, inside, rc.text):
        return True
    if "object-content" not in a.extra:
        first = next(q for qi, q in enumerate(rc.top) if rc.qidx[qi] == inside[0])
        words = rc.text[first.start : first.end].split()
        short = len(words) <= 6 and rc.text[first.end - 1 : first.end].isalnum()
        return short and (
            is_title_like(words) and work_named(rc.outer, c0, inside[0]) and not _predicate_after(rc.outer, inside[0], c1)
            or filed_as(rc, c0, inside[0], c1)
        )
    # No verb around the names ('recalled the excitement when X approached
    # the network about "…"' holds a clause: still a report), except the
    # naming verb that gives one ('questioned what the firm calls "…"').
    outer = rc.outer
    namings = [x for t in inside for x in range(max(c0, t - 3), t) if outer[x].text.lower() in _NAMING_VERBS]
    cuts = sorted({c0 - 1, *inside, *namings, c1})
    return not any(has_verb(outer, a0 + 1, a1, rc.text) for a0, a1 in zip(cuts, cuts[1:]) if a1 > a0 + 1)


def _what_they_call(outer: list[Tok], c0: int, c1: int, inside: list[int], text: str) -> bool:
    """'questioned what Orrin Health calls "sleep prints"': content that is only
    a free relative naming something (what + a short subject other than a
    pronoun + naming verb + the name) reports no words of the cue's subject;
    the name is the other party's label."""
    last = c1 - 1
    while last > c0 and outer[last].text in _TRAILING_PUNCT:
        last -= 1
    if outer[c0].text.lower() != "what" or not (inside[0] == last or inside[0] < last and outer[inside[0] + 1].text == ","):
        return False  # (a modifier of the name may follow: '"sleep prints", detailed profiles built from ...')
    v = next((x for x in range(c0 + 1, inside[0]) if outer[x].text.lower() in _NAMING_VERBS), -1)
    if not c0 + 1 < v <= c0 + 5 or outer[c0 + 1].text.lower() in SUBJ_PRONOUNS:
        return False  # ('acknowledged what it calls a "major fault"': the subject's own term, its words)
    return inside[0] - v <= 3 and not has_verb(outer, c0 + 1, v, text)


def filed_as(rc: ReportedClauses, c0: int, label: int, c1: int) -> bool:
    """'recorded the payments as "advisory costs" in its accounts': a noun
    phrase, then 'as' and a label (a non-speech span): the object filed under
    a name, not a report (unless a verb follows the label: *c1* ends the content)."""
    outer = rc.outer
    first = outer[c0].text.lower()
    return (
        label - c0 >= 2 and outer[label - 1].text.lower() == "as" and first != "that"
        and (first in DETERMINERS or first in POSSESSIVE_DETERMINERS) and not has_verb(outer, c0, label - 1, rc.text)
        and all(is_word(outer[x].text) for x in range(c0, label - 1))  # ('that the scheme, known as "…", would end')
        and not _predicate_after(outer, label, c1)  # ('the ward known to staff as "the Annexe" would close': a clause)
    )


def work_named(outer: list[Tok], c0: int, title: int) -> bool:
    """'publishes her memoir, "Rooms Without Doors", which ...': content that
    opens with a work noun phrase (a determiner, up to three modifiers, the
    work noun) whose title follows it: the work, not a report of words."""
    if not (outer[c0].text.lower() in DETERMINERS or outer[c0].text.lower() in POSSESSIVE_DETERMINERS):
        return False  # ('hoped to reissue her novel, "…"': an infinitive reports the hope)
    k = c0 + 1
    nouns = lexicon.work_nouns()
    for x in range(k, min(k + 4, title)):
        if outer[x].text.lower() in nouns:
            return all(outer[y].text == "," for y in range(x + 1, title))
    return False


def _predicate_after(outer: list[Tok], title: int, c1: int) -> bool:
    """'that the festival's opening film, "Cold Harbour" by Mette Lund, had
    been withdrawn': the work and its title are the subject of a verb that
    follows them (right after the title, or after the comma closing its
    apposition), so the content is a clause about the work, a report."""
    x = next((y for y in range(title + 1, min(c1, title + 12)) if outer[y].text == ","), title)
    x += 1
    if x >= c1:
        return False
    w = outer[x].text
    lw = w.lower()
    return lw in AUX or w.islower() and w.isalpha() and (lw.endswith("ed") or is_3sg_verb(w) or w in lexicon.irregular_verbs())


def apposed_subject(outer: list[Tok], text: str, c0: int, b: int, m_idx: int) -> bool:
    """Is the comma at *b* the one before a name in apposition to the inner
    cue's subject, a person's description ('reported that the editor in chief,
    Ana Ruiz, conveyed ...'), with no verb before it? Then the words before it
    are that subject, not a clause of the outer report: with
    ``nested_source="outer"`` (PARC's convention) the report stays whole."""
    if outer[b].text != "," or b + 1 != m_idx or outer[c0].text.lower() not in _DESCRIPTION_OPENERS:
        return False
    roles = lexicon.roles()
    return any(getattr(roles.get(outer[x].text), "kind", None) == "person" for x in range(max(c0, b - 4), b)) and not has_verb(
        outer, c0, b, text, irregular=True
    )


#: Words opening a reported clause whose subject is a description ("that the editor, ...", "the editor, ...").
_DESCRIPTION_OPENERS = frozenset("that the a an its his her their".split())
