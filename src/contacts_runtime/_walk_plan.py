"""What a walk over an offset-paged list fetched side by side does next: decisions only, no I/O.

The sync (threads) and async walks in ``_pagination`` send the requests this plan asks for and hand
it each answer's items, in the order of their offsets; the plan says which items are new. It never
trusts the page size it asked for: a page at offset ``o`` holding ``n`` items covers ``[o, o + n)``,
whatever ``n`` is. Everything before ``covered`` has been handed out, once and in order; a page
starting past ``covered`` waits until the gap before it is fetched (at ``covered``, one page at a
time), and a page starting before ``covered`` is cut. Offsets are handed out ahead ``step`` apart,
``step`` being the length of the page served last, so a service that serves more or fewer items than
asked replans the offsets still to come; those already on the wire are cut or gap-filled.

The list ends at ``x`` when a page at ``x`` is empty, and at ``o + n`` when that page says no page
follows; no item past the end is handed out. The total of the first answer bounds how far ahead
offsets go; past it the walk goes on one page after another while the last page says more follow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .types import Unset

ItemT = TypeVar("ItemT")


def _item_id(item: Any) -> Any:
    found = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    return None if isinstance(found, Unset) else found


def repeats(previous: Sequence[Any], following: Sequence[Any]) -> bool:
    """True when ``following`` holds the same items, by id, as ``previous``: a page served twice.

    Items without ids cannot tell. The first ids are compared before the whole pages, so a walk pays
    for one id per page, not a hundred.
    """
    if not previous or len(previous) != len(following):
        return False
    first = _item_id(previous[0])
    if first is None or first != _item_id(following[0]):
        return False
    ids = [_item_id(item) for item in previous]
    return None not in ids and ids == [_item_id(item) for item in following]


class WalkPlan:
    """The offsets to fetch and the items to keep, for a walk starting at ``start``.

    ``total`` (the list's length as its first answer gave it) bounds the offsets handed out ahead;
    ``error`` builds the exception raised when a page repeats the one before it (a service that
    ignores the offset), since offsets alone cannot tell those items apart.
    """

    def __init__(self, start: int, total: int | None, error: Callable[[str], Exception]) -> None:
        self.covered = start
        self._next = start
        self._step = 0
        self._total = total
        self._end: int | None = None
        self._more: bool | None = True
        self._previous: Sequence[Any] = ()
        self._error = error

    @property
    def finished(self) -> bool:
        """True once every item up to the end the service gave has been handed out."""
        return self._end is not None and self.covered >= self._end

    def ahead(self) -> int | None:
        """The next offset to fetch side by side, or ``None`` when the plan has no more to hand out."""
        bound = self._total if self._end is None or self._total is None else min(self._total, self._end)
        offset = max(self._next, self.covered)
        if self._step == 0 or bound is None or offset >= bound or self.finished:
            return None
        self._next = offset + self._step
        return offset

    def fetch_now(self, head: int | None) -> int | None:
        """The offset to fetch before the page planned at ``head`` (the next one on the wire) is taken.

        ``covered`` while a gap remains before ``head``; with nothing planned, ``covered`` while the
        page taken last says more follow (or, saying nothing, the total is not reached yet).
        """
        if self.finished:
            return None
        if head is not None:
            return self.covered if self.covered < head else None
        if self._more is True or (self._more is None and self._total is not None and self.covered < self._total):
            return self.covered
        return None

    def take(
        self, offset: int, items: Sequence[ItemT], has_next: bool | None, *, before: int | None = None
    ) -> Sequence[ItemT]:
        """The items of the page at ``offset`` not handed out yet, in order (``items`` itself when all are).

        ``has_next`` is what the page says of the pages after it (``None``: nothing). A page fetched to
        fill a gap gives its items only up to ``before``, the planned page that takes over there.
        """
        if offset > self.covered:
            raise ValueError(f"the page at offset {offset} is taken before the gap from {self.covered} is filled")
        if repeats(self._previous, items):
            raise self._error(f"the page at offset {offset} repeats the previous page")
        self._previous = items
        if not items:
            self._end_at(offset)
            return ()
        end = offset + len(items)
        self._step = len(items)  # the length the service serves: the offsets still to come follow it
        if has_next is False:
            self._end_at(end)
        stop = end if before is None else min(end, before)
        if self._end is not None:
            stop = min(stop, self._end)
        if stop <= self.covered:
            return ()
        first = self.covered - offset
        self.covered, self._more = stop, has_next
        return items if first == 0 and stop == end else items[first : stop - offset]

    def _end_at(self, offset: int) -> None:
        self._end = offset if self._end is None else min(self._end, offset)
