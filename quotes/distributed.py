"""Quotes from Dask collections: :func:`extract_bag` and :func:`extract_dataframe`.

Both build one :class:`~quotes.Extractor` per partition (``map_partitions``),
never one per document, and work on any Dask scheduler: threads, local
processes, or a ``dask.distributed`` cluster. Dask is imported only when one
of them is called (``import quotes`` never imports it); without it they raise
:class:`~quotes.BackendUnavailableError` naming the ``dask`` extra.

Example (``tests/test_dask.py`` runs the same on the multiprocessing
scheduler)::

    import dask.bag as db
    from quotes.distributed import extract_bag

    bag = db.from_sequence(['"We will win," she said.', "No quotes."], npartitions=2)
    [[q["text"] for q in found] for found in extract_bag(bag).compute()]
    # [['We will win,'], []]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import BackendUnavailableError, ConfigError

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["COLUMNS", "extract_bag", "extract_dataframe"]

DASK_HINT = 'quotes.distributed needs dask: pip install "quotes-attribution[dask]"'

#: The columns of :func:`extract_dataframe`, one row per quote: those of
#: :func:`quotes.to_dataframe` (``speaker`` is the canonical name, the span
#: columns hold the spans' text, ``evidence`` the rule names joined by ",").
from .table import COLUMNS, _rows  # noqa: E402

_STRING_COLUMNS = ("text", "kind", "mode", "speaker", "speaker_mention", "cue", "addressee", "evidence")


def _require(module: str) -> Any:
    """Import *module*; if that fails, say which package is really missing."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        missing = (getattr(exc, "name", None) or module).split(".")[0]
        if missing == "dask":
            raise BackendUnavailableError(DASK_HINT) from exc
        raise BackendUnavailableError(
            f"quotes.distributed needs {missing} (imported by {module}): "
            f'pip install "quotes-attribution[dask]" installs it, or pip install {missing}'
        ) from exc


def _extractor(config: Config | None) -> Any:
    from .api import Extractor

    return Extractor(config=config)


# -- bags -------------------------------------------------------------------------------


def _bag_partition(items: Iterable[Any], config: Config | None, text_key: Any) -> list[list[dict[str, Any]]]:
    """One partition of :func:`extract_bag`: one extractor, every item's quotes as dicts."""
    extractor = _extractor(config)
    out = []
    for item in items:
        text = item if text_key is None else item[text_key]
        out.append([q.to_dict() for q in extractor.extract(text)])
    return out


def extract_bag(bag: dask.bag.Bag, *, config: Config | None = None, text_key: Any = None) -> dask.bag.Bag:
    """Map a bag of texts to a bag of their quotes, as lists of :meth:`Quote.to_dict` dicts.

    Each element of *bag* is a ``str``, or, with *text_key*, a mapping whose
    ``item[text_key]`` is the text (for instance the records of
    ``dask.bag.read_text(...).map(json.loads)``). The result has one element
    per input element, in the same order and partitions: a ``list`` of
    JSON-ready dicts (rebuild quotes with :meth:`quotes.Quote.from_dict`).
    A text that is not a ``str`` raises :class:`~quotes.InputTypeError` when
    the bag is computed.
    """
    _require("dask.bag")
    if config is not None and not isinstance(config, Config):
        raise ConfigError("config must be a quotes.Config")
    return bag.map_partitions(_bag_partition, config=config, text_key=text_key)


# -- data frames ----------------------------------------------------------------------------


def _empty_frame(pd: Any, id_dtype: Any, index: Any) -> pandas.DataFrame:
    frame = pd.DataFrame({name: pd.Series([], dtype=object) for name in COLUMNS}, index=index[:0])
    return _typed(frame, pd, id_dtype)


def _typed(frame: pandas.DataFrame, pd: Any, id_dtype: Any) -> pandas.DataFrame:
    """Give every column a fixed dtype, so that partitions agree with the declared meta."""
    dtypes: dict[str, Any] = {name: "string" for name in _STRING_COLUMNS}
    dtypes.update({"doc_id": id_dtype, "start": "int64", "end": "int64", "confidence": "float64", "group": "Int64", "outer_start": "Int64"})
    return frame.astype(dtypes)


def _frame_partition(
    part: pandas.DataFrame, column: str, id_column: str | None, config: Config | None
) -> pandas.DataFrame:
    """One partition of :func:`extract_dataframe`: one extractor, one row per quote."""
    import pandas as pd

    id_dtype = part[id_column].dtype if id_column is not None else part.index.dtype
    extractor = _extractor(config)
    rows: list[dict[str, Any]] = []
    index: list[Any] = []
    ids = part[id_column] if id_column is not None else part.index
    for key, doc_id, text in zip(part.index, ids, part[column]):
        for q in extractor.extract(text):
            for row in _rows(q):  # (a quote's inner quotes follow its row, as in to_records)
                index.append(key)
                rows.append({"doc_id": doc_id, **row})
    if not rows:
        return _empty_frame(pd, id_dtype, part.index)
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS), index=pd.Index(index, dtype=part.index.dtype))
    frame.index.name = part.index.name
    return _typed(frame, pd, id_dtype)


def extract_dataframe(
    ddf: dask.dataframe.DataFrame, column: str, *, id_column: str | None = None, config: Config | None = None
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame with one row per quote found in ``ddf[column]``.

    The columns are :data:`COLUMNS`: ``doc_id`` (the value of *id_column*, or
    the row's index label when it is ``None``), then the quote's ``text``,
    ``start``, ``end``, ``kind``, ``mode``, ``speaker`` (canonical name),
    ``speaker_mention``, ``cue``, ``addressee`` (the spans' text),
    ``confidence``, ``evidence`` (rule names joined by ``","``) and
    ``group``. Each row is indexed by the index label of its document, so the
    partitions and divisions of *ddf* carry over and the result joins back to
    *ddf* on the index. Documents without quotes give no rows.
    """
    _require("dask.dataframe")
    pd = _require("pandas")
    if config is not None and not isinstance(config, Config):
        raise ConfigError("config must be a quotes.Config")
    if column not in ddf.columns:
        raise ConfigError(f"no column {column!r} in the DataFrame (columns: {list(ddf.columns)})")
    if id_column is not None and id_column not in ddf.columns:
        raise ConfigError(f"no column {id_column!r} in the DataFrame (columns: {list(ddf.columns)})")
    meta_source = ddf._meta
    id_dtype = meta_source[id_column].dtype if id_column is not None else meta_source.index.dtype
    meta = _empty_frame(pd, id_dtype, meta_source.index)
    meta.index.name = meta_source.index.name
    return ddf.map_partitions(_frame_partition, column, id_column, config, meta=meta)
