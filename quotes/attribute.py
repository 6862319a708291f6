"""Transitional: the attribution core moved to :mod:`quotes.sieves` and :mod:`quotes.syntax`."""

from __future__ import annotations

from .sieves.attributor import Attributor
from .sieves.base import Attribution
from .syntax.clauses import _clause_end, _skip_adjuncts
from .syntax.words import QUOTE_TOKEN, SUBORDINATORS

__all__ = ["QUOTE_TOKEN", "SUBORDINATORS", "Attribution", "Attributor", "_clause_end", "_skip_adjuncts"]
