"""quotes: find who said what in news text.

>>> import quotes
>>> found = quotes.extract('"Talks will resume next week," the official said.')
>>> found[0].text, found[0].kind.value, found[0].speaker_mention.text
('Talks will resume next week,', 'direct', 'the official')
"""

from __future__ import annotations

import logging

from .api import Extractor, extract
from .backends import available_backends
from .config import Config
from .errors import (
    BackendUnavailableError,
    ConfigError,
    InputTypeError,
    ModelNotFoundError,
    QuotesError,
    SchemaError,
    WorkerError,
)
from .model import Mode, Quote, QuoteKind, Span, Speaker
from .render import render_html
from .result import Extraction, analyze
from .table import to_dataframe, to_records

__all__ = [
    "BackendUnavailableError",
    "Config",
    "ConfigError",
    "Extraction",
    "Extractor",
    "InputTypeError",
    "Mode",
    "ModelNotFoundError",
    "Quote",
    "QuoteKind",
    "QuotesError",
    "SchemaError",
    "Span",
    "Speaker",
    "WorkerError",
    "analyze",
    "available_backends",
    "extract",
    "render_html",
    "to_dataframe",
    "to_records",
]

__version__ = "0.1.0"

logging.getLogger("quotes").addHandler(logging.NullHandler())

# Keep the namespace to the public API (``dir(quotes)`` shows what ``__all__`` says).
del annotations, logging


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
