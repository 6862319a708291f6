"""Properties test_properties.py does not cover: exact JSON round trips for any str (surrogates
included), and malformed serialised quotes or config values raising only the documented errors."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

import quotes

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "quotes-tests-hypothesis")

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, database=None)

#: Any code point, surrogates included (hypothesis leaves them out of st.text() by default).
any_char = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF),
    st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "\U0001f600"]),
)
any_str = st.lists(any_char, max_size=12).map("".join)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.floats(allow_nan=True) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def spans(draw: st.DrawFn) -> quotes.Span:
    text = draw(any_str)
    start = draw(st.integers(0, 1000))
    return quotes.Span(start, start + len(text), text)


@st.composite
def built_quotes(draw: st.DrawFn) -> quotes.Quote:
    text = draw(any_str)
    start = draw(st.integers(0, 1000))
    speaker = draw(st.none() | st.builds(
        quotes.Speaker,
        name=any_str.filter(bool),
        mentions=st.lists(spans(), max_size=2).map(tuple),
        kind=st.sampled_from(["person", "organisation", "group", "unknown"]),
        title=st.none() | any_str,
        gender=st.sampled_from([None, "m", "f"]),
    ))
    return quotes.Quote(
        text=text,
        start=start,
        end=start + len(text),
        kind=draw(st.sampled_from(list(quotes.QuoteKind))),
        mode=draw(st.sampled_from(list(quotes.Mode))),
        speaker=speaker,
        speaker_mention=draw(st.none() | spans()),
        cue=draw(st.none() | spans()),
        confidence=draw(st.floats(0, 1)),
        evidence=tuple(draw(st.lists(st.text(max_size=8), max_size=3))),
        group=draw(st.none() | st.integers(0, 10**6)),
        fragments=tuple(draw(st.lists(spans(), max_size=2))),
        marks=tuple(draw(st.lists(spans(), max_size=2))),
    )


@SETTINGS
@given(built_quotes(), st.booleans())
def test_any_quote_round_trips_exactly_through_json(q: quotes.Quote, ensure_ascii: bool) -> None:
    assert quotes.Quote.from_dict(q.to_dict()) == q
    assert quotes.Quote.from_dict(json.loads(json.dumps(q.to_dict(), ensure_ascii=ensure_ascii))) == q


@SETTINGS
@given(st.lists(any_char, max_size=60).map("".join))
def test_extracted_quotes_round_trip_for_any_code_points(text: str) -> None:
    wrapped = f"\u201c{text}\u201d Ana Ruiz said. {text}, the official said."
    for q in quotes.extract(wrapped):
        assert wrapped[q.start : q.end] == q.text
        assert quotes.Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q


FIELDS = ["text", "start", "end", "kind", "mode", "speaker", "speaker_mention", "cue", "addressee",
          "confidence", "evidence", "group", "fragments", "marks", "text_split_pairs"]


@SETTINGS
@given(built_quotes(), st.dictionaries(st.sampled_from(FIELDS), json_value, min_size=1, max_size=3),
       st.lists(st.sampled_from(FIELDS), max_size=2))
def test_malformed_dicts_raise_only_schema_error(q: quotes.Quote, changes: dict, dropped: list) -> None:
    data = {**q.to_dict(), **changes}
    for key in dropped:
        data.pop(key, None)
    try:
        back = quotes.Quote.from_dict(data)
    except quotes.SchemaError:
        return
    hash(back)
    assert back.text[: 0] == "" and len(back.text) == back.end - back.start


CONFIG_FIELDS = [f.name for f in attrs.fields(quotes.Config)]


@SETTINGS
@given(st.dictionaries(st.sampled_from(CONFIG_FIELDS), json_value | st.floats(), min_size=1, max_size=3))
def test_config_values_are_accepted_or_refused_with_config_error(values: dict) -> None:
    try:
        cfg = quotes.Config(**values)
    except quotes.ConfigError as exc:
        assert any(f"Config.{name}" in str(exc) for name in values)
        return
    quotes.extract('"We will win," Ana Ruiz said. Talks will resume, the official said.', config=cfg)
