"""The public entry points: :func:`extract` and :class:`Extractor`."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

import attrs

from .config import Config
from .errors import ConfigError, InputTypeError
from .model import Quote, rebase

__all__ = ["BACKENDS", "DocumentLike", "Extractor", "extract"]

BACKENDS = ("rules", "stanza", "auto")


@runtime_checkable
class DocumentLike(Protocol):
    """What :meth:`Extractor.extract` accepts besides a ``str``: a parsed ``stanza.Document``."""

    text: str
    sentences: Any


def _check_options(caller: str, backend: str, options: dict[str, Any]) -> None:
    """Refuse keyword options that belong in :class:`Config`, pointing there.

    ``extract(text, indirect=False)`` would otherwise reach the backend,
    which says it takes no such option without saying where tunables live.
    """
    fields = {f.name for f in attrs.fields(Config)}
    for name, value in options.items():
        if name in fields:
            raise ConfigError(
                f"{caller} got unknown option {name!r}; tunables are fields of quotes.Config: "
                f"{caller[:-2]}(text, config=Config({name}={value!r}))"
            )
    if backend == "rules" and options:
        name = sorted(options)[0]
        raise ConfigError(
            f"{caller} got unknown option {name!r}; the rules backend takes no options, and tunables "
            f"are fields of quotes.Config ({', '.join(sorted(fields))}): {caller[:-2]}(text, config=Config(...))"
        )


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise InputTypeError(f"quotes expects text as str, got {type(text).__name__}")
    return text


def _clean(text: str) -> str:
    """Make text safe for the regex engine without moving any offset.

    Lone surrogates (possible in a Python ``str`` read with
    ``errors="surrogateescape"``) are replaced one-for-one, so offsets into the
    cleaned text are offsets into the original.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


class Extractor:
    """A configured, reusable quote extractor.

    >>> ex = Extractor()
    >>> [q.text for q in ex.extract('"We will win," she said.')]
    ['We will win,']
    """

    def __init__(self, backend: str = "rules", *, config: Config | None = None, **backend_options: Any) -> None:
        if backend not in BACKENDS:
            raise ConfigError(f"unknown backend {backend!r}; expected one of {', '.join(BACKENDS)}")
        if config is not None and not isinstance(config, Config):
            raise ConfigError("config must be a quotes.Config")
        _check_options("Extractor()", backend, backend_options)
        from .backends import load_backend

        self._backend = load_backend(backend, **backend_options)
        self._backend_options = dict(backend_options)
        self.backend = self._backend.name
        self.config = config or Config()

    def __getstate__(self) -> dict[str, Any]:
        # The backend (a loaded model for stanza) is rebuilt, not pickled.
        return {"backend": self.backend, "config": self.config, "options": self._backend_options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["backend"], config=state["config"], **state["options"])  # type: ignore[misc]

    def extract(self, text: str | DocumentLike) -> list[Quote]:
        """Find the quotes in *text* (a ``str``, or a ``stanza.Document``), in document order.

        Any other type raises :class:`~quotes.InputTypeError` (a ``TypeError``).
        """
        from .pipeline import run

        analysis = None
        if not isinstance(text, str) and type(text).__name__ == "Document" and isinstance(text, DocumentLike):
            from .backends.stanza import analysis_from_document

            analysis = analysis_from_document(text)
            text = analysis.text
        text = _check_text(text)
        if not text.strip():
            return []
        clean = _clean(text)
        if analysis is None:
            analysis = self._backend.analyze(clean)
        window = self.config.window_chars
        # The pipeline builds no reference cycles, so the cyclic collector has
        # nothing to find during a run; pausing it keeps long documents linear
        # (its full passes would re-scan every quote built so far).
        collecting = gc.isenabled()
        gc.disable()
        try:
            if window and len(clean) > window and not (analysis.layers - {"sentences"}):
                from .pipeline import run_windowed

                quotes = run_windowed(clean, self.config, window)
            else:
                quotes = run(clean, self.config, analysis=analysis)
        finally:
            if collecting:
                gc.enable()
        if clean is not text:
            # Surrogates were replaced one-for-one: re-cut every span from the original.
            cache: dict[int, Any] = {}
            quotes = [rebase(q, text, 0, cache) for q in quotes]
        return quotes

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        n_process: int = 1,
        batch_size: int = 64,
        progress: bool = False,
    ) -> Iterator[list[Quote]]:
        """Yield the quotes of each text, in input order (streaming).

        The input is read lazily. ``n_process=N`` extracts on ``N`` processes
        (``N - 1`` workers and this one; plain scripts need no ``__main__``
        guard, and a worker that dies loses nothing), handing each at most
        ``batch_size`` texts at a time; ``progress=True`` shows a tqdm bar (the ``progress``
        extra). A text that is not a ``str`` raises what :meth:`extract`
        raises, after the results before it. Details: :mod:`quotes.batch`.

        >>> ex = Extractor()
        >>> [len(found) for found in ex.extract_many(['"Yes," she said.', "No quotes."])]
        [1, 0]
        """
        from .batch import extract_many

        return extract_many(self, texts, n_process=n_process, batch_size=batch_size, progress=progress)

    def __repr__(self) -> str:
        return f"Extractor(backend={self.backend!r})"


def extract(
    text: str | DocumentLike, *, backend: str = "rules", config: Config | None = None, **backend_options: Any
) -> list[Quote]:
    """Find the quotes in *text* and who said them.

    *text* is a ``str`` (or a parsed ``stanza.Document``); any other type
    raises :class:`~quotes.InputTypeError`. Tunables are fields of
    :class:`Config`, passed as ``config=``; the keyword options are the
    backend's (``lang=``, ``model_dir=`` ... for ``backend="stanza"``), and
    anything else raises :class:`~quotes.ConfigError` pointing to ``Config``.

    >>> [(q.kind.value, q.text) for q in extract('Talks will resume, the official said.')]
    [('indirect', 'Talks will resume')]
    """
    if backend == "rules" and config is None and not backend_options:
        return _default_extractor().extract(text)
    _check_options("extract()", backend, backend_options)
    return Extractor(backend, config=config, **backend_options).extract(text)


@functools.cache
def _default_extractor() -> Extractor:
    """The extractor of a bare ``extract(text)``, built once: building one (a
    rules backend and a default :class:`Config`, validated) cost 19 us a call,
    0.4% of a PolNeAR pass. It holds no per-document state (the backend is
    stateless, the config frozen), so threads may share it."""
    return Extractor()
