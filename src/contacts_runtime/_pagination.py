"""Pages of list results, and iteration over every item of every page.

A page holds the request that fetched it and its parsed answer; ``next_page_info()`` says where the
next page starts (as the OpenAI SDK's pages do), for each paging style of the spec's
``x-sdk-pagination``. A ``PageInfo`` is public and plain: save it, and start a walk there later by
passing ``info.arguments`` to the same list method.

Every walk makes progress or stops with ``PaginationError``: a page that repeats the previous one's
items, or a cursor that does not move, ends it instead of looping.
"""

from __future__ import annotations

import asyncio
import time
import types
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import attrs
import httpx

from . import errors
from ._drift import not_json
from .errors import PaginationError
from .types import Unset, json_loads

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._request import Request

__all__ = [
    "AsyncPage",
    "AsyncPaginator",
    "CursorPaging",
    "NoNextPageError",
    "OffsetPaging",
    "PageInfo",
    "Paging",
    "SearchPaging",
    "SyncPage",
]

ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
Parser = Callable[[httpx.Response], object]


class NoNextPageError(LookupError):
    """``get_next_page()`` was called on the last page."""


@attrs.frozen
class OffsetPaging:
    """Pages selected by an offset query parameter; the answer says whether more follow and the total.

    ``items``, ``meta``, ``has_next`` and ``total`` are attribute names of the parsed answer (``wire``
    gives their wire names);
    ``offset_param`` is the wire name of the query parameter and ``offset_argument`` the list method's.
    With ``limit_param`` (the page size's query parameter, ``default_limit`` when not sent), a page
    shorter than that size is the last.
    """

    items: str
    offset_param: str
    offset_argument: str
    meta: str | None = None
    has_next: str | None = None
    total: str | None = None
    limit_param: str | None = None
    default_limit: int | None = None
    wire: Mapping[str, str] = attrs.field(factory=dict)
    """The answer's ``items``, ``meta``, ``has-next`` and ``total`` by their wire names (for reading its JSON)."""


@attrs.frozen
class CursorPaging:
    """Pages that start after a cursor the previous answer gives (in ``meta``, one field per parameter)."""

    items: str
    meta: str
    cursor_params: tuple[str, ...]
    cursor_arguments: tuple[str, ...]
    cursor_fields: tuple[str, ...]
    wire: Mapping[str, str] = attrs.field(factory=dict)
    """The answer's ``items`` by its wire name (``items_json``)."""


@attrs.frozen
class SearchPaging:
    """A search: numbered pages in the JSON body up to ``window`` results, then the last item's cursor."""

    items: str
    total: str
    page_field: str
    limit_field: str
    cursor_field: str
    page_argument: str
    cursor_argument: str
    item_cursor: str
    window: int
    wire: Mapping[str, str] = attrs.field(factory=dict)
    """The answer's ``items`` by its wire name (``items_json``)."""


Paging: TypeAlias = OffsetPaging | CursorPaging | SearchPaging


@attrs.frozen
class PageInfo:
    """Where a page starts: query parameters or JSON body fields (wire names) to send for it.

    ``arguments`` names the same values as the list method's keyword arguments, so
    ``client.contacts.list(**filters, **info.arguments)`` starts a walk there.
    """

    params: Mapping[str, Any] = attrs.field(factory=dict)
    json: Mapping[str, Any] = attrs.field(factory=dict)
    arguments: Mapping[str, Any] = attrs.field(factory=dict)

    def apply(self, request: Request) -> Request:
        if self.params:
            request = request.with_params(**self.params)
        if self.json:
            request = request.with_json_fields(**self.json)
        return request


def _known(value: object) -> Any:
    """``None`` for a value the answer left out (UNSET) or sent as null."""
    return None if value is None or isinstance(value, Unset) else value


def _attribute(owner: object, name: str | None) -> Any:
    return None if name is None or owner is None else _known(getattr(owner, name, None))


def _item_id(item: Any) -> Any:
    return _known(item.get("id") if isinstance(item, dict) else getattr(item, "id", None))


def _repeats(previous: list[Any], following: list[Any]) -> bool:
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


