"""Subject finding for the sieves: the main, relative, conjoined and
appositive subjects of a cue verb, read on the outer token stream.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterator

from .. import lexicon
from ..sieves.base import SieveBase
from ..syntax.clauses import opening_modifier, skip_dateline
from ..syntax.cues import cue_at
from ..syntax.boundaries import COMMA_OR_DASH, np_after, subject_before
from ..syntax.phrases import ADVERBS, DETERMINERS, Mention, Tok, is_word
from ..syntax.sources import quantity_subject, speaker_mention_of, unknown_description, with_mention, with_own_subject
from ..syntax.types import mention_type
from ..syntax.verbs import has_verb_ending, is_3sg_verb, is_past_form
from ..syntax.words import (
    AUX,
    BE,
    DASHES,
    END_PUNCT,
    EXPLETIVES,
    LEAD_PUNCT,
    NOT_VERBS,
    PREDICATE_SUBJECT_KINDS,
    PREPOSITIONS,
    QUOTE_TOKEN,
    SPEAKING_PRONOUNS,
    is_ly_adverb,
)


def _present_verb(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` a present-tense verb after its subject's singular head: a
    word in -s (:func:`is_3sg_verb`, no role noun) right after a lower-case word
    that does not end in -s, with a determiner or a preposition after it?"""
    w, prev = toks[j].text, toks[j - 1].text
    nxt = toks[j + 1].text.lower() if j + 1 < len(toks) else ""
    return (is_3sg_verb(w) and w not in lexicon.roles() and prev.isalpha() and prev.islower() and not prev.endswith("s")
            and (nxt in DETERMINERS or nxt in PREPOSITIONS))


#: Words that make a sentence-opening phrase a time adjunct ("A month later,").
_TIME_ADJUNCT = frozenset("later ago earlier shortly following after before since during meanwhile".split())


#: Prepositions of origin or place between a person noun and a name ("a teacher from Aarhund who", "the mayor of Kelby who").
_PLACE_PREPOSITIONS = frozenset("from of in at near".split())
#: Subordinators that open an adverbial clause a cue after "and" may end
#: ("fell after the company cut its forecast and said ...").
_ADVERBIAL_SUBORDINATORS = frozenset("after when because since while before once although though until whereas".split())

#: Causative verbs: their object is the subject of the infinitive after it
#: ("prompted her to announce", "urged the mayor to say").
_CAUSATIVES = frozenset(
    "led lead leads leading prompted prompt prompts prompting forced force forces forcing pushed push pushes pushing "
    "urged urge urges urging caused cause causes causing encouraged encourage encourages encouraging "
    "inspired inspire inspires inspiring pressed press presses pressing".split()
)


#: Prepositions of a post-modifier that names whom a person works for or was
#: engaged by ("a musicologist instructed by ...", "a lawyer for the union"):
#: a "who" after the phrase is the person's, not the body's.
_AGENT_PREPOSITIONS = frozenset({"by", "for", "at", "with"})


