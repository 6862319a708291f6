"""The default backend: pure Python, no models. The pipeline's own rule
segmenter and word lists do all the work, so the analysis is empty."""

from __future__ import annotations

from .base import Analysis

__all__ = ["RulesBackend"]


class RulesBackend:
    """Pure-Python rules; nothing to load."""

    name = "rules"

    def analyze(self, text: str) -> Analysis:
        return Analysis(text=text, backend=self.name)

    def __reduce__(self):  # pickles as "a new rules backend"
        return (RulesBackend, ())
