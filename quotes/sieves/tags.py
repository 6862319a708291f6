"""Tag sieves: the frames right around a direct quote.

``cue-after-quote`` ("…," Smith said), ``cue-inverted`` ("…," said Smith),
``noun-tag`` ("…," was her answer),
``cue-before-quote`` (Smith said: "…"), ``cue-participle`` (…, saying, "…"),
``colon-introduction`` (Smith: "…"), ``dash-attribution`` and ``according-to``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Literal

from .. import lexicon
from ..sieves.base import Attribution, SieveBase, positions
from .said_all import all_said
from ..syntax.clauses import has_verb, passive_or_relative, skip_adjuncts
from ..syntax.cues import Cue, longest_source_phrase, source_phrase_at
from ..syntax.boundaries import np_after, partitive_name, subject_before
from ..syntax.phrases import Mention, Tok, _strip_possessive, analyse, is_cap, is_word, role_then_participle
from ..syntax.sources import (
    addressee_after,
    source_mode,
    source_object,
    speaker_mention_of,
    subject_mention,
    unknown_description,
    with_mention,
    with_own_subject,
)
from ..syntax.types import UTTERANCES, possessor
from ..syntax.words import BE, DASHES, END_PUNCT, ING_HOSTS, LEAD_PUNCT, POSSESSIVE_ENDINGS, QUOTE_TOKEN, is_ly_adverb, is_participle, quote_formula_start




#: Verbs that name or label what they are said of: passive, their subject is
#: the thing named ('was called "a betrayal" by X'), as after the evaluating
#: verbs of frame "n" ('was described as "unlawful"').
_NAMING_LEMMAS = frozenset({"call", "dub", "brand", "label", "term", "nickname"})
#: The copula of a colon frame ("Her verdict was blunt:").
_COPULAS = frozenset({"was", "is", "were", "are"})
#: Conjunctions that open a new clause after a quote ('"...," and the crew nodded'): no tag.
_COORDINATORS = frozenset({"and", "but", "or", "so", "yet"})
#: Indefinite inverted speakers that a description in apposition may name in news ('"…," said one, a retired teacher';
#: LitBank's novels keep "one" as the speaker of "said one, a mulatto, ...").
_ONE_OF = frozenset({"one", "another"})


class TagSieves(SieveBase):
    """Tag sieves: the frames right around a direct quote."""

    # -- frames around a quote ----------------------------------------------
    def _headline_speaker(self, k: int, end: int) -> Attribution | None:
        """A line that opens with a quote and a colon names its speaker after
        the colon, as feature headlines do ('"A library should be noisy": Celestine
        Vance on the building', '"We rebuilt the bakery first": the town's mayor,
        a year on'): the noun phrase ending the line or followed by "on" or a comma."""
        toks = self.outer
        rng = np_after(toks, k, self.max_np, end=end)
        if rng is None:
            return None
        # '"...": the nurse leading the strike at Kelby': a participle phrase
        # after the role noun describes the speaker, who is the role.
        cut = next((x for x in range(rng[0] + 1, rng[1])
                    if role_then_participle(toks[x - 1].text, toks[x].text, toks[x + 1].text if x + 1 < end else "")), None)
        rng = (rng[0], cut) if cut is not None else rng
        nxt = toks[rng[1]].text if rng[1] < end else ""
        # (a participle phrase may describe the speaker: '"...": the nurse leading the strike')
        if not (rng[1] >= end or nxt in {"on", ",", "about"} or is_participle(nxt, toks[rng[1] + 1].text if rng[1] + 1 < end else "") or "\n" in self.text[toks[rng[1] - 1].end : toks[rng[1]].start]):
            return None
        m = speaker_mention_of(toks, rng, self.text)
        if m is None or m.kind not in {"name", "role", "org"} or m.plural:
            return None
        return Attribution(m, None, None, "headline-quote", "speech")

    def after_quote(self, qi: int, end: int, *, direct: bool = False) -> Attribution | None:
        """``"…," Smith said`` / ``"…," said Smith`` / ``"…," according to X`` (*direct*: in news, a cue of frame "q" only)."""
        toks = self.outer
        k = qi + 1
        while k < end and toks[k].text in LEAD_PUNCT:
            k += 1
        start = k
        if start > qi + 1 and any(toks[x].text in DASHES for x in range(qi + 1, start)) and start < end:
            # '"…" ― Jane Roe': the epigraph / testimonial convention.
            rng = np_after(toks, start, self.max_np, end=end)
            if rng is not None and (rng[1] >= end or toks[rng[1]].text in END_PUNCT or toks[rng[1]].text == QUOTE_TOKEN
                                    or "\n" in self.text[toks[rng[1] - 1].end : toks[rng[1]].start]):
                m = speaker_mention_of(toks, rng, self.text)
                if m is not None and m.kind in {"name", "role", "org"}:
                    return Attribution(m, None, None, "dash-attribution", "speech")
        if start == qi + 2 and toks[qi + 1].text == ":" and start < end and (
            qi == 0 or "\n" in self.text[toks[qi - 1].end : toks[qi].start]
        ):
            headed = self._headline_speaker(start, end)  # '"I wrote it to stop being angry": Hanne Brevik on her novel'
            if headed is not None:
                return headed
        if start < end and toks[start].text.lower() in {"was", "came"}:  # ('"Good-bye," was all that Clara managed to say': said_all)
            noun = all_said(toks, self.text, start, end) if start + 2 < end and toks[start + 1].text.lower() == "all" else self._noun_tag(start, end)
            if noun is not None:
                return noun
        if start < end and toks[start].text.lower() in _COORDINATORS and (self._introduced(qi) or self._cue_before(qi)):
            # 'Ruiz said, "We sail at six," and the crew nodded', 'The party accused
            # him of "selling the coast," and its leader said ...': a new clause, the cue before speaks
            return None
        limit = min(end, start + self.max_np + 4)
        while k < limit:
            w = toks[k].text
            if w in END_PUNCT or w == QUOTE_TOKEN:
                break
            src = source_phrase_at(toks, k) if k in self._source_toks else -1
            if src > 0 and k == start:
                rng = np_after(toks, src, self.max_np, end=end)
                m = speaker_mention_of(toks, rng, self.text)
                if m:
                    return Attribution(m, (toks[k].start, toks[src - 1].end), None, "according-to", "speech")
            cue = self._cue(k)
            if cue is not None and k == start and k + 1 < end and w[:1].isupper() and (nc := self._cue(k + 1)) is not None and nc.i == k + 1:
                cue = None  # '"…," Hope said', '"…," Will said': a name that is also a verb, the subject of the cue after it
            if cue is not None and (cue.mode in {"speech", "writing"} or cue.mode in self._modes) and ("q" in cue.frames or not (direct and self.news_like)):
                if passive_or_relative(toks, start, cue.i):
                    return None  # "The greeting was warmly returned"
                sub = toks[start : cue.i]
                rng = (partitive_name(sub, self.text) or subject_before(sub, len(sub), self.text, self.max_np)) if sub else None
                if rng is None and len(sub) == 1 and sub[0].text[:1].isupper() and sub[0].text.isalpha():
                    rng = (0, 1)  # '"…," Will said': a one-word name that is also a modal
                m = speaker_mention_of(sub, rng, self.text) if rng else None
                if sub:
                    m, extra = self.with_parse(cue.i, m)
                if m is not None:
                    # '"…," Bell said, according to the radio': Bell said it
                    # (the outer source only reports it: evidence nested-source).
                    outer = self._outer_source(cue.j, end)
                    if outer is not None and self.config.nested_source == "outer":
                        return outer
                    nested = ("nested-source",) if outer is not None else ()
                    # (an object's addressee, "told Rosa", or one after "to", "said to the colonel")
                    addr = addressee_after(toks, cue.j, end, self.text)[0] if "o" in cue.frames or cue.j < end and toks[cue.j].text.lower() == "to" else None
                    return Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-after-quote", cue.mode, extra + nested)
                if not sub:
                    rng = np_after(toks, cue.j, self.max_np, end=end)
                    m = speaker_mention_of(toks, rng, self.text)
                    if m is None and rng is not None and rng[1] - rng[0] == 1 and (rng[1] == end or toks[rng[1]].text in {",", ".", "!", "?", ";"}):
                        m = speaker_mention_of(toks[rng[0] : rng[1]], (0, 1), self.text)  # '"…," said May.': a month closing the tag is a name
                    if self.news_like and m is not None and m.head in _ONE_OF and rng[1] + 2 < end and toks[rng[1]].text == "," and toks[rng[1] + 1].text in ("a", "an"):
                        m = _apposed_description(toks, rng[1] + 1, end, self.text, self.max_np) or m  # '"…," said one, a retired teacher': the description
                    if m is not None and not ("o" in cue.frames and "i" not in cue.frames):
                        outer = self._outer_source(cue.j, end)
                        if outer is not None and self.config.nested_source == "outer":
                            return outer
                        nested = ("nested-source",) if outer is not None else ()
                        addr = addressee_after(toks, rng[1], end, self.text)[0] if rng[1] < end and toks[rng[1]].text.lower() == "to" else None  # ("said Mrs Abbott to the colonel")
                        return Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-inverted", cue.mode, nested)
                return None
            k += 1
        return self._unlisted_tag(qi, start, end)

    def _outer_source(self, k: int, end: int) -> Attribution | None:
        """'"…," Bell said on the quay, according to the harbour radio': the tag
        itself is reported by an outer source (nested attribution; Pareti
        2016). PARC/PolNeAR take the outer source as the source of the whole;
        a user asks who said it, Bell, so by default the tag keeps the speaker
        and the quote carries the evidence ``nested-source``
        (``Config.nested_source``: "outer" returns this outer attribution)."""
        toks = self.outer
        for c in range(k, min(end, k + self.max_np + 12)):
            w = toks[c].text
            if w in END_PUNCT and not (w == "." and c + 1 < end and toks[c + 1].text == ")") or w == QUOTE_TOKEN:
                return None  # (an abbreviation's period before ")" ends nothing: "(D-Del.)")
            if w != "," or c + 1 >= end or toks[c + 1].text.lower() != "according":
                continue  # "citing", "quoting": not a source of the tag
            src = source_phrase_at(toks, c + 1)
            if src < 0:
                continue
            m, _ = source_object(toks, src, end, self.text, self.max_np)
            if m is None:
                return None
            return Attribution(m, (toks[c + 1].start, toks[src - 1].end), None, "according-to", source_mode(m), ("nested-source",))
        return None

    def _noun_tag(self, was: int, end: int) -> Attribution | None:
        """'"No," was his answer', '"Not tonight," came her weary answer': a noun tag
        (``lexicon/tag_nouns.txt``), its possessor the speaker (sieve ``noun-tag``); "came
        the reply from Mary": Mary; "came a voice": the voice ("came the reply" names no one)."""
        toks = self.outer
        if was + 2 >= end:
            return None
        own = toks[was + 1]
        low = own.text.lower()
        if low in {"the", "a", "an"} and toks[was].text.lower() == "came" and (src := _reply_from(toks, was + 2, end, self.text, self.max_np)) is not None:
            return Attribution(src, (toks[was].start, toks[was].end), None, "noun-tag", "speech")  # ("came the reply from Mary")
        if low in {"a", "an"} and toks[was].text.lower() == "came":
            for k in range(was + 2, min(end, was + 5)):
                if toks[k].text.lower() == "voice":
                    m = analyse(toks[was + 1 : k + 1], self.text)
                    return Attribution(m, (toks[was].start, toks[was].end), None, "noun-tag", "speech") if m else None
                if not (toks[k].text.isalpha() and toks[k].text.islower()):
                    return None
            return None
        if (owner := possessor(own.start, own.text)) is not None and not owner.plural:
            m = owner  # ("was his answer"; "their answer" names no one speaker)
        elif own.text[:1].isupper() and own.text[-2:].lower() in {"'s", "\u2019s"} and own.text[:-2].isalpha():
            name = own.text[:-2]
            m = Mention(own.start, own.end - 2, name, "name", name.lower(), name, None, (), (), None, False)
        else:
            return None
        nouns = lexicon.tag_nouns()
        for k in range(was + 2, min(end, was + 5)):
            w = toks[k].text
            if w.lower() in nouns:
                nxt = toks[k + 1].text if k + 1 < end else "."
                if nxt in END_PUNCT or nxt in {",", ";"}:
                    return Attribution(m, (toks[was].start, toks[k].end), None, "noun-tag", "speech")
                return None
            if not (w.isalpha() and w.islower()):
                return None
        return None

    def _unlisted_tag(self, qi: int, start: int, end: int) -> Attribution | None:
        """'"Fine," I shrugged.': a tag whose verb no list has (fiction coins them freely).

        Only after a quote that ends with a comma, "!" or "?" (a tag is due),
        and only for a short subject, a past-tense verb and the end of the clause.
        """
        toks = self.outer
        q = toks[qi]
        k = q.end - 1
        while k > q.start and self.text[k] in "\"'\u201d\u2019\u00bb ":
            k -= 1
        if self.text[k] not in ",!?":
            return None
        for v in range(start + 1, min(end, start + 4)):
            w = toks[v].text
            if not (w.islower() and w.isalpha() and w.endswith("ed") and len(w) > 4):
                continue
            nxt = toks[v + 1].text if v + 1 < end else "."
            if nxt not in {".", ",", ";", "!", "?"} and not is_ly_adverb(nxt):
                return None
            sub = toks[start:v]
            rng = subject_before(sub, len(sub), self.text, self.max_np)
            m = speaker_mention_of(sub, rng, self.text) if rng and rng[0] == 0 else None
            if m is None or m.kind not in {"name", "pronoun", "role"}:
                return None
            return Attribution(m, (toks[v].start, toks[v].end), None, "cue-after-quote", "speech", ("unlisted-cue",))
        return None

    def before_quote(self, qi: int, s0: int) -> Attribution | None:
        """``Smith said: "…"`` / ``…, saying, "…"`` / ``Smith: "…"`` / ``according to X, "…"``."""
        toks = self.outer
        k = qi
        colon = False
        while k > s0 and toks[k - 1].text in LEAD_PUNCT:
            colon = colon or toks[k - 1].text == ":"
            k -= 1
        frame_end = quote_formula_start(self.words, k, s0)  # ("Kell writes, and I quote, "...": the formula is the quoter's aside)
        lo = max(s0, frame_end - 14)
        for c in range(frame_end - 1, lo - 1, -1):
            w = toks[c].text
            if w == QUOTE_TOKEN or w in END_PUNCT:
                break
            cue = self._cue(c)
            if cue is None or cue.j > frame_end:
                continue
            return self._frame_cue(s0, c, cue, frame_end)
        found = self._according_to_in(s0, frame_end) or _owner_of_words(toks, s0, frame_end, self.text)
        if found is not None:
            return found
        if colon and 0 < frame_end - s0:
            # "Smith: "…"", "Smith resisted: "…"", "Ruiz is trying out a new
            # slogan: "…"": the noun phrase opening the frame.
            # (a frame with a copula is a clause: "Her verdict was blunt:" is hers, read below)
            cop = next((x for x in range(s0, frame_end) if toks[x].text.lower() in _COPULAS), None)
            # (a frame with a finite verb is a clause, its subject read below: "Joanna Keel sent us this message:")
            m = _colon_speaker(toks, s0, frame_end, self.text) if frame_end - s0 <= 8 and cop is None and not has_verb(toks, s0, frame_end, self.text, irregular=True) else None
            if m is None and cop is not None:
                m = _copula_subject(toks, s0, cop, self.text, self.max_np)
            if m is None:
                m = self.main_subject(s0, frame_end)
            if m is not None and m.kind != "pronoun" and m.text.lower() not in lexicon.not_labels():
                return Attribution(m, None, None, "colon-introduction", "speech")  # (not a rubric: "Transcript: "…"")
        return None

    @functools.cached_property
    def _sources_far(self) -> tuple[list[int], list[tuple[int, Mention]]]:
        """Every source phrase ("according to X") of the document whose noun
        phrase is a speaker mention when nothing cuts it short: their token
        indexes (sorted) and (end of the phrase, mention), found in one pass."""
        toks = self.outer
        at: list[int] = []
        hits: list[tuple[int, Mention]] = []
        for c in self._words("source", 0, len(toks)):  # (the tokens that can start one, indexed once)
            src = source_phrase_at(toks, c)
            if src > 0:
                m = speaker_mention_of(toks, np_after(toks, src, self.max_np), self.text)
                if m is not None:
                    at.append(c)
                    hits.append((src, m))
        return at, hits

    def _according_to_in(self, s0: int, frame_end: int) -> Attribution | None:
        """"according to X, "…"": the first source phrase of the frame
        ``[s0, frame_end)`` whose object is a speaker mention.

        A phrase that starts ``near`` tokens or more before the frame's end
        cannot be cut short by it (a source phrase has at most
        ``longest_source_phrase()`` words, and np_after reads at most
        ``max_np + 1`` tokens past its start), so its mention is the
        document-wide one of :attr:`_sources_far`, found by bisection; only
        the last ``near`` tokens are read again. Thousands of quotes in one
        sentence thus cost linear time, not a rescan of the sentence each.
        """
        toks = self.outer
        near = longest_source_phrase() + self.max_np + 2
        at, hits = self._sources_far
        i = bisect_left(at, s0)
        if i < len(at) and at[i] < frame_end - near:
            src, m = hits[i]
            return Attribution(m, (toks[at[i]].start, toks[src - 1].end), None, "according-to", "speech")
        for c in self._words("source", max(s0, frame_end - near), frame_end):  # (no source phrase opens at any other token)
            src = source_phrase_at(toks, c)
            if src > 0:
                rng = np_after(toks, src, self.max_np, end=frame_end)
                m = speaker_mention_of(toks, rng, self.text)
                if m is not None:
                    return Attribution(m, (toks[c].start, toks[src - 1].end), None, "according-to", "speech")
        return None

    def _frame_cue(self, s0: int, c: int, cue: Cue, frame_end: int) -> Attribution | None:
        """The speaker of the cue *cue* at *c* in the frame before a quote: its
        subject (through participles, conjuncts, causatives and relative
        pronouns) or the inverted subject after it."""
        toks = self.outer
        cue_span = (toks[cue.i].start, toks[cue.j - 1].end)
        if (passive := _passive_attribution(toks, self.text, self.max_np, s0, c, cue, frame_end)) is not False:
            return passive
        addr = None
        if "o" in cue.frames or (cue.j < frame_end and toks[cue.j].text.lower() == "to"):
            addr, _ = addressee_after(toks, cue.j, frame_end, self.text)
        if cue.tense == "ing" and c - 1 > s0 and toks[c - 1].text.lower() in ING_HOSTS:
            # "X kept asking him where …", "…, yet was pointing to "…"": the
            # participle completes the verb before it, whose subject speaks.
            sub = self.clause(s0, c - 1)
            rng, elided, m = subject_mention(sub, self.text, self.max_np)
            if m is None and (elided or sub[-1].text.lower() in {"and", "but"}):
                m = self.conjoined_subject(s0, c - 1, fallback=False)
            if m is not None and not unknown_description(m) and m.kind != "relative":
                return Attribution(m, cue_span, addr, "cue-before-quote", cue.mode)
        if cue.tense == "ing" and c > s0:
            # "…, saying, "…"" and "issued a statement calling …": the
            # speaker is the subject of the clause the participle hangs on,
            # unless "with X calling it …" gives the participle its own.
            sub = self.clause(s0, c)
            rng = subject_before(sub, len(sub), self.text, self.max_np)
            own = with_own_subject(sub, rng)
            m = with_mention(sub, rng, self.text) if own else self.tag_subject(s0, c, s0) or self.main_subject(s0, c)
            if m is not None:
                return Attribution(m, cue_span, addr, "cue-participle", cue.mode)
            if toks[c - 1].text == ",":
                return None
        sub = self.clause(s0, cue.i)
        rng, elided, m = subject_mention(sub, self.text, self.max_np) if sub else (None, False, None)
        a = c
        while a - 1 > s0 and is_ly_adverb(toks[a - 1].text):
            a -= 1  # ("and quietly answered": the adverb between)
        if m is None and a > s0 and (toks[a - 1].text.lower() == "and" or elided):
            m = self.conjoined_subject(s0, a)  # "Ada blushed, and said, …"
        if m is None and c - 2 > s0 and toks[c - 1].text.lower() == "to":
            m = self._causee(s0, c - 1)  # "a vote that prompted her to announce …"
            if m is None:
                m = self._with_infinitive(s0, c)
        if m is None and c > s0 and toks[c - 1].text.lower() in {"to", "and", "then", "but"}:
            # "X was prompted to say, …"
            m = self.main_subject(s0, c)
        m, extra = self.with_parse(cue.i, m)
        if m is None:
            m = self.relative_subject(s0, c)
        if m is not None:
            return Attribution(m, cue_span, addr, "cue-before-quote", cue.mode, extra)
        if "i" in cue.frames and cue.tense != "ing" and not (cue.lemma in _NAMING_LEMMAS and toks[frame_end].text == QUOTE_TOKEN):  # (not 'calling X, "…"'; 'called X "…"': object)
            rng = np_after(toks, cue.j, self.max_np, end=frame_end)
            # 'said the minister, "…"': the inverted subject ends where the quote starts.
            m = speaker_mention_of(toks, rng, self.text) if rng is not None and rng[1] == frame_end else None
            if m is not None:
                return Attribution(m, cue_span, None, "cue-inverted", cue.mode)
        return None

    # -- unquoted reported speech -------------------------------------------
    @functools.cached_property
    def _quote_tokens(self) -> tuple[list[int], list[int]]:
        """The indexes of the quote tokens of the stream, and of those that are
        no scare quote when the sentence goes on after them (:meth:`_attributive`
        reads only the token after), each sorted; one pass per document."""
        n = len(self.outer)
        marks = positions(self.words, QUOTE_TOKEN)
        return marks, [x for x in marks if not _attributive(self.outer, self.text, x, n)]

    def _introduced(self, qi: int) -> bool:
        """Is the quote at *qi* introduced by a cue and a comma or colon right
        before it ("My grandmother used to say, "...""; "Ruiz said: "...")?"""
        toks = self.outer
        if qi < 2 or toks[qi - 1].text not in {",", ":"}:
            return False
        return any(self._cue(x) is not None for x in range(max(0, qi - 4), qi - 1))

    def _cue_before(self, qi: int) -> bool:
        """Is the quote at *qi* a fragment inside a cue's clause ('accused him of "…"'):
        a cue among the six tokens before it, no sentence end or other quote between?"""
        toks = self.outer
        for x in range(qi - 1, max(-1, qi - 7), -1):
            if toks[x].text in END_PUNCT or toks[x].text == QUOTE_TOKEN:
                return False
            if self._cue(x) is not None:
                return True
        return False

    def has_fragment(self, lo: int, hi: int, end: int, *, own: bool = False) -> bool:
        """A quoted fragment (a quote token, no scare quote) in ``toks[lo:hi]`` of a sentence ending at *end*.

        Bisects the per-document index instead of reading the range, so
        thousands of cues in one sentence do not each read to its end. A
        quote token at ``end - 1`` or later is never a scare quote (no word follows).
        *own*: only someone's words count ("held up placards reading "...": a
        sign's words quote no one; :attr:`_own_quote_tokens`).
        """
        marks, fragments = self._own_quote_tokens if own else self._quote_tokens
        cut = max(lo, min(hi, end - 1))
        i = bisect_left(fragments, lo)
        if i < len(fragments) and fragments[i] < cut:
            return True
        i = bisect_left(marks, cut)
        return i < len(marks) and marks[i] < hi

    def _that_follows(self, cue: Cue, end: int) -> bool:
        """The cue is followed (after an addressee or adjuncts) by "that"."""
        toks = self.outer
        k = skip_adjuncts(toks, cue.j, end)
        for x in range(k, min(end, k + 4)):
            if toks[x].text.lower() == "that":
                return True
            if not is_word(toks[x].text):
                return False
        return False

    def _quote_ends_with_comma(self, tok: Tok) -> bool:
        k = tok.end - 1
        while k > tok.start and not self.text[k - 1].isalnum() and self.text[k - 1] != ",":
            k -= 1
        return k > tok.start and self.text[k - 1] == ","


def _copula_subject(toks: list[Tok], s0: int, x: int, text: str, max_np: int) -> Mention | None:
    """The subject before the copula at *x* of a colon frame ("Her verdict
    was blunt:", "The coach's message was simple:"), or None."""
    # "The coach's message to his players was simple:": the possessor owns the words.
    own = next((y for y in range(s0, x - 1) if toks[y].text.endswith(POSSESSIVE_ENDINGS) and toks[y + 1].text.lower() in UTTERANCES), None)
    if own is not None:
        last = tuple.__new__(Tok, (toks[own].start, toks[own].end - 2, toks[own].text[:-2]))
        return speaker_mention_of(list(toks[s0:own]) + [last], (0, own - s0 + 1), text)
    if x <= s0:
        return None
    sub = toks[s0:x]  # (read back from the copula, past an appositive or relative clause: "Cllr Dunmore, who leads ..., was blunt:")
    return subject_mention(sub, text, max_np)[2]


def _passive_attribution(
    toks: list[Tok], text: str, max_np: int, s0: int, c: int, cue: Cue, frame_end: int
) -> Attribution | None | Literal[False]:
    """The speaker of a passive evaluating or naming cue before a quote: 'The
    plan was described by X as "…"', 'The deal was called "…" by X': the
    subject is what was described; the agent speaks. With no agent, an
    evaluation right before its quote names no one ('is described on Amazon
    as a "riveting book"'), and a name is nobody's words ('is popularly
    called the "habitable zone"': None). False when the cue is not such a
    passive."""
    if not (cue.tense in {"past", "part"} and ("n" in cue.frames or cue.lemma in _NAMING_LEMMAS) and _passive_at(toks, s0, c)):
        return False
    cue_span = (toks[cue.i].start, toks[cue.j - 1].end)
    m = _by_agent(toks, text, cue.j, frame_end, max_np) or _by_agent(toks, text, frame_end + 1, min(len(toks), frame_end + 4), max_np, after_quote=True)
    if m is not None:
        return Attribution(m, cue_span, None, "cue-before-quote", cue.mode, ("passive-agent",))
    if cue.lemma in _NAMING_LEMMAS or any(toks[x].text in {",", QUOTE_TOKEN} or toks[x].text in DASHES for x in range(cue.j, frame_end)):
        return None  # (a name; or the quote is no complement of this cue: '..., the working name "…"')
    return Attribution(None, cue_span, None, "impersonal-cue", cue.mode, ("passive",))


def _passive_at(toks: list[Tok], s0: int, c: int) -> bool:
    """Is the participle cue at *c* passive: after a form of "be" (and
    adverbs: 'was widely described', 'has been dubbed')?"""
    b = c - 1
    while b > s0 and is_ly_adverb(toks[b].text):
        b -= 1
    return b >= s0 and toks[b].text.lower() in BE


def _by_agent(toks: list[Tok], text: str, lo: int, hi: int, max_np: int, *, after_quote: bool = False) -> Mention | None:
    """The agent of a passive cue: "by" and a speaker noun phrase in
    ``toks[lo:hi]`` (right after the quote when *after_quote*: '"…" by
    union leader Ivar Holm')."""
    x = lo if after_quote else next((y for y in range(lo, min(hi, lo + 6)) if toks[y].text.lower() == "by"), -1)
    if x < 0 or x >= hi or toks[x].text.lower() != "by":
        return None
    rng = np_after(toks, x + 1, max_np, end=len(toks) if after_quote else hi)
    return speaker_mention_of(toks, rng, text) if rng is not None else None


def _attributive(toks: list[Tok], text: str, x: int, end: int) -> bool:
    """A short quoted word used as a modifier ('the company's "green" credentials'): a scare quote."""
    tok = toks[x]
    if len(text[tok.start : tok.end].split()) > 2 or x + 1 >= end:
        return False
    nxt = toks[x + 1].text
    return nxt.isalpha() and nxt.islower() and nxt not in {"and", "or", "but", "as", "to", "in", "on", "for", "of", "that", "because"}


#: Words that open a live blog's introduction of a reader's message ("This from Aoife:", "More from Tom Hale:").
_FROM_OPENERS = frozenset({"this", "that", "more", "here", "word", "one"})


def _colon_speaker(toks: list[Tok], s0: int, end: int, text: str) -> Mention | None:
    """The speaker of a short frame before a colon ("Smith:", "This from Aoife in
    Kilmarran:", "A reader in Kilmarran, Aoife Walsh:"): a name in apposition
    after the last comma; else the noun phrase without a place after "in" or
    "at" and without a live blog's "This from"."""
    comma = next((x for x in range(end - 1, s0, -1) if toks[x].text == ","), None)
    if comma is not None:
        before = speaker_mention_of(toks, (s0, _before_place(toks, s0, comma)), text)
        if before is not None and before.kind in {"name", "org"}:
            return speaker_mention_of(toks, (s0, end), text)  # ("Peggy Drexler, CNN:": the name and where it appeared, read whole)
        named = speaker_mention_of(toks, (comma + 1, end), text)
        if named is not None and named.kind == "name":
            return named  # ("A reader in Kilmarran, Aoife Walsh:": the name in apposition to a description speaks)
    start = s0 + 2 if end - s0 > 2 and toks[s0].text.lower() in _FROM_OPENERS and toks[s0 + 1].text.lower() == "from" else s0
    return speaker_mention_of(toks, (start, _before_place(toks, start, end)), text)


def _before_place(toks: list[Tok], start: int, end: int) -> int:
    """Where a noun phrase ``toks[start:end]`` ends before a place after "in"
    or "at" ("Aoife in Kilmarran", "A reader in Kilmarran"), or *end*."""
    return next((x for x in range(start + 1, end) if toks[x].text in {"in", "at"} and (is_cap(toks[x - 1].text) or toks[x - 1].text.isalpha())), end)


#: The nouns of a source phrase whose possessor speaks: "in her (own) words",
#: "by his own account", "on her own admission", "by his own estimate" (not
#: "its": an organisation's estimate is a figure, seldom a quote).
_OWNED_WORDS = {"in": frozenset({"words"}), "by": frozenset({"account", "admission", "estimate", "reckoning"}),
                "on": frozenset({"admission"})}
#: All of those nouns: the first test, on the word before the mark.
_OWNED_NOUNS = frozenset().union(*_OWNED_WORDS.values())


def _owner_of_words(toks: list[Tok], s0: int, frame_end: int, text: str) -> Attribution | None:
    """'... because, in her words, "…"', 'by his own estimate, "…"', 'in
    Okafor's words, "…"': the possessor of the words, estimate or account the
    phrase right before the quote credits (the source phrase "in the words
    of X" names its source after it, see ``cue_phrases.txt``)."""
    end = frame_end
    if end - s0 < 3 or toks[end - 1].text.lower() not in _OWNED_NOUNS:
        return None
    k = end - 2
    if toks[k].text.lower() == "own":
        k -= 1
    if k - 1 < s0 or toks[end - 1].text.lower() not in _OWNED_WORDS.get(toks[k - 1].text.lower(), ()):
        return None
    owner = toks[k]
    m = possessor(owner.start, owner.text)
    if m is None and is_cap(owner.text) and owner.text.endswith(POSSESSIVE_ENDINGS):
        bare = _strip_possessive(owner.text)  # ("Okafor's", "the Joneses'")
        m = analyse([Tok(owner.start, owner.start + len(bare), bare)], text)
    if m is None or m.kind not in {"pronoun", "name", "role"} or m.head == "it" and m.kind == "pronoun":
        return None
    return Attribution(m, (toks[k - 1].start, toks[end - 1].end), None, "according-to", "speech")


def _reply_from(toks: list[Tok], k: int, end: int, text: str, max_np: int) -> Mention | None:
    """'"It left an hour ago," came the reply from Mary': the one a tag noun
    (a reply, an answer, ``lexicon/tag_nouns.txt``) at ``toks[k:]``, maybe
    after an adjective or two, comes from: a name or a singular description
    after "from" (:meth:`TagSieves._noun_tag`)."""
    nouns = lexicon.tag_nouns()
    x = next((x for x in range(k, min(end, k + 3)) if toks[x].text.lower() in nouns), None)
    if x is None or any(not (t.text.isalpha() and t.text.islower()) for t in toks[k:x]) or x + 2 >= end or toks[x + 1].text.lower() != "from":
        return None
    rng = np_after(toks, x + 2, max_np, end=end)
    m = speaker_mention_of(toks, rng, text) if rng is not None else None
    return m if m is not None and m.kind in {"name", "role"} and not m.plural else None


def _apposed_description(toks: list[Tok], k: int, end: int, text: str, limit: int) -> Mention | None:
    """The indefinite description opening at ``toks[k]`` in apposition to an inverted "one" or "another" ('"…," said
    one, a retired teacher who ...'), when its head is a person noun of ``roles.txt``; None otherwise."""
    m = speaker_mention_of(toks, rng, text) if (rng := np_after(toks, k, limit, end=end)) is not None else None
    return m if m is not None and m.kind == "role" and not m.plural and getattr(lexicon.roles().get(m.head), "kind", None) == "person" else None