class SubjectSieves(SieveBase):
    """Subject finding for the sieves: the main, relative, conjoined and"""

    @functools.cached_property
    def _appositive_stops(self) -> list[int]:
        """The indexes of the tokens no appositive spans (sentence ends, colons,
        parentheses), sorted, found in one pass per document: a bisection
        then says whether a range holds one without reading it."""
        return [x for x, t in enumerate(self.outer) if t.text in END_PUNCT or t.text in {":", "(", ")"}]

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
        stops = self._appositive_stops
        i = bisect_left(stops, rng[1])
        if i < len(stops) and stops[i] < c:
            return None  # a sentence end, colon or parenthesis in between
        m = speaker_mention_of(toks, rng, self.text)
        if m is None or m.kind == "pronoun" or unknown_description(m):
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
        m = speaker_mention_of(sub, (first[0], rng[1]), self.text)
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
            if len(sub) > 2 and sub[-1].text.isdigit() and len(sub[-1].text) <= 3 and sub[-2].text == ",":
                sub = sub[:-2]  # "Oskar Lind, 81, who said": an age between the name and its relative
        else:
            prev = toks[j - 2]
            if not is_word(prev.text) or prev.text.lower() in NOT_VERBS or prev.text.lower() in AUX or self._cue(j - 2) is not None:
                return None  # 'said that', 'so that': no noun for the pronoun to follow
            sub = toks[max(s0, j - 1 - self.max_np - 2) : j - 1]
        rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
        ante = speaker_mention_of(sub, rng, self.text) if rng else None
        if rel == "who" and not comma and ante is not None and ante.kind == "name" and rng[0] >= 2 and sub[rng[0] - 1].text.lower() in _PLACE_PREPOSITIONS:
            # 'a teacher from Aarhund who said', 'the mayor of Kelby who said': "who" is the person noun's, not the place's
            head = lexicon.roles().get(sub[rng[0] - 2].text.lower())
            if head is not None and head.kind == "person" and (r2 := subject_before(sub, rng[0] - 1, self.text, self.max_np)) is not None:
                placed = speaker_mention_of(sub, r2, self.text)
                if placed is not None:
                    return self._relative(toks[j - 1], rel, placed)
        if comma and (ante is None or unknown_description(ante)):
            # "a report by the Schools Inspectorate, published in the spring,
            # which found": the relative follows a participle's phrase.
            k = next((x for x in range(len(sub) - 2, 0, -1) if sub[x].text == ","), 0)
            if k and is_past_form(sub[k + 1].text) and sub[k + 1].text.islower():
                rng = subject_before(sub, k, self.text, self.max_np)
                ante = speaker_mention_of(sub, rng, self.text) if rng else ante
        if rel == "who" and comma and ante is not None and (ante.kind in {"org", "name"} and not (ante.gender or ante.title) or ante.kind == "role" and (
                (body := lexicon.roles().get(ante.head)) is not None and body.kind in {"org", "group"})):
            ante = _employed_person(sub, rng, self.text, self.max_np) or ante  # (not after a person: "a friend of Ana Ruiz, who said")
        if ante is None and rel == "who":
            ante = quantity_subject(sub, 0, len(sub), self.text)  # "23 percent who said"
        if ante is None or ante.kind == "pronoun" or ante.end != sub[-1].end and not comma:
            return None
        if rel == "that" and not comma and not (ante.kind in {"name", "org"} and ante.name):
            return None  # "a class that has felt …", "a marketing video that ...": too often a description (but "the Kelby Chamber of Commerce that found")
        if not comma and rng[0] > 0 and cue_at(sub, rng[0] - 1) is not None:
            return None  # "criticizing skippers who believe …": the object of a report describes, not reports
        return self._relative(toks[j - 1], rel, ante)

    @staticmethod
    def _relative(r: Tok, rel: str, ante: Mention) -> Mention:
        """The relative pronoun *r* as a mention whose antecedent is *ante*."""
        return Mention(r.start, r.end, r.text, "relative", rel, None, None, (), (), ante.gender, ante.plural, ante)

    def _with_infinitive(self, s0: int, c: int) -> Mention | None:
        """'with Bell taking to the radio to call X "…"': the subject of the
        participle the infinitive cue at *c* depends on, given by "with"."""
        toks = self.outer
        g = next((g for g in range(c - 2, max(s0, c - 8), -1) if toks[g].text.islower() and toks[g].text.endswith("ing")), -1)
        if g <= s0:
            return None
        sub = self.clause(s0, g)
        rng = subject_before(sub, len(sub), self.text, self.max_np)
        return with_mention(sub, rng, self.text) if with_own_subject(sub, rng) else None

    def _causee(self, s0: int, to: int) -> Mention | None:
        """'… that prompted her to announce', 'urged Ana Ruiz to say': the object of a
        causative verb before "to" is the subject of the infinitive cue."""
        sub = self.clause(s0, to)
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
        m = speaker_mention_of(sub, rng, self.text)
        return m if m is not None and m.kind in {"name", "role", "org"} and not unknown_description(m) else None

    def _clause_opening(self, s0: int, end: int) -> tuple[int, bool]:
        """Where the subject of the clause ``toks[s0:end]`` may start, past
        leading marks, "But", a dateline and an opening adjunct ("On Monday,");
        and whether an adjunct was skipped."""
        toks = self.outer
        k = s0
        while k < end and (toks[k].text == QUOTE_TOKEN or toks[k].text in LEAD_PUNCT):
            k += 1
        while k < end and toks[k].text.lower() in {"but", "and"} and k + 1 < end and (
            toks[k + 1].text[:1].isupper() or toks[k + 1].text in {"he", "she", "they", "we"}
        ):
            k += 1  # "But Smith issued …", "And he made …": a conjunction, then the subject
        k = skip_dateline(toks, k, end)
        first = toks[k].text.lower() if k < end else ""
        adjunct = first in PREPOSITIONS or first in {"meanwhile", "however", "but", "and", "while", "when", "speaking", "as", "if"}
        comma = next((x for x in range(k, min(end, k + 7)) if toks[x].text == ","), -1)
        if not adjunct and comma > k and any(toks[x].text.lower() in _TIME_ADJUNCT for x in range(k, comma)):
            adjunct = True  # "Hours later, she …", "Shortly after the call ended, …"
        if not adjunct and k + 1 < end and opening_modifier(toks[k].text, toks[k + 1].text):
            # "Hastily politicizing the flood ― as he did before ― Bell cast …":
            # an adverb or participle phrase up to its comma or dash pair.
            x = k + 1
            while x < end and x - k < 25 and toks[x].text != "," and toks[x].text not in DASHES:
                x += 1
            if x < end and toks[x].text in DASHES:
                y = next((y for y in range(x + 1, min(end, x + 25)) if toks[y].text in DASHES or toks[y].text == ","), -1)
                x = y if y > 0 and toks[y].text in DASHES else x
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
        m = self._earlier_cue_subject(start, end)
        if m is not None:
            return m
        while k < end and toks[k].text.lower() in {"but", "and", "so", "yet", "then"}:
            k += 1
        rng: tuple[int, int] | None = None
        for _ in range(3 if adjunct else 0):
            if k < end and toks[k].text.lower() in ("where", "which", "when", "who", "whose"):
                # "At the mill gates, where pickets have hung a banner, a driver
                # said": a relative on the adjunct's noun, closed by its comma
                close = next((x for x in range(k + 1, min(end, k + 25)) if toks[x].text == ","), None)
                if close is None:
                    break
                k = close + 1
                continue
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
            # ends before a past-tense verb, and before a present one, a word
            # in -s after a singular noun with an article or a preposition
            # next ("The exhibition comes with a warning:", "The app sends a
            # reminder:"; not "The exhibition rooms were").
            for j in range(rng[0] + 1, rng[1]):
                w = toks[j].text
                if is_past_form(w) and w not in lexicon.roles() or _present_verb(toks, j):
                    m = speaker_mention_of(toks, (rng[0], j), self.text)
                    if m is not None:
                        return m
                    break
        return speaker_mention_of(toks, rng, self.text)

    @functools.cached_property
    def _cue_subjects(self) -> dict[int, tuple[int, int, Mention | None]]:
        """What :meth:`_earlier_cue_subject` has read, per clause start."""
        return {}

    def _earlier_cue_subject(self, start: int, end: int) -> Mention | None:
        """The subject of the first finite cue in ``toks[start:end]`` that has one ("Smith said, adding, ...").

        What a cue at ``c`` yields depends on ``start`` and ``c`` only, so
        the first cue with a subject after each *start* is remembered, with
        how far the search has read: the quotes of one long sentence ask
        again with a later *end* and the search goes on from where it
        stopped, instead of reading the sentence again for each. The cue
        words come from the per-document index, and the subject is read in a
        window of the stream (:meth:`clause`: no copy of the sentence up to the cue).
        """
        scanned, found, m = self._cue_subjects.get(start, (start, -1, None))
        if found >= 0:
            return m if found < end else None
        for c in self._words("verb", scanned, end):
            cue = self._cue(c)
            if cue is not None and cue.tense != "ing":
                sub = self.clause(start, c)
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                m = speaker_mention_of(sub, rng, self.text) if rng else None
                if m is not None and cue.tense == "base" and unknown_description(m):
                    continue  # "issued a fresh call for …": a noun, not a verb
                if rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in ("whom", "which", "that") and any(
                    self.outer[x].text == "," for x in range(c + 1, end)
                ):
                    # "a judge whom her party calls X, said": the subject of a relative
                    # clause that has closed, not the sentence's ("which Trump had
                    # called A and promised B" shares it, inside the clause)
                    continue
                if m is not None:
                    self._cue_subjects[start] = (c, c, m)
                    return m
        self._cue_subjects[start] = (max(scanned, end), -1, None)
        return None

    def conjoined_subject(self, s0: int, c: int, fallback: bool = True) -> Mention | None:
        """'The league denounced the remarks and said …': the subject of the
        nearest earlier finite cue verb, which the cue after "and" shares;
        else the subject that opens the clause (:meth:`main_subject`)."""
        toks = self.outer
        for x in range(c - 2, max(s0, c - 30) - 1, -1):
            w = toks[x].text
            if w in END_PUNCT or w == QUOTE_TOKEN and x == c - 2:
                break  # ('"…," she said, and …' is read on past a quoted fragment)
            cue = self._cue(x)
            if cue is None or cue.tense not in {"past", "3sg"}:
                continue
            sub = self.clause(s0, x)
            rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
            m = speaker_mention_of(sub, rng, self.text) if rng else None
            if m is not None:
                return m
            break
        if (m := self._subordinate_subject(s0, c)) is not None:
            return m
        if not fallback:
            return None
        # "Every time I tried, he would shake his head and say": no cue before,
        # so the subject opening the clause after the last comma (or semicolon),
        # then the sentence's.
        # (a pronoun or a person's or organisation's name only: "in Fresno,
        # Calif., ... and said" is the sentence's subject's)
        colon = next((x for x in range(c - 2, s0, -1) if toks[x].text == ":"), None)
        if colon is not None:
            s0 = colon + 1  # "ETTRICK: My deputy came to me and said", "Update: ...": a label or heading is no subject
        comma = next((x for x in range(c - 2, s0, -1) if toks[x].text in {",", ";"}), None)
        m = self.main_subject(comma + 1, c) if comma is not None else None
        if m is not None and (m.kind in {"pronoun", "name"} and mention_type(m) in {"person", "organisation"}):
            return m
        m = self.main_subject(s0, c)
        return m if m is not None else _adjunct_subject(toks, s0, c, self.max_np, self.text)

    def _subordinate_subject(self, s0: int, c: int, participle: bool = False) -> Mention | None:
        """'Shares in Morrow fell after the company cut its forecast and said
        …': a cue after "and" (at *c*) that ends an adverbial clause shares
        that clause's subject (the nearer conjunct), not the sentence's.
        *participle*: a participle after the clause's comma ("The novel was
        withdrawn after Dennis Orme sued for libel, claiming …"): the
        clause may hold commas (an appositive), and its subject speaks."""
        toks = self.outer
        if c < 2 or toks[c - 1].text.lower() not in ({","} if participle else {"and", "but"}):
            return None
        stops = {";", ":", QUOTE_TOKEN} if participle else {",", ";", ":", QUOTE_TOKEN}
        for x in range(c - 2, max(s0, c - 25) - 1, -1):
            w = toks[x].text
            if w in END_PUNCT or w in stops:
                return None
            if w.lower() in _ADVERBIAL_SUBORDINATORS:
                # A clause, not a preposition's object: a past or auxiliary verb after its subject
                # ("after the company cut", not "spoke before a Leeds accounting firm").
                for m, v in self._subject_splits(x + 1, c - 1):
                    if (m.kind in PREDICATE_SUBJECT_KINDS and m.head not in EXPLETIVES and not unknown_description(m)
                            and (is_past_form(toks[v].text) or toks[v].text.lower() in AUX)):
                        return m
                return None
        return None

    def _verb_subject(self, s0: int, end: int) -> Mention | None:
        """The person, group or organisation opening the clause ``toks[s0:end]``
        when a finite verb follows it ("The court sent …")."""
        k, _ = self._clause_opening(s0, end)
        for m, _v in self._subject_splits(k, end):
            if m.kind in PREDICATE_SUBJECT_KINDS and m.head not in EXPLETIVES and not unknown_description(m):
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
            m = speaker_mention_of(self.outer, (rng[0], j), self.text)
            if m is not None:
                yield m, v

    def _before_main_verb(self, start: int, stop: int, skip: int) -> int:
        """Where the main verb after a subject's content begins (past *skip*
        verb groups of the content's own clause), or *stop*."""
        toks = self.outer
        seen = 0
        for x in range(start + 1, stop):
            w = toks[x].text
            lw = w.lower()
            prev = toks[x - 1].text.lower()
            finite = lw in AUX or lw.endswith("n't") or is_past_form(w)
            if not finite or prev in AUX or prev == "to" or prev in ADVERBS and x - 2 >= start and toks[x - 2].text.lower() in AUX:
                continue  # not a verb, or the rest of a verb group ("would have", "has long said")
            if prev in DETERMINERS or prev in {"and", "or"} or lw not in AUX and x - 2 >= start and toks[x - 2].text.lower() == "to":
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
        while j < end and (toks[j].text.lower() in ADVERBS or is_ly_adverb(toks[j].text) or toks[j].text.lower() in AUX):
            aux = aux or toks[j].text.lower() in AUX
            j += 1
        if j >= end:
            return -1
        w = toks[j].text
        lw = w.lower()
        if not (w.isalpha() and w.islower()) or lw in NOT_VERBS or lw in BE or lw in DETERMINERS or lw in lexicon.pronouns():
            return -1
        if aux or lw in lexicon.irregular_verbs() or self._cue(j) is not None:
            return j
        if has_verb_ending(lw):
            return j
        return -1


