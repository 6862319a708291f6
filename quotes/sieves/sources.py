"""Source sieves that are not a speaker's verb: ``according-to`` before a
clause, ``as-put-it`` (as Smith put it), ``impersonal-cue`` (it is said that)
and ``asked-question`` (asked whether …).
"""

from __future__ import annotations

from .. import lexicon
from ..sieves.base import Attribution, SieveBase
from ..syntax.clause_ends import clause_end
from ..syntax.clauses import before_end_punct, passive_or_relative
from ..syntax.cues import cites_a_source, source_phrase_at
from ..syntax.boundaries import np_after, subject_before
from ..syntax.phrases import ADVERBS, DETERMINERS, Mention, is_cap, is_word
from ..syntax.sources import source_mode, source_object, speaker_mention_of
from ..syntax.verbs import is_past_form
from ..syntax.words import AUX, DASHES, END_PUNCT, QUESTION_WORDS, QUOTE_TOKEN

#: Raising verbs: their subject is not the holder of the reported view.
_RAISING = frozenset({"seem", "appear"})


#: Verbs whose passive with an infinitive reports an unnamed holder's view
#: ("is expected to", "was said to"; Quirk et al. 1985, 16.31).
_PASSIVE_BELIEF = frozenset("expect believe think say report rumor rumour know project predict estimate consider understand reckon presume suspect allege".split())


