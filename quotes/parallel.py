"""The parallel scheduler behind :func:`quotes.batch.extract_many` with ``n_process > 1``.

Extracts on ``n_process - 1`` worker processes plus the calling process and
yields the results in input order. Scheduling, in the spirit of guided
self-scheduling (Polychronopoulos and Kuck 1987):

- at most ``2 * n_process * batch_size`` inputs are read ahead of the
  results handed out (``buffer``: read, not yet assigned; ``window``:
  assigned batches, in input order);
- each worker has two unfinished batches (one running, one queued; only one
  near the end, where the caller takes the rest), and the caller tops them
  up between any two texts it extracts itself, so a worker never waits for
  the caller;
- the caller extracts the next batch itself whenever the oldest batch is not
  back yet, instead of idling;
- batches hold ``batch_size`` texts, and shrink as the end of the input
  nears (known from ``len()`` for a sized input, else once the end has been
  read) to about a ``2 * n_process``-th of what is left, so that all
  processes finish together;
- an input that is not a ``str`` is a batch of its own, kept here (it may
  not even pickle); a batch that fails at some text yields the results
  before it, then the caller re-runs that text, so the exception is raised
  here, with its traceback, exactly where a plain loop would raise it;
- a batch whose worker died (the pool is broken) is extracted again here,
  and the pool restarted for the batches still to come.
"""

from __future__ import annotations

import itertools
import multiprocessing
import pickle
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from . import batch as batchmod
from .batch import Result
from .errors import WorkerError

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future

    from .api import Extractor

__all__ = ["Scheduler"]


class _Batch:
    """Consecutive inputs handled as one unit: their texts and, once known, their results.

    ``future`` is set when a worker extracts the batch; otherwise the calling
    process does, when it would otherwise wait or when the batch's turn comes.
    """

    __slots__ = ("failed_at", "first", "future", "results", "texts")

    def __init__(self, texts: list[Any], first: int) -> None:
        self.texts = texts
        self.first = first  # the input index of texts[0]
        self.future: Future[tuple[bytes, int | None]] | None = None
        self.results: list[Result] | None = None
        self.failed_at: int | None = None


