"""quotes.distributed on Dask's local multiprocessing scheduler equals plain ``Extractor().extract``.

Skipped when Dask is not installed (the ``dask`` extra, part of ``dev``). The
corpus half reads ~30 documents from ``../shared/data/polnear-dev.jsonl``
beside the repository and is skipped when that file is absent; the texts
written below run everywhere.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import quotes
from quotes import BackendUnavailableError, ConfigError, Extractor, Quote
from quotes.distributed import COLUMNS, extract_bag, extract_dataframe

if TYPE_CHECKING:
    import pandas

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"

TEXTS = [
    (
        "Finance Minister Ana Lindqvar met union leaders on Thursday.\n\n"
        "\u201cWe have listened for eighteen months,\u201d she said, \u201cand now it is time to decide.\u201d"
    ),
    "No quotes here at all.",
    "Talks will resume next week, the official said.",
    '"We will win," Tom Berg told reporters. He added that the vote "changes nothing."',
    "According to the ministry, prices will fall.",
    "",
    "\u201cFirst part,\u201d she said, \u201csecond part.\u201d",
]


def test_import_quotes_does_not_import_dask() -> None:
    code = "import sys, quotes, quotes.distributed; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip() == "False"


def test_missing_dask_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.distributed import extract_bag

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(BackendUnavailableError, match=r'quotes-attribution\[dask\]'):
        extract_bag(object())  # type: ignore[arg-type]


def _skip_without(module: str) -> Any:
    return pytest.importorskip(module, reason=f"{module} is not installed (the [dask] extra, part of [dev])")


def _polnear(n: int) -> list[dict]:
    if not POLNEAR.is_file():
        pytest.skip(f"{POLNEAR} is absent (the shared development corpora sit beside the repository)")
    docs = []
    with POLNEAR.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            docs.append({"id": record["id"], "text": record["text"]})
            if len(docs) == n:
                break
    return docs


@pytest.fixture(scope="module")
def processes() -> Iterator[None]:
    """Dask's local multiprocessing scheduler with two "spawn" worker processes, shared by the tests."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    dask = _skip_without("dask")
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
    try:
        with dask.config.set(scheduler="processes", num_workers=2, pool=pool):
            yield
    finally:
        pool.shutdown()


def _expected(texts: list[str], config: quotes.Config | None = None) -> list[list[dict]]:
    extractor = Extractor(config=config)
    return [[q.to_dict() for q in extractor.extract(t)] for t in texts]


def _rows(texts: list[str], ids: list[object]) -> list[tuple]:
    extractor = Extractor()
    rows = []
    for doc_id, text in zip(ids, texts):
        for outer in extractor.extract(text):
            for q in (outer, *outer.inner):  # (inner quotes are rows after their quote's, as in to_records)
                rows.append((doc_id, q.text, q.start, q.end, q.kind.value,
                             q.speaker.name if q.speaker else None,
                             q.speaker_mention.text if q.speaker_mention else None,
                             q.cue.text if q.cue else None, q.confidence))
    return rows


def _frame_rows(frame: pandas.DataFrame) -> list[tuple]:
    """The rows of *frame* as tuples, with missing values (NA) as None."""
    import pandas as pd

    cols = ["doc_id", "text", "start", "end", "kind", "speaker", "speaker_mention", "cue", "confidence"]
    values = frame[cols].astype(object)
    values = values.where(pd.notna(values), None)
    return [tuple(row) for row in values.itertuples(index=False)]


# -- bags ----------------------------------------------------------------------------------


def test_bag_of_texts_equals_extract(processes: object, db: Any) -> None:
    texts = TEXTS * 3
    got = extract_bag(db.from_sequence(texts, npartitions=4)).compute()
    assert got == _expected(texts)
    assert [Quote.from_dict(d) for d in got[0]] == Extractor().extract(texts[0])


def test_bag_of_records_with_text_key_and_config(processes: object, db: Any) -> None:
    config = quotes.Config(indirect=False)
    records = [{"id": i, "body": t} for i, t in enumerate(TEXTS)]
    got = extract_bag(db.from_sequence(records, npartitions=3), text_key="body", config=config).compute()
    assert got == _expected(TEXTS, config)


def test_bag_on_polnear(processes: object, db: Any) -> None:
    docs = _polnear(30)
    texts = [d["text"] for d in docs]
    got = extract_bag(db.from_sequence(docs, npartitions=4), text_key="text").compute()
    assert got == _expected(texts)
    assert sum(map(len, got)) > 100


def test_bag_rejects_a_bad_config(db: Any) -> None:
    with pytest.raises(ConfigError):
        extract_bag(db.from_sequence(TEXTS), config={"indirect": False})  # type: ignore[arg-type]


# -- data frames -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db() -> Any:
    return _skip_without("dask.bag")


@pytest.fixture(scope="module")
def dd() -> Any:
    _skip_without("pandas")
    return _skip_without("dask.dataframe")


def test_dataframe_one_row_per_quote(processes: object, dd: Any) -> None:
    import pandas as pd

    ids = [f"doc{i}" for i in range(len(TEXTS))]
    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "body": TEXTS}), npartitions=3)
    result = extract_dataframe(ddf, "body", id_column="id")
    assert tuple(result.columns) == COLUMNS
    frame = result.compute()
    assert _frame_rows(frame) == _rows(TEXTS, ids)
    assert frame["start"].dtype == "int64" and frame["confidence"].dtype == "float64"
    # Indexed by the document's row, so it joins back to the input.
    assert sorted(set(frame.index)) == [i for i, t in enumerate(TEXTS) if Extractor().extract(t)]


def test_dataframe_without_id_column_uses_the_index(processes: object, dd: Any) -> None:
    import pandas as pd

    pdf = pd.DataFrame({"text": TEXTS}, index=pd.Index(range(100, 100 + len(TEXTS)), name="row"))
    frame = extract_dataframe(dd.from_pandas(pdf, npartitions=2), "text").compute()
    assert _frame_rows(frame) == _rows(TEXTS, list(pdf.index))
    assert frame.index.name == "row"


def test_dataframe_on_polnear(processes: object, dd: Any) -> None:
    import pandas as pd

    docs = _polnear(30)
    ddf = dd.from_pandas(pd.DataFrame(docs), npartitions=4)
    frame = extract_dataframe(ddf, "text", id_column="id").compute()
    assert _frame_rows(frame) == _rows([d["text"] for d in docs], [d["id"] for d in docs])


def test_dataframe_unknown_column(dd: Any) -> None:
    import pandas as pd

    ddf = dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=1)
    with pytest.raises(ConfigError, match="body"):
        extract_dataframe(ddf, "body")
    with pytest.raises(ConfigError, match="url"):
        extract_dataframe(ddf, "text", id_column="url")
