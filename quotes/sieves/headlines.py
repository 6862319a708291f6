"""Headline sieves: ``headline`` (Minister: cuts unavoidable; …, minister
tells unions) and ``headline-cue`` (a title-case headline whose verb is
capitalised).
"""

from __future__ import annotations

from .. import lexicon
from ..sieves.base import Attribution, SieveBase
from ..syntax.clauses import before_end_punct
from ..syntax.phrases import ADVERBS
from ..syntax.sources import speaker_mention_of
from ..syntax.verbs import has_verb_ending
from ..syntax.words import DASHES, QUESTION_WORDS, QUOTE_TOKEN, TITLE_SMALL_WORDS, VERB_PARTICLES, is_title_case


class HeadlineSieves(SieveBase):
    """Headline sieves: ``headline`` (Minister: cuts unavoidable; …, minister"""

    def _title_case(self, s0: int, s1: int) -> bool:
        """Is ``toks[s0:s1]`` a title-case headline (at least three capitalised
        words, and four in five words capitalised or small words)?"""
        return is_title_case([t.text for t in self.outer[s0:s1]], share=0.8, min_caps=3)

    def _headline_verb(self, v: int, line: tuple[int, int]) -> bool:
        """Is the capitalised word ``toks[v]`` of a title-case headline a finite
        verb ("Claims", "Sides", "Got")? A listed cue or irregular form is; a
        word ending in -s or -ed is unless it is a role noun or recurs in the
        text outside the headline line, as names do ("Ruiz")."""
        w = self.outer[v].text
        lw = w.lower()
        if not (w.isalpha() and w[0].isupper() and not w.isupper()):
            return False
        if any(r.tense in {"past", "3sg"} and not r.particle for r in lexicon.cue_verbs().get(lw, ())) or lw in lexicon.irregular_verbs():
            return True
        if not has_verb_ending(lw) or lw in lexicon.roles():
            return False
        text = self.text
        i = text.find(w)
        while i >= 0:
            if not (line[0] <= i < line[1]) and not text[i + len(w) : i + len(w) + 1].isalpha() and not text[i - 1 : i].isalpha():
                return False
            i = text.find(w, i + 1)
        return True

    def headline_cue(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """A title-case headline with quoted words, whose verb is capitalised
        like every word: ``Ruiz Claims 'The Deal Is Dead' After Vote`` (the
        rest of the line after the verb is the content) or ``Deal Is 'Dead,'
        Ruiz Says`` (the line before the tag is)."""
        toks = self.outer
        qk = next((x for x in range(s0, s1) if toks[x].text == QUOTE_TOKEN), -1)
        if qk < 0:
            return None
        # The line of the first quote: a "sentence" may run over a list number
        # or a caption on the lines around it.
        text = self.text
        while s0 < qk and "\n" in text[toks[s0].end : toks[qk].start]:
            s0 += 1
        end = next((x for x in range(qk + 1, s1) if "\n" in text[toks[x - 1].end : toks[x].start]), s1)
        end = before_end_punct(toks, s0, end)
        if end - s0 < 4 or not self._title_case(s0, end):
            return None
        line = (toks[s0].start, toks[end - 1].end)
        # "…, Ruiz Says.": a short tag closes the line.
        last = toks[end - 1].text
        if last[:1].isupper() and any(r.tense in {"past", "3sg"} and "c" in r.frames and not r.particle
                                      for r in lexicon.cue_verbs().get(last.lower(), ())):
            cm = next((x for x in range(end - 2, max(s0, end - 8), -1)
                       if toks[x].text == "," or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])), -1)
            if cm > s0 and qk <= cm:
                m = speaker_mention_of(toks, (cm + 1, end - 1), self.text)
                if m is not None and m.kind in {"name", "role", "org"}:
                    ce = cm + 1 if toks[cm].text == QUOTE_TOKEN else cm
                    return s0, ce, Attribution(m, (toks[end - 1].start, toks[end - 1].end), None, "headline-cue", "speech")
        # "Ruiz Claims …" / "Bell Just Shared …": subject, adverbs, verb.
        for v in range(s0 + 1, min(qk, s0 + 8)):
            w = toks[v].text
            topic = w in {"On", "About"}  # "Ruiz On Why The Port Needs 'Fair Wages'"
            if not topic and (w.lower() in TITLE_SMALL_WORDS or w.lower() in QUESTION_WORDS):
                return None  # the subject ends here, and no verb came
            if w == QUOTE_TOKEN or not topic and not self._headline_verb(v, line):
                continue
            j = v
            while j > s0 + 1 and toks[j - 1].text.lower() in ADVERBS:
                j -= 1
            m = speaker_mention_of(toks, (s0, j), self.text)
            if m is None or m.kind not in {"name", "role", "org"}:
                continue
            k = v + 1
            while k < qk and toks[k].text.lower() in VERB_PARTICLES:
                k += 1
            stop = next((x for x in range(k, end) if toks[x].text in DASHES or toks[x].text in {";", ":"}), end)
            if stop - k < 2 or not k <= qk < stop:
                return None
            cue = None if topic else (toks[v].start, toks[v].end)
            return k, stop, Attribution(m, cue, None, "headline-cue", "speech")
        return None

    def headline_colon(self, s0: int, s1: int) -> tuple[int, int, Attribution] | None:
        """``Minister: budget cuts unavoidable`` (a headline with a colon)."""
        toks = self.outer
        for k in range(s0, min(s1, s0 + 7)):
            if toks[k].text == ":":
                short = s1 - k < (3 if any(toks[x].text == QUOTE_TOKEN for x in range(k + 1, s1)) else 4)
                if k == s0 or short:
                    return None  # (a quote counts for words: 'Bell: Vote "got very tense"')
                m = speaker_mention_of(toks, (s0, k), self.text)
                if m is None or m.kind == "pronoun" or toks[k - 1].text.lower() in lexicon.not_labels():
                    return None  # (nor a rubric: "Court transcript: the crane collapse")
                if k - s0 == 1 and m.kind in {"name", "org"} and self.text.count(toks[s0].text) < 2:
                    return None  # "Exclusive: …" is a rubric; a one-word speaker must recur in the story
                return k + 1, s1, Attribution(m, None, None, "headline", "speech")
        return None
