"""Which call of a bulk run to wait for next, decided without threads or tasks.

``run_bulk`` (threads) and ``arun_bulk`` (tasks) admit each item's call into one ``BulkWindow`` and
settle the calls it says are due, oldest first, so outcomes come in the items' order and at most twice
the concurrency are held at once; a run cut short settles what ``cut_short`` hands back. The window
holds the shells' own handles (a ``Future``, a task): it never waits on them itself.
"""

from __future__ import annotations

from collections import deque
from typing import Generic, TypeVar

from .errors import ArgumentError

__all__ = ["BulkWindow"]

HandleT = TypeVar("HandleT")


class BulkWindow(Generic[HandleT]):
    """The calls admitted and not yet settled, oldest first."""

    __slots__ = ("_limit", "_pending")

    def __init__(self, concurrency: int) -> None:
        if concurrency < 1:
            raise ArgumentError(f"`concurrency` must be 1 or more, got {concurrency}")
        self._limit = 2 * concurrency
        self._pending: deque[HandleT] = deque()

    def admit(self, handle: HandleT) -> None:
        self._pending.append(handle)

    def due(self, *, draining: bool) -> HandleT | None:
        """The oldest call, once its outcome must be waited for: the window is full, or no items are left
        (``draining``); else ``None``. It stays in the window until ``settled``: a run cut short while
        waiting for it still settles it."""
        if self._pending and (draining or len(self._pending) >= self._limit):
            return self._pending[0]
        return None

    def settled(self) -> None:
        """The call ``due`` gave has its outcome recorded."""
        self._pending.popleft()

    def cut_short(self) -> list[HandleT]:
        """Every call not settled, oldest first, for a run that stops here; the window is left empty."""
        handles = list(self._pending)
        self._pending.clear()
        return handles
