"""Results as data: Quote.from_dict validates, round trips are exact, results are pleasant to use."""

from __future__ import annotations

import copy
import inspect
import json

import pytest

import quotes
from quotes import Quote, SchemaError

ARTICLE = (
    "Finance Minister Ana Ruiz met union leaders.\n\n"
    "\u201cWe have listened,\u201d she said, \u201cand now it is time to decide.\u201d "
    "Talks will resume next week, the official said."
)


@pytest.fixture(scope="module")
def sample() -> Quote:
    found = quotes.extract(ARTICLE)
    return next(q for q in found if q.speaker is not None)


def _good(sample: Quote) -> dict:
    return copy.deepcopy(sample.to_dict())


# -- from_dict validates ------------------------------------------------------------------


def test_schema_error_is_exported_and_a_value_error() -> None:
    assert issubclass(quotes.SchemaError, quotes.QuotesError)
    assert issubclass(quotes.SchemaError, ValueError)
    assert "SchemaError" in quotes.__all__
    assert "SchemaError" in (quotes.errors.__doc__ or "")


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda d: d.clear(), "start"),
        (lambda d: d.pop("text"), "text"),
        (lambda d: d.update(evidence="abc"), "evidence"),
        (lambda d: d.update(evidence=["ok", 3]), "evidence[1]"),
        (lambda d: d.update(start=d["start"] + 0.9), "start"),
        (lambda d: d.update(end=str(d["end"])), "end"),
        (lambda d: d.update(start=True), "start"),
        (lambda d: d.update(end=d["end"] + 1), "text"),
        (lambda d: d.update(start=-1, end=-1 + len(d["text"])), "start"),
        (lambda d: d["speaker"].update(name=None), "speaker.name"),
        (lambda d: d["speaker"].update(name=""), "speaker.name"),
        (lambda d: d["speaker"].update(mentions="x"), "speaker.mentions"),
        (lambda d: d["speaker"]["mentions"][0].update(start=1.0), "speaker.mentions[0].start"),
        (lambda d: d.update(speaker="Ana"), "speaker"),
        (lambda d: d.update(group=[1]), "group"),
        (lambda d: d.update(group=1.0), "group"),
        (lambda d: d.update(kind="quoted"), "kind"),
        (lambda d: d.update(mode=None), "mode"),
        (lambda d: d.update(confidence="0.9"), "confidence"),
        (lambda d: d.update(confidence=float("nan")), "confidence"),
        (lambda d: d.update(confidence=2), "confidence"),
        (lambda d: d["cue"].update(text="x" * 40), "cue.text"),
        (lambda d: d.update(marks=[{"start": 0, "end": 1}]), "marks[0].text"),
        (lambda d: d.update(fragments={"start": 0}), "fragments"),
        (lambda d: d.update(text_split_pairs=[0]), "text_split_pairs[0]"),
    ],
)
def test_from_dict_refuses_malformed_input(sample: Quote, change, field: str) -> None:
    data = _good(sample)
    change(data)
    with pytest.raises(SchemaError) as info:
        Quote.from_dict(data)
    assert str(info.value).startswith(field), str(info.value)


@pytest.mark.parametrize("data", [None, [], "text", 3])
def test_from_dict_refuses_non_objects(data: object) -> None:
    with pytest.raises(SchemaError):
        Quote.from_dict(data)  # type: ignore[arg-type]


def test_from_dict_keeps_defaults_and_ignores_unknown_keys(sample: Quote) -> None:
    q = Quote.from_dict({"text": "abc", "start": 2, "end": 5, "id": "doc-1", "file": "a.jsonl"})
    assert (q.kind, q.confidence, q.evidence, q.group) == (quotes.QuoteKind.DIRECT, 0.5, (), None)
    assert Quote.from_dict({**_good(sample), "id": 7}) == sample
    hash(q)


def test_from_dict_result_renders(sample: Quote) -> None:
    q = Quote.from_dict(_good(sample))
    assert "q-quote" in quotes.render_html(ARTICLE, [q])


