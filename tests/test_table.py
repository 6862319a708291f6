"""Quotes as rows: to_records (plain dicts) and to_dataframe (pandas, optional)."""

from __future__ import annotations

import json
import sys

import pytest

import quotes
from quotes.table import COLUMNS

TEXT = (
    "Finance Minister Ana Lindqvar met union leaders on Thursday.\n\n"
    "\u201cWe have listened for eighteen months,\u201d she said, "
    "\u201cand now it is time to decide.\u201d\n\n"
    '"Nobody here is against new cranes," Tomas Brennic told reporters.\n\n'
    "Talks will resume next week, the official said."
)
OTHER = '"The harbour stays open," Mayor Oskar Vell said.'


def test_records_from_a_list_of_quotes():
    found = quotes.extract(TEXT)
    rows = quotes.to_records(found)
    assert len(rows) == len(found)
    # doc_id is always a column (None for a bare list); it used to be left out.
    assert list(rows[0]) == list(COLUMNS) and rows[0]["doc_id"] is None
    for row, q in zip(rows, found):
        assert row["text"] == q.text == TEXT[row["start"] : row["end"]]
        assert row["kind"] == q.kind.value
        assert row["mode"] == q.mode.value
        assert row["speaker"] == (q.speaker.name if q.speaker else None)
        assert row["speaker_mention"] == (q.speaker_mention.text if q.speaker_mention else None)
        assert row["cue"] == (q.cue.text if q.cue else None)
        assert row["addressee"] == (q.addressee.text if q.addressee else None)
        assert row["confidence"] == q.confidence
        assert row["evidence"] == ",".join(q.evidence)
        assert row["group"] == q.group
    json.dumps(rows)  # plain, JSON-ready values only
    assert all(row["outer_start"] is None for row in rows)


def test_inner_quotes_are_rows_after_their_quote():
    text = (
        "The first witness, Susan Whitlock, said she had given the adviser, Graham Pellow, her savings. "
        "‘He sat at my table and said, “This is safer than the bank,”’ she told the court."
    )
    rows = quotes.to_records(quotes.extract(text))
    outer = next(k for k, r in enumerate(rows) if r["text"].startswith("He sat"))
    inner = rows[outer + 1]
    assert (inner["text"], inner["speaker"], inner["outer_start"]) == ("This is safer than the bank,", "Graham Pellow", rows[outer]["start"])
    assert rows[outer]["outer_start"] is None and inner["evidence"].startswith("inner-quote")


def test_records_values_for_a_known_quote():
    rows = quotes.to_records(quotes.extract(TEXT))
    brennic = next(r for r in rows if r["speaker"] == "Tomas Brennic")
    assert brennic["cue"] == "told"
    assert brennic["addressee"] == "reporters"
    assert "cue-after-quote" in brennic["evidence"].split(",")
    pieces = [r for r in rows if r["speaker"] == "Ana Lindqvar" and r["kind"] == "direct"]
    assert len(pieces) == 2 and pieces[0]["group"] is not None
    assert pieces[0]["group"] == pieces[1]["group"]


def test_records_from_extractions():
    named = quotes.analyze(TEXT, doc_id="harbour-1")
    rows = named.to_records()
    assert rows and all(r["doc_id"] == "harbour-1" for r in rows)
    assert list(rows[0]) == list(COLUMNS)
    # An unnamed single extraction has doc_id None (the column used to be left out).
    assert quotes.to_records(quotes.analyze(TEXT))[0]["doc_id"] is None
    # Several documents: each row says which; unnamed ones are numbered.
    docs = [quotes.analyze(TEXT), quotes.analyze("Nothing quoted."), quotes.analyze(OTHER)]
    rows = quotes.to_records(docs)
    ids = [r["doc_id"] for r in rows]
    assert set(ids) == {0, 2}
    assert ids == sorted(ids)
    assert rows[-1]["speaker"] == "Oskar Vell"


def test_records_accept_generators_single_quotes_and_empties():
    gen = (quotes.analyze(t, doc_id=f"d{i}") for i, t in enumerate([TEXT, OTHER]))
    assert {r["doc_id"] for r in quotes.to_records(gen)} == {"d0", "d1"}
    q = quotes.extract(OTHER)[0]
    assert quotes.to_records(q)[0]["text"] == q.text
    assert quotes.to_records([]) == []
    assert quotes.to_records(quotes.analyze("")) == []


@pytest.mark.parametrize("bad", ["a string", b"bytes", 42, None, [quotes.analyze(OTHER), "x"]])
def test_records_reject_other_inputs(bad):
    with pytest.raises(quotes.InputTypeError):
        quotes.to_records(bad)


def test_extraction_basics():
    ex = quotes.analyze(TEXT, doc_id="x")
    assert list(ex) == list(ex.quotes) == quotes.extract(TEXT)
    assert len(ex) == len(ex.quotes)
    assert isinstance(ex.quotes, tuple)
    with pytest.raises(AttributeError):
        ex.text = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError):
        quotes.Extraction("different text entirely, long enough", ex.quotes)
    with pytest.raises(quotes.InputTypeError):
        quotes.Extraction(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(quotes.InputTypeError):
        quotes.Extraction("text", ["not a quote"])  # type: ignore[list-item]
    cfg = quotes.Config(indirect=False)
    assert all(q.kind.value != "indirect" for q in quotes.analyze(TEXT, config=cfg))


def test_dataframe():
    pd = pytest.importorskip("pandas", reason="pandas is not installed (the [pandas] extra)")
    ex = quotes.analyze(TEXT, doc_id="harbour-1")
    df = ex.to_dataframe()
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == len(ex.quotes)
    assert df["speaker"].tolist() == [q.speaker.name if q.speaker else None for q in ex.quotes]
    assert df["start"].tolist() == [q.start for q in ex.quotes]
    many = quotes.to_dataframe([quotes.analyze(TEXT), quotes.analyze(OTHER)])
    assert set(many["doc_id"]) == {0, 1}
    empty = quotes.to_dataframe([])
    assert isinstance(empty, pd.DataFrame)
    assert len(empty) == 0 and list(empty.columns) == list(COLUMNS)


def test_dataframe_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(quotes.BackendUnavailableError) as info:
        quotes.to_dataframe(quotes.extract(OTHER))
    assert isinstance(info.value, ImportError)
    assert 'pip install "quotes-attribution[pandas]"' in str(info.value)
    with pytest.raises(ImportError):
        quotes.analyze(OTHER).to_dataframe()
