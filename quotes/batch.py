"""Many documents at once: :func:`extract_many`, in order, streamed, on one or more processes.

:meth:`quotes.Extractor.extract_many` delegates here. The contract:

- one ``list[Quote]`` per input text, in input order, exactly what
  :meth:`~quotes.Extractor.extract` returns for that text;
- streaming: the input iterable is read lazily, and at most about
  ``2 * n_process * batch_size`` documents are read ahead of the results
  handed out, so memory does not grow with the number of documents;
- ``n_process > 1`` extracts batches of up to ``batch_size`` texts on
  ``n_process - 1`` worker processes started with the ``"spawn"`` method (safe
  with threads, the same on every platform) *and* in the calling process,
  which takes a batch itself whenever it would otherwise wait: ``n_process``
  processes extract. Each worker rebuilds the extractor once, in the pool's
  initializer, from its pickled state (an :class:`~quotes.Extractor` pickles
  as its recipe: backend, options and config), never once per document;
- an input that is not a ``str`` raises exactly what ``extract`` raises
  (:class:`~quotes.InputTypeError`, a ``TypeError``), after the results of the
  texts before it have been yielded, as a plain loop would;
- ``progress=True`` draws a tqdm bar on standard error (the ``progress``
  extra); without tqdm it raises :class:`~quotes.BackendUnavailableError`.

As with any ``"spawn"`` pool, a script that uses ``n_process > 1`` must guard
its entry point with ``if __name__ == "__main__":``.

The design follows spaCy's ``Language.pipe(n_process=..., batch_size=...)``:
batches go to workers that own a copy of the pipeline. Unlike
``multiprocessing.Pool.imap``, whose feeder thread reads the whole input
ahead, batches are submitted through a bounded window.
"""

from __future__ import annotations

import itertools
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import BackendUnavailableError, ConfigError, InputTypeError

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future

    from .api import Extractor
    from .model import Quote

__all__ = ["PROGRESS_HINT", "extract_many"]

#: What to install when ``progress=True`` finds no tqdm.
PROGRESS_HINT = 'progress=True needs tqdm: pip install "quotes-attribution[progress]"'

#: A short text each worker runs once at start-up, so that word lists are
#: loaded and patterns compiled before the first real batch arrives.
_WARM_UP = (
    "Finance Minister Ana Lindqvar met union leaders.\n\n"
    "\u201cWe have listened,\u201d she said. Talks will resume, the official said."
)


# -- worker side (module level, so that "spawn" children can import it) --------------

_worker_extractor: Extractor | None = None
_worker_error: BaseException | None = None


def _init_worker(state: bytes) -> None:
    """Pool initializer: rebuild this worker's extractor once, and warm it up.

    *state* is the pickled extractor; :class:`~quotes.Extractor` pickles as
    its recipe (backend name, options, config), so its loaded backend is
    rebuilt here rather than copied. A failure is kept and raised by the first
    batch, where the caller sees it, instead of breaking the pool.
    """
    global _worker_extractor, _worker_error
    try:
        _worker_extractor = pickle.loads(state)
        _worker_extractor.extract(_WARM_UP)
    except Exception as exc:  # noqa: BLE001 - reported by _extract_batch
        _worker_error = exc


def _extract_batch(texts: list[str]) -> tuple[list[list[Quote]], int | None]:
    """Run in a worker: the quotes of each text of one batch (see :func:`_run_batch`)."""
    if _worker_error is not None:
        raise _worker_error
    if _worker_extractor is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("quotes.batch worker used before its initializer ran")
    return _run_batch(_worker_extractor, texts)


def _run_batch(extractor: Extractor, texts: list[Any]) -> tuple[list[list[Quote]], int | None]:
    """The quotes of each text, stopping at the first failure: ``(results, index of the failure)``."""
    results: list[list[Quote]] = []
    for i, text in enumerate(texts):
        try:
            results.append(extractor.extract(text))
        except Exception:
            return results, i
    return results, None


# -- caller side ------------------------------------------------------------------------


