"""Quotes as rows: plain dicts (:func:`to_records`) or a pandas DataFrame (:func:`to_dataframe`).

One row per quote, with the columns of :data:`COLUMNS`: ``doc_id`` (always
present: the :class:`~quotes.Extraction`'s ``doc_id``, the position of an
unnamed extraction among several, or ``None`` when no document is named),
``text``, ``start``, ``end``, ``kind``, ``mode``,
``speaker`` (the canonical name), ``speaker_mention``, ``cue``, ``addressee``
(the texts of those spans), ``confidence``, ``evidence`` (the rule names
joined by ``","``), ``group`` and ``outer_start``. Missing values are ``None``.
A quote's inner quotes (:attr:`~quotes.Quote.inner`: words it reports someone
else said) follow its row as rows of their own, with ``outer_start`` the
outer quote's ``start`` (``None`` on a top-level row), so counting rows per
speaker counts every voice.

>>> import quotes
>>> rows = quotes.to_records(quotes.extract('"We will win," Ana Ruiz said.'))
>>> rows[0]["speaker"], rows[0]["cue"], rows[0]["kind"]
('Ana Ruiz', 'said', 'direct')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import BackendUnavailableError, InputTypeError
from .model import Quote, Span

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .result import Extraction

__all__ = ["COLUMNS", "to_dataframe", "to_records"]

#: Every column, in order (``doc_id`` is ``None`` when the input names no document).
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "text",
    "start",
    "end",
    "kind",
    "mode",
    "speaker",
    "speaker_mention",
    "cue",
    "addressee",
    "confidence",
    "evidence",
    "group",
    "outer_start",
)

_PANDAS_HINT = 'to_dataframe() needs pandas: pip install "quotes-attribution[pandas]"'


def _span_text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _row(q: Quote, outer: Quote | None = None) -> dict[str, Any]:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind.value,
        "mode": q.mode.value,
        "speaker": q.speaker.name if q.speaker is not None else None,
        "speaker_mention": _span_text(q.speaker_mention),
        "cue": _span_text(q.cue),
        "addressee": _span_text(q.addressee),
        "confidence": q.confidence,
        "evidence": ",".join(q.evidence),
        "group": q.group,
        "outer_start": None if outer is None else outer.start,
    }


def _documents(data: Any) -> list[tuple[Any, Iterable[Quote]]]:
    """Normalise the input to (doc_id, quotes) pairs."""
    from .result import Extraction

    if isinstance(data, Extraction):
        return [(data.doc_id, data.quotes)]
    if isinstance(data, Quote):
        return [(None, (data,))]
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise InputTypeError(
            "expected quotes, an Extraction or a list of Extractions, " f"got {type(data).__name__}"
        )
    items = list(data)
    if all(isinstance(x, Quote) for x in items):
        return [(None, items)]
    if all(isinstance(x, Extraction) for x in items):
        # Several documents: each row says which one; unnamed ones are numbered.
        docs = [(x.doc_id if x.doc_id is not None else i, x.quotes) for i, x in enumerate(items)]
        return docs
    bad = next(x for x in items if not isinstance(x, (Quote, Extraction)))
    raise InputTypeError(
        "expected quotes, an Extraction or a list of Extractions (not mixed), "
        f"found {type(bad).__name__}"
    )


def to_records(data: Extraction | Iterable[Quote] | Iterable[Extraction] | Quote) -> list[dict[str, Any]]:
    """One plain ``dict`` per quote, in order (no pandas needed).

    *data* is a list of :class:`~quotes.Quote`, an :class:`~quotes.Extraction`,
    or a list of extractions (one per document). The keys are :data:`COLUMNS`;
    ``doc_id`` is the extraction's ``doc_id``, the position of an unnamed
    extraction among several (from 0), or ``None``.

    >>> import quotes
    >>> docs = [quotes.analyze('"Yes," she said.', doc_id="a"), quotes.analyze("No quotes here.", doc_id="b")]
    >>> [(r["doc_id"], r["text"]) for r in to_records(docs)]
    [('a', 'Yes,')]
    """
    return _records_from(_documents(data))


def to_dataframe(data: Extraction | Iterable[Quote] | Iterable[Extraction] | Quote) -> pandas.DataFrame:
    """A :class:`pandas.DataFrame` with one row per quote (the rows of :func:`to_records`).

    The columns are always present (``doc_id`` too), also when there are no quotes. Raises
    :class:`~quotes.BackendUnavailableError` (an ``ImportError``) when pandas
    is not installed.
    """
    try:
        import pandas
    except ImportError as exc:
        raise BackendUnavailableError(_PANDAS_HINT) from exc
    # Read the input once (it may be a generator), then build the frame.
    return pandas.DataFrame.from_records(_records_from(_documents(data)), columns=list(COLUMNS))


def _records_from(docs: list[tuple[Any, Iterable[Quote]]]) -> list[dict[str, Any]]:
    return [{"doc_id": doc_id, **row} for doc_id, found in docs for q in found for row in _rows(q)]


def _rows(q: Quote) -> Iterator[dict[str, Any]]:
    """The row of *q*, then a row for each of its inner quotes (``outer_start``: *q*'s start)."""
    yield _row(q)
    for x in q.inner:
        yield _row(x, q)

