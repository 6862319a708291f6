"""Many documents at once: :func:`extract_many`, in order, streamed, on one or more processes.

:meth:`quotes.Extractor.extract_many` delegates here. The contract:

- one ``list[Quote]`` per input text, in input order, exactly what
  :meth:`~quotes.Extractor.extract` returns for that text;
- streaming: the input iterable is read lazily, and at most
  ``2 * n_process * batch_size`` inputs are read ahead of the results handed
  out, so memory does not grow with the number of documents;
- ``n_process > 1`` extracts batches of up to ``batch_size`` texts on
  ``n_process - 1`` worker processes *and* in the calling process, which
  takes a batch itself whenever it would otherwise wait: ``n_process``
  processes extract. Each worker rebuilds the extractor once, in the pool's
  initializer, from its pickled state (an :class:`~quotes.Extractor` pickles
  as its recipe: backend, options and config), never once per document;
- the workers are started with ``"fork"`` on Linux when that is safe (no
  other thread is running and no torch/stanza is loaded), so that plain
  scripts without ``if __name__ == "__main__":``, ``python -c``,
  ``python - < script.py`` and notebooks work; elsewhere (macOS, Windows, a
  threaded or torch-using caller) with ``"spawn"``, starting the workers
  from :mod:`quotes.batch` alone, without re-running the caller's script
  (:func:`start_method` says which);
- a worker that dies (killed, out of memory) loses nothing: every batch it
  or its pool still owed is extracted again in the calling process, and the
  pool is restarted for the rest; a document whose retry fails too raises
  :class:`WorkerError` naming its index in the input;
- an input that is not a ``str`` raises exactly what ``extract`` raises
  (:class:`~quotes.InputTypeError`, a ``TypeError``), after the results of the
  texts before it have been yielded, as a plain loop would; so does any
  other failure, with the caller's traceback;
- ``progress=True`` draws a tqdm bar on standard error (the ``progress``
  extra); without tqdm it raises :class:`~quotes.BackendUnavailableError`.

The design follows spaCy's ``Language.pipe(n_process=..., batch_size=...)``
(batches go to workers that own a copy of the pipeline), with two changes:
batches are submitted through a bounded window (``multiprocessing.Pool.imap``
has a feeder thread that reads the whole input ahead), and the calling
process works too instead of only waiting.
"""

from __future__ import annotations

import gc
import io
import operator
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from .errors import BackendUnavailableError, ConfigError, InputTypeError, WorkerError

if TYPE_CHECKING:  # pragma: no cover

    from .api import Extractor
    from .model import Quote

__all__ = ["PROGRESS_HINT", "WorkerError", "extract_many", "start_method"]


#: Modules whose threads or device state make a forked child unsafe.
_FORK_UNSAFE_MODULES = ("torch", "stanza", "tensorflow", "jax")


def start_method() -> str:
    """The start method :func:`extract_many` uses for its workers here and now.

    ``"fork"`` on Linux when no other thread runs (the pools' own manager
    threads aside) and nothing fork-unsafe is loaded; else ``"spawn"``.
    macOS has fork, but its system libraries are not fork-safe (which is why
    Python defaults to spawn there); Windows has only spawn.
    """
    import multiprocessing

    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        return "spawn"
    if any(name in sys.modules for name in _FORK_UNSAFE_MODULES):
        return "spawn"
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    if any(type(t).__name__ != "_ExecutorManagerThread" for t in others):
        return "spawn"
    return "fork"


class _MainHidden:
    """Start spawn workers without re-running the caller's ``__main__``.

    A spawned child imports the parent's main script (or module) before it
    unpickles its work, which runs an unguarded script's top level again and
    fails outright for ``python - < script.py``. The workers need only
    :mod:`quotes.batch`, so while they start, ``__main__`` shows neither a
    file nor a spec and multiprocessing skips that import.
    """

    def __init__(self, active: bool) -> None:
        self.active = active
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> None:
        main = sys.modules.get("__main__")
        if not self.active or main is None:
            return
        for name in ("__file__", "__spec__"):
            if name in vars(main):
                self.saved[name] = vars(main)[name]
        main.__spec__ = None
        if "__file__" in vars(main):
            del main.__file__

    def __exit__(self, *exc: Any) -> None:
        main = sys.modules.get("__main__")
        if main is None:
            return
        for name, value in self.saved.items():
            setattr(main, name, value)
        self.saved.clear()

