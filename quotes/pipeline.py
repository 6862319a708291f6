"""The rules pipeline: text -> segments -> quoted spans -> frames -> sieves -> Quotes.

One function, :func:`run`, drives the stages in order; each stage lives in
its own module. Everything here is linear in the length of the text: the
token stream is built once, every window is bounded, and coreference looks
back over a bounded number of mentions.
"""

from __future__ import annotations

import logging

import attrs
import regex
from bisect import bisect_left
from typing import NamedTuple

from . import lexicon
from .attribute import QUOTE_TOKEN, SUBORDINATORS, Attribution, Attributor, _clause_end, _skip_adjuncts
from .cues import cue_at, source_phrase_at
from .config import Config
from .coref import Coref, Entity
from .marks import Weight
from .mentions import COMMA_OR_DASH, DETERMINERS, NOT_NAMES, PARTICLES, Mention, Tok, analyse, is_cap, is_word, np_after, subject_before, tokenize
from .model import Mode, Quote, QuoteKind, Span, Speaker, rebase
from .backends.base import Analysis
from .layers import Layers
from .segment import Segment, Segmentation, segment, segment_agreeing, segment_with_sentences
from .spans import QuotedSpan, find_quoted_spans
from .roles import find_span_roles
from .stream import build_stream
from .direct import find_direct
from .reported import ReportedClauses
from .fragments import find_mixed

__all__ = ["run", "SIEVE_CONFIDENCE"]

log = logging.getLogger("quotes")

#: Confidence of each attribution sieve: its attribution precision measured
#: on the development corpora with ``python benchmarks/accuracy.py`` (the
#: per-rule table; PolNeAR and LitBank pooled, and LitBank with PDNC for the
#: dialogue-only sieves turn-taking, vocative, narration-subject,
#: narration-before and nearest-mention), rounded.
SIEVE_CONFIDENCE: dict[str, float] = {
    "cue-after-quote": 0.97,
    "cue-inverted": 0.95,
    "cue-before-quote": 0.89,
    "cue-participle": 0.88,
    "colon-introduction": 0.9,
    "dash-attribution": 0.95,
    "according-to": 0.93,
    "split-quote": 0.89,
    "multi-paragraph": 0.7,
    "same-sentence": 0.64,
    "previous-sentence": 0.94,
    "paragraph-continuation": 0.58,
    "turn-taking": 0.58,
    "vocative": 0.73,
    "narration-subject": 0.48,
    "narration-before": 0.75,
    "nearest-mention": 0.39,
    "clause-cue-after": 0.96,
    "cue-clause": 0.93,
    "cue-before-fragment": 0.89,
    "predicate-fragment": 0.81,  # on 21 PolNeAR dev items
    "nominal-cue": 0.76,  # on 72 PolNeAR dev items (a possessor the annotators often skip for the outer source)
    "headline": 0.95,
    "headline-cue": 0.94,  # 16 of 16 right on PolNeAR dev, 1 of 17 imprecise
    "impersonal-cue": 0.3,  # reports no speaker, like no-speaker
    "asked-question": 0.3,  # reports no speaker, like no-speaker
    "asked-by": 0.9,  # 1.0 on PolNeAR dev, but only 5 items
    "no-speaker": 0.3,
}

_WORD = frozenset("abcdefghijklmnopqrstuvwxyz")
#: Words that open a clause before its subject ("but", "while", "which"): a
#: noun phrase extended leftwards stops at them.
_NP_STOPS = frozenset("and but or nor yet so while when as because if though although that which who whom whose where".split())
_SENT_END = frozenset(".!?\u2026")
_DIRECT_BEFORE = frozenset(":,;\u2014\u2013-([\u2015")
#: Words and marks after which a new clause, with its own subject, starts
#: ("While X says A, Y said B", "hours after Y said B", "in which Y called B").
_CLAUSE_OPENERS = frozenset(
    ", \u2014 \u2013 -- ; after although before once since though until when where whereas which while who whom".split()
)
_CLOSE_MARKS = frozenset("\"'\u201d\u2019\u00bb\u203a")


class _Item(NamedTuple):
    """A quote under construction."""

    start: int
    end: int
    kind: QuoteKind
    attribution: Attribution | None
    evidence: tuple[str, ...]
    fragments: tuple[tuple[int, int], ...]
    marks: tuple[tuple[int, int], ...]
    group: int | None
    paragraph: int
    sentence: int
    quote_only_para: bool  # the paragraph holds nothing but this quote (and marks)


