"""Pages of list results, and iteration over every item of every page.

A page knows how to fetch the one after it; the ``next_*`` functions decide, for each paging style
of the spec's ``x-sdk-pagination``, whether there is one and what to send for it.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import attrs

from .types import UNSET, Unset

__all__ = ["AsyncPage", "AsyncPaginator", "NoNextPageError", "OffsetPlan", "SyncPage"]

ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
BodyT = TypeVar("BodyT")


class NoNextPageError(LookupError):
    """``get_next_page()`` was called on the last page."""


PageT = TypeVar("PageT")


@attrs.define(frozen=True)
class OffsetPlan(Generic[PageT]):
    """Where the remaining pages of an offset-paged list start, so they can be fetched side by side."""

    fetch: Callable[[int], PageT]
    start: int
    step: int
    total: int

    def offsets(self) -> range:
        return range(self.start, self.total, self.step)


class _Page(Generic[ResponseT, ItemT]):
    def __init__(self, *, response: ResponseT, data: list[ItemT], plan: OffsetPlan[Any] | None = None) -> None:
        self.response = response
        self.data = data
        self._plan = plan

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} next={self.has_next_page()}>"

    def has_next_page(self) -> bool:
        raise NotImplementedError


class SyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; iterating the page yields every item of every page, fetching lazily."""

    def __init__(self, *, next_page: Callable[[], SyncPage[ResponseT, ItemT]] | None, **page: Any) -> None:
        super().__init__(**page)
        self._next_page = next_page

    def has_next_page(self) -> bool:
        return self._next_page is not None

    def get_next_page(self) -> SyncPage[ResponseT, ItemT]:
        if self._next_page is None:
            raise NoNextPageError("this is the last page")
        return self._next_page()

    def iter_pages(self) -> Iterator[SyncPage[ResponseT, ItemT]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data

    def iter_all(self, *, concurrency: int = 1) -> Iterator[ItemT]:
        """Every item of every page, in order; ``concurrency`` pages are fetched side by side.

        Side by side needs a list paged by offset whose answer gives the total; otherwise (or with
        ``concurrency=1``) the pages come one after another. At most ``concurrency`` pages are held
        at a time. Items added or removed during the walk may be missed or seen twice, as with any
        offset paging.
        """
        if concurrency <= 1 or self._plan is None:
            yield from self
            return
        yield from self.data
        plan: OffsetPlan[SyncPage[ResponseT, ItemT]] = self._plan
        last: SyncPage[ResponseT, ItemT] = self
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            pending: deque[Future[SyncPage[ResponseT, ItemT]]] = deque()
            offsets = iter(plan.offsets())
            for offset in offsets:
                pending.append(pool.submit(plan.fetch, offset))
                if len(pending) >= concurrency:
                    last = pending.popleft().result()
                    yield from last.data
            while pending:
                last = pending.popleft().result()
                yield from last.data
        if last is not self and last.has_next_page():  # the list grew past the total it gave first
            yield from last.get_next_page()


class AsyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; ``async for`` over the page yields every item of every page."""

    def __init__(self, *, next_page: Callable[[], Awaitable[AsyncPage[ResponseT, ItemT]]] | None, **page: Any) -> None:
        super().__init__(**page)
        self._next_page = next_page

    def has_next_page(self) -> bool:
        return self._next_page is not None

    async def get_next_page(self) -> AsyncPage[ResponseT, ItemT]:
        if self._next_page is None:
            raise NoNextPageError("this is the last page")
        return await self._next_page()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ResponseT, ItemT]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    async def iter_all(self, *, concurrency: int = 1) -> AsyncIterator[ItemT]:
        """Every item of every page, in order; ``concurrency`` pages are fetched side by side (see ``SyncPage``)."""
        if concurrency <= 1 or self._plan is None:
            async for item in self:
                yield item
            return
        for item in self.data:
            yield item
        plan: OffsetPlan[Awaitable[AsyncPage[ResponseT, ItemT]]] = self._plan
        last: AsyncPage[ResponseT, ItemT] = self
        pending: deque[asyncio.Task[AsyncPage[ResponseT, ItemT]]] = deque()
        try:
            for offset in plan.offsets():
                pending.append(asyncio.ensure_future(plan.fetch(offset)))
                if len(pending) >= concurrency:
                    last = await pending.popleft()
                    for item in last.data:
                        yield item
            while pending:
                last = await pending.popleft()
                for item in last.data:
                    yield item
        finally:
            for task in pending:
                task.cancel()
        if last is not self and last.has_next_page():
            async for item in await last.get_next_page():
                yield item


class AsyncPaginator(Generic[ResponseT, ItemT]):
    """What an async list call returns: ``await`` it for the first page, or ``async for`` over every item."""

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[ResponseT, ItemT]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[ResponseT, ItemT]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._first_page()
        async for item in page:
            yield item

    async def iter_all(self, *, concurrency: int = 1) -> AsyncIterator[ItemT]:
        """Every item of every page; ``concurrency`` pages are fetched side by side (see ``SyncPage.iter_all``)."""
        page = await self._first_page()
        async for item in page.iter_all(concurrency=concurrency):
            yield item


def _evolve(body: BodyT, **changes: Any) -> BodyT:
    """A copy of a request model with some fields changed, its additional properties kept."""
    copy = attrs.evolve(body, **changes)  # type: ignore[misc]
    extra = getattr(body, "additional_properties", None)
    if extra:
        copy.additional_properties = dict(extra)  # type: ignore[attr-defined]
    return copy


def _known(value: object) -> Any:
    """``None`` for a value the answer left out (UNSET) or sent as null."""
    return None if value is None or isinstance(value, Unset) else value


def next_offset(
    received: int, requested: int | Unset, meta: Any, *, offset: str, has_next: str, total: str
) -> int | None:
    """Offset paging: the next offset, or ``None`` on an empty page, when ``has_next`` is false or the total is reached.

    The next offset counts the items received, not the limit asked for, in case the service caps pages.
    """
    if received == 0 or _known(getattr(meta, has_next)) is False:
        return None
    start = _known(getattr(meta, offset))
    following = (start if isinstance(start, int) else _known(requested) or 0) + received
    known_total = _known(getattr(meta, total))
    if isinstance(known_total, int | float) and following >= known_total:
        return None
    return following


def offset_plan(
    fetch: Callable[[int], PageT], following: int | None, received: int, meta: Any, *, total: str
) -> OffsetPlan[PageT] | None:
    """How to fetch the rest of an offset-paged list side by side: known once an answer gives its total."""
    known_total = _known(getattr(meta, total))
    if following is None or not isinstance(known_total, int) or received == 0:
        return None
    return OffsetPlan(fetch=fetch, start=following, step=received, total=known_total)


def next_cursor(received: int, requested: Sequence[object], cursor: Sequence[object]) -> tuple[Any, ...] | None:
    """Cursor paging: the cursor the answer gives for the next page, or ``None`` when it gives none (or the same again)."""
    values = tuple(_known(value) for value in cursor)
    if received == 0 or not values or values[0] is None or values == tuple(_known(value) for value in requested):
        return None
    return values


def next_search(
    body: BodyT, received: int, total: object, last_cursor: object, *, fields: dict[str, str], window: int
) -> BodyT | None:
    """Numbered pages up to ``window`` results, then the cursor of the last item (a search's paging).

    ``fields`` names the body's page, page size and cursor attributes. ``None`` when the page was short
    or empty, the total is reached, or a cursor is needed and the last item has none.
    """
    page_size = _known(getattr(body, fields["limit"]))
    if received == 0 or (page_size is not None and received < page_size):
        return None
    size = page_size or received
    cursor = _known(last_cursor)
    if _known(getattr(body, fields["cursor"])) is not None:
        return _evolve(body, **{fields["cursor"]: cursor}) if cursor else None
    page = _known(getattr(body, fields["page"])) or 1
    known_total = _known(total)
    if isinstance(known_total, int | float) and page * size >= known_total:
        return None
    if (page + 1) * size > window:
        return _evolve(body, **{fields["page"]: UNSET, fields["cursor"]: cursor}) if cursor else None
    return _evolve(body, **{fields["page"]: page + 1})
