"""Reported-clause sieves: unquoted reported speech.

``clause-cue-after`` (Talks will resume, the official said.) and
``cue-clause`` (Smith said (that) talks will resume.).
"""

from __future__ import annotations

from bisect import bisect_left

from .. import lexicon
from ..cues import cue_at, source_phrase_at
from ..mentions import ADVERBS, DETERMINERS, Mention, PAIRED_DASHES, is_cap, is_word, np_after, subject_before
from ..sieves.base import Attribution, SieveBase
from ..syntax.clauses import _before_end_punct, _clause_end, _has_verb, _is_ly, _looks_like_clause, _passive_or_relative, _skip_adjuncts
from ..syntax.sources import _addressee, _bare_role, _is_doc, _quantity_of, _quantity_subject, _source_mode, _source_object, _speaker_mention, _subject_np, _unknown_description, _with_mention, _with_own_subject
from ..syntax.words import QUOTE_TOKEN, SUBORDINATORS, _AUX, _CLAUSE_BAD_START, _DASHES, _NOT_MODIFIERS, _PREPOSITIONS, _SUBJ_PRONOUNS, _TIME_WORDS


#: Words that open a non-restrictive modifier after a noun (", whose term …").
_NONRESTRICTIVE = frozenset("who whose which such including".split())


#: Words that may open a trailing clause after the attribution ("…, he said,
#: adding that …", "… the paper wrote while acknowledging …").
_TRAILING_CLAUSE = frozenset(",  while as before after adding noting citing according because when".split())