# -- exact round trips, surrogates included --------------------------------------------------

STRANGE = [
    "\ud800",  # lone high surrogate
    "\udfff",  # lone low surrogate
    "\ud83d\ude00",  # a surrogate pair held as two code points
    "\U0001f600",  # the same character as one code point
    "\ud83d\ude00\U0001f600\ud83d\ude00",
    "\ud83d\ud83d\ude00\ude00",
    "a\x00b\ufeff",
]


@pytest.mark.parametrize("piece", STRANGE, ids=ascii)
@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_round_trip_through_json_is_exact(piece: str, ensure_ascii: bool) -> None:
    text = f"\u201cWe will {piece} win,\u201d Ana {piece} Ruiz said."
    found = quotes.extract(text)
    assert found
    for q in found:
        assert text[q.start : q.end] == q.text
        assert Quote.from_dict(q.to_dict()) == q
        assert Quote.from_dict(json.loads(json.dumps(q.to_dict(), ensure_ascii=ensure_ascii))) == q


def test_built_quote_with_pairs_everywhere_round_trips() -> None:
    pair = "\ud83d\ude00"
    span = quotes.Span(0, 2, pair)
    speaker = quotes.Speaker(name=f"A{pair}", mentions=(span,), title=pair)
    q = Quote(text=f"x{pair}", start=4, end=7, speaker=speaker, cue=span, marks=(span,))
    assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q
    assert q.to_dict()["text_split_pairs"] == [1]
    assert "text_split_pairs" not in quotes.Quote(text="plain", start=0, end=5).to_dict()


# -- pleasant to use ------------------------------------------------------------------------


def test_quote_repr_is_short_and_eq_hash_unchanged(sample: Quote) -> None:
    r = repr(sample)
    assert len(r) < 160, r
    assert r.startswith(f"Quote({sample.kind.value}, {sample.start}:{sample.end}, ")
    assert sample.speaker is not None and repr(sample.speaker.name) in r
    assert f"{sample.confidence:.2f}" in r
    long = Quote(text="word " * 200, start=0, end=1000)
    assert len(repr(long)) < 120
    twin = Quote.from_dict(sample.to_dict())
    assert twin == sample and hash(twin) == hash(sample)
    assert Quote.from_dict({**sample.to_dict(), "confidence": 0.01}) != sample


def test_extraction_supports_indexing_and_slices() -> None:
    ex = quotes.analyze(ARTICLE)
    assert len(ex) >= 2
    assert ex[0] == ex.quotes[0] and ex[-1] == ex.quotes[-1]
    assert ex[0:2] == ex.quotes[0:2] and isinstance(ex[0:2], tuple)
    assert list(iter(ex)) == list(ex.quotes)
    with pytest.raises(IndexError):
        ex[len(ex)]


def test_dataframe_always_has_doc_id() -> None:
    rows = quotes.to_records(quotes.extract(ARTICLE))
    assert rows and all("doc_id" in r and r["doc_id"] is None for r in rows)
    pd = pytest.importorskip("pandas")
    df = quotes.to_dataframe(quotes.analyze(ARTICLE))
    assert df.columns[0] == "doc_id" and df["doc_id"].isna().all()
    assert isinstance(quotes.to_dataframe([]), pd.DataFrame)
    assert "doc_id" in quotes.to_dataframe([]).columns


def test_namespace_is_clean() -> None:
    names = dir(quotes)
    assert "annotations" not in names and "logging" not in names
    assert not hasattr(quotes, "logging")
    assert set(quotes.__all__) <= set(names)


def test_extract_is_typed_str() -> None:
    for fn in (quotes.extract, quotes.Extractor.extract):
        annotation = inspect.signature(fn).parameters["text"].annotation
        assert "Any" not in str(annotation) and "str" in str(annotation)
    with pytest.raises(quotes.InputTypeError):
        quotes.extract(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        quotes.extract(None)  # type: ignore[arg-type]
