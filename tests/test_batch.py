"""Batch extraction: ``Extractor.extract_many`` (order, streaming, processes, progress, errors).

The processes tests start real "spawn" worker processes, so they are kept few
and small. The corpus test reads ``../shared/data/polnear-dev.jsonl`` beside
the repository when it is there; the texts written below run everywhere.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import quotes
from quotes import (
    BackendUnavailableError,
    ConfigError,
    Extractor,
    InputTypeError,
    Quote,
)
from quotes.batch import PROGRESS_HINT, extract_many

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev.jsonl"

TEXTS = [
    (
        "Finance Minister Ana Lindqvar met union leaders on Thursday.\n\n"
        "\u201cWe have listened for eighteen months,\u201d she said, \u201cand now it is time to decide.\u201d"
    ),
    "No quotes here at all.",
    "Talks will resume next week, the official said.",
    "",
    '"We will win," Tom Berg told reporters. He added that the vote "changes nothing."',
    "According to the ministry, prices will fall.",
    "   \n\n  ",
    "\u201cFirst part,\u201d she said, \u201csecond part.\u201d",
]


def _corpus(n: int) -> list[str]:
    texts = []
    with POLNEAR.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) == n:
                break
    return texts


class Recorder:
    """An input generator that counts how many texts have been taken from it."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for text in self.texts:
            self.taken += 1
            yield text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def expected(extractor: Extractor) -> list[list[Quote]]:
    return [extractor.extract(t) for t in TEXTS]


# -- one process ----------------------------------------------------------------------


def test_order_and_results_match_extract(extractor: Extractor, expected: list[list[Quote]]) -> None:
    got = list(extractor.extract_many(TEXTS))
    assert got == expected
    assert [len(found) for found in got][:3] == [2, 0, 1]


def test_accepts_any_iterable(extractor: Extractor, expected: list[list[Quote]]) -> None:
    assert list(extractor.extract_many(iter(TEXTS))) == expected
    assert list(extractor.extract_many(tuple(TEXTS))) == expected
    assert list(extractor.extract_many([])) == []


def test_streams_one_text_at_a_time(extractor: Extractor) -> None:
    source = Recorder(TEXTS * 20)
    results = extractor.extract_many(source)
    assert source.taken == 0  # nothing is read before the first result is asked for
    for done, _ in enumerate(results, 1):
        assert source.taken == done
    assert source.taken == len(TEXTS) * 20


def test_bad_input_raises_like_extract_after_the_good_ones(extractor: Extractor) -> None:
    with pytest.raises(InputTypeError) as direct:
        extractor.extract(b"bytes")  # type: ignore[arg-type]
    got = []
    with pytest.raises(InputTypeError) as batched:
        got.extend(extractor.extract_many([TEXTS[0], TEXTS[2], b"bytes", TEXTS[0]]))  # type: ignore[list-item]
    assert len(got) == 2
    assert isinstance(batched.value, TypeError)
    assert str(batched.value) == str(direct.value)


def test_on_error_return_yields_the_exception_and_goes_on(extractor: Extractor) -> None:
    got = list(extract_many(extractor, [TEXTS[2], None, TEXTS[2]], on_error="return"))  # type: ignore[list-item]
    assert isinstance(got[1], InputTypeError)
    assert got[0] == got[2] == extractor.extract(TEXTS[2])


@pytest.mark.parametrize(
    "options",
    [{"n_process": 0}, {"n_process": -2}, {"n_process": 1.5}, {"n_process": True}, {"batch_size": 0}, {"batch_size": "8"}],
)
def test_bad_options_raise_config_error(extractor: Extractor, options: dict) -> None:
    with pytest.raises(ConfigError):
        extractor.extract_many(TEXTS, **options)


def test_a_single_str_or_a_non_iterable_is_refused(extractor: Extractor) -> None:
    with pytest.raises(InputTypeError, match="single str"):
        extractor.extract_many("one text")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="iterable"):
        extractor.extract_many(42)  # type: ignore[arg-type]


def test_config_is_used(extractor: Extractor) -> None:
    direct_only = Extractor(config=quotes.Config(indirect=False))
    assert list(direct_only.extract_many([TEXTS[2]])) == [[]]
    assert list(extractor.extract_many([TEXTS[2]])) != [[]]


# -- progress ---------------------------------------------------------------------------