def _employed_person(sub: list[Tok], rng: tuple[int, int], text: str, max_np: int) -> Mention | None:
    """"Dr Priya Ranjadi, a musicologist instructed by the family's legal
    team, who said", "a lawyer for the union, who said": the person whom the
    role noun before the body's preposition (and its participle) names, as a
    "who" after the phrase refers to; the name that role is apposed to when
    there is one. None when the body is no employer's or agent's object."""
    if rng[0] < 2 or sub[rng[0] - 1].text.lower() not in _AGENT_PREPOSITIONS:
        return None
    cut = rng[0] - 2 if is_past_form(sub[rng[0] - 2].text) else rng[0] - 1  # (past a participle: "instructed by")
    r2 = subject_before(sub, cut, text, max_np) if cut > 0 else None
    m2 = speaker_mention_of(sub, r2, text) if r2 else None
    if m2 is not None and m2.kind == "role" and (r := lexicon.roles().get(m2.head)) is not None and r.kind == "person":
        r3 = subject_before(sub, r2[0] - 1, text, max_np) if r2[0] >= 2 and sub[r2[0] - 1].text == "," else None
        m3 = speaker_mention_of(sub, r3, text) if r3 else None
        return m3 if m3 is not None and m3.kind == "name" else m2
    return m2 if m2 is not None and m2.kind == "name" else None


