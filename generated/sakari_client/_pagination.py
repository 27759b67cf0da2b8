"""Pages of list results, and iteration over every item of every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

from attrs import define

from .types import Unset

__all__ = ["AsyncPage", "AsyncPaginator", "NoNextPageError", "PageInfo", "SyncPage"]

ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")


class NoNextPageError(LookupError):
    """``get_next_page()`` was called on the last page."""


@define(frozen=True)
class PageInfo:
    """What an answer says about its place in the result set (``None`` where it says nothing)."""

    offset: int | None
    has_next: bool | None
    total_count: int | None

    @classmethod
    def read(cls, offset: object, has_next: object, total_count: object) -> PageInfo:
        return cls(
            offset=offset if isinstance(offset, int) and not isinstance(offset, bool | Unset) else None,
            has_next=has_next if isinstance(has_next, bool) else None,
            total_count=total_count if isinstance(total_count, int) and not isinstance(total_count, bool) else None,
        )


class _Page(Generic[ResponseT, ItemT]):
    def __init__(self, *, response: ResponseT, data: list[ItemT], info: PageInfo, requested_offset: int) -> None:
        self.response = response
        self.data = data
        self.info = info
        self._requested_offset = requested_offset

    @property
    def next_offset(self) -> int:
        start = self.info.offset if self.info.offset is not None else self._requested_offset
        return start + len(self.data)

    def has_next_page(self) -> bool:
        """False on an empty page, when the answer says there is no next page, or when the total is reached."""
        if not self.data or self.info.has_next is False:
            return False
        return self.info.total_count is None or self.next_offset < self.info.total_count

    def __repr__(self) -> str:
        return f"<{type(self).__name__} offset={self._requested_offset} items={len(self.data)} next={self.has_next_page()}>"


class SyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; iterating the page yields every item of every page, fetching lazily."""

    def __init__(self, *, fetch: Callable[[int], SyncPage[ResponseT, ItemT]], **page: Any) -> None:
        super().__init__(**page)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[ResponseT, ItemT]:
        if not self.has_next_page():
            raise NoNextPageError("this is the last page")
        return self._fetch(self.next_offset)

    def iter_pages(self) -> Iterator[SyncPage[ResponseT, ItemT]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; ``async for`` over the page yields every item of every page."""

    def __init__(self, *, fetch: Callable[[int], Awaitable[AsyncPage[ResponseT, ItemT]]], **page: Any) -> None:
        super().__init__(**page)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[ResponseT, ItemT]:
        if not self.has_next_page():
            raise NoNextPageError("this is the last page")
        return await self._fetch(self.next_offset)

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
