"""Nominal and fragment sieves: a noun as cue (``nominal-cue``: Smith's claim
that …), the cue nearest before a quoted fragment (``cue-before-fragment``)
and a fragment in a verb's object (``predicate-fragment``).
"""

from __future__ import annotations

from bisect import bisect_left

from .. import lexicon
from ..sieves.base import Attribution, SieveBase
from ..syntax.clause_ends import clause_end
from ..syntax.clauses import before_end_punct, passive_or_relative, relative_that, skip_adjuncts
from ..syntax.cues import Cue
from ..syntax.boundaries import np_after, subject_before
from ..syntax.phrases import DETERMINERS, Mention, Tok
from ..syntax.sources import (
    addressee_after,
    possessor_end,
    possessor_start,
    speaker_mention_of,
    subject_np,
    unknown_description,
    with_mention,
    with_own_subject,
)
from ..syntax.words import (
    AUX,
    DASHES,
    END_PUNCT,
    EXPLETIVES,
    ING_HOSTS,
    POSSESSIVE_ENDINGS,
    POSSESSIVE_PRONOUNS,
    PREDICATE_SUBJECT_KINDS,
    QUOTE_TOKEN,
    VERB_PARTICLES,
)

#: Words that open an adjunct rather than an object after a verb ("spoke during …").
_ADJUNCT_OPENERS = frozenset("during in at on after before since while when where until across near inside outside".split())


#: Prepositions that introduce the content of a nominal cue in frame p ("his warning of "…"").
_NOMINAL_PREPS = frozenset({"of", "about", "on", "against"})


#: Light verbs whose object noun names their subject's act ("made the claim
#: that …", "issued a warning that …", "voiced the hope that …").
_LIGHT_VERBS = frozenset(
    "make makes made making issue issues issued issuing offer offers offered offering give gives gave giving "
    "deliver delivers delivered voice voices voiced express expresses expressed level levels leveled levelled "
    "renew renews renewed".split()
)


#: Prepositions between a verb and a nominal cue in its object ("balked at Ruiz's call").
_HOLDER_PREPS = frozenset("at for on with to about by against".split())


#: Words after which a noun phrase is the subject of a clause ("While Ruiz's call for … draws …").
_SUBJECT_AFTER = frozenset("while although though because since when whereas if unless that but".split())