#: The message of the error raised when ``progress=True`` finds no tqdm.
PROGRESS_HINT = 'progress=True needs tqdm: pip install "quotes-attribution[progress]"'

#: A short text each worker extracts once at start-up, so that the word lists
#: are loaded and the patterns compiled before the first real batch arrives.
_WARM_UP = (
    "Finance Minister Ana Lindqvar met union leaders.\n\n"
    "\u201cWe have listened,\u201d she said. Talks will resume, the official said."
)

#: One result: the quotes of a text or, with ``on_error="return"``, its exception.
Result = Any  # list[Quote] | Exception


# -- the work itself (shared by the caller and the workers) ------------------------------


def _run_batch(extractor: Extractor, texts: list[Any], keep_going: bool) -> tuple[list[Result], int | None]:
    """Extract each text: ``(results, index of the first failure or None)``.

    With *keep_going*, a failure is stored in the results in place of the
    quotes and the batch goes on; otherwise the batch stops at the failure.
    """
    results: list[Result] = []
    for i, text in enumerate(texts):
        try:
            results.append(extractor.extract(text))
        except Exception as exc:  # noqa: BLE001 - raised again by the caller, or handed to it
            if not keep_going:
                return results, i
            results.append(exc)
    return results, None


# -- results across processes ------------------------------------------------------------

#: class -> (names of its attrs fields, an attrgetter of them), for the result types.
_FIELDS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def _result_types() -> dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]]:
    if not _FIELDS:
        import attrs

        from .model import Quote, Span, Speaker

        for cls in (Quote, Span, Speaker):
            names = tuple(field.name for field in attrs.fields(cls))
            getter = operator.attrgetter(*names)
            _FIELDS[cls] = (names, getter if len(names) > 1 else lambda obj, g=getter: (g(obj),))
    return _FIELDS


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """Unpickle a Quote, Span or Speaker: set its fields (validated when it was made)."""
    obj = object.__new__(cls)
    for name, value in zip(_result_types()[cls][0], values):
        object.__setattr__(obj, name, value)
    return obj


class _ResultPickler(pickle.Pickler):
    """Pickles :class:`~quotes.Quote`, :class:`~quotes.Span` and :class:`~quotes.Speaker` as field tuples.

    attrs' own pickling builds a dict per object and replays it through a
    generated ``__setstate__``; a batch holds tens of thousands of small spans,
    and this is about a third cheaper, on both sides.
    """

    def reducer_override(self, obj: Any) -> Any:
        entry = _FIELDS.get(type(obj))
        if entry is None:
            return NotImplemented
        return _rebuild, (type(obj), entry[1](obj))


def _dumps(results: list[Result]) -> bytes:
    _result_types()
    buffer = io.BytesIO()
    _ResultPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(results)
    return buffer.getvalue()


# -- worker side (module level, so that "spawn" children can import it) --------------

_worker_extractor: Extractor | None = None
_worker_error: Exception | None = None


def _init_worker(state: bytes) -> None:
    """Pool initializer: rebuild this worker's extractor once, and warm it up.

    A failure is kept and raised by the first batch, where the caller sees it,
    instead of breaking the pool.
    """
    global _worker_extractor, _worker_error
    try:
        _worker_extractor = pickle.loads(state)
        _worker_extractor.extract(_WARM_UP)
    except Exception as exc:  # noqa: BLE001 - raised again by _extract_batch
        _worker_error = exc
    # This process only extracts: keep its start-up objects (modules, word
    # lists, patterns) out of the garbage collector's way.
    gc.freeze()


def _portable(exc: Exception) -> Exception:
    """*exc* if it survives pickling back to the caller, else a RuntimeError naming it."""
    try:
        pickle.dumps(exc)
    except Exception:  # noqa: BLE001 - any pickling failure
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _extract_batch(texts: list[str], keep_going: bool) -> tuple[bytes, int | None]:
    """Run in a worker: :func:`_run_batch` with the worker's extractor, results pickled."""
    if _worker_error is not None:
        raise _worker_error
    if _worker_extractor is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("quotes.batch worker used before its initializer ran")
    results, failed_at = _run_batch(_worker_extractor, texts, keep_going)
    if keep_going:
        results = [_portable(r) if isinstance(r, Exception) else r for r in results]
    return _dumps(results), failed_at