def test_progress_bar_on_stderr(extractor: Extractor, expected: list[list[Quote]], capsys: pytest.CaptureFixture) -> None:
    pytest.importorskip("tqdm", reason="tqdm is not installed (the [progress] extra)")
    assert list(extractor.extract_many(TEXTS, progress=True)) == expected
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{len(TEXTS)}/{len(TEXTS)}" in captured.err


def test_progress_without_tqdm_says_what_to_install(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    with pytest.raises(BackendUnavailableError) as info:
        extractor.extract_many(TEXTS, progress=True)
    assert isinstance(info.value, ImportError)
    assert str(info.value) == PROGRESS_HINT
    assert 'pip install "quotes-attribution[progress]"' in str(info.value)


# -- pickling -------------------------------------------------------------------------


def test_extractor_pickles(expected: list[list[Quote]]) -> None:
    config = quotes.Config(indirect=False, keep_non_speech=True)
    original = Extractor(config=config)
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        copy = pickle.loads(pickle.dumps(original, protocol=protocol))
        assert isinstance(copy, Extractor)
        assert copy.config == config and copy.backend == original.backend
        assert copy.extract(TEXTS[0]) == original.extract(TEXTS[0])


def test_quote_lists_pickle(expected: list[list[Quote]]) -> None:
    assert any(q.speaker is not None for found in expected for q in found)
    assert pickle.loads(pickle.dumps(expected, protocol=pickle.HIGHEST_PROTOCOL)) == expected


# -- several processes ----------------------------------------------------------------


def test_two_processes_equal_one(extractor: Extractor) -> None:
    texts = TEXTS * 6
    if POLNEAR.is_file():
        texts += _corpus(60)
    serial = list(extractor.extract_many(texts))
    parallel = list(extractor.extract_many(iter(texts), n_process=2, batch_size=8))
    assert parallel == serial


def test_processes_stream_with_a_bounded_read_ahead(extractor: Extractor) -> None:
    n_process, batch_size = 2, 4
    source = Recorder(TEXTS * 12)
    handed_out = 0
    high_water = 0
    for _ in extractor.extract_many(source, n_process=n_process, batch_size=batch_size):
        handed_out += 1
        high_water = max(high_water, source.taken - handed_out)
        assert source.taken - handed_out <= 2 * n_process * batch_size
    assert handed_out == source.taken == len(TEXTS) * 12
    assert high_water > 1  # it did read ahead, to keep the worker busy


def test_processes_keep_the_config_and_report_bad_input_in_place() -> None:
    ex = Extractor(config=quotes.Config(indirect=False))
    texts = [TEXTS[0], TEXTS[2]] * 5 + [None] + [TEXTS[0]] * 5  # type: ignore[list-item]
    got = []
    with pytest.raises(InputTypeError, match="got NoneType"):
        got.extend(ex.extract_many(texts, n_process=2, batch_size=3))
    assert got == [ex.extract(t) for t in texts[:10]]
    assert got[1] == []  # indirect=False reached the worker too


def test_processes_with_progress_and_early_stop(extractor: Extractor, capsys: pytest.CaptureFixture) -> None:
    pytest.importorskip("tqdm", reason="tqdm is not installed (the [progress] extra)")
    results = extractor.extract_many(TEXTS * 10, n_process=2, batch_size=2, progress=True)
    first = [next(results) for _ in range(3)]
    results.close()  # stops the workers; must not hang
    assert first == [extractor.extract(t) for t in TEXTS[:3]]
    assert "quotes" in capsys.readouterr().err


class Fussy(Extractor):
    """An extractor that fails on texts containing BOOM (pickled by reference, so workers use it too)."""

    def extract(self, text: str) -> list[Quote]:
        if isinstance(text, str) and "BOOM" in text:
            raise ValueError("boom")
        return super().extract(text)


def test_a_failure_in_a_worker_is_raised_in_place() -> None:
    ex = Fussy()
    texts = [TEXTS[0], TEXTS[2]] * 4 + ["BOOM"] + [TEXTS[0]] * 6
    got: list[list[Quote]] = []
    with pytest.raises(ValueError, match="boom"):
        got.extend(ex.extract_many(texts, n_process=2, batch_size=4))
    assert got == [ex.extract(t) for t in texts[:8]]
    kept = list(extract_many(ex, texts, n_process=2, batch_size=4, on_error="return"))
    assert isinstance(kept[8], ValueError)
    assert kept[:8] + kept[9:] == [ex.extract(t) for t in texts if t != "BOOM"]
