"""A lazy attribute read once per object, without a lock: :class:`once`; a
pure function of a word remembered across documents: :class:`WordMemo`; and
what was read of the latest document: :class:`DocumentMemo`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["DocumentMemo", "WordMemo", "once"]

T = TypeVar("T")
V = TypeVar("V")


class once(Generic[T]):  # noqa: N801 (a decorator, named like ``property``)
    """``functools.cached_property`` without its lock.

    The first read computes the value and stores it in the instance's
    ``__dict__``, where every later read finds it (this descriptor defines no
    ``__set__``, so the instance's attribute wins). Python 3.11's
    ``cached_property`` takes a lock on every first read: twice the cost of
    this one (the frame context of each quoted span has several such
    attributes, :class:`quotes.nonspeech.FrameContext`). Two threads
    sharing one object may both compute the value: every user is a per-call
    object that no other thread sees, and the values are pure.
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.__doc__ = func.__doc__
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> once[T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...

    def __get__(self, obj: object | None, owner: type | None = None) -> T | once[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class WordMemo(Generic[V]):
    """A pure function of a word, remembered across documents.

    :meth:`table` answers for every word of a document at once: the words
    not seen before are found by one C-level set difference (the strings
    keep their hashes) and computed once; the rest of a document's words,
    most of them, cost nothing, where a comprehension over its distinct
    words ran Python code for each (the name pre-scan's capital test and the
    word index's kinds: about 2% of a PolNeAR pass). The memo is replaced,
    not cleared, when it grows past *limit* words: a caller holding the old
    table (another thread) still reads it whole.
    """

    def __init__(self, func: Callable[[str], V], limit: int = 200_000) -> None:
        self._func = func
        self._limit = limit
        self._memo: dict[str, V] = {}

    def table(self, words: frozenset[str]) -> dict[str, V]:
        """A mapping that holds the value of each of *words* (and of other words seen before)."""
        memo = self._memo
        new = words.difference(memo)
        if new:
            if len(memo) + len(new) > self._limit:
                memo = self._memo = {}
                new = words
            func = self._func
            for w in new:
                memo[w] = func(w)
        return memo


class DocumentMemo:
    """Values a module computes from a document's text, kept for the latest
    document only: :meth:`table` gives a fresh mapping when another text
    asks (told apart by identity, not by equality: no hashing of the text).

    For helpers that several stages call again with the same arguments
    (``address.vocatives``) or that read the whole document once for many
    calls (``address.address_gender``), where no per-document object reaches
    every caller. The pair (text, mapping) is replaced whole, so a thread
    still reading the previous document keeps its own mapping; two threads
    alternating documents only compute again. The memo keeps one text alive
    until the next document's first call.
    """

    def __init__(self) -> None:
        self._seen: tuple[str | None, dict[Any, Any]] = (None, {})

    def table(self, text: str) -> dict[Any, Any]:
        """The mapping kept for *text* (empty when it is not the latest document)."""
        seen = self._seen
        if seen[0] is not text:
            seen = self._seen = (text, {})
        return seen[1]

