"""A lazy attribute read once per object, without a lock: :class:`once`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["once"]

T = TypeVar("T")


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