# -- caller side ------------------------------------------------------------------------


def _check_options(n_process: Any, batch_size: Any, on_error: Any) -> int:
    """Validate the options; return the number of processes (``-1``: one per CPU)."""
    if isinstance(n_process, bool) or not isinstance(n_process, int) or (n_process < 1 and n_process != -1):
        raise ConfigError(f"n_process must be a positive int or -1 (one per CPU), got {n_process!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"batch_size must be a positive int, got {batch_size!r}")
    if on_error not in ("raise", "return"):
        raise ConfigError(f"on_error must be 'raise' or 'return', got {on_error!r}")
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


def _pickled(extractor: Extractor) -> bytes:
    try:
        return pickle.dumps(extractor)
    except Exception as exc:
        if hasattr(exc, "add_note"):  # Python 3.11+
            exc.add_note("n_process > 1 sends the extractor to worker processes, so it must pickle")
        raise


def extract_many(
    extractor: Extractor,
    texts: Iterable[str],
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = False,
    on_error: Literal["raise", "return"] = "raise",
) -> Iterator[list[Quote]]:
    """Yield ``extractor.extract(text)`` for each of *texts*, in order (streaming).

    ``n_process`` processes extract (``-1``: one per CPU), the calling one
    included; ``batch_size`` is the most texts handed to a process at once
    (smaller batches near the end of the input keep the processes finishing
    together). ``progress=True`` shows a tqdm bar on standard error.
    ``on_error="return"`` yields the exception raised for a text in place of
    its quotes and goes on (the command line uses it to skip a bad document);
    the default ``"raise"`` raises it, as a plain loop would.

    The options are checked, tqdm imported and the extractor pickled when
    this function is called; the texts are read and the worker processes
    started only as the results are consumed. Raises
    :class:`~quotes.ConfigError` for a bad option,
    :class:`~quotes.InputTypeError` when *texts* is a single ``str`` or not
    iterable, and :class:`~quotes.BackendUnavailableError` when
    ``progress=True`` and tqdm is missing.

    >>> import quotes
    >>> ex = quotes.Extractor()
    >>> docs = ['"We will win," she said.', "No quotes here.", "Rates will rise, the bank said."]
    >>> [[q.text for q in found] for found in extract_many(ex, docs)]
    [['We will win,'], [], ['Rates will rise']]
    """
    n_process = _check_options(n_process, batch_size, on_error)
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
    keep_going = on_error == "return"
    if n_process == 1:
        results = _serial(extractor, items, keep_going)
    else:
        state = _pickled(extractor)
        results = _parallel(
            extractor, state, items, n_process=n_process, batch_size=batch_size, total=total, keep_going=keep_going
        )
    if progress:
        return _counted(results, _progress_bar(total))
    return results


def _counted(results: Iterator[Result], bar: Any) -> Iterator[Result]:
    try:
        for found in results:
            bar.update(1)
            yield found
    finally:
        bar.close()
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _serial(extractor: Extractor, items: Iterator[Any], keep_going: bool) -> Iterator[Result]:
    for text in items:
        if not keep_going:
            yield extractor.extract(text)
            continue
        try:
            found = extractor.extract(text)
        except Exception as exc:  # noqa: BLE001 - handed to the caller
            yield exc
        else:
            yield found


def _parallel(
    extractor: Extractor,
    state: bytes,
    items: Iterator[Any],
    *,
    n_process: int,
    batch_size: int,
    total: int | None,
    keep_going: bool,
) -> Iterator[Result]:
    """Extract on ``n_process - 1`` workers plus the calling process; yield in order
    (the scheduling is :class:`quotes.parallel.Scheduler`'s). A generator, so
    that the pool starts only when the first result is asked for, as
    :func:`extract_many` promises."""
    from .parallel import Scheduler

    yield from Scheduler(extractor, state, items, n_process=n_process, batch_size=batch_size, total=total, keep_going=keep_going).run()
