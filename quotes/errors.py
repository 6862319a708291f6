"""Exceptions raised by :mod:`quotes`.

Every error the library raises on purpose derives from :class:`QuotesError`,
and also from the builtin a caller would naturally catch, so both
``except quotes.QuotesError`` and ``except ImportError`` work::

    QuotesError(Exception)
    ├── InputTypeError(QuotesError, TypeError)         extract(b"bytes"), extract(None)
    ├── ConfigError(QuotesError, ValueError)           Config(window=-1), unknown backend
    ├── SchemaError(QuotesError, ValueError)           Quote.from_dict({}), a malformed serialised quote
    ├── BackendUnavailableError(QuotesError, ImportError)
    │                                                  backend="stanza" without the extra
    ├── ModelNotFoundError(QuotesError, FileNotFoundError)
    │                                                  stanza models missing on disk
    └── WorkerError(QuotesError, RuntimeError)         extract_many: a worker died and the
                                                       retry of its document failed too

Malformed *text* never raises: unbalanced marks, control characters and huge
documents degrade gracefully. Only wrong *types*, wrong *settings* and
malformed *serialised results* (``from_dict`` input) raise.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "BackendUnavailableError",
    "ConfigError",
    "InputTypeError",
    "ModelNotFoundError",
    "QuotesError",
    "SchemaError",
    "WorkerError",
]


class QuotesError(Exception):
    """Base class of every error raised by :mod:`quotes`."""


class InputTypeError(QuotesError, TypeError):
    """The input is not a ``str`` (for example ``bytes`` or ``None``)."""


class ConfigError(QuotesError, ValueError):
    """A configuration value or backend name is invalid."""


class SchemaError(QuotesError, ValueError):
    """A serialised result (input to ``Quote.from_dict`` and friends) is malformed.

    The message names the offending field by its path, e.g. ``speaker.name``
    or ``fragments[2].end``.
    """


class BackendUnavailableError(QuotesError, ImportError):
    """An optional backend's dependencies are not installed."""


class ModelNotFoundError(QuotesError, FileNotFoundError):
    """A backend's model files are missing from the directory searched."""


class WorkerError(QuotesError, RuntimeError):
    """A worker process of ``extract_many`` died, and extracting its document again failed too.

    ``index`` is the document's position in the input (from 0); the retry's
    own exception is the ``__cause__``.
    """

    def __init__(self, index: int, cause: BaseException) -> None:
        super().__init__(
            f"document {index}: a worker process died while extracting it, and the retry in this "
            f"process failed: {type(cause).__name__}: {cause}"
        )
        self.index = index

    def __reduce__(self) -> tuple[Any, ...]:
        return (_worker_error, (self.index, str(self)))


def _worker_error(index: int, message: str) -> WorkerError:
    error = WorkerError.__new__(WorkerError)
    RuntimeError.__init__(error, message)
    error.index = index
    return error
