"""A lazy attribute read once per object, without a lock: :class:`once`; and a
pure function of a word remembered across documents: :class:`WordMemo`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["WordMemo", "once"]

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