#: Possessive determiners that may open its subject ("... in the morning my deputy, Alun Price, came over and said").
_SUBJECT_POSSESSIVES = frozenset("my our his her their".split())


def _adjunct_subject(toks: list[Tok], s0: int, c: int, max_np: int, text: str) -> Mention | None:
    """"Before my first match he took me aside and said", "At three in the
    morning my deputy, Alun Price, came over and said": the subject after an
    opening adjunct that no comma closes, for a coordinated cue at *c*."""
    p = _pronoun_after_adjunct(toks, s0, c)
    if p is None:
        return None
    rng = (p, p + 1) if toks[p].text.lower() in SPEAKING_PRONOUNS else np_after(toks, p, max_np, end=c)
    return speaker_mention_of(toks, rng, text) if rng is not None else None


def _pronoun_after_adjunct(toks: list[Tok], k: int, end: int) -> int | None:
    """Where the subject after an opening adjunct ``toks[k]...`` (a
    preposition first) that no comma closes starts: its first subject
    pronoun ("Before my first match he took me aside and said") or
    possessive determiner ("At three in the morning my deputy, ..."), not
    one right after the adjunct's first word or after a preposition, which
    belongs to the adjunct ("Before she left he said": "he"); within ten
    words, or None."""
    while k < end and (toks[k].text == QUOTE_TOKEN or toks[k].text in LEAD_PUNCT):
        k += 1
    if k >= end or toks[k].text.lower() not in PREPOSITIONS:
        return None
    for y in range(k + 2, min(end, k + 11)):
        w = toks[y].text.lower()
        if w == ",":
            return y + 1 if y + 1 < end and toks[y + 1].text.lower() in SPEAKING_PRONOUNS else None  # (a comma closes the adjunct)
        if (w in SPEAKING_PRONOUNS or w in _SUBJECT_POSSESSIVES and y + 1 < end and toks[y + 1].text.islower()) and toks[y - 1].text.isalpha() and (
            toks[y - 1].text.lower() not in SPEAKING_PRONOUNS and toks[y - 1].text.lower() not in PREPOSITIONS and toks[y - 1].text.lower() != "of"
        ):
            return y
    return None