class NominalSieves(SieveBase):
    """Nominal and fragment sieves: a noun as cue (``nominal-cue``: Smith's claim"""

    def cue_before_fragment(self, s0: int, qk: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Smith said the plan had "failed" …``: the nearest clausal cue before a
        verbatim fragment, with its subject, opens the clause the fragment is in.

        A quoted fragment is itself evidence of reported speech (PARC/PolNeAR
        mixed quotes), so the subject may be any description ("the retired
        surgeon"), not only a known role as :meth:`cue_clause` requires.
        Returns (content start idx, content end idx, attribution).
        """
        toks = self.outer
        end = before_end_punct(toks, s0, s1)
        modes = self._modes
        lo = max(s0, qk - 30)
        verbs = set(self._words("verb", lo, qk))  # (cue_at finds no cue at any other token)
        for c in range(qk - 1, lo - 1, -1):
            w = toks[c].text
            if w in {";", ":", "!", "?"} or (w == QUOTE_TOKEN and c < qk):
                return None
            cue = self._cue(c) if c in verbs else None
            if cue is None or cue.mode not in modes:
                continue
            if cue.tense == "base":
                inf = self._with_infinitive(s0, c) if c - 1 > s0 and toks[c - 1].text.lower() == "to" else None
                if inf is None:
                    continue
                return self._fragment_report(inf, cue, c, qk, end, ())
            if passive_or_relative(toks, s0, c):
                return None
            host = cue.tense == "ing" and c - 1 > s0 and toks[c - 1].text.lower() in ING_HOSTS
            sub = toks[max(s0, c - 40) : c - 1 if host else c]
            rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
            if cue.tense == "ing" and not host and not with_own_subject(sub, rng):
                continue  # only 'with X calling it "…"' gives a participle its own subject
            elided = False
            if (cue.tense != "ing" or host) and sub:
                rng, elided = subject_np(sub, self.text, self.max_np)  # "as she keeps complaining about"
            conj = c > s0 and toks[c - 1].text.lower() == "and" or elided
            if conj:
                rng = None  # "X arrived … and acknowledged that …": the subject of the first verb
            if rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "whom"} and (
                cue.j >= qk or toks[cue.j].text.lower() in AUX or host
            ):
                return None  # "the fares, which port staff said will …" ("which the pilot described as "…"" reports)
            m = ((with_mention(sub, rng, self.text) if cue.tense == "ing" and not host else speaker_mention_of(sub, rng, self.text))
                 or self._conjoined_description(sub, rng)) if rng else None
            if conj:
                m = self.conjoined_subject(s0, c)
            elif m is None and rng is None:
                # A long subject ("the harbour master and former captain of
                # the ferry"): the noun phrase opening the sentence, when it ends at the cue.
                m = self.main_subject(s0, c)
                if m is not None and bisect_left(self.starts, m.end) < c - 1:
                    m = self._appositive_subject(s0, c)
            m, extra = self.with_parse(c, m)
            if m is None:
                m = self.relative_subject(s0, c)
            if m is None or m.kind == "role" and m.name is None and m.head in lexicon.cue_verbs():
                return None
            return self._fragment_report(m, cue, c, qk, end, extra)
        return None

    def _fragment_report(
        self, m: Mention, cue: Cue, c: int, qk: int, end: int, extra: tuple[str, ...]
    ) -> tuple[int, int, Attribution] | None:
        """The clause that the cue at *c*, with speaker *m*, reports, when it
        holds the fragment at *qk* (:meth:`cue_before_fragment`)."""
        toks = self.outer
        k = cue.j
        addr = None
        infinitive = k + 1 < end and toks[k].text.lower() == "to" and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and (
            toks[k + 1].text.lower() not in DETERMINERS and toks[k + 1].text.lower() not in lexicon.pronouns())
        if not infinitive:  # 'promised to legalize …' is the content, not an addressee
            if "o" in cue.frames:
                addr, k = addressee_after(toks, k, end, self.text)
            k = skip_adjuncts(toks, k, end)
            if k < end and toks[k].text in {",", "that"}:
                k += 1
        if k > qk:
            return None
        stop = clause_end(toks, k, end)
        if stop <= qk:
            return None
        return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-before-fragment", cue.mode, extra)

    def nominal_cues(self, s0: int, s1: int) -> list[tuple[int, int, Attribution]]:
        """Every nominal cue of the sentence ``toks[s0:s1]`` with its source and
        content (see :meth:`nominal_cue`), in order, contents disjoint."""
        toks = self.outer
        if not self._words("noun", s0 + 1, s1):
            return []
        end = before_end_punct(toks, s0, s1)
        nouns = lexicon.cue_nouns()
        modes = self._modes
        out: list[tuple[int, int, Attribution]] = []
        for c in self._words("noun", s0 + 1, end - 2):
            entry = nouns[toks[c].text.lower()]
            if out and c < out[-1][1] or entry.mode not in modes:
                continue
            found = self._nominal_at(c, s0, end, entry.frames, None)
            if found is not None:
                out.append(self._nominal_attribution(c, found, entry.mode))
        return out

    def _nominal_attribution(self, c: int, found: tuple[int, int, Mention, int], mode: str) -> tuple[int, int, Attribution]:
        toks = self.outer
        k, stop, m, v = found
        if v >= 0:  # the stance of the verb's subject ("Bell welcomed Ruiz's claim …")
            return k, stop, Attribution(m, (toks[v].start, toks[v].end), None, "nominal-cue", mode, ("nominal-object",))
        return k, stop, Attribution(m, (toks[c].start, toks[c].end), None, "nominal-cue", mode)

    def nominal_cue(self, s0: int, s1: int, qk: int) -> tuple[int, int, Attribution] | None:
        """``Ruiz's claim that CLAUSE`` / ``her promise to VP`` / ``his call for NP``
        / ``the suggestion by Bell that CLAUSE``: a noun that names an act of
        saying (``cue_nouns.txt``), whose possessor or "by"/"from" agent is the
        source and whose complement is the content (PARC 3.0 and PolNeAR
        annotate such nominal cues; Pareti 2016, Newell et al. 2018).

        The nominal cue nearest before the quoted fragment at token *qk*
        counts, when no finite cue verb stands between them and its content
        holds the fragment.
        Returns (content start idx, content end idx, attribution).
        """
        toks = self.outer
        end = before_end_punct(toks, s0, s1)
        nouns = lexicon.cue_nouns()
        modes = self._modes
        lo = max(s0, qk - 30)
        verbs = set(self._words("verb", lo, qk))  # (cue_at finds no cue at any other token)
        for c in range(qk - 1, lo - 1, -1):
            w = toks[c].text
            lw = w.lower()
            entry = nouns.get(lw)
            if w in {";", ":", "!", "?"} or w == QUOTE_TOKEN:
                return None
            if entry is None or entry.mode not in modes:
                cue = self._cue(c) if c in verbs else None
                if cue is not None and cue.tense in {"past", "3sg"} and not passive_or_relative(toks, s0, c):
                    return None  # a verb nearer the fragment reports it
                continue
            found = self._nominal_at(c, s0, end, entry.frames, qk)
            if found is not None:
                return self._nominal_attribution(c, found, entry.mode)
            cue = self._cue(c)
            if cue is not None and cue.tense in {"past", "3sg"}:
                return None  # "Ruiz claims that …": the verb, not a noun
        return None

    def _nominal_at(self, c: int, s0: int, end: int, frames: str, qk: int | None) -> tuple[int, int, Mention, int] | None:
        """Source and content of the nominal cue at *c* (see :meth:`nominal_cue`)."""
        toks = self.outer
        source = self._nominal_source(c, s0, end, frames)
        if source is None:
            return None
        m, k, p, light, d = source
        if k < end and toks[k].text == ",":
            return None  # "Ruiz's statement, which …": an apposition or a relative clause
        nxt = toks[k].text.lower() if k < end else ""
        skipped = skip_adjuncts(toks, k, end)
        if nxt not in {"for"} | _NOMINAL_PREPS or skipped < end and toks[skipped].text.lower() in {"that", "to"}:
            k = skipped  # "her statement on Monday that …"
            nxt = toks[k].text.lower() if k < end else ""
        if k + 1 >= end:
            return None
        after = toks[k + 1].text
        if nxt == "that" and "c" in frames and not relative_that(toks, k, end):
            start = k
        elif nxt == "to" and "t" in frames and (after == QUOTE_TOKEN or after.isalpha() and after.islower()
                                                and after not in DETERMINERS and after not in lexicon.pronouns()):
            start = k
        elif nxt == "for" and "f" in frames:
            start = k + 1
        elif nxt in _NOMINAL_PREPS and "p" in frames:
            start = k + 1
        else:
            return None
        stop = clause_end(toks, start, end)
        # The content of a noun rarely runs past a comma or a dash ("his call
        # to ban cars, a plan he later dropped"; "…, saying …").
        first = start + 1 + (nxt == "that" and toks[start + 1].text == ",")  # "that, if …, …"
        stop = next((x + (toks[x].text == QUOTE_TOKEN) for x in range(first, stop)
                     if toks[x].text in {",", "(", "-"} or toks[x].text in DASHES
                     or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])), stop)
        np_start = bisect_left(self.starts, m.start) if p >= 0 else d
        opening, adjunct = self._clause_opening(s0, np_start + 1)
        if np_start == opening and not adjunct or np_start > s0 and toks[np_start - 1].text.lower() in _SUBJECT_AFTER:
            # "Ruiz's promise to fix the roads was broken": the noun phrase is
            # the subject, so its content ends where the main verb begins.
            stop = self._before_main_verb(start, stop, skip=int(nxt == "that"))
        has_fragment = self.has_fragment(start, stop, end)
        if nxt in _NOMINAL_PREPS and not has_fragment:
            return None  # "his comments on the economy": a topic, unless quoted words say more
        if qk is not None and not start <= qk < stop:
            return None
        if stop - start < 2:
            return None
        holder = self._object_holder(s0, np_start) if light < 0 else None
        if holder is not None:
            return np_start, stop, holder[0], holder[1]
        return start, stop, m, -1

    def _nominal_source(self, c: int, s0: int, end: int, frames: str) -> tuple[Mention, int, int, int, int] | None:
        """The source of the nominal cue at *c*: a possessor ("Ruiz's claim"),
        a by/from/of phrase, or the subject of a light verb ("Ruiz made the
        claim"). Returns (mention, index after the noun phrase, possessor
        index or -1, light-verb holder index or -1, determiner index)."""
        toks = self.outer
        text = self.text
        m: Mention | None = None
        k = c + 1
        p = possessor_end(toks, c, s0)
        if p >= 0:
            pw = toks[p].text
            pron = POSSESSIVE_PRONOUNS.get(pw.lower())
            if pron is not None:
                g, number = lexicon.pronouns()[pron][:2]
                m = Mention(toks[p].start, toks[p].end, pw, "pronoun", pron, None, None, (), (), g if g != "-" else None, number == "pl")
            else:
                lo = possessor_start(toks, p, max(s0, p - self.max_np))
                if pw in {"'", "\u2019"}:
                    sub = toks[lo:p]
                else:
                    t = toks[p]
                    sub = toks[lo:p] + [Tok(t.start, t.end - 2, pw[:-2])]
                rng = subject_before(sub, len(sub), text, self.max_np) if sub else None
                m = speaker_mention_of(sub, rng, text) if rng else None
                if m is not None and (m.kind == "pronoun" or unknown_description(m)):
                    m = None
        elif c + 2 < end and toks[c + 1].text.lower() in {"by", "from", "of"}:
            rng = np_after(toks, c + 2, self.max_np, end=end)
            m = speaker_mention_of(toks, rng, text) if rng else None
            if m is None or m.kind not in {"name", "role", "org"} or unknown_description(m):
                return None
            if toks[c + 1].text.lower() == "of" and (m.kind != "name" or "p" in frames):
                return None  # "the contention of Ana Ruiz that …", but "a warning of war"
            k = rng[1]
        light = -1
        d = c - 1
        if m is None:
            # "Ruiz made the claim that …", "Bell issued a warning that …": the
            # subject of a light verb is the source (Quirk et al. 1985, 2.59).
            while d > s0 and d >= c - 3 and toks[d].text.islower() and toks[d].text.lower() not in DETERMINERS:
                d -= 1
            if d > s0 and toks[d].text.lower() in {"a", "an", "the"} and toks[d - 1].text.lower() in _LIGHT_VERBS:
                holder = self._object_holder(s0, d)
                if holder is not None:
                    m, light = holder
            elif d > s0 and toks[d].text.lower() == "the" and toks[d - 1].text.lower() == "in" and toks[c].text.lower() in {"hope", "hopes"}:
                # "Ruiz sent the plan back in the hope that …": the clause's subject hopes.
                m = self._verb_subject(s0, d - 1)
        if m is None:
            return None
        return m, k, p, light, d

    def _object_holder(self, s0: int, np_start: int) -> tuple[Mention, int] | None:
        """"Bell welcomed Ruiz's claim that …", "Bell balked at Ruiz's call for
        …": a nominal cue in the object of a verb is the content of that verb's
        subject's stance (PolNeAR annotates the outer attribution, with the
        whole noun phrase as content). Returns the subject and the verb's index."""
        toks = self.outer
        v = np_start - 1
        if v > s0 and toks[v].text.lower() in _HOLDER_PREPS:
            v -= 1  # "balked at", "vouched for"
        if v <= s0 or self._verb_at(v, v + 1) != v or toks[v].text.endswith("ing"):
            return None
        k0 = max(s0, v - 40)
        sub = toks[k0:v]
        if passive_or_relative(toks, k0, v) and toks[v + 1].text.lower() != "by":
            return None
        rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
        if rng is None or rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "who", "whom"}:
            return None
        m = speaker_mention_of(sub, rng, self.text)
        if m is None or m.kind not in PREDICATE_SUBJECT_KINDS or m.head in EXPLETIVES or unknown_description(m):
            return None
        return m, v

    def predicate_fragment(self, s0: int, qk: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Smith openly admires the senator as a "strong leader"``: quoted words
        in the predicate of a clause are its subject's words even when the verb
        reports nothing (a mixed quotation: the marks say someone used those
        words, and the clause says whose). PolNeAR and PARC annotate these with
        the verb as cue and the object as content.

        The subject must be a person, group or organisation mention opening the
        clause, followed by a word that looks like a finite verb; the content
        runs from after the verb (and a particle such as "about" or "as") to
        the end of the clause.
        Returns (content start idx, content end idx, attribution).
        """
        toks = self.outer
        end = before_end_punct(toks, s0, s1)
        k, _ = self._clause_opening(s0, qk)
        if any(toks[x].text == QUOTE_TOKEN for x in range(s0, k)):
            return None  # '"…," Smith said on "…"': the clause is a quote's tag
        split = next(self._subject_splits(k, qk), None)  # the longest opening mention followed by a verb
        if split is None:
            return None
        m, v = split
        if m.kind not in PREDICATE_SUBJECT_KINDS or m.head in EXPLETIVES or m.text.endswith(POSSESSIVE_ENDINGS):
            return None  # "It was "clear"", "Smith's call for …" (no verb yet)
        c0 = v + 1
        while c0 < qk and toks[c0].text.lower() in VERB_PARTICLES:
            c0 += 1
        if c0 < qk and toks[c0].text.lower() in _ADJUNCT_OPENERS:
            return None  # "spoke during an interview on "…"": an adjunct, no object
        if c0 > qk or qk - c0 > self.config.predicate_fragment_window:
            return None
        if any(toks[x].text in {":", ";"} or toks[x].text in END_PUNCT for x in range(v, qk)):
            return None
        stop = clause_end(toks, c0, end)
        for x in range(qk, stop - 1):
            t = toks[x]
            nxt = toks[x + 1].text
            if (t.text == "," or t.text == QUOTE_TOKEN and self._quote_ends_with_comma(t)) and nxt.islower() and nxt.endswith("ing"):
                stop = x if t.text == "," else x + 1  # "…, comparing him to …": a new predicate
                break
        if stop <= qk:
            return None
        return c0, stop, Attribution(m, (toks[v].start, toks[c0 - 1].end), None, "predicate-fragment", "speech")