class _Page(Generic[ResponseT, ItemT]):
    def __init__(
        self,
        client: Any,
        paging: Paging,
        request: Request,
        parse: Callable[[httpx.Response], ResponseT],
        response: ResponseT,
        body: bytes | None = None,
    ) -> None:
        self._client = client
        self._paging = paging
        self._request = request
        self._parse = parse
        self.response = response
        self._body = body
        items = getattr(response, paging.items)
        self.data: list[ItemT] = [] if isinstance(items, Unset) or items is None else list(items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} next={self.has_next_page()}>"

    def items_json(self) -> list[Any]:
        """This page's items as the service sent them: their JSON values, read again from the answer.

        Nothing is rewritten, where a model's ``to_dict()`` writes a date-time in its own RFC 3339
        spelling (the same instant). A page built without its answer's body gives each item's
        ``to_dict()``.
        """
        name = self._paging.wire.get("items")
        if self._body is not None and name is not None:
            answer = json_loads(self._body)  # read once already to build the page, so it is JSON
            items = answer.get(name) if isinstance(answer, dict) else None
            if isinstance(items, list):
                return items
        return [_json_of(item) for item in self.data]

    @property
    def page_info(self) -> PageInfo:
        """Where this page started."""
        paging = self._paging
        if isinstance(paging, OffsetPaging):
            offset = int(self._request.params.get(paging.offset_param, 0))
            return PageInfo(params={paging.offset_param: offset}, arguments={paging.offset_argument: offset})
        if isinstance(paging, CursorPaging):
            values = [self._request.params.get(name) for name in paging.cursor_params]
            return PageInfo(
                params=dict(zip(paging.cursor_params, values, strict=True)),
                arguments=dict(zip(paging.cursor_arguments, values, strict=True)),
            )
        body = self._request.json if isinstance(self._request.json, Mapping) else {}
        fields = {name: body.get(name) for name in (paging.page_field, paging.cursor_field)}
        return PageInfo(
            json=fields,
            arguments={
                paging.page_argument: fields[paging.page_field],
                paging.cursor_argument: fields[paging.cursor_field],
            },
        )

    def next_page_info(self) -> PageInfo | None:
        """Where the next page starts, or ``None`` on the last page."""
        paging = self._paging
        received = len(self.data)
        if received == 0:
            return None
        if isinstance(paging, OffsetPaging):
            return self._next_offset(paging, received)
        if isinstance(paging, CursorPaging):
            return self._next_cursor(paging)
        return self._next_search(paging, received)

    def _next_offset(self, paging: OffsetPaging, received: int) -> PageInfo | None:
        meta = _attribute(self.response, paging.meta)
        if _attribute(meta, paging.has_next) is False:
            return None
        if paging.limit_param is not None:
            asked = self._request.params.get(paging.limit_param, paging.default_limit)
            if isinstance(asked, int) and received < asked:
                return None
        # Counted from the offset sent, not the one the service echoes: a wrong echo must not rewind.
        following = int(self._request.params.get(paging.offset_param, 0)) + received
        total = _attribute(meta, paging.total)
        if isinstance(total, int | float) and following >= total and _attribute(meta, paging.has_next) is not True:
            return None
        return PageInfo(params={paging.offset_param: following}, arguments={paging.offset_argument: following})

    def _next_cursor(self, paging: CursorPaging) -> PageInfo | None:
        meta = _attribute(self.response, paging.meta)
        values = tuple(_attribute(meta, name) for name in paging.cursor_fields)
        if not values or values[0] is None:
            return None
        sent = tuple(_known(self._request.params.get(name)) for name in paging.cursor_params)
        if values == sent:
            raise PaginationError(f"{self._request.operation_id}: the next page's cursor is this page's own")
        return PageInfo(
            params=dict(zip(paging.cursor_params, values, strict=True)),
            arguments=dict(zip(paging.cursor_arguments, values, strict=True)),
        )

    def _next_search(self, paging: SearchPaging, received: int) -> PageInfo | None:
        body = self._request.json if isinstance(self._request.json, Mapping) else {}
        page_size = _known(body.get(paging.limit_field))
        if page_size is not None and received < page_size:
            return None
        size = page_size or received
        cursor = _attribute(self.data[-1], paging.item_cursor)
        if _known(body.get(paging.cursor_field)) is not None:
            return self._search_info(paging, None, cursor) if cursor else None
        page = _known(body.get(paging.page_field)) or 1
        total = _attribute(self.response, paging.total)
        if isinstance(total, int | float) and page * size >= total:
            return None
        if (page + 1) * size > paging.window:
            return self._search_info(paging, None, cursor) if cursor else None
        return self._search_info(paging, page + 1, None)

    @staticmethod
    def _search_info(paging: SearchPaging, page: int | None, cursor: object) -> PageInfo:
        return PageInfo(
            json={paging.page_field: page, paging.cursor_field: cursor},
            arguments={paging.page_argument: page, paging.cursor_argument: cursor},
        )

    def has_next_page(self) -> bool:
        return self.next_page_info() is not None

    def _next_request(self) -> Request:
        info = self.next_page_info()
        if info is None:
            raise NoNextPageError("this is the last page")
        return info.apply(self._request)

    def _check_progress(self, following: _Page[ResponseT, ItemT]) -> None:
        if _repeats(self.data, following.data):
            raise PaginationError(
                f"{self._request.operation_id}: the page at {following.page_info.arguments} repeats the previous page"
            )

    def _request_at(self, offset: int) -> Request:
        """This page's request, for the page at ``offset`` of an offset-paged list."""
        paging = self._paging
        assert isinstance(paging, OffsetPaging)
        return self._request.with_params(**{paging.offset_param: offset})

    def _offset_step(self) -> tuple[OffsetPaging, int, int] | None:
        """(paging, this page's offset, page size) when the rest can be fetched side by side."""
        paging = self._paging
        if not isinstance(paging, OffsetPaging) or not self.data or self.next_page_info() is None:
            return None
        # Without a total the walk cannot know how far to look ahead: pages then come one by one.
        if not isinstance(_attribute(_attribute(self.response, paging.meta), paging.total), int):
            return None
        return paging, int(self._request.params.get(paging.offset_param, 0)), len(self.data)


class SyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; iterating the page yields every item of every page, lazily."""

    _client: SyncAPIClient

    def get_next_page(self) -> SyncPage[ResponseT, ItemT]:
        following: SyncPage[ResponseT, ItemT] = self._client.fetch_page(self._paging, self._next_request(), self._parse)
        self._check_progress(following)
        return following

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

        Side by side needs a list paged by offset whose answer gives a total; otherwise (or with
        ``concurrency=1``) the pages come one after another. Offsets are planned by the size of the
        page the service served, at most ``concurrency`` ahead; an empty page or ``hasNext: false``
        ends the walk whatever the total said, and a page that comes back short is completed before
        going on, so no item is skipped or repeated by the client's own plan. Items added or removed
        during the walk may be missed or seen twice, as with any offset paging.

        A walk of many pages makes CPython's collector run full passes, each over every object the
        program holds while the sending threads wait; a program that walks millions of items runs
        faster after ``gc.freeze()`` once it has loaded what it needs (the README's figures).
        """
        step = self._offset_step()
        if concurrency <= 1 or step is None:
            yield from self
            return
        yield from self.data
        paging = step[0]
        yield from self._walk(
            step,
            concurrency,
            lambda request, response: self._client.parse_page(paging, request, self._parse, response),
        )

    def iter_json(self, *, concurrency: int = 1) -> Iterator[Any]:
        """Every item of every page as the service sent it (its JSON value), in order, without models.

        For moving many items where nothing needs their fields (an export): the answers' JSON is not
        checked against the spec nor turned into models, which is most of a walk's time. Pages are
        fetched as ``iter_all`` fetches them; the first page, already parsed, gives its
        ``items_json()``. A list not paged by offset with a total walks its pages one after another,
        each parsed and each giving its ``items_json()``.
        """
        step = self._offset_step()
        paging = self._paging
        if step is None or not isinstance(paging, OffsetPaging) or "items" not in paging.wire:
            for page in self.iter_pages():
                yield from page.items_json()
            return
        yield from self.items_json()
        yield from self._walk(step, max(concurrency, 1), lambda request, response: _RawPage.read(paging, response))

    def _walk(
        self, step: tuple[OffsetPaging, int, int], concurrency: int, read: Callable[[Request, httpx.Response], Any]
    ) -> Iterator[Any]:
        """The items after this page, ``concurrency`` pages fetched side by side; ``read`` makes each answer a page."""
        paging, start, size = step
        plan: _OffsetPlan[ResponseT, ItemT] = _OffsetPlan(self, paging, start + size, size)

        def fetch(offset: int) -> Any:
            request = self._request_at(offset)
            return read(request, self._client.send_checked(request, self._parse))

        # The threads only send; answers are read here, in order, while the next ones are on the
        # wire. Twice as many pages as threads are asked for, so each thread that finishes takes the
        # next at once: ``concurrency`` calls stay in flight while this thread parses.
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            pending: deque[tuple[int, Request, Future[httpx.Response]]] = deque()
            try:
                while True:
                    while len(pending) < 2 * concurrency and (offset := plan.next_offset()) is not None:
                        request = self._request_at(offset)
                        pending.append((offset, request, pool.submit(self._client.send_checked, request, self._parse)))
                    if not pending:
                        break
                    offset, request, future = pending.popleft()
                    page = read(request, future.result())
                    time.sleep(0)  # hands the interpreter to the sending threads, whose answers may wait for it
                    yield from page.data
                    if plan.settle(offset, page):
                        while plan.gap is not None:
                            yield from plan.take_gap(fetch(plan.gap[0]))
                    if plan.finished:
                        break
            finally:
                for _, _, future in pending:
                    future.cancel()
        last = plan.last
        if isinstance(last, SyncPage) and last.has_next_page():  # the list grew past the plan
            yield from last.get_next_page()
        elif isinstance(last, _RawPage):
            offset, page = plan.last_end, last
            while page.has_next and page.data:
                page = fetch(offset)
                offset += len(page.data)
                yield from page.data