def _check_options(n_process: Any, batch_size: Any) -> int:
    """Validate the options; return the number of processes (``-1``: one per CPU)."""
    if isinstance(n_process, bool) or not isinstance(n_process, int) or (n_process < 1 and n_process != -1):
        raise ConfigError(f"n_process must be a positive int or -1 (one per CPU), got {n_process!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"batch_size must be a positive int, got {batch_size!r}")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    return n_process


def _length(texts: Iterable[Any]) -> int | None:
    """``len(texts)`` for a sized input (a list, a tuple, a pandas Series), else ``None``."""
    try:
        return len(texts)  # type: ignore[arg-type]
    except TypeError:
        return None


def _progress_bar(total: int | None) -> Any:
    """A tqdm bar counting documents on standard error."""
    try:
        from tqdm import tqdm
    except ImportError as exc:
        raise BackendUnavailableError(PROGRESS_HINT) from exc
    return tqdm(total=total, unit="doc", desc="quotes", dynamic_ncols=True)


def extract_many(
    extractor: Extractor,
    texts: Iterable[str],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = False,
) -> Iterator[list[Quote]]:
    """Yield ``extractor.extract(text)`` for each of *texts*, in order (streaming).

    The options are checked, and tqdm is imported when ``progress`` is true,
    when this function is called; the texts are read only as the results are
    consumed. Raises :class:`~quotes.ConfigError` for a bad ``n_process`` or
    ``batch_size``, :class:`~quotes.InputTypeError` when *texts* is a single
    ``str`` or not iterable, and :class:`~quotes.BackendUnavailableError` when
    ``progress=True`` and tqdm is missing.

    >>> import quotes
    >>> ex = quotes.Extractor()
    >>> docs = ['"We will win," she said.', "No quotes here.", "Rates will rise, the bank said."]
    >>> [[q.text for q in found] for found in extract_many(ex, docs)]
    [['We will win,'], [], ['Rates will rise']]
    """
    n_process = _check_options(n_process, batch_size)
    if isinstance(texts, (str, bytes)):
        raise InputTypeError(
            f"extract_many expects an iterable of texts, got a single {type(texts).__name__}; "
            "use extract(text) for one document"
        )
    try:
        items = iter(texts)
    except TypeError:
        raise InputTypeError(f"extract_many expects an iterable of texts, got {type(texts).__name__}") from None
    total = _length(texts)
    bar = _progress_bar(total) if progress else None
    if n_process == 1:
        results = _serial(extractor, items)
    else:
        results = _parallel(extractor, items, n_process=n_process, batch_size=batch_size, total=total)
    return _counted(results, bar) if bar is not None else results


def _counted(results: Iterator[list[Quote]], bar: Any) -> Iterator[list[Quote]]:
    try:
        for found in results:
            bar.update(1)
            yield found
    finally:
        bar.close()
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _serial(extractor: Extractor, items: Iterator[Any]) -> Iterator[list[Quote]]:
    for text in items:
        yield extractor.extract(text)


def _run_batch(extractor: Extractor, texts: list[Any]) -> tuple[list[list[Quote]], int | None]:
    """The quotes of each text, stopping at the first failure: (results, index of the failure)."""
    results: list[list[Quote]] = []
    for i, text in enumerate(texts):
        try:
            results.append(extractor.extract(text))
        except Exception:
            return results, i
    return results, None


class _Batch:
    """Consecutive inputs handled as one unit: their texts and, once known, their quotes.

    ``future`` is set when a worker extracts the batch; otherwise the calling
    process does, when it would otherwise wait or when the batch's turn comes.
    """

    __slots__ = ("failed_at", "future", "results", "texts")

    def __init__(self, texts: list[Any]) -> None:
        self.texts = texts
        self.future: Future[tuple[list[list[Quote]], int | None]] | None = None
        self.results: list[list[Quote]] | None = None
        self.failed_at: int | None = None

    def run_here(self, extractor: Extractor) -> None:
        self.results, self.failed_at = _run_batch(extractor, self.texts)


def _parallel(
    extractor: Extractor, items: Iterator[Any], *, n_process: int, batch_size: int, total: int | None
) -> Iterator[list[Quote]]:
    """Extract on ``n_process - 1`` "spawn" workers plus the calling process; yield in order.

    Scheduling, in the spirit of guided self-scheduling (Polychronopoulos and
    Kuck 1987):

    - at most ``2 * n_process * batch_size`` inputs are read ahead of the
      results handed out (``buffer``: read, not yet assigned; ``window``:
      assigned batches, in input order);
    - each worker has up to two batches (one running, one queued), so it
      never waits for the caller;
    - the caller extracts the next batch itself whenever the oldest batch is
      not back yet, instead of idling;
    - batches hold ``batch_size`` texts, and shrink as the end of the input
      nears (known from ``len()`` for a sized input, else once the end has
      been read) to about a ``2 * n_process``-th of what is left, so that all
      processes finish together;
    - an input that is not a ``str`` is a batch of its own, kept here (it may
      not even pickle); a batch that fails at some text yields the results
      before it, then the caller re-runs that text, so the exception is raised
      here, with its traceback, exactly where a plain loop would raise it.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        state = pickle.dumps(extractor)
    except Exception as exc:
        raise InputTypeError(f"n_process > 1 needs a picklable extractor: {exc}") from exc
    n_workers = n_process - 1
    pool = ProcessPoolExecutor(
        max_workers=n_workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(state,),
    )
    read_ahead = 2 * n_process * batch_size
    buffer: deque[Any] = deque()
    window: deque[_Batch] = deque()
    assigned = 0  # texts in the window
    in_pool = 0  # batches queued or running in the workers
    consumed = 0  # inputs read so far
    exhausted = False

    def fill() -> None:
        nonlocal consumed, exhausted
        room = read_ahead - len(buffer) - assigned
        if exhausted or room <= 0:
            return
        before = len(buffer)
        buffer.extend(itertools.islice(items, room))
        consumed += len(buffer) - before
        exhausted = len(buffer) - before < room

    def left() -> int | None:
        """How many inputs are still to assign, when known."""
        if exhausted:
            return len(buffer)
        if total is not None and total >= consumed:
            return total - consumed + len(buffer)
        return None

    def cut() -> _Batch | None:
        nonlocal assigned
        fill()
        if not buffer:
            return None
        if not isinstance(buffer[0], str):
            batch = _Batch([buffer.popleft()])
        else:
            size, remaining = batch_size, left()
            if remaining is not None:  # the end is in sight: smaller batches balance the finish
                size = max(1, min(batch_size, -(-remaining // (2 * n_process))))
            texts: list[Any] = []
            while buffer and len(texts) < size and isinstance(buffer[0], str):
                texts.append(buffer.popleft())
            batch = _Batch(texts)
        window.append(batch)
        assigned += len(batch.texts)
        return batch

    try:
        while True:
            # Keep every worker busy.
            while in_pool < 2 * n_workers:
                batch = cut()
                if batch is None:
                    break
                if isinstance(batch.texts[0], str):
                    batch.future = pool.submit(_extract_batch, batch.texts)
                    in_pool += 1
            if not window:
                return
            head = window[0]
            # Work here rather than wait for the oldest batch.
            if head.future is not None and not head.future.done():
                mine = next((b for b in window if b.future is None and b.results is None), None)
                if mine is None:
                    mine = cut()
                if mine is not None:
                    mine.run_here(extractor)
                    continue
            # Hand out the oldest batch.
            window.popleft()
            assigned -= len(head.texts)
            if head.future is not None:
                in_pool -= 1
                head.results, head.failed_at = head.future.result()
            elif head.results is None:
                head.run_here(extractor)
            assert head.results is not None
            yield from head.results
            if head.failed_at is not None:
                for text in head.texts[head.failed_at :]:
                    yield extractor.extract(text)
    finally:
        for batch in window:
            if batch.future is not None:
                batch.future.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
