"""Tail sieves: an attribution that closes its sentence.

``clause-cue-after`` (Talks will resume, the official said.) and, after a
comma, ``according-to`` (…, according to the ministry.).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Literal

import regex

from .. import lexicon
from ..sieves.base import Attribution, SieveBase, ing_word
from ..syntax.clauses import (
    before_end_punct,
    fronted_clause_end,
    has_verb,
    skip_adjuncts,
    skip_dateline,
)
from ..syntax.cues import Cue, cites_a_source, source_phrase_at
from ..syntax.boundaries import np_after, subject_before
from ..syntax.phrases import DETERMINERS, Mention, Tok, is_cap
from ..syntax.sources import (
    addressee_after,
    bare_role,
    source_mode,
    source_object,
    speaker_mention_of,
    unknown_description,
)
from ..syntax.words import (
    AUX,
    END_PUNCT,
    NOT_MODIFIERS,
    QUOTE_TOKEN,
)

#: Nouns of a word or a name: an apposition they head ("…, a nickname the
#: bakery has printed") talks about the quoted word, it is no attribution tail.
_WORD_NOUNS = frozenset("word words phrase term name nickname label slogan expression moniker coinage euphemism catchphrase tag tagline".split())
#: Words that may open a trailing clause after the attribution ("…, he said,
#: adding that …", "… the paper wrote while acknowledging …").
_TRAILING_CLAUSE = frozenset(",  while as before after adding noting citing according because when".split())


#: Subordinators that open a closing clause after an attribution tail ("...,
#: the lender said, as it tries to ..."): the tail is read before it.
_CLOSING_SUBORDINATORS = frozenset("as while because although though whereas since".split())

#: A comma and a lower-case word in -ing: the only place a closing participle phrase can open.
_COMMA_PARTICIPLE = regex.compile(r",\s+\p{Ll}+ing\b")


def _has_comma_participle(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a comma and a lower-case word in -ing (:data:`_COMMA_PARTICIPLE`)?
    (Its comma and its "ing" looked for first, in C: a window without either runs no pattern.)"""
    return text.find("ing", start, end) >= 0 and text.find(",", start, end) >= 0 and _COMMA_PARTICIPLE.search(text, start, end) is not None