class SourceSieves(SieveBase):
    """Source sieves that are not a speaker's verb: ``according-to`` before a"""

    def impersonal_clause(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``X seems (to be) CLAUSE`` / ``X is expected to VP`` / ``It appears that CLAUSE``.

        Raising verbs (seem, appear) and passive cues with an infinitive ("is
        expected to", "is said to") report an inference or a belief whose
        holder the sentence does not name: their grammatical subject is what
        the content is about, not its source (Quirk et al. 1985, 16.31 and
        3.74; PolNeAR annotates such items with no source). The content is
        reported without a speaker.
        """
        toks = self.outer
        end = before_end_punct(toks, s0, s1)
        modes = self._modes
        evidential = lexicon.cue_phrases().get("evidential", ())
        for c in self._words("verb+evidential", s0 + 1, end - 2):
            if toks[c].text.lower() in evidential and "speech" in modes:
                # "The deal has reportedly collapsed": an unnamed source.
                k = c + 1 + (toks[c + 1].text == ",")
                stop = clause_end(toks, k, end)
                if stop - k >= 2 and is_word(toks[k].text):
                    return k, stop, Attribution(None, (toks[c].start, toks[c].end), None, "impersonal-cue", "speech")
                continue
            cue = self._cue(c)
            if cue is None or cue.mode not in modes or cue.j != c + 1:
                continue
            prev = toks[c - 1].text.lower()
            k = c + 1
            while k < end and toks[k].text.lower() in ADVERBS and toks[k].text.lower() not in {"to", "that"}:
                k += 1
            if k + 1 >= end:
                continue
            nxt = toks[k].text.lower()
            infinitive = nxt == "to" and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and toks[k + 1].text.lower() not in DETERMINERS
            if cue.lemma in _RAISING:
                if cue.tense == "ing" or cue.tense == "base" and prev == "to":
                    continue
                if not (infinitive or nxt in {"that", "like"} or nxt == "as" and toks[k + 1].text.lower() in {"if", "though"}):
                    continue
                sub = self.clause(s0, c)
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                m = speaker_mention_of(sub, rng, self.text)
                if m is not None and m.kind in {"name", "pronoun"} and m.head != "it":
                    continue  # "she seemed to suggest …": whose view is hers or the writer's is unclear
            elif (cue.lemma in _PASSIVE_BELIEF and cue.tense in {"part", "past"} and infinitive
                  and passive_or_relative(toks, s0, c) and prev not in {"who", "which", "that"}):
                pass  # "is expected to", "was said to"
            else:
                continue
            stop = clause_end(toks, k, end)
            if stop - k < 2:
                continue
            return k, stop, Attribution(None, (toks[cue.i].start, toks[cue.j - 1].end), None, "impersonal-cue", cue.mode)
        return None

    def asked_question(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``(When) asked whether CLAUSE, Smith …``: the question put to the
        subject of the main clause, by an asker the sentence does not name.
        The content is the indirect question, reported with no speaker."""
        toks = self.outer
        k = s0
        if k < s1 and toks[k].text.lower() in {"but", "and"}:
            k += 1
        if k < s1 and toks[k].text.lower() in {"when", "after", "while", "once", "if"}:
            k += 1
        if k >= s1 or toks[k].text.lower() != "asked":
            return None
        x = k + 1
        # "asked on television whether …", "asked by a reporter about …"
        while x < s1 and x - k <= 8 and toks[x].text.lower() not in QUESTION_WORDS and toks[x].text not in {",", QUOTE_TOKEN}:
            x += 1
        if x >= s1 or toks[x].text.lower() not in QUESTION_WORDS:
            return None
        stop = x + 1
        while stop < s1 and toks[stop].text not in {",", "-"} and toks[stop].text not in DASHES and toks[stop].text not in END_PUNCT and not (
            toks[stop].text == QUOTE_TOKEN and (stop + 1 >= s1 or self._quote_ends_with_comma(toks[stop]) or toks[stop + 1].text == ",")
        ):
            stop += 1  # (a quoted word inside the question: 'Asked if Ruiz "gets" it,')
        if stop < s1 and toks[stop].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[stop]):
            stop += 1  # 'Asked whether it was "safe," Ruiz …': the comma inside the mark
        elif stop >= s1 or not (toks[stop].text in {",", "-"} or toks[stop].text in DASHES) or stop - x < 2:
            return None  # ('Asked what she meant by it - the phrase chosen by X - she …')
        y = k + 1
        while y < x and toks[y].text.lower() in ADVERBS:
            y += 1
        if y < x and toks[y].text.lower() == "by":
            # "asked by a reporter whether …": the agent is the asker.
            m, _ = source_object(toks, y + 1, x, self.text, self.max_np)
            if m is not None:
                return x, stop, Attribution(m, (toks[k].start, toks[k].end), None, "asked-by", "speech")
        return x, stop, Attribution(None, (toks[k].start, toks[k].end), None, "asked-question", "speech")

    def according_to_first(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``According to X, CLAUSE.``"""
        toks = self.outer
        src = source_phrase_at(toks, s0) if s0 < s1 and s0 in self._source_toks else -1  # (most sentences: no such first word)
        if src < 0:
            return None
        end = before_end_punct(toks, s0, s1)
        m, k = source_object(toks, src, end, self.text, self.max_np)
        if m is None or not cites_a_source(toks[s0].text, m, toks[k].text if k < end else ""):
            return None  # ('Citing health reasons, the minister resigned': a reason, no source)
        while k < end and toks[k].text != ",":
            k += 1
        k = self._past_appositive(k, end)
        if m.kind == "role":
            k = self._past_apposed_name(k, end)
        if end - (k + 1) < 3:
            return None
        return k + 1, end, Attribution(m, (toks[s0].start, toks[src - 1].end), None, "according-to", source_mode(m))

    def _past_apposed_name(self, k: int, end: int) -> int:
        """'According to his spokeswoman, Lina Harkov, the premier ...': past a
        name set off by commas after a described source (up to four
        capitalised words, not a relative's antecedent: "..., Smith, who
        ..."); *k* is the comma after the source, and so is the result when
        none follows."""
        toks = self.outer
        x = k + 1
        while x < end and x - k <= 4 and is_cap(toks[x].text):
            x += 1
        if x == k + 1 or x + 1 >= end or toks[x].text != "," or toks[x + 1].text.lower() in {"who", "which", "whose", "whom"}:
            return k
        return x if end - (x + 1) >= 3 else k

    def _past_appositive(self, k: int, end: int) -> int:
        """'According to Renata Sollis, an economist at the institute, the plan
        …': past a description set off by commas after the source (a noun
        phrase opened by a determiner, with no verb before its closing comma);
        *k* is the comma after the source, and so is the result when none follows."""
        toks = self.outer
        if k + 1 >= end or toks[k + 1].text.lower() not in {"a", "an", "the"}:
            return k
        for x in range(k + 2, min(end, k + 2 + 2 * self.max_np)):
            w = toks[x].text
            if w == ",":
                return x if end - (x + 1) >= 3 else k
            if w == QUOTE_TOKEN or self._cue(x) is not None or w.lower() in AUX or is_past_form(w):
                return k
        return k

    def as_put_it(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``As Ruiz put it, CLAUSE.`` / ``CLAUSE, as Ruiz puts it.``: "put it"
        reports the wording of the clause ("put" alone is no cue)."""
        toks = self.outer
        end = before_end_punct(toks, s0, s1)
        if not self._words("put", s0, end):
            return None  # no "put" in the sentence

        def tag(k: int) -> tuple[Mention | None, int, int]:
            # "as" NP "put(s)" "it" starting at toks[k]; returns mention, verb index, end.
            if k + 3 > end or toks[k].text.lower() != "as":
                return None, -1, -1
            x = k + 1
            while x < end and x - k < 25 and not (toks[x].text.lower() in {"put", "puts"} and x + 1 < s1 and toks[x + 1].text.lower() == "it"):
                if toks[x].text in END_PUNCT or toks[x].text == QUOTE_TOKEN:
                    return None, -1, -1
                x += 1
            if x >= end or x - k < 2 or toks[x].text.lower() not in {"put", "puts"}:
                return None, -1, -1
            sub = toks[k + 1 : x]
            rng = np_after(sub, 0, self.max_np)
            m = speaker_mention_of(sub, rng, self.text) if rng is not None else None
            return m, x, x + 2

        m, v, t_end = tag(s0)
        if m is not None:
            k = t_end
            while k < end and toks[k].text != ",":
                k += 1  # "As Ruiz put it to the dock workers last week,"
            if end - (k + 1) >= 3:
                return k + 1, end, Attribution(m, (toks[v].start, toks[v + 1].end), None, "cue-clause", "speech")
        for cm in range(max(s0 + 3, end - 30), end - 3):
            if toks[cm].text == "," or toks[cm].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[cm]):
                m, v, t_end = tag(cm + 1)
                if m is not None and t_end == end:
                    ce = cm + 1 if toks[cm].text == QUOTE_TOKEN else cm
                    return s0, ce, Attribution(m, (toks[v].start, toks[v + 1].end), None, "clause-cue-after", "speech")
        return None
