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
    └── ModelNotFoundError(QuotesError, FileNotFoundError)
                                                       stanza models missing on disk

Malformed *text* never raises: unbalanced marks, control characters and huge
documents degrade gracefully. Only wrong *types*, wrong *settings* and
malformed *serialised results* (``from_dict`` input) raise.
"""

from __future__ import annotations

__all__ = [
    "BackendUnavailableError",
    "ConfigError",
    "InputTypeError",
    "ModelNotFoundError",
    "QuotesError",
    "SchemaError",
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
