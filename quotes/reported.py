"""Stage 4b, reported speech: unquoted reported clauses ("X said that A").

Takes the :class:`~quotes.roles.SpanRoles`, the :class:`~quotes.stream.Stream`,
the :class:`~quotes.sieves.attributor.Attributor` and the items of the direct-quote
stage. :class:`ReportedClauses` holds the per-document state: it reads every
sentence for reported clauses and turns each into an indirect item, or a
mixed one when embedded fragments or a closing direct quote lie inside it.
The fragment stage (:mod:`quotes.fragments`) continues on the same state;
:meth:`ReportedClauses.result` hands on all the items (unsorted; the direct
quotes that became the verbatim end of a clause left out). The content spans
follow the PolNeAR/PARC convention: the content of a report is the whole
reported clause, verbatim fragments included.
"""

from __future__ import annotations

import functools
from bisect import bisect_left

import regex

from . import lexicon
from .config import Config
from .items import Item, mode_of, trim_range
from .model import QuoteKind
from .objects import apposed_subject, named_object, phrase_naming_only
from .roles import NO_TAG_START, SpanRoles
from .segment import Segmentation
from .sieves.attributor import Attributor
from .sieves.base import Attribution
from .sieves.interview import labelled_turn
from .sieves.registry import REGISTRY
from .spans import QuotedSpan
from .stream import Stream
from .syntax.clauses import has_verb, looks_like_clause
from .syntax.glosses import fronted_naming_end
from .syntax.cues import cue_at
from .syntax.boundaries import COMMA_OR_DASH, subject_before
from .syntax.phrases import Mention, Tok, is_word
from .syntax.words import QUOTE_TOKEN, SUBORDINATORS
from .syntax.sources import unknown_description

__all__ = ["Found", "ReportedClauses", "headline_paragraphs"]

