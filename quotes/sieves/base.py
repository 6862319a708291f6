"""The state every sieve family shares: the document's outer token stream, the
configuration, the parse when there is one, and the record a sieve returns.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from itertools import compress, count
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, NamedTuple

from .. import lexicon
from ..config import Config
from ..lazy import WordMemo
from ..model import Mode
from ..syntax.cues import Cue, cue_at, source_firsts
from ..syntax.parse import Layers
from ..syntax.boundaries import np_after
from ..syntax.clauses import looks_like_clause
from ..syntax.phrases import Mention, Tok, analyse, is_word
from ..syntax.sources import addressee_after, speaker_mention_of
from ..syntax.words import AUX, ING_NOT_PARTICIPLES, PREPOSITIONS, QUOTE_TOKEN, TIME_NOUNS, TIME_WORDS
from .registry import REGISTRY


#: Verbs of refusal: their infinitive is what was not said ("…, declining to
#: comment", "refusing to give details").
_REFUSALS = frozenset({"decline", "refuse"})


def ing_word(word: str) -> bool:
    """A lower-case word in -ing that can open a participle phrase ("ending",
    "adding"; not "nothing", "including": ``ING_NOT_PARTICIPLES``)."""
    return word.islower() and word.endswith("ing") and len(word) > 5 and word not in ING_NOT_PARTICIPLES


class Attribution(NamedTuple):
    """What a sieve decided for one quote."""

    mention: Mention | None
    cue: tuple[int, int] | None  # offsets
    addressee: Mention | None
    rule: str
    mode: str
    extra: tuple[str, ...] = ()  # further evidence ("dep-subject")


def _discarding(method: Callable[..., Any], names: frozenset[str]) -> Callable[..., Any]:
    """*method*, with the results whose deciding sieve is in *names* dropped."""

    def run(*args: Any, **kwargs: Any) -> Any:
        found = method(*args, **kwargs)
        if isinstance(found, list):  # several reports (nominal_cues)
            return [f for f in found if f[2].rule not in names]
        if found is None:
            return None
        rule = found.rule if isinstance(found, Attribution) else found[2].rule
        return None if rule in names else found

    return run


#: The kinds of word :attr:`SieveBase._word_index` files (see there).
WORD_KINDS = ("verb", "verb+evidential", "noun", "put", "source", "tail")
#: The tokens an attribution tail can follow: commas and quotes (lower-cased).
_TAIL_MARKS = frozenset({",", QUOTE_TOKEN.lower()})


@functools.cache
def _word_kinds() -> dict[str, tuple[str, ...]]:
    """Each word the sentence scans look for, with the kinds it is of (built once)."""
    verbs = frozenset(lexicon.cue_verbs())
    evidential = frozenset(lexicon.cue_phrases().get("evidential", ()))
    members = {
        "verb": verbs,
        "verb+evidential": verbs | evidential,
        "noun": frozenset(lexicon.cue_nouns()),
        "put": frozenset({"put", "puts"}),
        "source": frozenset(source_firsts()),
        "tail": _TAIL_MARKS,
    }
    kinds: dict[str, list[str]] = {}
    for kind in WORD_KINDS:
        for w in members[kind]:
            kinds.setdefault(w, []).append(kind)
    return {w: tuple(k) for w, k in kinds.items()}


def _kinds_of(word: str) -> tuple[str, ...] | None:
    """The kinds (see :func:`_word_kinds`) of *word* in any case, or None."""
    return _word_kinds().get(word.lower())


#: :func:`_kinds_of` of each word, remembered across documents.
_KINDS_OF: WordMemo[tuple[str, ...] | None] = WordMemo(_kinds_of)


class TokWindow(Sequence[Tok]):
    """``toks[lo:hi]`` without the copy: the tokens of a long clause, as the
    subject helpers read them (indexes, short slices and the length)."""

    def __init__(self, toks: list[Tok], lo: int, hi: int) -> None:
        self._toks, self._lo, self._n = toks, lo, hi - lo

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            a, b, step = i.indices(self._n)
            return self._toks[self._lo + a : self._lo + b : step]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._toks[self._lo + i]


class SieveBase:
    """Per-document state of the sieves (the outer tokens, the config, the parse)."""

    def __init__(
        self,
        text: str,
        outer: list[Tok],
        sent_bounds: list[tuple[int, int]],
        config: Config,
        layers: Layers | None = None,
        starts: list[int] | None = None,
    ) -> None:
        self.text = text
        self.outer = outer
        self.sent_bounds = sent_bounds  # outer-token index ranges per sentence
        self.config = config
        self.max_np = config.max_speaker_tokens
        self.layers = layers if layers is not None and layers.has_deps else None
        #: Start offset of each outer token, for bisecting offsets to tokens.
        self.starts = starts if starts is not None else [t.start for t in outer]
        #: The quote tokens of titles and labels (a sign's words), set by the
        #: reported stage before it reads: they are no quoted fragment. (A
        #: subset of the stage's own ``non_speech_toks``: names and terms may
        #: still be someone's words.)
        self.not_quoted_toks: frozenset[int] = frozenset()
        #: The token of every span that names or terms ("known as "...""): see ReportedClauses.
        self.term_toks: frozenset[int] = frozenset()
        #: News-like narration (set by the reported stage): the news-only subject rules apply.
        self.news_like = False
        #: The reporting cue at each outer token, read once (see :meth:`_cue`).
        self._cues: dict[int, Cue | None] = {}
        if config.disabled_sieves:
            self._switch_off(config.disabled_sieves)

    def _cue(self, k: int) -> Cue | None:
        """``cue_at(self.outer, k)``, read once per token: several sieves ask
        about the same token (a third of the questions, on news), and the
        answer depends on the stream alone. (A token that is no cue verb,
        a third of the questions, is answered from the word index at once:
        cue_at finds no cue there.)"""
        if k not in self._verb_toks:
            return None
        cues = self._cues
        if k not in cues:
            cues[k] = cue_at(self.outer, k)
        return cues[k]

    def _participle_adjunct(self, k: int, end: int) -> bool:
        """Is ``outer[k]`` a lower-case word in -ing that opens a participle
        adjunct and reports nothing itself ("holding up a leaflet", "ending 61
        years of ...", "referring to the budget", "declining to comment"): no
        noun or preposition in -ing (``ING_NOT_PARTICIPLES``: "nothing",
        "including"), and no cue that reports here (:meth:`_participle_reports`)?"""
        if not ing_word(self.outer[k].text):
            return False
        cue = self._cue(k)
        return cue is None or cue.i == k and not self._participle_reports(cue, end)

    def _participle_reports(self, cue: Cue, end: int) -> bool:
        """Does the participle cue *cue* report words of its own here: a
        "that" clause or a bare clause after a verb that takes one ("adding
        that …", "saying the plan had failed"), a colon or a quote ("adding:
        "…""), or quoted words in its object ("calling the plan "reckless"")?

        Otherwise the participle only qualifies the act of saying ("referring
        to the budget", "citing figures", "announcing a review", "prompting
        cheers", "declining to comment", "speaking by telephone"): what was
        referred to, cited or announced is no statement. (PARC, and so
        PolNeAR, annotates such objects as content; our news set, whose
        writers list what people said, does not.)"""
        toks, j = self.outer, cue.j
        if j >= end:
            return False
        nxt = toks[j].text
        if nxt in {":", QUOTE_TOKEN}:
            return True
        t = j
        if nxt.lower() in PREPOSITIONS or nxt.lower() in TIME_WORDS or "o" in cue.frames:
            # "ruling by a majority of two to one that …", "warning on Tuesday
            # that …", "telling reporters that …": "that" after an adjunct or
            # the addressee, with no verb or mark between.
            t = next((x for x in range(j + 1, min(end, j + 10)) if not is_word(toks[x].text) or toks[x].text.lower() in AUX or toks[x].text.lower() == "that"), j)
        if toks[t].text.lower() == "that" and t + 1 < end and toks[t + 1].text.lower() not in TIME_NOUNS:
            return True
        if ("t" in cue.frames or cue.mode in {"thought", "evidence", "intention"}) and cue.lemma not in _REFUSALS and (
            inf := addressee_after(toks, j, end, self.text)[1] if "o" in cue.frames else j
        ) < end and toks[inf].text.lower() == "to":
            return True  # "…, promising to …", "…, urging ministers to …", "…, hoping to …": a commitment, a request or an aim
        if "c" in cue.frames and not ("n" in cue.frames or "h" in cue.frames) and looks_like_clause(toks, j, end):
            return True  # (a verb whose object is what it evaluates or handles needs "that": "referring to an event the council had named")
        # A title or a name in marks quotes no one ("referring to an exercise
        # named "…""), except after a verb of writing: the title of what the
        # subject writes is the subject's words ("writing a book called "…"").
        skip = self.not_quoted_toks | self.term_toks if cue.mode != "writing" else frozenset()
        return any(toks[x].text == QUOTE_TOKEN and x not in skip for x in range(j, min(end, j + 12)))

    def _switch_off(self, names: frozenset[str]) -> None:
        """Make every entry point discard what the sieves *names* decide.

        The entry points are shadowed on this instance only, so a run with
        every sieve on pays nothing for the feature."""
        entries = {e for sieve in REGISTRY for e in sieve.entries if isinstance(e, str) and hasattr(self, e)}
        for entry in entries:
            setattr(self, entry, _discarding(getattr(self, entry), names))

    def clause(self, lo: int, hi: int) -> Sequence[Tok]:
        """The outer tokens ``[lo, hi)``, as the subject helpers read them.

        A copy when short; a :class:`TokWindow` (no copy) past 64 tokens, so
        a cue late in a sentence of thousands of tokens (thousands of quotes
        in one sentence) costs no copy of the sentence up to it.
        """
        return self.outer[lo:hi] if hi - lo <= 64 else TokWindow(self.outer, lo, hi)

    # -- the parse, when the backend has one ----------------------------------
    def mention_for_span(self, span: tuple[int, int]) -> Mention | None:
        """A mention for the character span *span* (outside quotes), from the outer tokens."""
        i = bisect_left(self.starts, span[0])
        j = bisect_left(self.starts, span[1])
        sel = self.outer[i:j]
        if not sel or any(t.text == QUOTE_TOKEN for t in sel):
            return None
        m = speaker_mention_of(self.outer, (i, j), self.text)
        if m is not None:
            return m
        text = self.text[sel[0].start : sel[-1].end]
        ent = self.layers.entity_in(sel[0].start, sel[-1].end) if self.layers else None
        if ent is not None:
            name = self.text[ent[0] : ent[1]]
            kind = "name" if ent[2] in {"PERSON", "PER"} else "org"
            return Mention(ent[0], ent[1], name, kind, name.split()[-1].lower(), name, None, (), (), None, False)
        head = sel[-1].text.lower()
        return Mention(sel[0].start, sel[-1].end, text, "role", head, None, None, (head,), (), None, False)

    def with_parse(self, cue_tok: int, m: Mention | None) -> tuple[Mention | None, tuple[str, ...]]:
        """Let the dependency parse decide the subject of the cue (sieve ``dep-subject``)."""
        if self.layers is None:
            return m, ()
        span = self.layers.subject_span(self.outer[cue_tok].start)
        if span is None:
            return m, ()
        if m is not None and span[0] <= m.start and m.end <= span[1]:
            return m, ("dep-subject",)  # the parse agrees
        dm = self.mention_for_span(span)
        if dm is None:
            return m, ()
        ner = dm.kind in {"name", "org"} and analyse(self.outer[bisect_left(self.starts, dm.start) : bisect_left(self.starts, dm.end)], self.text) is None
        return dm, ("dep-subject", "ner-mention") if ner else ("dep-subject",)

    def mention_after(self, k: int, end: int) -> Mention | None:
        """The speaker mention of the noun phrase starting at ``toks[k]`` (a subject)."""
        rng = np_after(self.outer, k, self.max_np, end=end)
        return speaker_mention_of(self.outer, rng, self.text) if rng is not None else None

    @functools.cached_property
    def _modes(self) -> frozenset[str]:
        """The names of the modes the sieves read, once per document: the
        configuration's, and intentions always. An intention's report is
        kept only when the configuration asks for it or the report holds
        someone's words in marks ('plans to "reform the system"': see
        ``ReportedClauses.add``); the clause sieve reads on past an
        intention with no such words (``_cue_clause_content``)."""
        return frozenset(m.value for m in self.config.modes) | {"intention"}

    @functools.cached_property
    def _reports_intentions(self) -> bool:
        """Does the configuration report intentions with no words in marks ("plans to close the plant")?"""
        return Mode.INTENTION in self.config.modes

    @functools.cached_property
    def words(self) -> list[str]:
        """The text of every outer token, read once per document: the
        per-document passes (the set of words, the word index, the quote
        tokens, the name pre-scan) read these strings instead of each
        token's field, and find the few quote tokens with ``list.index``
        (about 1% of the run on PolNeAR)."""
        return list(map(attrgetter("text"), self.outer))

    @functools.cached_property
    def word_set(self) -> frozenset[str]:
        """Every word of the document (outside quotes), read once: a
        capitalised word that the document also writes in lower case (its
        lower-cased form in this set and ``islower()``) opening a sentence
        ("Half an hour later", "Separate plates were laid") is an ordinary
        word, no name (the name pre-scan, :func:`quotes.runs.name_runs`, and
        the dialogue fallbacks both ask it). (A set of every word, not only of
        the lower-case ones: hashing each word costs less than testing each
        with ``islower()``, which only the few words asked about need.)"""
        return frozenset(self.words)

    @functools.cached_property
    def _word_index(self) -> dict[str, list[int]]:
        """Indexes of the outer tokens of each kind the sentence scans look
        for, read in one pass per document: "verb" (cue_at finds no cue at any
        other token), "verb+evidential" (those and evidential adverbs),
        "noun" (nominal cues), "put" ("put", "puts"), "source" (the first
        words of source phrases, "according") and "tail" (commas and quotes,
        after which an attribution tail can open)."""
        index: dict[str, list[int]] = {kind: [] for kind in WORD_KINDS}
        # (One comprehension keeps the few tokens of any kind, with C-speed
        # membership tests, and only those are filed: measured twice as fast
        # as one comprehension per kind, and faster than a loop over every token;
        # no list of every lower-cased word: a fifth faster again. Each
        # distinct word is lower-cased and looked up once, from the word set,
        # and the tokens are then tested against the words found, whose
        # hashes their strings keep: a fifth faster again. The words are
        # looked up across documents, see _KINDS_OF; the tokens found by
        # C-level loops, no Python step per token.)
        words = self.words
        kinds_of = _KINDS_OF.table(self.word_set)
        found = list(compress(count(), map(kinds_of.__getitem__, words)))  # (a word of no kind is None, falsy)
        # (The kinds of each token found read once, for both passes below.)
        found_kinds = [kinds_of[words[i]] for i in found]
        for i, of_kinds in zip(found, found_kinds):
            for kind in of_kinds:
                index[kind].append(i)
        # Every token of any word kind, for a sentence's first test (see
        # ReportedClauses.read_sentence): the tail marks (the words of kind
        # "tail", and only they) are no words.
        index["any"] = [i for i, of_kinds in zip(found, found_kinds) if "tail" not in of_kinds]
        return index

    @functools.cached_property
    def _verb_toks(self) -> frozenset[int]:
        """The tokens of kind "verb" (see :attr:`_word_index`): the only ones where cue_at finds a cue."""
        return frozenset(self._word_index["verb"])

    @functools.cached_property
    def _source_toks(self) -> frozenset[int]:
        """The tokens of kind "source": the only ones where source_phrase_at finds a source phrase."""
        return frozenset(self._word_index["source"])

    def _next_cue(self, k: int, end: int) -> int:
        """The index of the first cue right after a comma after ``toks[k]``, or
        *end*: the quoted words after it are that cue's, the main clause's ("the
        club where Mabry held a residency, said ... "..."": not what "held" reports)."""
        toks = self.outer
        return next((x for x in self._words("verb", k + 1, end) if (toks[x - 1].text == "," or _after_what(toks, x)) and self._cue(x) is not None), end)

    @functools.cached_property
    def _own_quote_tokens(self) -> tuple[list[int], list[int]]:
        """The quote tokens of the stream (``TagSieves._quote_tokens``)
        without the spans that are no one's words (a title, a label, a name or
        a term: :attr:`not_quoted_toks`, :attr:`term_toks`, set before any
        reading); one pass per document."""
        skip = self.not_quoted_toks | self.term_toks
        marks, fragments = self._quote_tokens
        return [x for x in marks if x not in skip], [x for x in fragments if x not in skip]

    def _own_fragment(self, k: int, end: int, clause_only: bool) -> bool:
        """Someone's quoted words in the content at ``toks[k:end]`` (up to the
        next cue after a comma for a verb that reports only clauses): a title,
        a label, a name or a term in marks is no one's words and makes no
        report of the words around it ('wrote most of her songs, among them
        "..."', 'told a crowd, some of whom carried banners reading "..."'),
        which are read as they would be without the marks."""
        return self.has_fragment(k, self._next_cue(k, end) if clause_only else end, end, own=True)

    def _words(self, kind: str, lo: int, hi: int) -> list[int]:
        """The indexes in ``[lo, hi)`` of the tokens of *kind* (see :attr:`_word_index`), in order."""
        pos = self._word_index[kind]
        return pos[bisect_left(pos, lo) : bisect_left(pos, hi)]


def _after_what(toks: Sequence[Tok], x: int) -> bool:
    """Does a free relative "what" and its subject of one to three words
    stand right before the verb at *x* ("and what Raj Mistry describes as
    "...""): the quoted words after it are that subject's, not the main verb's."""
    for y in range(x - 2, max(-1, x - 5), -1):
        if toks[y].text.lower() == "what":
            return all(toks[z].text[:1].isalpha() for z in range(y + 1, x))
    return False


def positions(words: list[str], word: str) -> list[int]:
    """The indexes of *word* in *words*, in order, found by ``list.index`` (a
    C-level scan: for a word a document holds a few times, a third of the time
    of a comprehension over every token)."""
    out: list[int] = []
    try:
        x = words.index(word)
        while True:
            out.append(x)
            x = words.index(word, x + 1)
    except ValueError:
        return out
