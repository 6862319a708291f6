"""One analysed document: its text and its quotes, ready to show or tabulate.

:func:`analyze` is :func:`quotes.extract` that keeps the text with the quotes,
so the result can draw itself (:meth:`Extraction._repr_html_` in a notebook,
:meth:`Extraction.to_html` for a standalone page) and turn into rows
(:meth:`Extraction.to_records`, :meth:`Extraction.to_dataframe`).

>>> import quotes
>>> ex = quotes.analyze('"We will win," she said.', doc_id="a1")
>>> ex.doc_id, len(ex.quotes), ex.quotes[0].text
('a1', 1, 'We will win,')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, overload

import attrs

from .config import Config
from .errors import InputTypeError
from .model import Quote

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Extraction", "analyze"]


def _to_quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    out = tuple(value)
    for q in out:
        if not isinstance(q, Quote):
            raise InputTypeError(f"Extraction.quotes holds quotes.Quote objects, got {type(q).__name__}")
    return out


def _check_text(instance: Any, attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, str):
        raise InputTypeError(f"Extraction.text must be a str, got {type(value).__name__}")


def _check_quotes(instance: Extraction, attribute: attrs.Attribute, value: tuple[Quote, ...]) -> None:
    # The offset invariant of every Quote, checked against *this* text: a quote
    # from another document would be highlighted in the wrong place.
    for i, q in enumerate(value):
        if instance.text[q.start : q.end] != q.text:
            raise ValueError(f"quote {i} does not match the text at [{q.start}, {q.end})")


@attrs.frozen(repr=False)
class Extraction:
    """A document and the quotes found in it (what :func:`analyze` returns).

    ``text`` is the document, ``quotes`` a tuple of :class:`quotes.Quote` in
    document order whose offsets index into ``text``, and ``doc_id`` an
    optional identifier carried into tables. In a Jupyter notebook an
    ``Extraction`` displays as the article with each quote highlighted in its
    speaker's colour.

    An ``Extraction`` is a sequence of its quotes: iterating yields them,
    ``len()`` counts them, ``ex[0]`` is the first and ``ex[1:3]`` a tuple.
    """

    text: str = attrs.field(validator=_check_text)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_to_quotes, validator=_check_quotes)
    doc_id: str | None = None

    def __repr__(self) -> str:
        # Short: the full text and every quote would flood a notebook's text view.
        head = " ".join(self.text[:40].split())
        more = "\u2026" if len(self.text) > 40 else ""
        return (
            f"Extraction(doc_id={self.doc_id!r}, quotes={len(self.quotes)}, "
            f"text={head + more!r} ({len(self.text)} chars))"
        )

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    @overload
    def __getitem__(self, index: int) -> Quote: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Quote, ...]: ...

    def __getitem__(self, index: int | slice) -> Quote | tuple[Quote, ...]:
        return self.quotes[index]

    def _repr_html_(self) -> str:
        """The HTML view Jupyter shows for an ``Extraction`` (a self-contained fragment)."""
        from .render import render_fragment

        return render_fragment(self)

    def to_html(self, *, title: str | None = None) -> str:
        """A standalone HTML page (inline CSS, no scripts) showing this document."""
        from .render import render_html

        return render_html(self, title=title)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain ``dict`` per quote (see :func:`quotes.to_records`)."""
        from .table import to_records

        return to_records(self)

    def to_dataframe(self) -> pandas.DataFrame:
        """A :class:`pandas.DataFrame` with one row per quote (needs pandas)."""
        from .table import to_dataframe

        return to_dataframe(self)


def analyze(
    text: str,
    *,
    backend: str = "rules",
    config: Config | None = None,
    doc_id: str | None = None,
) -> Extraction:
    """Find the quotes in *text* and keep them together with the text.

    Takes the same options as :func:`quotes.extract`, plus a *doc_id* that is
    carried into tables. The quotes are exactly those :func:`quotes.extract`
    returns.

    >>> ex = analyze('Talks will resume, the official said.')
    >>> [(q.kind.value, q.text) for q in ex]
    [('indirect', 'Talks will resume')]
    """
    from .api import Extractor

    found = Extractor(backend, config=config).extract(text)
    return Extraction(text, tuple(found), doc_id)