def _trim_range(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


class _Doc:
    """Per-document state shared by the stages."""

    def __init__(self, text: str, config: Config, seg: Segmentation | None = None) -> None:
        self.text = text
        self.config = config
        self.seg = seg if seg is not None else segment(text)
        dash = config.dash_dialogue
        if dash == "auto":
            n = sum(1 for p in self.seg.paragraphs if text.startswith(("--", "\u2014", "\u2015"), p.start))
            dash = n >= config.dash_dialogue_min
        self.spans = find_quoted_spans(
            text, self.seg.paragraphs, max_nesting=config.max_nesting, dash_dialogue=bool(dash)
        )
        self.top = [q for q in self.spans if q.depth == 0]
        self.close_ends = {q.close_end for q in self.spans}
        self.nested = [q for q in self.spans if q.depth > 0]

    # -- quoted-span classification -----------------------------------------
    def classify(self, q: QuotedSpan) -> tuple[str, str]:
        """Return (position, reason): position is 'direct', 'embedded' or 'non-speech'."""
        text = self.text
        if q.how == "dash":
            return "direct", "dash-dialogue"
        para = self.seg.paragraphs[q.paragraph]
        k = q.open_start - 1
        while k >= para.start and text[k].isspace():
            k -= 1
        prev = text[k] if k >= para.start else ""
        words = text[q.start : q.end].split()
        # Scripts written without spaces count about two characters a word.
        n_words = max(len(words), len(_CJK_RE.findall(text, q.start, min(q.end, q.start + 400))) // 2)
        if text[q.open_start] in _CORNER_MARKS:
            # 「…」 and 『…』 mark quotations only: no embedded/mixed reading.
            return "direct", "position-direct"
        # Words just before the mark (for "so-called", "titled", "the term").
        before_raw = text[max(para.start, q.open_start - 40) : q.open_start].split()
        before = [w.lower() for w in before_raw]
        ns = lexicon.non_speech()
        for n in (3, 2, 1):
            if len(before) >= n and " ".join(before[-n:]).strip(",") in ns and n_words <= 12:
                if n == 1 and _named_by_speaker(before_raw):
                    break
                return "non-speech", "non-speech-" + ns[" ".join(before[-n:]).strip(",")]
        after = text[q.close_end : q.close_end + 30] if q.close_end >= 0 else ""
        if (
            n_words <= 3
            and prev
            and prev.isalpha()
            and is_cap(before_raw[-1] if before_raw else "")
            and after[:1] == " "
            and after[1:2].isupper()
            and q.weight == Weight.DOUBLE
        ):
            return "non-speech", "non-speech-nickname"
        content_end = text[q.end - 1]
        if prev in _APOSTROPHES and k + 1 not in self.close_ends:
            prev = "a"  # "the dockers’ “…”": a possessive apostrophe closes no quote
        elif prev == "(" and q.close_end >= 0 and text[q.close_end : q.close_end + 1] == ")" and not _INNER_SENTENCE_END.search(text, q.start, q.end):
            j = k - 1
            while j >= para.start and text[j].isspace():
                j -= 1
            if j >= para.start and text[j].isalnum():
                prev = "a"  # 'from 1 ("Oh, fine") to 6': a gloss in parentheses inside a clause
        if prev == "" or prev in _DIRECT_BEFORE or prev in _SENT_END or prev in _CLOSE_MARKS:
            position = "direct"
            if self._continues_clause(q, prev, words, content_end, para.start):
                position = "embedded"
        else:
            # A cue right before the mark without a comma: 'said "We will win."'
            pw = before[-1].strip(".,") if before else ""
            if (
                pw in lexicon.cue_verbs() and (content_end in ".!?,\u2026" or n_words >= 6) and words[0][:1].isupper()
                and "what" not in before[-4:-1]  # 'what he called "Harbour Inc.,"': a naming inside a clause
            ):
                position = "direct"
                if content_end not in ".!?,;:\u2026-\u2014" and after[:1] == " " and (after.split() or [""])[0] in _NO_TAG_START:
                    position = "embedded"  # 'said "I stood up to them" for years': the clause runs on
            else:
                position = "embedded"
        if position == "direct" and prev == "," and 2 <= n_words <= 10 and content_end == "," and _title_case(words):
            nxt = (after.split() or [""])[0]
            pw = before[-1].strip(".,") if before else ""
            if nxt.islower() and nxt not in lexicon.pronouns() and nxt not in lexicon.cue_verbs() and pw not in lexicon.cue_verbs():
                # 'his memoir, "Lost Tide: A Life," with its first publisher': a title
                # between commas inside a clause, not a quotation in direct position.
                return "non-speech", "non-speech-title"
        if position == "direct" and n_words <= 3 and content_end not in ".!?,\u2026-\u2014" and q.how == "paired":
            # "Hamlet" opens tonight: a short title-like span starting a sentence.
            para_only = q.open_start == para.start and q.close_end == para.end
            if not para_only and not self._cue_near(q):
                return "non-speech", "non-speech-short"
        if position == "embedded" and n_words <= self.config.scare_max_words and not self._cue_near(q):
            return "non-speech", "non-speech-scare"
        if position == "embedded" and n_words <= 8 and _title_case(words):
            return "non-speech", "non-speech-title"
        return position, "position-" + position

    def _continues_clause(self, q: QuotedSpan, prev: str, words: list[str], content_end: str, para_start: int) -> bool:
        """A quote in direct position that is really part of a paraphrase.

        '"I waved and smiled" at passing families' (the sentence runs on after the
        mark), 'X says whatever happens, "the law …"' and 'warning that unless …,
        "the river will flood."' (the quote finishes a clause begun outside).
        """
        text = self.text
        after = text[q.close_end : q.close_end + 3] if q.close_end >= 0 else ""
        if content_end not in ".!?,;:\u2026-\u2014" and after[:1] == " " and after[1:2].islower():
            # ... unless the words after the mark are its tag: '"Hi there" she said'.
            verbs = lexicon.cue_verbs()
            tail = text[q.close_end : q.close_end + 60].split()[:4]
            if tail and tail[0] in _NO_TAG_START:
                return True  # '"We are angry" by the delay, …': a tag never opens with a preposition
            for w in tail:
                w = w.strip(".,;:!?")
                if w in verbs:
                    return False
                if not w.isalpha():
                    break
            return True
        if prev not in ",;" or not words or not words[0][:1].islower():
            return False
        si = self.seg.sentence_at(q.open_start)
        lo = max(self.seg.sentences[si].start if self.seg.sentences else 0, para_start, q.open_start - 300)
        before = text[lo : q.open_start].lower().split()
        verbs = lexicon.cue_verbs()
        if any(_closes_quote(w) for w in before[-9:]):
            return False  # '"A," returned my father, "b …"': an interrupted quote
        verbs = lexicon.cue_verbs()
        for n, w in enumerate(before):
            if _closes_quote(w) and any(
                x.strip(".,;:") in verbs for x in before[n + 1 : n + 6]
            ):
                return False  # '"Tom," said Ada, looking at him, "every …"'

        for n, w in enumerate(reversed(before)):
            w = w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()")
            if w in verbs:
                return n > 3  # a cue far back: the quote ends a reported clause
            if w == "that":
                return True
        return len(before) > 3

    def _cue_near(self, q: QuotedSpan) -> bool:
        """A reporting cue in the sentence(s) around the quote (outside it)."""
        s = self.seg.sentences
        si = self.seg.sentence_at(q.open_start)
        ei = self.seg.sentence_at(q.end)
        lo = max(s[si].start if s else 0, q.open_start - 200)
        hi = min(s[ei].end if s else len(self.text), max(q.close_end, q.end) + 200)
        # Bounded on both sides: a sentence with thousands of quotes stays linear.
        window = self.text[lo : q.open_start] + " " + self.text[max(q.close_end, q.end) : hi]
        verbs = lexicon.cue_verbs()
        nouns = lexicon.cue_nouns()
        for w in window.lower().split():
            w = w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()")
            if w in verbs and any(r.mode in ("speech", "writing") for r in verbs[w]):
                return True
            if w in nouns and nouns[w].mode in ("speech", "writing"):
                return True  # "her assertion that the plan was "dead""
            if w == "according":
                return True
        return False


#: Prepositions that cannot open the tag of a quote ('"…" she said', '"…" said
#: Ruiz', '"…" according to Ruiz'): the sentence runs on after the mark.
_NO_TAG_START = frozenset("about after against at before by during for from in into of on over than".split())
_APOSTROPHES = frozenset("'\u2019")
#: A sentence end inside a quote ("… there. The servants …").
_INNER_SENTENCE_END = regex.compile(r"[.!?]\s")


def _closes_quote(word: str) -> bool:
    """Does *word* end with a closing quotation mark ('won,"', "'a,'"), not an
    apostrophe ("Lisbon's", "the dockers'")?"""
    w = word.rstrip(".,;:!?")
    if not w or w[-1] not in _CLOSE_MARKS:
        return False
    if w[-1:] in _APOSTROPHES and len(w) > 1 and w[-2].isalpha():
        return False
    return True


_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CORNER_MARKS = frozenset("\u300c\u300e")

#: Short words left lower-case in title case ("Ferry to the Island").
_TITLE_SMALL = frozenset("a an and as at but by for from in into nor of on or over the to with".split())


def _named_by_speaker(before_raw: list[str]) -> bool:
    """'what Smith called "…"', 'what critics have dubbed "…"': a naming verb
    whose subject stands right before it is a speech act (a mixed quote), not
    the naming of a thing ('a dog called "Rex"')."""
    if len(before_raw) < 2 or before_raw[-1].lower() not in lexicon.cue_verbs():
        return False
    prev = before_raw[-2]
    if prev.lower() in {"he", "she", "they", "we", "i", "have", "has", "had"}:
        return True
    j = len(before_raw) - 2
    while j >= 0 and is_cap(before_raw[j]) and len(before_raw) - j <= 5:
        j -= 1  # the words of a name: 'what Ana Ruiz called'
    return 0 <= j < len(before_raw) - 2 and before_raw[j].lower() in {"what", "as"}


def _title_case(words: list[str]) -> bool:
    """Every content word capitalised: a title or a name ("Harbour Lights Tonight")."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL or w is words[0]]
    letters = [w.lstrip("\"'(\u2018\u201c") for w in content]
    return bool(letters) and all(w[:1].isupper() for w in letters if w[:1].isalpha()) and any(
        w[:1].isalpha() for w in letters
    )


def _outer_stream(text: str, top: list[QuotedSpan]) -> tuple[list[Tok], list[int]]:
    """Tokens outside quotes, each top-level quote replaced by one QUOTE_TOKEN.

    Returns the stream and, for each top-level quote, its index in the stream.
    """
    out: list[Tok] = []
    qidx: list[int] = []
    pos = 0
    for q in top:
        a = q.open_start
        b = q.close_end if q.close_end >= 0 else q.end
        if a < pos:
            qidx.append(len(out) - 1)
            continue
        out.extend(tokenize(text, pos, a))
        qidx.append(len(out))
        out.append(Tok(a, b, QUOTE_TOKEN))
        pos = b
    out.extend(tokenize(text, pos, len(text)))
    return out, qidx


def _name_runs(outer: list[Tok], text: str) -> tuple[list[Mention], list[int]]:
    """Capitalised runs outside quotes that analyse as names or organisations."""
    found: list[Mention] = []
    n = len(outer)
    titles = {t.rstrip(".") for t in lexicon.titles()}
    given = lexicon.given_names()
    lower_words = {t.text for t in outer if t.text.islower()}
    ends: list[int] = []
    i = 0
    while i < n:
        t = outer[i]
        if not (is_cap(t.text) and t.text[0].isalpha()):
            i += 1
            continue
        j = i + 1
        while j < n:
            w = outer[j].text
            if "\n" in text[outer[j - 1].end : outer[j].start]:
                break  # names never run across lines
            if is_cap(w) and w[0].isalpha():
                j += 1
            elif w.lower() in PARTICLES and w.lower() != "and" and _particles_then_cap(outer, j):
                j += 1
            elif w in {"'", "\u2019"} and outer[j - 1].text.endswith("s") and outer[j].start == outer[j - 1].end and (
                j + 1 < n and is_cap(outer[j + 1].text)
            ):
                j += 1  # "the Dockworkers' Federation"
            else:
                break
        run = [x for x in outer[i:j] if not (x.text.isupper() and len(x.text) > 3 and x.text.isalpha() and j - i > 1)]
        while run and (
            run[0].text in NOT_NAMES
            or run[0].text.lower() in DETERMINERS
            or (run[0].text.lower() in lower_words and run[0].text not in given and run[0].text.rstrip(".") not in titles)
        ):
            # "Saw Tom", "Darling Ada": a word the document also writes in
            # lower case is an ordinary word capitalised at a sentence start.
            run = run[1:]
        if run:
            m = analyse(run, text)
            if m is not None and m.kind in {"name", "org"} and m.name:
                found.append(m)
                ends.append(j)
        i = j
    return found, ends


def _appositive(outer: list[Tok], j: int, text: str, e: Entity) -> None:
    """"Ana Ruiz, the country's finance minister, …": the role joins the entity (Lee et al. 2013)."""
    if j >= len(outer) or outer[j].text != ",":
        return
    rng = np_after(outer, j + 1, 10)
    if rng is None or rng[1] >= len(outer) or outer[rng[1]].text not in {",", ".", ";"}:
        return
    m = analyse(outer[rng[0] : rng[1]], text)
    if m is not None and m.kind == "role" and not m.plural:
        e.roles.update(m.roles)
        e.modifiers.update(m.modifiers)
        if m.gender and not e.gender:
            e.gender = m.gender
        e.person = e.person or e.kind == "person"


_GENDER_WORDS = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _gender_votes(outer: list[Tok], found: list[Mention], ends: list[int]) -> list[str | None]:
    """Gender each name mention from the pronouns that follow it.

    "Tom put down his pen": the first he/his/she/her within the next eight
    tokens, before any other capitalised name or a quote, votes for the name
    (the document's own pronoun use, as the coreference docstring promises).
    """
    out: list[str | None] = []
    n = len(outer)
    for j in ends:
        vote = None
        for k in range(j, min(n, j + 8)):
            w = outer[k].text
            if w == QUOTE_TOKEN or w in {".", "!", "?", ";"} or (w[:1].isupper() and w not in {"He", "She", "His", "Her"}):
                break
            g = _GENDER_WORDS.get(w.lower())
            if g:
                vote = g
                break
        out.append(vote)
    return out


def _particles_then_cap(outer: list[Tok], j: int) -> bool:
    """``outer[j]`` starts a short run of name particles followed by a capital ("of the Harbour")."""
    for k in range(j + 1, min(len(outer), j + 3)):
        w = outer[k].text
        if is_cap(w):
            return True
        if w.lower() not in PARTICLES:
            return False
    return False


def _mode(name: str) -> Mode:
    try:
        return Mode(name)
    except ValueError:
        return Mode.SPEECH


def run(text: str, config: Config, *, analysis: Analysis | None = None) -> list[Quote]:
    """Extract the quotes of *text* (already type-checked, non-empty)."""
    seg = None
    if analysis is not None and "sentences" in analysis.layers and config.backend_sentences != "rules":
        if config.backend_sentences == "backend":
            seg = segment_with_sentences(text, analysis.sentences)
        else:
            seg = segment_agreeing(text, analysis.sentences)
    if seg is None:
        seg = segment(text)
    roles = find_span_roles(text, config, seg)
    top = roles.top
    stream = build_stream(text, seg, top)
    outer, qidx, starts, sent_bounds = stream.outer, stream.qidx, stream.starts, stream.sent_bounds
    layers = Layers(analysis) if analysis is not None and analysis.layers - {"sentences", "tokens"} else None
    att = Attributor(text, outer, sent_bounds, config, layers, starts)
    items = find_direct(text, config, roles, stream, att)
    embedded = list(roles.embedded)
    loose = list(roles.loose)
    titles = roles.titles
    next_group = 1_000_000
    position = roles.position

    narrative = config.genre == "auto" and _is_narrative(text, seg)
    news_like = config.genre == "news" or config.genre == "auto" and not narrative
    clauses = ReportedClauses(text, config, roles, stream, att, items, news_like=news_like)
    clauses.read_sentences()
    find_mixed(clauses)
    items = clauses.result()
    items.sort(key=lambda it: (it.start, -it.end))
    items = _drop_overlaps(items)
    return _resolve(text, items, outer, seg, config, next_group, att, narrative)


def _mixed_clause(
    text: str, q: QuotedSpan, a: Attribution, outer: list[Tok], starts: list[int], s0: int, s1: int, att: Attributor | None = None
) -> tuple[int, int]:
    """The reported clause around a verbatim fragment (PolNeAR/PARC content convention).

    Cue before the fragment: from after the cue (and its adjuncts) to the end
    of the sentence; cue after it: from the sentence start to the attribution.
    """
    close = q.close_end if q.close_end >= 0 else q.end
    if a.cue is None or s1 <= s0:
        return q.start, q.end
    if a.mention is not None and a.cue[1] <= q.open_start:
        m = bisect_left(starts, a.mention.start, s0, s1)
        after = text[close : close + 2].strip()
        whole = not text[a.cue[1] : q.open_start].strip() and (
            text[q.end - 1] in ",.;!?" or not after or after[0] in ",.;:!?)\u2014\u2013"
        )
        if whole and m > s0 and outer[m - 1].text.lower() == "what":
            return q.start, q.end  # 'in what Smith called "…",': the naming is the quote
    if a.cue[1] <= q.open_start:
        k = bisect_left(starts, a.cue[1], s0, s1)
        if a.mention is not None and a.cue[1] <= a.mention.start and a.mention.end <= q.open_start and q.close_end >= 0:
            # 'according to X, A "…"': the content follows the source (an
            # unclosed mark leaves the fragment's extent, and so the clause, open).
            k = bisect_left(starts, a.mention.end, s0, s1)
        k = _skip_adjuncts(outer, k, s1)
        while k < s1 and outer[k].text in {",", ":"}:
            k += 1
        end = s1
        while end > k and outer[end - 1].text in {".", "!", "?", ";"}:
            end -= 1
        end = _clause_end(outer, k, end)
        if att is not None:
            end = att._new_report(k, end)  # '… "X" by Y, and she tells Z that …': a second report
        if k >= end:
            return q.start, q.end
        cs, ce = outer[k].start, outer[end - 1].end
    elif a.cue[0] >= close:
        tail = a.cue[0]
        if a.mention is not None and close <= a.mention.start < tail:
            tail = a.mention.start
        cs, ce = outer[s0].start, tail
    else:
        return q.start, q.end
    cs, ce = _trim_range(text, cs, ce)
    if not (cs <= q.open_start and close <= ce):
        return q.start, q.end
    return cs, ce


def run_windowed(text: str, config: Config, window: int) -> list[Quote]:
    """Extract from a very long text window by window (cut at paragraph breaks).

    Memory is bounded by the window, not the document; offsets are shifted
    back into *text*, and group ids are kept unique across windows.
    """
    from .segment import split_paragraphs

    out: list[Quote] = []
    next_group = 0
    start = 0
    paragraphs = split_paragraphs(text)
    k = 0
    while k < len(paragraphs):
        end = paragraphs[k].end
        k += 1
        while k < len(paragraphs) and paragraphs[k].end - start <= window:
            end = paragraphs[k].end
            k += 1
        chunk = text[start:end]
        found = run(chunk, config) if chunk.strip() else []
        groups: dict[int, int] = {}
        speakers: dict[int, Speaker] = {}
        for q in found:
            q = rebase(q, text, start, speakers)
            if q.group is not None:
                if q.group not in groups:
                    groups[q.group] = next_group
                    next_group += 1
                q = attrs.evolve(q, group=groups[q.group])
            out.append(q)
        start = end
    return out


def _by_sentence(seg: Segmentation, top: list[QuotedSpan], indices: list[int]) -> dict[int, list[int]]:
    """Quote indexes grouped by the sentence their opening mark is in."""
    out: dict[int, list[int]] = {}
    for qi in indices:
        out.setdefault(seg.sentence_at(top[qi].open_start), []).append(qi)
    return out


def _direct_overlapping(taken: list[tuple[int, int]], taken_starts: list[int], cs: int, ce: int) -> int:
    """Index in *taken* (direct quotes' mark-to-mark spans, sorted and
    disjoint) of the last one starting before *ce*, when it reaches past
    *cs*, i.e. overlaps [cs, ce); -1 when none does."""
    j = bisect_left(taken_starts, ce)
    return j - 1 if j > 0 and taken[j - 1][1] > cs else -1


def _tag_may_follow(text: str, q: QuotedSpan, outer: list[Tok], k: int) -> bool:
    """A fragment inside a sentence takes a following tag only across a comma.

    '... was "a disaster," she said' (the comma inside or after the mark, as
    news style writes the tag), not '... as "fully costed" next to other
    claims', where a noun like "claims" would pass for a cue.
    """
    if text[q.start : q.end].rstrip().rstrip("'\"\u2019\u201d")[-1:] in {",", "!", "?", ".", ";", "\u2026"}:
        return True  # (the comma may sit inside an inner quote: "… at 'independence,'")
    return k + 1 < len(outer) and outer[k + 1].text in {",", "\u2014", "\u2013", "--"}


def _fragment_sentence(
    text: str, q: QuotedSpan, outer: list[Tok], s0: int, s1: int, config: Config, cache: dict[int, tuple[int, int] | None]
) -> tuple[int, int] | None:
    """The sentence around a long verbatim fragment ('"They agree with us" on
    most issues.'), as the content of a mixed quote; None for a short one
    (a scare quote), a sentence that is nothing but the quote, or a sentence
    with a cue of its own that the sieves could not use. *cache* keeps the
    per-sentence part, so a sentence with many fragments is read once."""
    if len(text[q.start : q.end].split()) <= config.scare_max_words or s1 <= s0:
        return None
    if s0 not in cache:
        end = s1
        while end > s0 and outer[end - 1].text in {".", "!", "?", ";"}:
            end -= 1
        cue = any(cue_at(outer, x) is not None or source_phrase_at(outer, x) > 0 for x in range(s0, end))
        cache[s0] = None if end - s0 < 2 or cue else _trim_range(text, outer[s0].start, outer[end - 1].end)
    span = cache[s0]
    close = q.close_end if q.close_end >= 0 else q.end
    if span is None or not (span[0] <= q.open_start and close <= span[1]):
        return None
    return span


def _marks(q: QuotedSpan) -> tuple[tuple[int, int], ...]:
    out = [(q.open_start, q.open_end)]
    if q.close_end >= 0:
        out.append((q.close_start, q.close_end))
    return tuple(out)


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


def _drop_overlaps(items: list[_Item]) -> list[_Item]:
    """Keep quotes disjoint: a direct quote wins over an indirect clause that overlaps it."""
    out: list[_Item] = []
    for it in items:
        if out and it.start < out[-1].end:
            prev = out[-1]
            if prev.kind is QuoteKind.DIRECT or (it.end - it.start) <= (prev.end - prev.start):
                continue
            out[-1] = it
            continue
        out.append(it)
    return out


#: The words that lead into a direct quote at the end of a reported clause
#: (", and asking,", " because", ": "), left out when the clause stops there.
_CLAUSE_TAIL = regex.compile(
    r"""(?:[\s,;:\u2014\u2013-]|\b(?:and|but|because|as|adding|saying|asking|noting|writing|while)\b)*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_LETTER_RUN = regex.compile(r"\p{L}{2,}")
_HEADLINE_FRAGMENT_REASONS = frozenset({"non-speech-scare", "non-speech-title", "non-speech-short"})


def _headline_like(text: str, seg: Segmentation, si: int) -> bool:
    """Is sentence *si* a short paragraph of its own (a headline line)?"""
    para = seg.paragraphs[seg.sentence_paragraph[si]]
    sent = seg.sentences[si]
    return para.end - para.start <= 200 and text[para.start : sent.start].strip() == "" and text[sent.end : para.end].strip() == ""


def _headline_paragraphs(text: str, seg: Segmentation) -> set[int]:
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


def _resolve(
    text: str, items: list[_Item], outer: list[Tok], seg: Segmentation, config: Config, next_group: int, att: Attributor,
    narrative: bool,
) -> list[Quote]:
    """Resolve mentions to entities in document order and run the context
    sieves. *narrative*: :func:`_is_narrative` of the text (genre "auto")."""
    if config.genre == "auto":
        fiction = _is_dialogue_heavy(items, seg) or narrative
    else:
        fiction = config.genre == "fiction"
    coref = Coref(fiction=fiction)
    names, ends = _name_runs(outer, text)
    layers = att.layers
    if layers is not None and layers.has_ner:
        # Named entities the word lists cannot know ("marta kovanen"), outside quotes.
        covered = {(m.start, m.end) for m in names}
        for s, e, _label in layers.entities():
            if (s, e) in covered:
                continue
            m = att.mention_for_span((s, e))
            if m is not None and m.kind in {"name", "org"} and m.name:
                names.append(m)
                ends.append(bisect_left(att.starts, e))
        order = sorted(range(len(names)), key=lambda x: names[x].start)
        names, ends = [names[x] for x in order], [ends[x] for x in order]
    votes = _gender_votes(outer, names, ends)
    tally: dict[int, list[int]] = {}
    for m, j, vote in zip(names, ends, votes):
        e = coref.link_name(m)
        _appositive(outer, j, text, e)
        if vote is not None:
            t = tally.setdefault(e.eid, [0, 0])
            t[vote == "f"] += 1
    for eid, (male, female) in tally.items():
        e = coref.entities[eid]
        if e.gender is None and e.kind == "person" and max(male, female) >= 2 * min(male, female) + 1:
            e.gender = "m" if male > female else "f"
            e.person = True
    # Names that speak somewhere in the document are people.
    speaking = {it.attribution.mention.name.split()[-1].lower() for it in items
                if it.attribution and it.attribution.mention and it.attribution.mention.kind == "name" and it.attribution.mention.name}
    for e in coref.entities:
        if e.kind == "person" and e.names and e.canonical().split()[-1].lower() in speaking:
            e.person = e.speaks = True
    coref.start_resolving()
    coref.narrator = _narrator(text, items, coref) if fiction else None
    resolved: list[tuple[Entity | None, Mention | None, Attribution | None, str]] = []
    last_by_para: dict[int, int] = {}  # paragraph -> index of its last attributed item
    for idx, it in enumerate(items):
        a = it.attribution
        rule = a.rule if a else None
        ent: Entity | None = None
        mention = a.mention if a else None
        coref_rule = ""
        if mention is not None:
            ent, coref_rule = None, ""
            if layers is not None and layers.has_coref and mention.kind in {"pronoun", "role"}:
                ent = _chain_entity(mention, layers, att, coref)
                coref_rule = "stanza-coref" if ent is not None else ""
            if ent is None:
                addressed: frozenset[int] = frozenset()
                if fiction and mention.kind == "pronoun" and it.kind is QuoteKind.DIRECT:
                    addressed = frozenset(e.eid for name in _vocatives(text, it.start, it.end) if (e := coref.find(name)))
                ent, coref_rule = coref.resolve(mention, mention.start, addressed=addressed)
                if fiction and mention.kind == "role" and (ent is None or not ent.names):
                    named = _described_character(mention, coref, addressed)
                    if named is not None:
                        named.mentions.append((mention.start, mention.end, mention.text))
                        ent, coref_rule = named, "description-chain"
        elif a is not None and a.rule in {"impersonal-cue", "asked-question"}:
            pass  # the sentence names no holder of the view: borrow none
        else:
            src = _context_sieve(idx, it, items, resolved, last_by_para, seg, fiction, config)
            if fiction and (src is None or src[1] == "turn-taking") and it.kind is QuoteKind.DIRECT:
                nm = _narration_before(it, seg, att, text)
                if nm is not None:
                    e2, _ = coref.resolve(nm, nm.start)
                    if e2 is not None:
                        src, ent, mention, rule = None, e2, nm, "narration-before"
                        a = Attribution(nm, None, None, rule, "speech")
            if src is not None and src[1] == "turn-taking" and _vocative_speaker(text, idx, it, items, resolved, coref):
                src = None  # who was addressed beats plain alternation
            if src is not None:
                j, rule = src
                ent, mention, a0, _ = resolved[j]
                a = Attribution(mention, a0.cue if a0 and rule in {"split-quote", "multi-paragraph"} else None,
                                None, rule, a0.mode if a0 else "speech") if (ent or mention) else None
            elif rule == "narration-before":
                pass
            elif fiction and it.kind is QuoteKind.DIRECT and (ent := _vocative_speaker(text, idx, it, items, resolved, coref)):
                rule = "vocative"
                a = Attribution(None, None, None, rule, "speech")
            elif fiction and it.kind is QuoteKind.DIRECT:
                nm = _narration_subject(it, seg, outer, att, text)
                if nm is not None:
                    ent, _ = coref.resolve(nm, nm.start)
                    if ent is not None:
                        mention = nm
                        rule = "narration-subject"
                        a = Attribution(nm, None, None, rule, "speech")
                if ent is None:
                    ent = _nearest_person(coref, it.start)
                    if ent is not None:
                        rule = "nearest-mention"
                        a = Attribution(None, None, None, rule, "speech")
        resolved.append((ent, mention, a, coref_rule))
        if a is not None and (ent is not None or mention is not None):
            last_by_para[it.paragraph] = idx
    # Pieces of one group share a speaker (multi-paragraph, filled backwards too).
    by_group: dict[int, int] = {}
    for idx, it in enumerate(items):
        if it.group is not None and resolved[idx][0] is not None:
            by_group.setdefault(it.group, idx)
    out: list[Quote] = []
    speakers: dict[int, Speaker] = {}  # one Speaker per entity, built once (linear time)
    for idx, it in enumerate(items):
        ent, mention, a, coref_rule = resolved[idx]
        if ent is None and mention is None and it.group is not None and it.group in by_group:
            j = by_group[it.group]
            ent, mention, a0, _ = resolved[j]
            a = Attribution(mention, a0.cue if a0 else None, None, "multi-paragraph", a0.mode if a0 else "speech")
        evidence = list(it.evidence)
        rule = a.rule if a else None
        if rule:
            evidence.append(rule)
        if a is not None and a.extra:
            evidence.extend(x for x in a.extra if x not in evidence)
        if coref_rule and coref_rule not in {"new-entity", "unresolved"}:
            evidence.append(coref_rule)
        conf = SIEVE_CONFIDENCE.get(rule or "no-speaker", 0.5)
        if rule and conf < config.min_speaker_confidence:
            # Too uncertain to name anyone: keep the quote, drop the speaker.
            ent = mention = None
            a = None
            evidence.append("below-min-confidence")
            conf = SIEVE_CONFIDENCE["no-speaker"]
        start, end, frags = it.start, it.end, it.fragments
        for sp in ((mention.start, mention.end) if mention else None, a.cue if a is not None else None):
            if sp is None or not (sp[0] < end and start < sp[1]):
                continue
            # The source never sits inside its own quote: cut the clause before
            # it, or, when nothing would be left, report the quote unattributed.
            cut = _trim_range(text, start, sp[0])[1] if sp[0] > start else start
            if cut > start:
                end = cut
                frags = tuple(f for f in frags if f[1] <= end)
            else:
                ent = mention = a = None
                conf = SIEVE_CONFIDENCE["no-speaker"]
                evidence.append("source-inside-quote")
                break
        if a is None and "fragment-sentence" in evidence:
            continue  # no speaker in context: a long fragment alone is no report
        kind = it.kind
        if kind is QuoteKind.MIXED and not frags:
            kind = QuoteKind.INDIRECT  # the verbatim part was cut away with the source
        speaker = None
        if ent is not None:
            speaker = speakers.get(ent.eid)
            if speaker is None:
                speaker = speakers[ent.eid] = coref.speaker(ent, text)
        out.append(
            Quote(
                text=text[start:end],
                start=start,
                end=end,
                kind=kind,
                speaker=speaker,
                speaker_mention=Span.of(text, mention.start, mention.end) if mention else None,
                cue=Span.of(text, *a.cue) if a and a.cue else None,
                addressee=Span.of(text, a.addressee.start, a.addressee.end) if a and a.addressee else None,
                confidence=conf,
                evidence=tuple(evidence),
                group=it.group,
                fragments=tuple(Span.of(text, s, e) for s, e in frags),
                marks=tuple(Span.of(text, s, e) for s, e in it.marks),
                mode=_mode(a.mode) if a else Mode.SPEECH,
            )
        )
    return _link_split_quotes(out, text)


# Past-tense auxiliaries: about 1 word in 40 in fiction narration, 1 in 130 in news.
_NARRATIVE_RE = regex.compile(r"\b(?:had|was|were)\b")


def _is_narrative(text: str, seg: Segmentation) -> bool:
    """Fiction-like narration: dense past tense, many paragraphs opening with a quote.

    Measured on the development corpora: "had/was/were" make 1.4-5.4% of the
    words of the fiction excerpts (10th-90th percentile) against 0.05-1.8% of
    news articles.
    """
    words = text.count(" ") + text.count("\n") + 1
    if words < 300:
        return False
    past = sum(1 for _ in _NARRATIVE_RE.finditer(text)) / words
    paras = seg.paragraphs
    quoted = sum(1 for p in paras if text[p.start] in "\"\u201c\u2018'") / max(1, len(paras))
    return past >= 0.022 or past >= 0.015 and quoted >= 0.3


def _is_dialogue_heavy(items: list[_Item], seg: Segmentation) -> bool:
    """Fiction-style dialogue: many short quote-only paragraphs."""
    direct = [it for it in items if it.kind is QuoteKind.DIRECT]
    if len(direct) < 6:
        return False
    short_only = sum(1 for it in direct if it.quote_only_para and it.end - it.start < 120)
    return short_only / len(direct) >= 0.2


def _context_sieve(idx, it, items, resolved, last_by_para, seg, fiction, config):
    """Sieves that borrow a speaker from context; return (index of source item, rule)."""
    # same sentence / split quote: the closest attributed item in the same sentence.
    for j in range(idx - 1, max(-1, idx - 4), -1):
        other = items[j]
        if other.sentence == it.sentence and resolved[j][2] is not None:
            return j, "split-quote" if other.kind is QuoteKind.DIRECT and it.kind is QuoteKind.DIRECT else "same-sentence"
        if other.paragraph != it.paragraph:
            break
    for j in range(idx + 1, min(len(items), idx + 3)):
        other = items[j]
        if other.sentence == it.sentence and other.attribution is not None and other.attribution.mention is not None:
            return None  # a later quote of this sentence has its own speaker: borrow nothing
    # previous sentence in the same paragraph: the last attributed direct
    # quote if there is one (a quote continues a quote), else any attribution.
    j = last_by_para.get(it.paragraph)
    if j is not None and it.kind is QuoteKind.DIRECT:
        for x in range(idx - 1, max(-1, idx - 8), -1):
            if items[x].paragraph != it.paragraph:
                break
            if items[x].kind is QuoteKind.DIRECT and resolved[x][2] is not None and (resolved[x][0] or resolved[x][1]):
                j = x
                break
    if j is not None and j < idx and it.sentence - items[j].sentence <= config.sentence_window:
        return j, "previous-sentence"  # in fiction too: a paragraph is one speaker's turn
    if it.kind is not QuoteKind.DIRECT:
        return None
    prev_para = it.paragraph - 1
    if not fiction:
        at_start = it.quote_only_para or items[idx].start - seg.paragraphs[it.paragraph].start <= 2
        if not at_start:
            return None
        for back in range(1, config.continuation_paragraphs + 1):
            j = last_by_para.get(it.paragraph - back)
            if j is not None:
                return j, "paragraph-continuation"
        return None
    # fiction: turn-taking. In a run of dialogue paragraphs the speaker of an
    # untagged turn is the other participant: the last speaker in the run who
    # is not the speaker of the turn just before (He et al. 2013; Muzny et al.
    # 2017 use the same alternation).
    j1 = last_by_para.get(prev_para)
    if j1 is None or resolved[j1][0] is None:
        return None
    a = resolved[j1][0]
    for back in range(2, 8):
        j2 = last_by_para.get(it.paragraph - back)
        if j2 is None:
            if it.paragraph - back < 0:
                break
            continue
        if resolved[j2][0] is not None and resolved[j2][0] is not a:
            return j2, "turn-taking"
    return None


# A name addressed at the edge of a quote: "Ada, come here." / "Oh, Ada, …" / "… , Aunt Mara?"
_VOCATIVE_START = regex.compile(r"^\W{0,3}(?:(?:Oh|Ah|O|Well|Yes|No|Now|Why|Come|Please|Hush|Look),?\s+)?(?:(?:my\s+)?dear\s+)?((?:\p{Lu}[\p{L}'\-]+\.?\s+){0,2}\p{Lu}[\p{L}'\-]+)\s*[,!]")
_VOCATIVE_END = regex.compile(r",\s*(?:(?:my\s+)?dear\s+)?((?:\p{Lu}[\p{L}'\-]+\.?\s+){0,2}\p{Lu}[\p{L}'\-]+)\s*(?:[.!?]|\W{0,4}$)")
_NOT_VOCATIVE = frozenset("I Yes No Oh Ah Well Sir Madam Ma'am Come Please Look Why What Now Here There Good Thank Thanks God Lord Dear Hush".split())


def _vocatives(text: str, start: int, end: int) -> list[str]:
    """Names addressed at the start or end of a quote ("Ada, …", "…, Mara?")."""
    body = text[start:end]
    out = []
    for rx in (_VOCATIVE_START, _VOCATIVE_END):
        m = rx.search(body)
        if m and m.group(1).split()[-1] not in _NOT_VOCATIVE and m.group(1).split()[0] not in NOT_NAMES:
            out.append(m.group(1))
    return out


def _vocative_speaker(text, idx, it, items, resolved, coref) -> Entity | None:
    """Turn-taking by address (Muzny et al. 2017's vocative sieve): whoever the
    previous turn addressed answers now; whoever this turn addresses is not the speaker."""
    own = {e.eid for name in _vocatives(text, it.start, it.end) if (e := coref.find(name))}
    for j in (idx - 1, idx + 1):
        if not 0 <= j < len(items) or items[j].kind is not QuoteKind.DIRECT:
            continue
        if abs(items[j].paragraph - it.paragraph) != 1:
            continue
        for name in _vocatives(text, items[j].start, items[j].end):
            e = coref.find(name)
            if e is not None and e.eid not in own and (j > len(resolved) - 1 or resolved[j][0] is not e):
                return e
    return None


def _chain_entity(mention: Mention, layers: Layers, att: Attributor, coref: Coref) -> Entity | None:
    """The entity of the backend coreference chain that *mention* is in (sieve ``stanza-coref``).

    A name in the chain wins; otherwise its first description is resolved the
    rule-based way. The mention joins the entity's mentions.
    """
    mates = sorted(layers.chain_mates(mention))
    found = [m for span in mates if (m := att.mention_for_span(span)) is not None]
    for m in found:
        if m.kind in {"name", "org"} and m.name:
            e = coref.link_name(m)
            break
    else:
        e = None
        for m in found:
            if m.kind in {"role", "org"}:
                e, _ = coref.resolve(m, m.start)
                break
    if e is not None:
        e.mentions.append((mention.start, mention.end, mention.text))
    return e


def _narration_subject(it: _Item, seg: Segmentation, outer: list[Tok], att: Attributor, text: str) -> Mention | None:
    """'He took two shells from his bag. ¶ "I found these …"': after a
    paragraph of narration, an untagged line belongs to that paragraph's subject."""
    if not it.quote_only_para or it.paragraph == 0:
        return None
    prev = seg.paragraphs[it.paragraph - 1]
    chunk = text[prev.start : prev.end]
    if any(ch in chunk for ch in "\"\u201c\u201d\u2018\u2019") or "'" in chunk[:1]:
        return None  # the paragraph before is dialogue too: turn-taking's business
    return _last_sentence_subject(seg, att, prev, prev.end)


def _narration_before(it: _Item, seg: Segmentation, att: Attributor, text: str) -> Mention | None:
    """'Her face warmed. "Then you will help me?"': an untagged quote after a
    sentence of narration in its own paragraph belongs to that sentence's subject."""
    para = seg.paragraphs[it.paragraph]
    open_at = it.marks[0][0] if it.marks else it.start
    lead = text[para.start : open_at]
    if len(lead.strip()) < 8 or any(ch in lead for ch in "\"\u201c\u201d\u2018\u2019") or lead.rstrip()[-1:] not in _SENT_END:
        return None
    return _last_sentence_subject(seg, att, para, open_at)


def _last_sentence_subject(seg: Segmentation, att: Attributor, para: Segment, end: int) -> Mention | None:
    """The subject of the sentence of *para* that ends at *end* (its part
    inside *para*), when it is a single person: a name, a pronoun or a role."""
    si = seg.sentence_at(max(para.start, end - 1))
    sent = seg.sentences[si] if seg.sentences else para
    s0 = bisect_left(att.starts, max(sent.start, para.start))
    s1 = bisect_left(att.starts, end)
    if s1 - s0 < 2:
        return None
    m = att.main_subject(s0, s1)
    if m is None or m.kind not in {"name", "pronoun", "role"} or m.plural:
        return None
    return m


def _narrator(text: str, items: list[_Item], coref: Coref) -> Entity | None:
    """The first-person narrator's name: whom the turns next to the narrator's
    own tagged turns ('"…," I said.') address by name most often.

    Three such vocatives at least, twice as many as for anyone else; else None.
    """
    counts: dict[int, int] = {}
    for idx, it in enumerate(items):
        a = it.attribution
        if a is None or a.mention is None or a.mention.kind != "pronoun" or a.mention.head != "i":
            continue
        for j in (idx - 1, idx + 1):
            if 0 <= j < len(items) and abs(items[j].paragraph - it.paragraph) == 1 and items[j].kind is QuoteKind.DIRECT:
                for name in _vocatives(text, items[j].start, items[j].end):
                    e = coref.find(name)
                    if e is not None and e.kind == "person":
                        counts[e.eid] = counts.get(e.eid, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return coref.entities[ranked[0][0]]


def _described_character(mention: Mention, coref: Coref, addressed: frozenset[int]) -> Entity | None:
    """'"…," said the old man.': in fiction a definite description of a
    person ("the girl", "the old lady") mostly re-describes a named character
    on stage: the latest named person whose gender agrees, among the three
    latest people mentioned (sieve ``description-chain``)."""
    role = lexicon.roles().get(mention.head)
    if role is None or role.kind != "person" or role.gender is None or mention.plural:
        return None
    if mention.text.split()[0].lower() != "the":
        return None
    people = [e for e in coref._before(mention.start, limit=20) if e.kind == "person" and e.person][:3]
    for e in people:
        if e.names and e.gender == role.gender and e.eid not in addressed:
            return e
    return None


def _nearest_person(coref: Coref, pos: int) -> Entity | None:
    for e in coref._before(pos, limit=10):
        if e.person and e.kind == "person":
            return e
    return None


def _link_split_quotes(quotes: list[Quote], text: str) -> list[Quote]:
    """Give interrupted quotes ("A," she said, "B.") a shared group id."""
    out = list(quotes)
    next_group = max((q.group for q in quotes if q.group is not None), default=-1) + 1
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind is not QuoteKind.DIRECT or b.kind is not QuoteKind.DIRECT:
            continue
        if not (a.marks and b.marks) or len(a.marks) < 2:
            continue
        gap = text[a.marks[-1].end : b.marks[0].start]
        if len(gap) > 120 or "\n" in gap or not gap.strip().startswith((",", "\u2014")) and not gap.strip().endswith(","):
            continue
        if a.cue is None or not (a.cue.start >= a.marks[-1].end and a.cue.end <= b.marks[0].start):
            continue
        g = a.group if a.group is not None else next_group
        if a.group is None:
            next_group += 1
            out[i - 1] = attrs.evolve(a, group=g)
        ev = b.evidence if "split-quote" in b.evidence else b.evidence + ("split-quote",)
        out[i] = attrs.evolve(b, group=g, speaker=a.speaker, speaker_mention=a.speaker_mention, cue=a.cue,
                              addressee=a.addressee, evidence=ev, confidence=max(b.confidence, SIEVE_CONFIDENCE["split-quote"]))
    return out