#: Words that open a clause before its subject ("but", "while", "which"): a
#: noun phrase extended leftwards stops at them.
_NP_STOPS = frozenset("and but or nor yet so while when as because if though although that which who whom whose where".split())
#: Words and marks after which a new clause, with its own subject, starts
#: ("While X says A, Y said B", "hours after Y said B", "in which Y called B").
_CLAUSE_OPENERS = frozenset(
    ", \u2014 \u2013 -- ; after although before once since though until when where whereas which while who whom".split()
)
#: The words that lead into a direct quote at the end of a reported clause
#: (", and asking,", " because", ": "), left out when the clause stops there.
#: Matched in reverse (``(?r)``) from the end of the string: the one attempt
#: starts at the end and reads each mark or word once, so a long run of
#: spaces or commas costs linear time (a forward ``(...)*$`` retried from every
#: position of the run, quadratic). The pieces parse a tail in one way only,
#: so the greedy reverse match is the longest tail, as the forward one was.
_CLAUSE_TAIL = regex.compile(
    r"""(?r)                 # reverse: one attempt, anchored at the end
    (?:[\s,;:\u2014\u2013-]  # a space, comma, colon, semicolon or dash
    |\b(?:and|but|because|as|adding|saying|asking|noting|writing|while)\b  # a linking word
    )*\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
_LETTER_RUN = regex.compile(r"\p{L}{2,}")

#: Reporting verbs that also name: with a naming complement they report nothing.
NAMING_CUES = frozenset(
    "call calls called calling dub dubs dubbed dubbing known label labels labeled labelled nickname nicknamed "
    "brand brands branded".split()
)
#: Verbs that name only through "as" ('Locals know the crossroads as "the Gallows"').
NAMING_AS_CUES = frozenset(("know", "knows", "knew", "knowing", "refer to", "refers to", "referred to", "referring to"))

#: "as" (maybe "as the") right before a quotation mark: the naming complement of "know ... as".
_AS_BEFORE = regex.compile(r"\bas(?:\s+the)?\s*\Z", regex.IGNORECASE)

Found = tuple[int, int, Attribution]  # a reported clause: its token range [c0, c1) and its attribution


#: Words that open an adverbial between a cue and its quote ('told me once, in
#: the car park, "…"', 'said later, at the hearing, "…"'), not a clause.
_ADVERBIAL_OPENERS = frozenset("once later again then twice afterwards recently yesterday today tonight earlier last on in at during after before over".split())
#: Spans no cue quotes: titles of works and labels (a sign's words); names and
#: terms may be someone's words ('called Clinton the "Devil"' is a mixed quote).
_NOT_QUOTED = frozenset({"non-speech-title", "non-speech-label"})
#: Reasons of a span that names or terms the object before it ("describe the pattern as "..."").
_TERMS = frozenset({"non-speech-name", "non-speech-term"})


class ReportedClauses:
    """The per-document state of the reported-speech stage, and its steps."""

    def __init__(
        self, text: str, config: Config, roles: SpanRoles, stream: Stream, att: Attributor, items: list[Item], *, news_like: bool
    ) -> None:
        self.text = text
        self.config = config
        self.seg = seg = roles.seg
        self.top = top = roles.top
        self.outer = stream.outer
        self.qidx = stream.qidx
        self.starts = stream.starts
        self.sent_bounds = stream.sent_bounds
        self.att = att
        self.items = list(items)
        self.news_like = news_like
        position = roles.position
        #: Direct quotes' mark-to-mark spans (sorted, disjoint), and their starts.
        self.taken = [(q.open_start, q.close_end if q.close_end >= 0 else q.end) for qi, q in enumerate(top) if position[qi] == "direct"]
        self.taken_starts = [t[0] for t in self.taken]
        self.emb_by_sent = _by_sentence(seg, top, roles.embedded)
        self.loose_by_sent = _by_sentence(seg, top, roles.loose)
        self.used_fragments: set[int] = set()
        self.headline_zone = headline_paragraphs(text, seg)
        self.direct_at = {q.open_start: qi for qi, q in enumerate(top) if position[qi] == "direct"}
        self.absorbed_starts: set[int] = set()  # direct quotes that became the end of a mixed clause
        self.embedded = roles.embedded
        self.loose = roles.loose
        self.titles = roles.titles
        #: Spans a naming verb names ('Fishermen call the reef "the Teeth"'), by sentence.
        self.named_by_sent = _by_sentence(seg, top, [qi for qi, r in enumerate(roles.reason) if r == "non-speech-name"])
        self.termed_by_sent = _by_sentence(seg, top, [qi for qi, r in enumerate(roles.reason) if r == "non-speech-term"])  # (and terms)
        #: The token of every non-speech span (a title, a name, a term).
        self.non_speech_toks = frozenset(stream.qidx[qi] for qi, p in enumerate(position) if p == "non-speech")
        att.not_quoted_toks = frozenset(stream.qidx[qi] for qi, r in enumerate(roles.reason) if r in _NOT_QUOTED)  # (before any reading)
        att.term_toks = frozenset(stream.qidx[qi] for qi, r in enumerate(roles.reason) if r in _TERMS)
        att.news_like = news_like  # (the news-only subject rules of the sieves)
        self.sentence_spans: dict[int, tuple[int, int] | None] = {}  # cache of _fragment_sentence
        #: The entry points of the sentence stage, in the registry's order: an
        #: Attributor method, or a sieve added from outside (a function of the
        #: Attributor and the sentence's token range).
        self.chain = tuple(
            getattr(att, e) if isinstance(e, str) else functools.partial(e, att)
            for e in REGISTRY.entries("sentence", config.disabled_sieves)
        )

    # -- reported clauses, sentence by sentence ------------------------------
    def read_sentences(self) -> None:
        """Find the reported clauses of every sentence (when indirect quotes or fragments are wanted)."""
        if self.config.indirect or self.embedded:
            for si, (s0, s1) in enumerate(self.sent_bounds):
                self.read_sentence(si, s0, s1)

    def result(self) -> list[Item]:
        """The items found, without the direct quotes that became the end of a mixed clause."""
        items = self.items
        if self.absorbed_starts:
            items = [it for it in items if not (it.kind is QuoteKind.DIRECT and it.start in self.absorbed_starts)]
        return items

    def read_sentence(self, si: int, s0: int, s1: int) -> None:
        """Find the reported clauses of sentence *si* (tokens [s0, s1)) and add them."""
        att = self.att
        if s1 - s0 < 4:
            return
        if not (att._words("any", s0, s1) or si in self.emb_by_sent or si in self.loose_by_sent) and not any(
            self.outer[k].text == ":" for k in range(s0, s1)
        ):
            # No cue verb or noun, no source phrase, no quoted fragment, no
            # colon: no sieve can find a report here (most sentences of a
            # story), so none is asked.
            return
        found, rule_extra = self._headline_report(si, s0, s1)
        if found is None:
            found = self._sentence_sieves(s0, s1)
        # A sentence can report twice ("X insisted A, but Y said B").
        pending = [found] if found is not None else []
        while pending and pending[-1][1] + 2 < s1 and len(pending) < 4:
            last = pending[-1][1]
            more = self._next_report(pending[-1], s0, s1)
            if more is None or more[0] <= last:
                break
            pending.append(more)
        # "… after Ruiz's claim that …": nominal cues outside the clauses found.
        if self.news_like:  # a news convention; fiction's outputs stay as they were
            pending += [n for n in att.nominal_cues(s0, s1) if all(n[1] <= f[0] or f[1] <= n[0] for f in pending)]
        for found in pending:
            self.add(found, si, rule_extra)
        if pending:
            self._impersonal_subject(pending[0], si, s0)
            self._parenthetical_lead(pending[0], si, s0)

    def _sentence_sieves(self, s0: int, s1: int) -> Found | None:
        """The first report the ``sentence`` stage's sieves find, in registry order."""
        for sieve in self.chain:
            found = sieve(s0, s1)
            if found is not None:
                return inner_source(self.att, self.config, found) or found
        return None

    def _headline_report(self, si: int, s0: int, s1: int) -> tuple[Found | None, tuple[str, ...]]:
        """A headline's claim ('Mayor: budget "unfair"'), with the extra evidence it carries."""
        att, seg, top = self.att, self.seg, self.top
        in_head = seg.sentence_paragraph[si] in self.headline_zone
        found = None
        rule_extra: tuple[str, ...] = ()
        if in_head:
            found = att.headline_colon(s0, s1) or att.clause_cue_after(s0, s1, allow_no_period=True)
            if found and found[2].rule != "headline":
                rule_extra = ("headline",)
        taken_starts = self.taken_starts
        if found is None and _headline_like(self.text, seg, si) and (
            si in self.emb_by_sent or si in self.loose_by_sent
            or bisect_left(taken_starts, seg.sentences[si].end) > bisect_left(taken_starts, seg.sentences[si].start)
        ):
            # 'Mayor: budget "unfair".' as a headline line anywhere (even
            # with a final period): the colon introduces a mixed quote,
            # and even a one-word fragment in it is the speaker's word.
            found = att.headline_colon(s0, s1) or att.headline_cue(s0, s1)
            if found is not None:
                rule_extra = ("headline-fragment",)
            if found is not None and si in self.loose_by_sent:
                self.emb_by_sent[si] = sorted(self.emb_by_sent.get(si, []) + self.loose_by_sent[si])
                if self.config.keep_non_speech:
                    kept = {(top[qi].start, top[qi].end) for qi in self.loose_by_sent[si]}
                    self.items[:] = [it for it in self.items if "non-speech-kept" not in it.evidence or (it.start, it.end) not in kept]
        return found, rule_extra

    def _next_report(self, prev: Found, s0: int, s1: int) -> Found | None:
        """A second report after the clause *prev* in the same sentence, or None."""
        att, outer = self.att, self.outer
        last = prev[1]
        prev_m = prev[2].mention
        # The first report's subject: through a relative pronoun, its
        # antecedent ("X, who said A, …"); else the mention itself.
        ante = prev_m.antecedent if prev_m is not None and prev_m.kind == "relative" else None
        shared = prev_m if prev_m is not None and prev_m.kind != "relative" else None
        more = None
        if ante is not None and outer[last].text == "," and cue_at(outer, last + 1) is not None:
            # "X, who voiced A, told Y B": the verb right after the relative
            # clause is the main one, before any cue inside its content.
            more = att.cue_clause(last + 1, s1, subject=ante)
        if (more is None and shared is not None and outer[last].text == "," and last + 2 < s1 and outer[last + 1].text.lower() in {"and", "but"}
                and (nc := cue_at(outer, last + 2)) is not None and nc.i == last + 2):
            more = self._shared_subject_report(prev, shared, s1)  # "X declined to say when the company ..., but said B": X's
        if more is None:
            more = att.cue_clause(last + 1, s1, main_start=s0)
        if more is None and ante is not None:
            # "X, who said A, recounted B": the main verb's subject is the antecedent.
            more = att.cue_clause(last + (outer[last].text in COMMA_OR_DASH), s1, subject=ante)
        if more is None and shared is not None:
            more = self._shared_subject_report(prev, shared, s1)
        if (
            more is None and shared is not None and last + 1 < s1 and outer[last].text == ","
            and (pc := cue_at(outer, last + 1)) is not None and pc.tense == "ing"
        ):
            # "X said A, adding that B": the participle shares the first report's speaker.
            more = att.cue_clause(last + 1, s1, subject=shared)
        return more

    def _shared_subject_report(self, prev: Found, shared: Mention, s1: int) -> Found | None:
        """'X called Y "a clown," and said B': the second cue shares the first's subject."""
        att, outer = self.att, self.outer
        k = prev[1]
        while k < s1 and outer[k].text == ",":
            k += 1
        if k + 1 < s1 and outer[k].text.lower() in {"and", "but"}:
            subj: Mention | None = shared
            sub_at = [x for x in range(prev[0], k) if outer[x].text.lower() in SUBORDINATORS]
            if sub_at and outer[prev[1]].text != ",":
                # 'X called Y "…" after she attacked Z and blamed …': the
                # subordinate clause's own subject is the nearer one (not
                # after a comma: ', but said' goes back to the main clause).
                subj = att.mention_after(sub_at[-1] + 1, k)
                subj = shared if subj is not None and unknown_description(subj) else subj  # "while gusts were high and warned": not gusts
            if subj is not None:
                return att.cue_clause(k + 1, s1, subject=subj)
        return None

    def _impersonal_subject(self, first: Found, si: int, s0: int) -> None:
        """"Tolls seem to have fallen": the subject is a piece of the content
        too (PolNeAR splits such content around the cue)."""
        text, outer, att = self.text, self.outer, self.att
        if not (
            first[2].rule == "impersonal-cue" and first[2].cue is not None and "passive-audience" not in first[2].extra
            and text[first[2].cue[0] : first[2].cue[1]].lower() not in lexicon.cue_phrases().get("evidential", ())
        ):
            return
        _, _, a = first
        ci = bisect_left(self.starts, a.cue[0])
        rng = subject_before(outer[s0:ci], ci - s0, text, att.max_np) if ci > s0 else None
        if rng is not None and outer[s0 + rng[1] - 1].text.lower() not in lexicon.pronouns():
            j = s0 + rng[0]
            while j > s0 and j > ci - 16 and is_word(outer[j - 1].text) and outer[j - 1].text.lower() not in _NP_STOPS:
                j -= 1  # "tolls on the old road": the whole noun phrase
            self.add((j, s0 + rng[1], a), si, ())

    def _parenthetical_lead(self, first: Found, si: int, s0: int) -> None:
        """"The plan, she said, is to wait": the words before the
        parenthetical attribution are reported too, as a piece of their own."""
        outer = self.outer
        if not (first[2].rule == "cue-clause" and first[2].mention is not None):
            return
        c0, _, a = first
        mi = bisect_left(self.starts, a.mention.start)
        if (
            s0 + 1 < mi < c0
            and a.mention.kind != "relative"
            and outer[mi - 1].text == ","
            and outer[c0 - 1].text == ","
            and all(outer[x].text not in COMMA_OR_DASH for x in range(mi, c0 - 1))
        ):
            self.add((s0, mi - 1, a), si, ("parenthetical-cue",))

    # -- one reported clause -> one item ------------------------------------
    def add(self, found: Found, si: int, rule_extra: tuple[str, ...]) -> None:
        """Turn one reported clause into an indirect or mixed item."""
        c0, c1, a = found
        if self._names_only(c0, c1, a, si) or phrase_naming_only(self, c0, c1) or named_object(self, c0, c1, a):
            return
        c0 = fronted_naming_end(self.outer, c0, c1, self.att.term_toks)  # ('Known as "pick rates", the targets …': the writer's)
        firsts = [self.qidx[qi] for qi in self.emb_by_sent.get(si, ()) if c0 < self.qidx[qi] < c1]
        if firsts and a.rule == "cue-clause":
            c0, c1, a, firsts = self._split_at_nominal(c0, c1, a, firsts, si, rule_extra)
        if firsts and a.rule == "cue-clause":
            c0, c1, a = self._split_at_inner_cue(c0, c1, a, firsts, si, rule_extra)
        self._add_clause(c0, c1, a, si, rule_extra)

    def _names_only(self, c0: int, c1: int, a: Attribution, si: int) -> bool:
        """A naming verb whose complement is a name ('Staff called it "the ladder"',
        'what forecasters call a "sting jet"'): a naming, not a report."""
        cue = self.text[a.cue[0] : a.cue[1]].lower() if a.cue is not None else ""
        if cue in NAMING_AS_CUES:
            # 'know the pub as "the Anchor"', not 'know that ... the name "X"'
            return any(c0 <= self.qidx[qi] < c1 and _AS_BEFORE.search(self.text, max(0, self.top[qi].open_start - 12), self.top[qi].open_start)
                       for qi in self.named_by_sent.get(si, ()))
        if cue not in NAMING_CUES:
            return False
        q = self.qidx  # (a term only when none of the speaker's words are in it: 'called the so-called "premium" line "expensive water"')
        return _within(q, self.named_by_sent.get(si, ()), c0, c1) or _within(q, self.termed_by_sent.get(si, ()), c0, c1) and not _within(q, self.emb_by_sent.get(si, ()), c0, c1)

    def _split_at_nominal(
        self, c0: int, c1: int, a: Attribution, firsts: list[int], si: int, rule_extra: tuple[str, ...]
    ) -> tuple[int, int, Attribution, list[int]]:
        """'Bell faulted the board over Ruiz's claim that "…"': a nominal
        cue nearer the fragment reports it; the words before it stay
        the outer clause's (the object right after the verb stays
        the verb's content, as PolNeAR annotates it)."""
        att, starts, outer = self.att, self.starts, self.outer
        nominal = att.nominal_cue(c0, self.sent_bounds[si][1], min(firsts))
        n0 = min(nominal[0], bisect_left(starts, nominal[2].mention.start)) if nominal is not None and nominal[2].mention else c0
        if nominal is not None and n0 - c0 >= 3 and a.cue is not None and a.cue[1] <= outer[n0].start:
            self.add((c0, n0, a), si, rule_extra)
            c0, c1, a = nominal
            firsts = []
        return c0, c1, a, firsts

    def _split_at_inner_cue(
        self, c0: int, c1: int, a: Attribution, firsts: list[int], si: int, rule_extra: tuple[str, ...]
    ) -> Found:
        """'While X says A, Y said B "…"': the cue nearest before the first
        fragment, inside the clause, is the one that reports the fragment;
        A keeps its own clause."""
        att, starts, outer = self.att, self.starts, self.outer
        inner = att.cue_before_fragment(c0, min(firsts), self.sent_bounds[si][1])
        m_idx = bisect_left(starts, inner[2].mention.start) if inner is not None and inner[2].mention is not None else -1
        b = next((x for x in range(max(0, c0 - 1), m_idx) if outer[x].text.lower() in _CLAUSE_OPENERS
                  or outer[x].text.lower() in {"and", "but"} and x > 0 and x + 1 == m_idx
                  and (outer[x - 1].text == "," or outer[x - 1].text == QUOTE_TOKEN and att._quote_ends_with_comma(outer[x - 1]))), -1)
        if (
            inner is not None
            and b >= 0
            and (inner[2].mode in {"speech", "writing"} or outer[b].text.lower() in SUBORDINATORS and a.mode not in {"speech", "writing"})
            and outer[m_idx - 1].text.lower() != "what"  # 'on what she called "…"' names, the clause stays
            and a.cue is not None and not (self.config.nested_source == "outer" and apposed_subject(outer, self.text, c0, b, m_idx))
            and a.cue[1] <= outer[b].start
        ):
            b0 = b
            while b0 - 1 > c0 and outer[b0 - 1].text.lower() in {"even", "just", "only"}:
                b0 -= 1  # "… on the pier even though she saw …"
            if b0 - c0 >= 3 and not apposed_subject(outer, self.text, c0, b, m_idx):  # (no report of the inner subject alone)
                self.add((c0, b0, a), si, rule_extra)
            c0, c1, a = inner
        return c0, c1, a

    def _add_clause(self, c0: int, c1: int, a: Attribution, si: int, rule_extra: tuple[str, ...]) -> None:
        """Add the clause [c0, c1) with its fragments and absorbed quotes as one item."""
        text, top, config = self.text, self.top, self.config
        cs = self.outer[c0].start
        ce = self.outer[c1 - 1].end
        cs, ce = trim_range(text, cs, ce)
        if ce <= cs:
            return
        # Never overlap a direct quote: a clause that contains one is not indirect.
        absorbed: list[int] = []
        t = direct_overlapping(self.taken, self.taken_starts, cs, ce)
        if t >= 0:
            cleared = self._clear_of_direct(t, c0, c1, a, cs, ce, rule_extra)
            if cleared is None:
                return
            absorbed, ce = cleared
        frags = [(top[qi].start, top[qi].end) for qi in absorbed]
        for qi in self.emb_by_sent.get(si, ()):
            fq = top[qi]
            if cs <= fq.open_start and fq.end <= ce:
                frags.append((fq.start, fq.end))
                self.used_fragments.add(qi)
        if frags:
            ce = _cut_after_fragment(text, ce, frags, top, self.emb_by_sent.get(si, ()))
        kind = QuoteKind.MIXED if frags else QuoteKind.INDIRECT
        if kind is QuoteKind.INDIRECT and not config.indirect:
            return
        if mode_of(a.mode) not in config.modes and not (kind is QuoteKind.MIXED and a.mode == "intention"):
            return  # (an intention holding someone's words in marks is a quote all the same: 'plans to "reform the system"')
        if absorbed:
            # The quote is the end of the reported clause: one mixed quote, not a direct one.
            self.absorbed_starts.update(top[qi].start for qi in absorbed)
            if "headline-fragment" not in rule_extra:
                rule_extra = rule_extra + ("quote-ends-clause",)
        ev = ("reported-clause",) + rule_extra
        self.items.append(Item(cs, ce, kind, a, ev, tuple(sorted(frags)), (), None, self.seg.sentence_paragraph[si], si, False))

    def _clear_of_direct(
        self, t: int, c0: int, c1: int, a: Attribution, cs: int, ce: int, rule_extra: tuple[str, ...]
    ) -> tuple[list[int], int] | None:
        """A clause [cs, ce) that overlaps the direct quote ``taken[t]``: the
        quotes it absorbs as its verbatim end and its end, or None to drop it."""
        absorbed = self._closing_quote(t, c0, c1, a, cs, ce)
        if not absorbed and "headline-fragment" in rule_extra:
            absorbed = self._headline_quotes(cs, ce)
        if not absorbed:
            taken = self.taken  # ('X said A, and asked, "…?"': the clause ends where a direct quote of its sentence begins)
            first = bisect_left(self.taken_starts, cs)
            if not self.news_like or first >= len(taken) or taken[first][0] <= cs:
                return None  # (fiction quotes its dialogue whole, after any narration)
            cut = self.text[cs : taken[first][0]]
            cut = cut[: _CLAUSE_TAIL.search(cut).start()]
            if len(_LETTER_RUN.findall(cut)) < 3 or _adverbials_only(self.outer, self.text, c0, bisect_left(self.starts, taken[first][0])):
                return None
            ce = cs + len(cut)
        return absorbed, ce

    def _closing_quote(self, t: int, c0: int, c1: int, a: Attribution, cs: int, ce: int) -> list[int]:
        """'X said that, if A, "B."' / 'X said A was over: "B."': a
        direct-position quote that closes a reported clause of the same
        sentence is its verbatim end (PolNeAR/PARC content convention); []
        when the quote stands alone or is a piece of an interrupted quote."""
        text, outer, taken = self.text, self.outer, self.taken
        qi = self.direct_at.get(taken[t][0])
        if qi is None or not self.news_like:
            return []  # fiction quotes its dialogue whole, after any narration
        q = self.top[qi]
        if q.group is not None or q.open_start < cs or t > 0 and taken[t - 1][1] > cs:
            return []
        qk = bisect_left(self.starts, q.open_start)
        if qk == c0 and a.rule == "clause-cue-after":
            return [qi] if self._opens_clause(qk, c1, q, ce) else []
        x = qk - 1
        while x > c0 and outer[x].text in {",", ":"}:
            x -= 1
        own = cue_at(outer, x) if x > c0 else None
        if own is not None and own.tense == "ing" and outer[x - 1].text == ",":
            return []  # '…, saying, "B."': a participle of the main clause's own
        runs_on = text[q.end - 1] not in ".!?,\u2026" and text[q.start : q.start + 1].islower()
        if qk - c0 < 3 or text[taken[t][1] : ce].strip(" .,;!?") and not runs_on:
            return []
        if _adverbials_only(outer, text, c0, qk):
            return []
        return [qi]

    def _opens_clause(self, qk: int, c1: int, q: QuotedSpan, ce: int) -> bool:
        """'"A," in contrast to B, says X' / '"A," and B, X said': the quote
        opens a clause that runs on in lower case to a tag at the end of the
        sentence; the words after the mark are no tag of the quote's own."""
        text = self.text
        if text[q.end - 1] in ".!?\u2026" or q.close_end < 0:
            return False
        words = text[q.close_end : ce].split()
        first = words[0].lstrip(",") if words and words[0] != "," else (words[1] if len(words) > 1 else "")
        if len(words) < 3 or not first.isalpha() or not first.islower():
            return False
        if first in NO_TAG_START or first in {"and", "but", "or"}:
            return True
        own = self.att.after_quote(qk, c1)
        return own is None or own.cue is None or own.cue[0] >= ce

    def _headline_quotes(self, cs: int, ce: int) -> list[int]:
        """'Mayor: "No deal" without a vote': the direct-position quotes inside
        a headline claim that has words of its own outside the marks."""
        top, direct_at, taken_starts = self.top, self.direct_at, self.taken_starts
        inside = [direct_at[o] for o, c in self.taken[bisect_left(taken_starts, cs) : bisect_left(taken_starts, ce)]
                  if c <= ce and o in direct_at and top[direct_at[o]].group is None]
        if not inside:
            return []
        rest = self.text[cs:ce]
        for qi in reversed(inside):
            q = top[qi]
            rest = rest[: q.open_start - cs] + " " * (q.close_end - q.open_start) + rest[q.close_end - cs :]
        return inside if len(_LETTER_RUN.findall(rest)) >= 2 else []


def _adverbials_only(outer: list[Tok], text: str, c0: int, qk: int) -> bool:
    """Are the tokens [c0, qk) between a cue and its quote adverbials alone
    ('He told me once, in the car park, "…"', 'said later, at the hearing,
    "…"'): no verb, no clause opener? Then they make no reported clause for
    the quote to end: the quote is direct, the cue's."""
    return outer[c0].text.lower() in _ADVERBIAL_OPENERS and not has_verb(outer, c0, qk, text, irregular=True) and not any(
        (outer[y].text.lower() in SUBORDINATORS or outer[y].text.lower() in {"that", "to"}) and outer[y + 1].text != "," for y in range(c0, qk)
    )


def _within(qidx: list[int], indices: list[int] | tuple[()], c0: int, c1: int) -> bool:
    """Is one of the quotes *indices* in the token range ``[c0, c1)``?"""
    return any(c0 <= qidx[qi] < c1 for qi in indices)


def _by_sentence(seg: Segmentation, top: list[QuotedSpan], indices: list[int]) -> dict[int, list[int]]:
    """Quote indexes grouped by the sentence their opening mark is in."""
    out: dict[int, list[int]] = {}
    for qi in indices:
        out.setdefault(seg.sentence_at(top[qi].open_start), []).append(qi)
    return out



def direct_overlapping(taken: list[tuple[int, int]], taken_starts: list[int], cs: int, ce: int) -> int:
    """Index in *taken* (direct quotes' mark-to-mark spans, sorted and
    disjoint) of the last one starting before *ce*, when it reaches past
    *cs*, i.e. overlaps [cs, ce); -1 when none does."""
    j = bisect_left(taken_starts, ce)
    return j - 1 if j > 0 and taken[j - 1][1] > cs else -1



def _cut_after_fragment(text: str, ce: int, frags: list[tuple[int, int]], top: list[QuotedSpan], qis) -> int:
    """End a mixed clause after its last fragment when a new predicate follows (", and welcomed …")."""
    last_end = max(e for _, e in frags)
    close = last_end
    for qi in qis:
        if top[qi].end == last_end and top[qi].close_end >= 0:
            close = top[qi].close_end
    tail = text[close:ce]
    words = tail.split()
    if len(words) >= 3 and words[0].strip(",") == "and" and words[1].endswith(("ed", "es")):
        return close
    return ce



def _headline_like(text: str, seg: Segmentation, si: int) -> bool:
    """Is sentence *si* a short paragraph of its own (a headline line), and no labelled turn of a transcript?"""
    para = seg.paragraphs[seg.sentence_paragraph[si]]
    sent = seg.sentences[si]
    if para.end - para.start > 200 or text[para.start : sent.start].strip() or text[sent.end : para.end].strip():
        return False
    return not labelled_turn(text, para.start, para.end)



def headline_paragraphs(text: str, seg: Segmentation) -> set[int]:
    """The first paragraphs that look like headlines (short, no final period)."""
    out: set[int] = set()
    for i, p in enumerate(seg.paragraphs[:3]):
        chunk = text[p.start : p.end]
        if len(chunk) > 250 or "\n" in chunk:
            break
        if chunk[-1:] in ".!?\"\u201d":
            break
        out.add(i)
    return out


def inner_source(att: Attributor, config: Config, found: Found) -> Found | None:
    """'Ruiz said the pier was safe, the radio reported': a clause an outer
    source reports may report a speaker of its own; the inner one said it
    (who a user asks about), with its own clause and the evidence
    ``nested-source``. PARC/PolNeAR annotate the outer source as the
    source of the whole (``Config.nested_source="outer"``)."""
    c0, c1, a = found
    if a.rule not in {"clause-cue-after", "according-to"} or config.nested_source == "outer" or (
        "cue-clause" in config.disabled_sieves
    ):
        return None
    inner = att.cue_clause(c0, c1) or att.clause_cue_after(c0, c1, allow_no_period=True)
    if inner is None or inner[2].mention is None or inner[2].mention.kind not in {"name", "pronoun", "role"}:
        return None
    if inner[2].rule not in {"cue-clause", "clause-cue-after"} or inner[2].mode not in {"speech", "writing"} or (
        inner[2].rule == "cue-clause" and not looks_like_clause(att.outer, inner[0] + (att.outer[inner[0]].text.lower() == "that"), inner[1])
    ):
        return None  # ('According to X, inspectors found that ...', '... members have pledged £4,000', '... agreed to mark ...': the outer source's report)
    return inner[0], inner[1], inner[2]._replace(extra=inner[2].extra + ("nested-source",))
