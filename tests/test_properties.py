"""Invariants that hold for any text (hypothesis).

The runs are derandomised so that a failure is reproducible, and the example
counts keep the whole file well under a minute.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

import quotes

# Keep hypothesis' caches and failure patches out of the repository.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "quotes-tests-hypothesis")

MARKS = [
    '"',
    "'",
    "''",
    "``",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\u201e",
    "\u201a",
    "\u201f",
    "\u201b",
    "\u00ab",
    "\u00bb",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    "\u300e",
    "\u300f",
]
WORDS = [
    "Ana",
    "Ruiz",
    "Finance",
    "Minister",
    "Mr.",
    "Dr.",
    "U.S.",
    "Jan.",
    "J.",
    "he",
    "she",
    "they",
    "it",
    "the",
    "official",
    "minister",
    "company",
    "said",
    "says",
    "told",
    "asked",
    "added",
    "according",
    "to",
    "that",
    "saying",
    "reporters",
    "talks",
    "will",
    "resume",
    "don't",
    "O'Malley",
    "'90s",
    "students'",
    "rock",
    "'n'",
    "roll",
    "'tis",
    "so-called",
    "reforms",
    "War",
    "and",
    "Peace",
    "Leader",
    "Okonkwo",
    "Haddad",
    "2.5",
    "percent",
    "\u2026",
    "...",
    "von",
    "Hartmann",
    "Jean-Baptiste",
]
PUNCT = [" ", " ", " ", ",", ".", ":", ";", "?", "!", "\u2014", "--", "-", "(", ")", "\n", "\n\n", "\r\n", "\t"]
ODD = [
    "\x00",
    "\x01",
    "\x07",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\u00a0",
    "\u202f",
    "\u3000",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufffd",
    "\U0001f600",
    "e\u0301",
]

#: Text that looks like news with quotation marks, broken in every way.
newsy = st.lists(
    st.one_of(
        st.sampled_from(MARKS),
        st.sampled_from(WORDS),
        st.sampled_from(PUNCT),
        st.sampled_from(ODD),
        st.text(max_size=3),
    ),
    max_size=80,
).map("".join)

_content = st.lists(st.sampled_from(WORDS + PUNCT + ODD[:6] + MARKS[:4]), min_size=1, max_size=14).map(" ".join)
_tail = st.sampled_from(
    [
        " Ana Ruiz said.",
        " said Finance Minister Ana Ruiz.",
        ", he added.",
        "",
        " according to police.",
        " the official told reporters.",
        " she said, ",
        ". ",
        " Okonkwo also said, ",
        ": ",
    ]
)
_head = st.sampled_from(["", "He then stressed, ", "Ana Ruiz said: ", "The minister said ", "According to police, "])
#: Quote-like sentences: (intro) MARK words MARK (attribution), marks drawn independently.
sentence = st.builds(
    lambda h, o, c, cl, t: f"{h}{o}{c}{cl}{t}",
    _head,
    st.sampled_from(MARKS),
    _content,
    st.sampled_from(MARKS + ["", ","]),
    _tail,
)
#: Articles: sentences, noise and fragments joined by spaces, newlines and paragraph breaks.
article = st.lists(
    st.tuples(st.one_of(sentence, sentence, newsy), st.sampled_from([" ", " ", "\n", "\n\n", "\r\n", "\u2029", ""])),
    min_size=1,
    max_size=10,
).map(lambda parts: "".join(p + sep for p, sep in parts))

any_text = st.one_of(st.text(max_size=200), newsy, article, article)

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _check_span(text: str, span: quotes.Span | None) -> None:
    if span is None:
        return
    assert isinstance(span, quotes.Span)
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def _check_invariants(text: str, found: list[quotes.Quote]) -> None:
    assert isinstance(found, list)
    prev_end = 0
    prev_start = -1
    for q in found:
        assert isinstance(q, quotes.Quote)
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.text, "empty quote"
        # document order, no overlap
        assert q.start >= prev_start
        assert q.start >= prev_end, "quotes overlap"
        prev_start, prev_end = q.start, q.end
        assert 0.0 <= q.confidence <= 1.0
        assert isinstance(q.kind, quotes.QuoteKind)
        assert isinstance(q.evidence, tuple) and all(isinstance(e, str) for e in q.evidence)
        for span in (q.speaker_mention, q.cue, q.addressee, *q.fragments, *q.marks):
            _check_span(text, span)
        if q.speaker is not None:
            assert isinstance(q.speaker.name, str) and q.speaker.name
            for m in q.speaker.mentions:
                _check_span(text, m)


@SETTINGS
@given(any_text)
def test_invariants_hold_for_any_text(text: str) -> None:
    _check_invariants(text, quotes.extract(text))


@SETTINGS
@given(article)
def test_invariants_hold_without_indirect_speech(text: str) -> None:
    _check_invariants(text, quotes.extract(text, config=quotes.Config(indirect=False, keep_non_speech=True)))


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(newsy, article), min_size=1, max_size=4))
def test_paragraphs_joined_still_hold(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    _check_invariants(text, quotes.extract(text))


@SETTINGS
@given(any_text)
def test_extraction_is_deterministic(text: str) -> None:
    assert quotes.extract(text) == quotes.extract(text)
    assert quotes.Extractor().extract(text) == quotes.extract(text)


@SETTINGS
@given(any_text)
def test_json_round_trip(text: str) -> None:
    for q in quotes.extract(text):
        data = json.loads(json.dumps(q.to_dict()))
        assert quotes.Quote.from_dict(data) == q


@SETTINGS
@given(article)
def test_direct_quotes_exclude_their_marks(text: str) -> None:
    for q in quotes.extract(text):
        if q.kind is not quotes.QuoteKind.DIRECT:
            continue
        for m in q.marks:
            assert m.end <= q.start or m.start >= q.end, f"mark {m} inside {q.text!r}"


def _outside(span: quotes.Span | None, q: quotes.Quote) -> bool:
    return span is None or span.start == span.end or span.end <= q.start or span.start >= q.end


@SETTINGS
@given(article)
def test_speaker_mention_and_cue_lie_outside_direct_quotes(text: str) -> None:
    for q in quotes.extract(text):
        if q.kind is quotes.QuoteKind.DIRECT:
            assert _outside(q.speaker_mention, q), q
            assert _outside(q.cue, q), q


@settings(SETTINGS, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(article)
@example('"Ana" Ana Ruiz said. Ana According to police, "he\' Ana Ruiz said. ')
def test_speaker_mention_and_cue_lie_outside_every_quote(text: str) -> None:
    for q in quotes.extract(text):
        assert _outside(q.speaker_mention, q), q
        assert _outside(q.cue, q), q
