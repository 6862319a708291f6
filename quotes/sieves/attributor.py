"""The attributor: every sieve family over one document's outer token stream.

Each family is a class of its own module (tags, subjects, reported, sources,
nominal, headlines); :class:`Attributor` only puts them together over the
shared per-document state of :class:`~quotes.sieves.base.SieveBase`, so a
sieve of one family may ask another family's subject finders through
``self``.
"""

from __future__ import annotations

from .headlines import HeadlineSieves
from .nominal import NominalSieves
from .reported import ReportedSieves
from .sources import SourceSieves
from .subjects import SubjectSieves
from .tags import TagSieves
from .tails import TailSieves

__all__ = ["Attributor"]


class Attributor(TagSieves, TailSieves, ReportedSieves, SourceSieves, NominalSieves, HeadlineSieves, SubjectSieves):
    """Runs the sieves over one document's outer token stream."""