class Scheduler:
    """One parallel run: the pool, the read-ahead buffer and the window of batches."""

    def __init__(
        self,
        extractor: Extractor,
        state: bytes,
        items: Iterator[Any],
        *,
        n_process: int,
        batch_size: int,
        total: int | None,
        keep_going: bool,
    ) -> None:
        self.extractor = extractor
        self.state = state
        self.items = items
        self.n_process = n_process
        self.batch_size = batch_size
        self.total = total
        self.keep_going = keep_going
        self.n_workers = n_process - 1
        self.method = batchmod.start_method()  # looked up at run time: tests patch it
        # A class defined in the caller's script must be importable by the worker.
        self.hide_main = self.method != "fork" and type(extractor).__module__ != "__main__"
        self.pools: list[ProcessPoolExecutor] = []  # every pool started, shut down at the end
        self.pool = self._new_pool()
        self.read_ahead = 2 * n_process * batch_size
        self.buffer: deque[Any] = deque()
        self.window: deque[_Batch] = deque()
        self.assigned = 0  # inputs in the window
        self.consumed = 0  # inputs read so far
        self.next_index = 0  # input index of the next text to be assigned
        self.exhausted = False

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            max_workers=self.n_workers,
            mp_context=multiprocessing.get_context(self.method),
            initializer=batchmod._init_worker,
            initargs=(self.state,),
        )
        self.pools.append(pool)
        return pool

    def _restart_pool(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    # -- reading and cutting the input ---------------------------------------------------
    def _fill(self) -> None:
        room = self.read_ahead - len(self.buffer) - self.assigned
        if self.exhausted or room <= 0:
            return
        before = len(self.buffer)
        self.buffer.extend(itertools.islice(self.items, room))
        self.consumed += len(self.buffer) - before
        self.exhausted = len(self.buffer) - before < room

    def _left(self) -> int | None:
        """How many inputs are still to be assigned, when known."""
        if self.exhausted:
            return len(self.buffer)
        if self.total is not None and self.total >= self.consumed:
            return self.total - self.consumed + len(self.buffer)
        return None

    def _cut(self) -> _Batch | None:
        """Assign the next batch from the buffer (appended to the window)."""
        self._fill()
        buffer = self.buffer
        if not buffer:
            return None
        if not isinstance(buffer[0], str):
            batch = _Batch([buffer.popleft()], self.next_index)
        else:
            size, remaining = self.batch_size, self._left()
            if remaining is not None:  # the end is in sight: smaller batches balance the finish
                size = max(1, min(self.batch_size, -(-remaining // (2 * self.n_process))))
            texts: list[Any] = []
            while buffer and len(texts) < size and isinstance(buffer[0], str):
                texts.append(buffer.popleft())
            batch = _Batch(texts, self.next_index)
        self.window.append(batch)
        self.assigned += len(batch.texts)
        self.next_index += len(batch.texts)
        return batch

    # -- the workers ---------------------------------------------------------------------
    def _submit(self, batch: _Batch) -> None:
        for attempt in range(2):
            try:
                with batchmod._MainHidden(self.hide_main):
                    batch.future = self.pool.submit(batchmod._extract_batch, batch.texts, self.keep_going)
                return
            except BrokenProcessPool:
                if attempt:
                    raise
                self._restart_pool()

    def _feed(self) -> None:
        """Top up the workers: two unfinished batches each, one near the end."""
        busy = sum(1 for b in self.window if b.future is not None and not b.future.done())
        remaining = self._left()
        depth = 1 if remaining is not None and remaining <= self.n_process * self.batch_size else 2
        while busy < depth * self.n_workers:
            batch = self._cut()
            if batch is None:
                return
            if isinstance(batch.texts[0], str):
                self._submit(batch)
                busy += 1

    # -- results -------------------------------------------------------------------------
    def _hand_out(self, stop_at: _Batch | None = None) -> Iterator[Result]:
        """Yield the results of the finished batches at the head of the window, in order."""
        window = self.window
        while window and window[0] is not stop_at:
            head = window[0]
            if head.future is not None:
                if not head.future.done():
                    return
                try:
                    payload, head.failed_at = head.future.result()
                except BrokenProcessPool:
                    # Its worker died (or a sibling did and took the pool down):
                    # extract the batch again here, and restart the pool.
                    self._retry(head)
                else:
                    head.results = pickle.loads(payload)
            elif head.results is None:
                return  # the caller has not extracted it yet
            window.popleft()
            self.assigned -= len(head.texts)
            yield from head.results  # type: ignore[misc]
            if head.failed_at is not None:
                # Raise the failure here, with a traceback from this process.
                for text in head.texts[head.failed_at :]:
                    yield self.extractor.extract(text)

    def _retry(self, batch: _Batch) -> None:
        """Extract a batch whose worker died, here; a failure names the document's index."""
        if self.pool._broken:  # type: ignore[attr-defined] - no public "is broken" in the stdlib
            self._restart_pool()
        results: list[Result] = []
        for i, text in enumerate(batch.texts):
            try:
                results.append(self.extractor.extract(text))
            except Exception as exc:  # noqa: BLE001 - raised, or handed out, as a WorkerError
                error = WorkerError(batch.first + i, exc)
                error.__cause__ = exc
                if not self.keep_going:
                    raise error from exc
                results.append(error)
        batch.future = None
        batch.results = results
        batch.failed_at = None

    def _run_here(self, batch: _Batch) -> Iterator[Result]:
        """Extract *batch* here; between texts, feed the workers and hand out what is ready."""
        results: list[Result] = []
        for i, text in enumerate(batch.texts):
            try:
                results.append(self.extractor.extract(text))
            except Exception as exc:  # noqa: BLE001 - raised again by _hand_out, or handed out
                if not self.keep_going:
                    batch.failed_at = i
                    break
                results.append(exc)
            self._feed()
            yield from self._hand_out(stop_at=batch)
        batch.results = results

    def run(self) -> Iterator[Result]:
        """Yield every result in input order; shut the pools down at the end."""
        try:
            while True:
                self._feed()
                yield from self._hand_out()
                if not self.window:
                    self._fill()
                    if not self.buffer:
                        return  # everything read has been handed out
                    continue
                # The oldest batch is not back yet: extract one here rather than wait.
                mine = next((b for b in self.window if b.future is None and b.results is None), None) or self._cut()
                if mine is not None:
                    yield from self._run_here(mine)
                else:
                    running = [b.future for b in self.window if b.future is not None and not b.future.done()]
                    wait(running, return_when=FIRST_COMPLETED)
        finally:
            for batch in self.window:
                if batch.future is not None:
                    batch.future.cancel()
            # When nothing runs any more (the usual end), wait for each pool's
            # manager thread: left running, it may close its wake-up pipe while
            # the interpreter's exit hook writes to it (CPython 3.11's
            # concurrent.futures race: "Exception ignored in threading._shutdown
            # ... Bad file descriptor" on the caller's stderr). A batch still
            # running (the caller stopped early) is not waited for.
            running = any(b.future is not None and not b.future.done() for b in self.window)
            for started in self.pools:
                started.shutdown(wait=not running, cancel_futures=True)