def _json_of(item: Any) -> Any:
    """An item of a parsed page as JSON: what its model's ``to_dict()`` gives (the same values as sent,
    a date-time in the model's own spelling)."""
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


@attrs.frozen
class _RawPage:
    """An answer of an offset walk read as JSON: its items, and its paging fields where the parsed
    answer has them (``response``), for ``_OffsetPlan``."""

    data: list[Any]
    response: Any
    has_next: bool

    @classmethod
    def read(cls, paging: OffsetPaging, response: httpx.Response) -> _RawPage:
        try:
            body = json_loads(response.content)
        except ValueError:
            raise not_json(response) from None
        wire = paging.wire
        items = body.get(wire["items"]) if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise errors.APIResponseValidationError(response, errors.DecodeError("an array", items, wire["items"]))
        meta = body.get(wire["meta"]) if "meta" in wire else None
        if not isinstance(meta, dict):
            meta = {}
        fields = {
            name: _known(meta.get(wire[key]))
            for key, name in (("has-next", paging.has_next), ("total", paging.total))
            if key in wire and name is not None
        }
        answer = types.SimpleNamespace(**{paging.meta: types.SimpleNamespace(**fields)}) if paging.meta else None
        return cls(items, answer, fields.get(paging.has_next or "") is not False)


class _OffsetPlan(Generic[ResponseT, ItemT]):
    """The offsets of a walk fetched side by side, and what to do when a page comes back short.

    Offsets are handed out ``size`` apart, up to the total when the answer gives one; a page that
    is empty or says no page follows ends the plan. A short page that says more follow leaves a gap
    (``gap``: its end offset and the items still missing) to be fetched before the next planned page.
    """

    def __init__(self, first: _Page[ResponseT, ItemT], paging: OffsetPaging, start: int, size: int) -> None:
        self._paging = paging
        self._next = start
        self._size = size
        meta = _attribute(first.response, paging.meta)
        total = _attribute(meta, paging.total)
        self._total = total if isinstance(total, int) and not isinstance(total, bool) else None
        self.finished = False
        self.gap: tuple[int, int] | None = None
        self.last: Any = None
        self.last_end = start
        self._previous: list[Any] = first.data

    def next_offset(self) -> int | None:
        if self.finished or (self._total is not None and self._next >= self._total):
            return None
        offset = self._next
        self._next += self._size
        return offset

    def settle(self, offset: int, page: Any) -> bool:
        """Account for the page planned at ``offset``; true when it left a gap to fill."""
        if _repeats(self._previous, page.data):
            raise PaginationError(f"the page at offset {offset} repeats the previous page")
        self._previous = page.data
        meta = _attribute(page.response, self._paging.meta)
        has_next = _attribute(meta, self._paging.has_next)
        if not page.data or has_next is False:
            self.finished = True
            self.last = None
            return False
        self.last = page
        self.last_end = offset + len(page.data)
        missing = self._size - len(page.data)
        if missing > 0:
            self.gap = (offset + len(page.data), missing)
            return True
        return False

    def take_gap(self, filler: Any) -> list[Any]:
        """The items of a page fetched at the gap that belong in it; the gap shrinks by them."""
        assert self.gap is not None
        start, missing = self.gap
        taken: list[Any] = filler.data[:missing]
        if not taken:
            self.gap, self.finished = None, True
            return []
        self.gap = None if len(taken) == missing else (start + len(taken), missing - len(taken))
        return taken


class AsyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; ``async for`` over the page yields every item of every page."""

    _client: AsyncAPIClient

    async def get_next_page(self) -> AsyncPage[ResponseT, ItemT]:
        following: AsyncPage[ResponseT, ItemT] = await self._client.fetch_page(
            self._paging, self._next_request(), self._parse
        )
        self._check_progress(following)
        return following

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
        step = self._offset_step()
        if concurrency <= 1 or step is None:
            async for item in self:
                yield item
            return
        for item in self.data:
            yield item
        async for item in self._walk(step, concurrency, self._fetch_at):
            yield item

    async def iter_json(self, *, concurrency: int = 1) -> AsyncIterator[Any]:
        """Every item of every page as the service sent it, without models (see ``SyncPage.iter_json``)."""
        step = self._offset_step()
        paging = self._paging
        if step is None or not isinstance(paging, OffsetPaging) or "items" not in paging.wire:
            async for page in self.iter_pages():
                for item in page.items_json():
                    yield item
            return
        for item in self.items_json():
            yield item

        async def fetch(offset: int) -> _RawPage:
            response = await self._client.send_checked(self._request_at(offset), self._parse)
            return _RawPage.read(paging, response)

        async for item in self._walk(step, max(concurrency, 1), fetch):
            yield item

    async def _walk(
        self,
        step: tuple[OffsetPaging, int, int],
        concurrency: int,
        fetch: Callable[[int], Awaitable[Any]],
    ) -> AsyncIterator[Any]:
        """The items after this page, ``concurrency`` pages fetched side by side by ``fetch(offset)``."""
        paging, start, size = step
        plan: _OffsetPlan[ResponseT, ItemT] = _OffsetPlan(self, paging, start + size, size)
        pending: deque[tuple[int, asyncio.Future[Any]]] = deque()
        try:
            while True:
                while len(pending) < concurrency and (offset := plan.next_offset()) is not None:
                    pending.append((offset, asyncio.ensure_future(fetch(offset))))
                if not pending:
                    break
                offset, task = pending.popleft()
                page = await task
                for item in page.data:
                    yield item
                if plan.settle(offset, page):
                    while plan.gap is not None:
                        for item in plan.take_gap(await fetch(plan.gap[0])):
                            yield item
                if plan.finished:
                    break
        finally:
            for _, task in pending:
                task.cancel()
        last = plan.last
        if isinstance(last, AsyncPage) and last.has_next_page():
            async for item in await last.get_next_page():
                yield item
        elif isinstance(last, _RawPage):
            offset, page = plan.last_end, last
            while page.has_next and page.data:
                page = await fetch(offset)
                offset += len(page.data)
                for item in page.data:
                    yield item

    async def _fetch_at(self, offset: int) -> AsyncPage[ResponseT, ItemT]:
        page: AsyncPage[ResponseT, ItemT] = await self._client.fetch_page(
            self._paging, self._request_at(offset), self._parse
        )
        return page


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

    async def iter_json(self, *, concurrency: int = 1) -> AsyncIterator[Any]:
        """Every item of every page as the service sent it, without models (see ``SyncPage.iter_json``)."""
        page = await self._first_page()
        async for item in page.iter_json(concurrency=concurrency):
            yield item