class TailSieves(SieveBase):
    """Tail sieves: an attribution that closes its sentence."""

    def clause_cue_after(self, s0: int, s1: int, allow_no_period: bool = False) -> tuple[int, int, Attribution] | None:
        """``CLAUSE, Smith said.`` -> (content start idx, content end idx, attribution)."""
        toks = self.outer
        if s1 - s0 > 3 and toks[s0].text == "(" and toks[s1 - 1].text == ")":
            s0, s1 = s0 + 1, s1 - 1  # "(The fans, it turns out, love it, Bell said.)"
        if toks[s0].text.isupper() or "(" in self.words[s0 + 1 : min(s1, s0 + 4)]:
            # "KELMOUTH (Reuters) - A ship lost power, the coastguard said.":
            # a dateline is no part of the report (only a word in capitals or
            # a bracket among the first words can open one: tested first)
            s0 = skip_dateline(toks, s0, s1)
        end = before_end_punct(toks, s0, s1)
        closed = end < s1 or allow_no_period or end > s0 and len(toks[end - 1].text) > 1 and toks[end - 1].text.endswith(".")
        # (an abbreviation ending the sentence, "Dover, Del.", holds its period;
        # a participle phrase after the tail, read next, may end in a quote: 'adding: "…"')
        cut = self._closing_participle(s0, end)
        if cut >= 0:
            end, closed = cut, True
        if not closed:
            return None
        # The last comma that leaves a short attribution tail. A comma just
        # inside a closing mark counts ('… was "shameful," she said.').
        lo = max(s0, end - self.max_np - 10)
        floor = max(s0, end - self.max_np - 40)  # (lo moves left past appositives, never past this)
        marks = self._word_index["tail"]
        for x in range(bisect_left(marks, end) - 1, -1, -1):  # (right to left over the commas and quotes only: a loop over every token cost 2%)
            cm = marks[x]
            if cm < lo or cm < floor:
                break
            if toks[cm].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[cm]):
                content_end = cm + 1
            elif toks[cm].text == ",":
                content_end = cm
            else:
                continue
            k = cm + 1
            if k < end and toks[k].text.lower() in {"citing", "quoting"} and any(
                self._cue(x) is not None for x in range(cm - 1, max(s0, cm - self.max_np - 4), -1)
                if all(toks[y].text != "," for y in range(x, cm))
            ):
                # '"…," Smith said in June, citing X': the citation belongs to the
                # tag before it, which reports (see _outer_source).
                lo = max(s0, cm - self.max_np - 10)
                continue
            if k < end and k in self._source_toks and (src := source_phrase_at(toks, k)) > 0:
                m, after = source_object(toks, src, end, self.text, self.max_np)
                if after + 1 < end and toks[after].text == "," and toks[after + 1].text.lower() == "that":
                    return None  # "told the station, according to its website, that …": an aside of the cue before it
                # The source phrase closes the sentence; whatever follows its
                # noun modifies it ("a poll taken last week", "the agency, which …").
                if m and all(t.text != QUOTE_TOKEN for t in toks[after:end]) and cites_a_source(toks[k].text, m, toks[after].text if after < end else ""):
                    return s0, content_end, Attribution(m, (toks[k].start, toks[src - 1].end), None, "according-to", source_mode(m))
                return None
            found = self._appositive_tail(s0, cm, end, allow_no_period) if toks[cm].text == "," else None
            if found is None:
                found = self._tail_cue(s0, k, end, content_end, allow_no_period)
            if found is not False:
                return None if found is not None and fronted_clause_end(toks, found[0], found[1]) >= found[1] else found  # ("Questioned about why X had agreed, the coach smiled": no report)
            w = toks[k].text.lower() if k < end else ""
            if w in _CLOSING_SUBORDINATORS and toks[cm].text == "," and cm - 1 > s0:
                # "CLAUSE, the lender said on Wednesday, as it tries to ...": a
                # closing clause of the narrator's; the tail is before it.
                end, lo = cm, max(s0, cm - self.max_np - 10)
                continue
            if k < end and toks[cm].text == "," and cm - 1 > s0 and (
                w in DETERMINERS or w in lexicon.roles() or w in {"who", "whose", "which"} or is_cap(toks[k].text)
                or w.isalpha() and w.islower() and any(t.text.lower() in lexicon.roles() for t in toks[k + 1 : min(end, k + 3)])
            ):  # (", executive director of …": a role after a modifier)
                # "…, said Ana Ruiz, a spokeswoman for the agency.": an
                # appositive closes the tail; look for the cue before it.
                lo = max(s0, cm - self.max_np - 10)
                continue
            return None
        return None

    def _closing_participle(self, s0: int, end: int) -> int:
        """"CLAUSE, the company said on Tuesday, ending 61 years of ...": a
        participle phrase closing the sentence is no part of the tail; the
        tail is read as if the sentence ended at the comma returned before
        it (-1: none). So is one that reports on its own, "…, adding that
        …", "…, adding: "…"": its words are the participle's report, found
        by cue_clause or the direct sieves."""
        toks = self.outer
        window = max(s0, end - self.max_np - 40)
        has_participle = end > window and _has_comma_participle(self.text, toks[window].start, toks[end - 1].end)
        cm = self._last_comma(window, end) if has_participle else -1  # (one C-level search settles most sentences)
        while cm >= 0:
            if cm + 1 < end and toks[cm + 1].text.isalpha() and ing_word(toks[cm + 1].text) and source_phrase_at(toks, cm + 1) < 0:
                prev = self._last_comma(max(s0, cm - self.max_np - 6), cm)
                # (only after a tail with a cue: ", the company said on Tuesday,")
                return cm if prev > s0 and any(self._cue(x) is not None for x in range(prev + 1, cm)) else -1
            cm = self._last_comma(window, cm)
        return -1

    def tag_subject(self, s0: int, c: int, first: int) -> Mention | None:
        """The speaker of the attribution tag that a participle cue at *c*
        continues after a comma ('CLAUSE, Mayor Solheim said, adding …',
        '"…," said Solheim, adding: "…"'): the participle's subject is the
        tag's, not the subject of the clause the tag reports. None when no
        tag ends right before the comma. *s0*: where the span read starts;
        *first*: where its sentence starts."""
        toks = self.outer
        if c - 2 <= s0 or toks[c - 1].text != ",":
            return None
        lo = max(s0 - 1, 0, c - self.max_np - 6)  # (the tag may open the span read: s0 - 1 is the comma before it)
        pc = next((x for x in range(c - 2, lo - 1, -1) if toks[x].text in {",", QUOTE_TOKEN}), -1)
        if pc < lo or toks[pc].text == QUOTE_TOKEN and not self._quote_ends_with_comma(toks[pc]):
            return None
        found = self._tail_cue(first, pc + 1, c - 1, pc, True) if first < pc else None
        return found[2].mention if found else None

    def _last_comma(self, lo: int, hi: int) -> int:
        """The index of the last comma token in ``outer[lo:hi]``, or -1 (found
        with str.rfind in the text and a bisection: most sentences have none
        near their end, and a token loop over every tail cost about 2%)."""
        toks, text = self.outer, self.text
        if hi <= lo:
            return -1
        a, b = toks[lo].start, toks[hi - 1].end
        while True:
            p = text.rfind(",", a, b)
            if p < 0:
                return -1
            k = bisect_left(self.starts, p)
            if k < hi and toks[k].start == p and toks[k].text == ",":
                return k
            b = p  # (a comma inside a number, "1,100", or inside a quotation)

    def _tail_cue(
        self, s0: int, k: int, end: int, content_end: int, allow_no_period: bool
    ) -> tuple[int, int, Attribution] | None | Literal[False]:
        """The cue of an attribution tail starting at *k* (", Smith said"):
        the report, None when the sentence has none, or False when no cue
        opens the tail here (an appositive may close it: look further left)."""
        toks = self.outer
        for c in self._words("verb", k, min(end, k + self.max_np + 2)):  # (no cue at any other token)
            cue = self._cue(c)
            if cue is None:
                continue
            if toks[k].text.lower() in DETERMINERS and any(toks[x].text.lower() in {"who", "which", "that"} for x in range(k + 1, c)):
                break  # ", a guild that has … praised X": a cue inside an appositive's relative clause
            if toks[k].text.lower() in {"a", "an"} and any(toks[x].text.lower() in _WORD_NOUNS for x in range(k + 1, min(c, k + 3))) and any(
                toks[x].text.lower() in DETERMINERS for x in range(k + 2, c)
            ):
                break  # ", a nickname the bakery has printed on its bags": a word's apposition, its relative clause with no pronoun
            if c > k and toks[k].text.lower() in AUX or c == k and _closes_relative(toks, s0, k - 1):
                break  # "Ilic, who lost in May, has been ...", "Solberg, who studies X, called the results ...": the sentence's own verb, no tail
            if c + 1 < end and toks[c].text.lower() in lexicon.roles() and self._cue(c + 1) is not None:
                continue  # "…, census records show": a noun before the cue
            if c > k and cue.tense in {"past", "part"} and cue.j < end and toks[cue.j].text.lower() == "by":
                break  # "…, a musicologist instructed by the family": a passive participle after a noun, no tail
            if cue.mode not in self._modes:
                return None
            return self._tail_attribution(s0, k, cue, end, content_end, allow_no_period)
        return False

    def _appositive_tail(self, s0: int, cm: int, end: int, allow_no_period: bool) -> tuple[int, int, Attribution] | None:
        """'CLAUSE, a port spokeswoman, Marta Ilves, told the radio.': a tail
        cue right after a name set off by commas, in apposition to a
        description set off before it; the name speaks, and the clause ends
        before the description. Also in the other order: 'CLAUSE, Marta
        Ilves, a port spokeswoman, told the radio.'"""
        toks = self.outer
        k = cm + 1
        cue = self._cue(k) if k < end else None
        if cue is None or cue.i != k or cue.tense not in {"past", "3sg"}:
            return None
        pc = next((x for x in range(cm - 1, max(s0, cm - self.max_np - 1), -1) if toks[x].text == ","), -1)
        dc = next((x for x in range(pc - 1, max(s0, pc - self.max_np - 1), -1) if toks[x].text == ","), -1) if pc > s0 else -1
        if dc <= s0:
            return None
        name = speaker_mention_of(toks, (pc + 1, cm), self.text)
        desc = speaker_mention_of(toks, (dc + 1, pc), self.text)
        if name is not None and desc is not None and name.kind in {"role", "org"} and not name.name and desc.kind in {"name", "org"} and desc.name:
            name, desc = desc, name  # 'CLAUSE, Ana Ruiz, the finance minister, said.': the name first, its appositive after it
        if name is None or name.kind not in {"name", "org"} or desc is None or desc.kind not in {"role", "org"} or desc.name:
            return None
        return self._tail_attribution(s0, k, cue, end, dc, allow_no_period, subject=name)

    def _tail_attribution(
        self, s0: int, k: int, cue: Cue, end: int, content_end: int, allow_no_period: bool, subject: Mention | None = None
    ) -> tuple[int, int, Attribution] | None:
        """The speaker of the tail cue *cue* (before it, or inverted after it,
        or *subject* when the caller found it) and the clause it reports, or None."""
        toks = self.outer
        sub = toks[k : cue.i]
        m = subject
        after = cue.j
        addr = None
        if subject is not None:
            if "o" in cue.frames:
                addr, after = addressee_after(toks, after, end, self.text)
        elif sub:
            rng = subject_before(sub, len(sub), self.text, self.max_np)
            bare = bare_role(sub, self.text) if allow_no_period else None
            if bare is not None and _headline_passive(cue, end):
                # "Club treasurer stole £40,000, jury told": the jury was told;
                # the headline names its audience, not who spoke.
                cue_span = (toks[cue.i].start, toks[cue.j - 1].end)
                return s0, content_end, Attribution(None, cue_span, None, "impersonal-cue", cue.mode, ("passive-audience",))
            if bare is not None:
                m = bare  # headline style: "…, prime minister tells allies"
            elif rng is None or rng[0] != 0 and not (
                rng[0] <= 3 and all(t.text.isalpha() and t.text.islower() and t.text not in NOT_MODIFIERS for t in sub[: rng[0]])
            ):
                return None  # "new fundraising reports show": lower-case modifiers may precede the head
            else:
                m = speaker_mention_of(sub, rng, self.text)
            if "o" in cue.frames:
                addr, after = addressee_after(toks, after, end, self.text)
        elif "i" in cue.frames:
            rng = np_after(toks, cue.j, self.max_np, end=end)
            m = speaker_mention_of(toks, rng, self.text)
            if rng:
                after = rng[1]
        m, extra = self.with_parse(cue.i, m)
        if m is not None and unknown_description(m) and not extra:
            m = None  # "…, the first sentence said": a description must be a known role
        if m is None:
            return None
        rest = skip_adjuncts(toks, after, end)
        if rest < end and toks[rest].text.lower() not in _TRAILING_CLAUSE:
            return None
        if all(toks[x].text == "," or x in self.not_quoted_toks for x in range(s0, content_end)):
            return None  # '"Closed until further notice," read the sign': a label's words are the whole clause
        if fronted_clause_end(toks, s0, content_end) >= content_end:
            return None  # "Known to residents simply as "the Circus", the festival began": a participle clause, no report
        if not allow_no_period and not has_verb(toks, s0, content_end, self.text, irregular=True):
            # Headlines are telegraphic ("No new money for the docks,
            # minister tells unions"); running text needs a verb.
            return None  # "On most days, …" / an appositive, not a clause
        return s0, content_end, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "clause-cue-after", cue.mode, extra)


def _headline_passive(cue: Cue, end: int) -> bool:
    """Is a headline's tail cue a passive of telling ("..., jury told",
    "..., councillors warned"): a past form of a verb that takes an
    addressee (frame "o"), with nothing after it?"""
    return cue.tense == "past" and "o" in cue.frames and cue.j >= end


def _closes_relative(toks: list[Tok], s0: int, cm: int) -> bool:
    """Does the comma at *cm* close a relative clause set off by commas
    (", who studies rehabilitation,")? Then the verb after it is the
    sentence's own, whose subject is the name before the relative."""
    for x in range(cm - 1, s0, -1):
        w = toks[x].text
        if w == "," or w in END_PUNCT or w == QUOTE_TOKEN:
            return False
        if w.lower() in {"who", "which", "whose"}:
            return toks[x - 1].text == ","
    return False