class ReportedSieves(SieveBase):
    """Reported-clause sieves: unquoted reported speech."""

    def clause_cue_after(self, s0: int, s1: int, allow_no_period: bool = False) -> tuple[int, int, Attribution] | None:
        """``CLAUSE, Smith said.`` -> (content start idx, content end idx, attribution)."""
        toks = self.outer
        if s1 - s0 > 3 and toks[s0].text == "(" and toks[s1 - 1].text == ")":
            s0, s1 = s0 + 1, s1 - 1  # "(The fans, it turns out, love it, Bell said.)"
        end = _before_end_punct(toks, s0, s1)
        if end == s1 and not allow_no_period and not (end > s0 and len(toks[end - 1].text) > 1 and toks[end - 1].text.endswith(".")):
            return None  # (an abbreviation ending the sentence, "Dover, Del.", holds its period)
        # The last comma that leaves a short attribution tail. A comma just
        # inside a closing mark counts ('… was "shameful," she said.').
        lo = max(s0, end - self.max_np - 10)
        for cm in range(end - 1, max(s0, end - self.max_np - 40) - 1, -1):
            if cm < lo:
                break
            if toks[cm].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[cm]):
                content_end = cm + 1
            elif toks[cm].text == ",":
                content_end = cm
            else:
                continue
            k = cm + 1
            if k < end and toks[k].text.lower() in {"citing", "quoting"} and any(
                cue_at(toks, x) is not None for x in range(cm - 1, max(s0, cm - self.max_np - 4), -1)
                if all(toks[y].text != "," for y in range(x, cm))
            ):
                # '"…," Smith said in June, citing X': the citation belongs to the
                # tag before it, which reports (see _outer_source).
                lo = max(s0, cm - self.max_np - 10)
                continue
            if k < end and source_phrase_at(toks, k) > 0:
                src = source_phrase_at(toks, k)
                m, after = _source_object(toks, src, end, self.text, self.max_np)
                # The source phrase closes the sentence; whatever follows its
                # noun modifies it ("a poll taken last week", "the agency, which …").
                if m and all(t.text != QUOTE_TOKEN for t in toks[after:end]):
                    return s0, content_end, Attribution(m, (toks[k].start, toks[src - 1].end), None, "according-to", _source_mode(m))
                return None
            for c in range(k, min(end, k + self.max_np + 2)):
                cue = cue_at(toks, c)
                if cue is None:
                    continue
                if toks[k].text.lower() in DETERMINERS and any(toks[x].text.lower() in {"who", "which", "that"} for x in range(k + 1, c)):
                    break  # ", a guild that has … praised X": a cue inside an appositive's relative clause
                if c + 1 < end and toks[c].text.lower() in lexicon.roles() and cue_at(toks, c + 1) is not None:
                    continue  # "…, census records show": a noun before the cue
                if cue.mode not in {m.value for m in self.config.modes}:
                    return None
                sub = toks[k : cue.i]
                m = None
                after = cue.j
                addr = None
                if sub:
                    rng = subject_before(sub, len(sub), self.text, self.max_np)
                    bare = _bare_role(sub, self.text) if allow_no_period else None
                    if bare is not None:
                        m = bare  # headline style: "…, prime minister tells allies"
                    elif rng is None or rng[0] != 0 and not (
                        rng[0] <= 3 and all(t.text.isalpha() and t.text.islower() and t.text not in _NOT_MODIFIERS for t in sub[: rng[0]])
                    ):
                        return None  # "new fundraising reports show": lower-case modifiers may precede the head
                    else:
                        m = _speaker_mention(sub, rng, self.text)
                    if "o" in cue.frames:
                        addr, after = _addressee(toks, after, end, self.text)
                elif "i" in cue.frames:
                    rng = np_after(toks, cue.j, self.max_np, end=end)
                    m = _speaker_mention(toks, rng, self.text)
                    if rng:
                        after = rng[1]
                m, extra = self.with_parse(cue.i, m)
                if m is not None and _unknown_description(m) and not extra:
                    m = None  # "…, the first sentence said": a description must be a known role
                if m is None:
                    return None
                rest = _skip_adjuncts(toks, after, end)
                if rest < end and toks[rest].text.lower() not in _TRAILING_CLAUSE:
                    return None
                if not allow_no_period and not _has_verb(toks, s0, content_end, self.text):
                    # Headlines are telegraphic ("No new money for the docks,
                    # minister tells unions"); running text needs a verb.
                    return None  # "On most days, …" / an appositive, not a clause
                return s0, content_end, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "clause-cue-after", cue.mode, extra)
            w = toks[k].text.lower() if k < end else ""
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

    def cue_clause(
        self, s0: int, s1: int, subject: Mention | None = None, main_start: int | None = None
    ) -> tuple[int, int, Attribution] | None:
        """``Smith said (that) CLAUSE.`` -> (content start idx, content end idx, attribution).

        *subject*: the subject of a cue that opens the span (the antecedent of
        a relative clause just read: "X, who said A, recounted B").
        *main_start*: where the sentence starts when the span is its tail (a
        participle's subject is the main clause's: "X endorsed Y at Z, the
        party office, calling him …")."""
        toks = self.outer
        end = _before_end_punct(toks, s0, s1)
        modes = self._modes
        for c in self._words("verb", s0, end):
            cue = cue_at(toks, c)
            if cue is None or not ("c" in cue.frames or "t" in cue.frames or "n" in cue.frames) or cue.mode not in modes:
                continue
            gap = False  # the subject follows a relative pronoun: "a trend that the board predicts will last"
            if cue.tense == "base" and c > s0 and toks[c - 1].text.lower() == "to":
                continue
            if self._names_in_apposition(c, cue.j, end):
                continue  # 'Bell, at a firm called Acme Partners, argues …': a naming inside an appositive
            that_next = self._that_follows(cue, end)
            if subject is not None and c == s0 and (cue.tense != "ing" or subject.kind != "relative"):
                m = subject
            elif cue.tense == "ing":
                # "…, saying (that) CLAUSE", "by warning that CLAUSE": the
                # subject of the main clause.
                sub = toks[max(s0, c - 12) : c]
                rng = subject_before(sub, len(sub), self.text, self.max_np) if sub else None
                if rng is not None and rng[1] - rng[0] > 1 and sub[rng[0]].text == "With":
                    rng = (rng[0] + 1, rng[1])  # sentence-initial "With analysts saying"
                    with_before = True
                else:
                    with_before = rng is not None and (rng[0] > 0 and sub[rng[0] - 1].text.lower() == "with" and all(
                        t.text.lower() in ADVERBS or _is_ly(t.text) for t in sub[rng[1] :]
                    ) or _with_own_subject(sub, rng))  # only adverbs between "with X" and the participle
                if with_before and rng is not None:
                    # "with analysts saying CLAUSE": the participle has its own subject.
                    m = _with_mention(sub, rng, self.text) or _quantity_subject(sub, 0, len(sub), self.text)
                    if m is None or _unknown_description(m) and not m.plural:
                        continue
                elif not (
                    c > s0 and (toks[c - 1].text in {",", "of", "by"} or toks[c - 1].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[c - 1])
                                or _is_doc(toks[c - 1].text.lower())
                                and any(t.text.lower() in {"a", "an", "the", "his", "her", "its", "their"} for t in toks[max(s0, c - 4) : c - 1]))
                ) and not that_next:
                    continue  # a participle after a comma ('"Harbour Lights," remarking …'), "by warning …", "made a habit of saying …", or a document ('a statement saying …')
                else:
                    m = self.main_subject(s0 if main_start is None else main_start, c)
            else:
                # The subject: the NP right before the cue; subject_before skips
                # an appositive or relative clause ("Ruiz, who says …, said").
                k0 = max(s0, c - 40)
                sub = toks[k0:c]
                if not sub or _passive_or_relative(toks, k0, c):
                    continue
                rng, elided = _subject_np(sub, self.text, self.max_np)
                m = _speaker_mention(sub, rng, self.text) or self._conjoined_description(sub, rng)
                if rng is not None and rng[0] > 0 and (
                    sub[rng[0] - 1].text == "With"  # "With a vote for X ruled out, …": an absolute phrase
                    or cue.tense in {"3sg", "base"} and cue.j < end and toks[cue.j].text == ","
                    and sub[rng[0] - 1].text.lower() in {"after", "before", "since", "following", "despite"}
                ):
                    continue  # "After the Dover attacks, …": a noun, not a cue
                gap = rng is not None and rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"which", "that", "who", "whom"}
                if gap and not (cue.j < end and toks[cue.j].text.lower() in _AUX and toks[cue.j].text.lower() not in {"'s", "'re", "'ve", "'ll", "'d"}):
                    continue  # "the rules, which officials said …" (but "a trend that the board predicts will last": the rest is content)
                if elided:
                    m = self.conjoined_subject(s0, c, fallback=False)
                if m is not None and _unknown_description(m):
                    m = None  # a description must be a known role to open reported speech
                if m is None and rng is None:
                    m = self._appositive_subject(s0, c)  # "Bell, a dock worker who …, said"
                if (rng is None or rng[0] > 0 and sub[rng[0] - 1].text.lower() in {"of", "in", "from", "across"}) and cue.mode in {"speech", "thought"}:
                    m = _quantity_of(toks, k0, c, self.text) or m  # "half of the dock workers on each shift say"
                if m is None and cue.mode in {"speech", "thought"}:
                    m = _quantity_subject(toks, k0, c, self.text)
                a = c - 1
                while a > s0 + 1 and toks[a].text.lower() in {"also", "then", "later", "again"}:
                    a -= 1  # "… but also decided to …"
                if m is None and a > s0 and toks[a].text.lower() in ({"and", "but"} if a < c - 1 else {"and"}):
                    # "X denounced A and said (that) B": the subject of the
                    # earlier cue; else, without "that", the subject of the
                    # first conjunct if it is a name or a known role.
                    m = self.conjoined_subject(s0, a + 1, fallback=False)
                    if m is None and not that_next:
                        m = self.main_subject(s0, c)
                        if m is not None and _unknown_description(m):
                            m = None
                if m is None and that_next:
                    m = self.main_subject(s0, c)
            # "Hale, who noted CLAUSE": the relative pronoun right before the
            # cue is its subject, whatever subject_before found further left.
            rel = self.relative_subject(s0, c) if m is not None and m.kind != "relative" else None
            if rel is not None:
                m = rel
            m, extra = self.with_parse(c, m)
            if m is None:
                m = self.relative_subject(s0, c)
            if m is None:
                continue
            k = cue.j
            addr = None
            if "o" in cue.frames:
                addr, k = _addressee(toks, k, end, self.text)
                if addr is None and not ("c" in cue.frames and "q" in cue.frames):
                    continue
            k = _skip_adjuncts(toks, k, end)
            if k < end and (
                toks[k].text.lower() in _PREPOSITIONS or is_cap(toks[k].text) or toks[k].text.lower() in _TIME_WORDS
                or k > cue.j and addr is None and toks[k].text.lower() in DETERMINERS and toks[k - 1].text.lower() in _PREPOSITIONS
            ):
                # "said in an interview with the Daily Post last week that …": the
                # rest of a long adjunct before "that".
                for x in range(k + 1, min(end, k + 12)):
                    lx = toks[x].text.lower()
                    if lx == "that":
                        k = x
                        break
                    if not is_word(toks[x].text) or lx in _AUX or (lx in lexicon.cue_verbs() and not is_cap(toks[x].text)):
                        break
            if k < end and toks[k].text == ",":
                if m.kind == "relative":
                    continue  # "X, a pollster who advises the group, said …": the relative clause ends
                if toks[s0].text.lower() in SUBORDINATORS and cue.tense != "ing" and all(
                    toks[x].text != "," for x in range(s0, c)
                ):
                    continue  # "When she stepped off the ferry, she …": the opening clause ends
                k += 1
                if k < end and toks[k].text.islower() and toks[k].text.endswith("ing") and source_phrase_at(toks, k) > 0:
                    continue  # "Smith said in June, citing the data": an adjunct of the cue, no content
            if k < end and toks[k].text == QUOTE_TOKEN:
                return None  # a direct quote follows: the direct sieves handle it
            has_fragment = any(toks[x].text == QUOTE_TOKEN and not self._attributive(x, end) for x in range(k, end))
            infinitive = (
                k + 2 < end
                and toks[k].text.lower() == "to"
                and (cue.mode in {"thought", "evidence"} or "t" in cue.frames or "o" in cue.frames and addr is not None)
            )
            if (
                "n" in cue.frames and not infinitive and k + 1 < end and toks[k].text != QUOTE_TOKEN
                and toks[k].text.lower() not in _CLAUSE_BAD_START and toks[c - 1].text.lower() not in {"who", "which", "that"}
            ):
                # "Ruiz criticized the new budget": the evaluated object is the content.
                rng = np_after(toks, k, 20, end=end)
                if rng is not None and rng[1] - rng[0] >= 1 and (rng[1] - rng[0] >= 2 or is_cap(toks[rng[0]].text)):
                    stop = self._object_end(rng[1], end)
                    stop = _clause_end(toks, k, stop)
                    return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-clause", cue.mode, extra + ("object-content",))
            if "c" not in cue.frames and not infinitive:
                continue  # "declined the offer": only an infinitive is reported
            # "Polls show Ruiz leading": a document's evidence may be a small
            # clause or a noun phrase (PARC/PolNeAR annotate both as content).
            evidence_np = cue.mode == "evidence" and end - k >= 3 and m.kind == "org" and _is_doc(m.head)
            if not (_looks_like_clause(toks, k, end) or has_fragment and end - k >= 2 or infinitive or evidence_np):
                continue
            stop = self._new_report(k, _clause_end(toks, k, end))
            if toks[s0].text.lower() in SUBORDINATORS and toks[k - 1].text != "," and all(toks[x].text != "," for x in range(s0, c)):
                stop = self._subordinate_end(k, stop)
            if m.kind == "relative" or gap or toks[s0].text == "With" and cue.tense == "ing":
                # "X, who said A, recounted B" / "With X saying A, B": the subordinate
                # clause ends at its comma, or at a comma inside the closing mark
                # ('X, who called it "a gift," voted …'), or at the dash that
                # closes a relative clause opened by one ('X - who said A - told').
                r = bisect_left(self.starts, m.start) if m.kind == "relative" else -1
                dashed = r > 0 and toks[r - 1].text in PAIRED_DASHES
                stop = next(
                    (x + (toks[x].text == QUOTE_TOKEN) for x in range(k + 1, stop)
                     if toks[x].text == "," or toks[x].text == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])
                     or dashed and (toks[x].text in _DASHES or toks[x].text == "-" and not toks[x - 1].end == toks[x].start)),
                    stop,
                )
            return k, stop, Attribution(m, (toks[cue.i].start, toks[cue.j - 1].end), addr, "cue-clause", cue.mode, extra)
        return None

    def _subordinate_end(self, k: int, stop: int) -> int:
        """'Although X says A, he B': a report inside an opening subordinate
        clause ends where the main clause (a subject and a finite verb after a
        comma) begins."""
        toks = self.outer
        for x in range(k + 1, stop - 1):
            w = toks[x].text
            if not (w == "," or w == QUOTE_TOKEN and self._quote_ends_with_comma(toks[x])):
                continue
            y = x + 1
            ly = toks[y].text.lower()
            if ly in {"and", "or"}:
                continue  # a list inside the report
            if not (ly in _SUBJ_PRONOUNS or ly in DETERMINERS or is_cap(toks[y].text)):
                return stop  # '… that, in the end, …': an inserted phrase; leave the clause alone
            rng = np_after(toks, y, 6, end=stop)
            if rng is not None and self._verb_at(rng[1], stop) >= 0:
                return x + (w == QUOTE_TOKEN)
            return stop
        return stop

    def _object_end(self, j: int, end: int) -> int:
        """Where the evaluated object that ends at *j* ends with its modifiers:
        at a comma, semicolon, dash or auxiliary ('criticized the plan, which
        …'); a non-restrictive modifier between commas ('praised Bell, whose
        term ends in May, for …') is skipped when the object runs on after it."""
        toks = self.outer
        x = j
        for _ in range(2):
            stop = next((y for y in range(x, end) if toks[y].text in {",", ";"} or toks[y].text in _DASHES or self._spaced_dash(y)
                         or toks[y].text.lower() in _AUX and y > j), end)
            if not (stop + 1 < end and toks[stop].text == "," and toks[stop + 1].text.lower() in _NONRESTRICTIVE):
                return stop
            close = next((y for y in range(stop + 2, end) if toks[y].text in {",", ";"} or toks[y].text in _DASHES), end)
            if close + 1 >= end or toks[close].text != "," or toks[close + 1].text.lower() not in _PREPOSITIONS:
                return stop
            x = close + 1
        return stop

    def _names_in_apposition(self, c: int, k: int, end: int) -> bool:
        """Is the cue at *c* a participle after a common noun, followed by a
        capitalized name, a comma and a reporting verb ('… a firm called Acme
        Partners, argues that …')? Then it names something inside an
        appositive, and the verb after the comma is the report."""
        toks = self.outer
        prev = toks[c - 1].text if c > 0 else ""
        if not (toks[c].text.islower() and prev.isalpha() and prev.islower()) or prev in _SUBJ_PRONOUNS or any(
            t.text.lower() in {"who", "which", "that"} for t in toks[max(0, c - 4) : c]
        ):
            return False
        x = k
        while x < end and x < k + 6 and is_cap(toks[x].text):
            x += 1
        if x == k or x + 1 >= end or toks[x].text != ",":
            return False
        cue = cue_at(toks, x + 1)
        return cue is not None and cue.tense in {"past", "3sg"}

    def _spaced_dash(self, x: int) -> bool:
        """A hyphen used as a dash: "--" or " - " ("the ferry crews -- but she said")."""
        t = self.outer[x]
        if t.text != "-":
            return False
        if x + 1 < len(self.outer) and self.outer[x + 1].text == "-" and self.outer[x + 1].start == t.end:
            return True
        return 0 < t.start and t.end < len(self.text) and self.text[t.start - 1] == " " and self.text[t.end] == " "

    def _new_report(self, k: int, stop: int) -> int:
        """End a clause where ', and he noted …' / '"…," but she added …' starts a new report."""
        toks = self.outer
        for x in range(k + 2, stop - 2):
            if toks[x].text.lower() not in {"and", "but"}:
                continue
            p = toks[x - 1]
            if not (p.text == "," or p.text == QUOTE_TOKEN and self._quote_ends_with_comma(p)):
                continue
            rng = np_after(toks, x + 1, 4, end=stop)
            if rng is None:
                continue
            y = rng[1]
            while y < stop and (toks[y].text.lower() in ADVERBS or _is_ly(toks[y].text)):
                y += 1
            cue = cue_at(toks, y) if y < stop else None
            if cue is not None and cue.tense in {"past", "3sg"} and _speaker_mention(toks, rng, self.text) is not None:
                return x - 1 if p.text == "," else x
        return stop
