"""Pages of list results, and iteration over every item of every page.

A page holds the request that fetched it and its parsed answer; ``next_page_info()`` says where the
next page starts (as the OpenAI SDK's pages do), for each paging style of the spec's
``x-sdk-pagination``. A ``PageInfo`` is public and plain: save it, and start a walk there later by
passing ``info.arguments`` to the same list method.

Every walk makes progress or stops with ``PaginationError``: a page that repeats the previous one's
items, a cursor that does not move, or a search page that cannot be followed without repeating or
skipping items (no cursor to go on from) ends it instead of looping. Walks fetched side by side
(``iter_all``, ``iter_json``) follow a ``WalkPlan`` (``_walk_plan``), which decides; the sync and
async loops here only send and hand it the answers.
"""

from __future__ import annotations

import asyncio
import time
import types
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeAlias, TypeVar

import attrs
import httpx

from . import errors
from ._drift import not_json
from ._walk_plan import WalkPlan
from ._walk_plan import repeats as _repeats
from .errors import NoNextPageError, PaginationError
from .types import Unset, json_loads

if TYPE_CHECKING:
    from ._request import Request

__all__ = [
    "AsyncPage",
    "AsyncPageClient",
    "AsyncPaginator",
    "CursorPaging",
    "NoNextPageError",
    "OffsetPaging",
    "PageInfo",
    "Paging",
    "SearchPaging",
    "SyncPage",
    "SyncPageClient",
]

ResponseT = TypeVar("ResponseT")
ItemT = TypeVar("ItemT")
Parser = Callable[[httpx.Response], object]


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


class SyncPageClient(Protocol):
    """What a page needs of its client (``SyncAPIClient`` gives it): to send a page's request and read
    its answer as a page. Pages name this, not the client, so neither module imports the other back."""

    def send_checked(self, request: Request, parse: Parser) -> httpx.Response: ...

    def fetch_page(self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT]) -> Any: ...

    def parse_page(
        self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT], response: httpx.Response
    ) -> SyncPage[ResponseT, Any]: ...


class AsyncPageClient(Protocol):
    """What an async page needs of its client (``AsyncAPIClient`` gives it); see ``SyncPageClient``."""

    async def send_checked(self, request: Request, parse: Parser) -> httpx.Response: ...

    async def fetch_page(
        self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT]
    ) -> Any: ...

    def parse_page(
        self, paging: Paging, request: Request, parse: Callable[[httpx.Response], ResponseT], response: httpx.Response
    ) -> AsyncPage[ResponseT, Any]: ...


class _Page(Generic[ResponseT, ItemT]):
    def __init__(
        self,
        client: SyncPageClient | AsyncPageClient,
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
        try:
            following: object = self.has_next_page()
        except PaginationError:  # a repr must not raise: the walk's error comes when it is walked
            following = "stuck"
        return f"<{type(self).__name__} items={len(self.data)} next={following}>"

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
        if _known(body.get(paging.cursor_field)) is not None:
            # After a cursor a short page proves nothing (the service did not keep to the page size):
            # only an empty page ends the walk.
            return self._search_after(paging, "the search goes on by cursor")
        page_size = _known(body.get(paging.limit_field)) or received
        page = _known(body.get(paging.page_field)) or 1
        total = _attribute(self.response, paging.total)
        seen = (page - 1) * page_size + received
        if isinstance(total, int | float) and seen >= total:
            return None
        if received < page_size and not isinstance(total, int | float):
            return None  # a short page without a total is the last
        if received != page_size:
            # Page ``page + 1`` is counted in pages of ``page_size``: after a page of another length it
            # would repeat items or skip them. The last item's cursor goes on exactly after it.
            return self._search_after(paging, f"page {page} served {received} items where {page_size} were asked")
        if (page + 1) * page_size > paging.window:
            return self._search_after(paging, f"numbered pages end at {paging.window} results")
        return self._search_info(paging, page + 1, None)

    def _search_after(self, paging: SearchPaging, why: str) -> PageInfo:
        """The page after this one's last item, by its cursor; ``PaginationError`` when it has none."""
        last = self.data[-1]
        # A page read as JSON (``iter_json``) holds the items as sent, the cursor under its wire name.
        cursor = _known(last.get(paging.wire["item-cursor"])) if isinstance(last, dict) else None
        cursor = cursor or _attribute(last, paging.item_cursor)
        if not cursor:
            raise PaginationError(
                f"{self._request.operation_id}: {why}; the page's last item has no `{paging.item_cursor}` to go on from"
            )
        return self._search_info(paging, None, cursor)

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

    def _json_search(self) -> SearchPaging | None:
        """This walk's paging when its pages can be read as JSON and still be followed: a search whose
        answer's items, total and items' cursor are known by their wire names."""
        paging = self._paging
        if isinstance(paging, SearchPaging) and {"items", "total", "item-cursor"} <= paging.wire.keys():
            return paging
        return None

    def _json_page(self, paging: SearchPaging, request: Request, response: httpx.Response) -> Any:
        """The search page ``response`` holds, its items left as JSON (no models, no spec check)."""
        return type(self)(self._client, paging, request, self._parse, _RawPage.read_search(paging, response))

    def _request_at(self, offset: int) -> Request:
        """This page's request, for the page at ``offset`` of an offset-paged list."""
        paging = self._paging
        assert isinstance(paging, OffsetPaging)
        return self._request.with_params(**{paging.offset_param: offset})

    def _side_by_side(self) -> tuple[OffsetPaging, int] | None:
        """(paging, the list's total) when the pages after this one can be fetched side by side."""
        paging = self._paging
        if not isinstance(paging, OffsetPaging) or not self.data or self.next_page_info() is None:
            return None
        total = _attribute(_attribute(self.response, paging.meta), paging.total)
        # Without a total the walk cannot know how far to look ahead: pages then come one by one.
        if not isinstance(total, int) or isinstance(total, bool):
            return None
        return paging, total

    def _walk_plan(self, paging: OffsetPaging, total: int) -> tuple[WalkPlan, int]:
        """The plan of a walk starting at this page, and this page's offset."""
        start = int(self._request.params.get(paging.offset_param, 0))
        operation = self._request.operation_id
        return WalkPlan(start, total, lambda message: PaginationError(f"{operation}: {message}")), start


class SyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; iterating the page yields every item of every page, lazily."""

    _client: SyncPageClient

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
        """Every item of every page, exactly once and in order; ``concurrency`` pages are fetched side by side.

        Side by side needs a list paged by offset whose answer gives a total; otherwise (or with
        ``concurrency=1``) the pages come one after another. Whatever lengths the service serves
        (shorter or longer than asked, changing from page to page), a page at offset ``o`` holding
        ``n`` items stands for the items ``o`` to ``o + n - 1``: items already yielded are cut, the
        items missing before a page are fetched first, and the offsets still to come follow the
        length served last. An empty page or ``hasNext: false`` ends the walk there whatever the
        total said; a last page that says more follow is followed one page after another. A page
        that repeats the one before it (a service that ignores the offset) raises ``PaginationError``.
        Items added or removed during the walk may be missed or seen twice, as with any offset paging.

        A walk of many pages makes CPython's collector run full passes, each over every object the
        program holds while the sending threads wait; a program that walks millions of items runs
        faster after ``gc.freeze()`` once it has loaded what it needs (the README's figures).
        """
        walk = self._side_by_side()
        if concurrency <= 1 or walk is None:
            yield from self
            return
        paging, total = walk
        yield from self._walk(
            paging,
            total,
            self.data,
            concurrency,
            lambda request, response: self._client.parse_page(paging, request, self._parse, response),
        )

    def iter_json(self, *, concurrency: int = 1) -> Iterator[Any]:
        """Every item of every page as the service sent it (its JSON value), in order, without models.

        For moving many items where nothing needs their fields (an export): the answers' JSON is not
        checked against the spec nor turned into models, which is most of a walk's time. Pages are
        fetched as ``iter_all`` fetches them, with the same guarantees; the first page, already
        parsed, gives its ``items_json()``. A search whose wire names are known walks its pages one
        after another, each read as JSON only (its total and its last item's cursor lead on); any
        other list walks its pages one after another, each parsed and each giving its ``items_json()``.
        """
        search = self._json_search()
        if search is not None:
            # One page after another (each needs the last one's cursor), each read as JSON only.
            page: SyncPage[ResponseT, ItemT] = self
            yield from page.items_json()
            while page.has_next_page():
                request = page._next_request()
                following = self._json_page(search, request, self._client.send_checked(request, self._parse))
                page._check_progress(following)
                page = following
                yield from page.data
            return
        walk = self._side_by_side()
        if walk is None or "items" not in walk[0].wire:
            for page in self.iter_pages():
                yield from page.items_json()
            return
        paging, total = walk
        yield from self._walk(
            paging,
            total,
            self.items_json(),
            max(concurrency, 1),
            lambda request, response: _RawPage.read(paging, response),
        )

    def _walk(
        self,
        paging: OffsetPaging,
        total: int,
        first: list[Any],
        concurrency: int,
        read: Callable[[Request, httpx.Response], Any],
    ) -> Iterator[Any]:
        """This page's ``first`` items and every item after them, as ``WalkPlan`` decides; ``read``
        makes each answer a page."""
        plan, start = self._walk_plan(paging, total)
        yield from plan.take(start, first, _has_next(paging, self))
        send, parse = self._client.send_checked, self._parse
        # The threads only send; answers are read here, in the order of their offsets, while the next
        # ones are on the wire. Twice as many pages as threads are asked for, so each thread that
        # finishes takes the next at once: ``concurrency`` calls stay in flight while this thread parses.
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            pending: deque[tuple[int, Request, Future[httpx.Response]]] = deque()
            try:
                while not plan.finished:
                    while len(pending) < 2 * concurrency and (offset := plan.ahead()) is not None:
                        request = self._request_at(offset)
                        pending.append((offset, request, pool.submit(send, request, parse)))
                    head = pending[0][0] if pending else None
                    before = head
                    if (offset := plan.fetch_now(head)) is not None:  # a gap, or past the plan
                        request = self._request_at(offset)
                        page = read(request, send(request, parse))
                    elif pending:
                        offset, request, future = pending.popleft()
                        page, before = read(request, future.result()), None
                        time.sleep(0)  # hands the interpreter to the sending threads, whose answers may wait for it
                    else:
                        break
                    yield from plan.take(offset, page.data, _has_next(paging, page), before=before)
            finally:
                for _, _, future in pending:
                    future.cancel()


def _has_next(paging: OffsetPaging, page: Any) -> bool | None:
    """What a page of an offset walk says of the pages after it: ``None`` when it says nothing."""
    value = _attribute(_attribute(page.response, paging.meta), paging.has_next)
    return value if isinstance(value, bool) else None


def _json_of(item: Any) -> Any:
    """An item of a parsed page as JSON: what its model's ``to_dict()`` gives (the same values as sent,
    a date-time in the model's own spelling)."""
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


def _body_and_items(response: httpx.Response, items_name: str) -> tuple[dict[str, Any], list[Any]]:
    """A list answer's JSON object and its items, read without models; the error a parse would give if
    it is not JSON or has no list of items."""
    try:
        body = json_loads(response.content)
    except ValueError:
        raise not_json(response) from None
    items = body.get(items_name) if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise errors.APIResponseValidationError(response, errors.DecodeError("an array", items, items_name))
    return body, items


@attrs.frozen
class _RawPage:
    """An answer of an offset walk read as JSON: its items, and its paging fields where the parsed
    answer has them (``response``, for ``_has_next``)."""

    data: list[Any]
    response: Any

    @classmethod
    def read(cls, paging: OffsetPaging, response: httpx.Response) -> _RawPage:
        wire = paging.wire
        body, items = _body_and_items(response, wire["items"])
        meta = body.get(wire["meta"]) if "meta" in wire else None
        if not isinstance(meta, dict):
            meta = {}
        fields = {
            name: _known(meta.get(wire[key]))
            for key, name in (("has-next", paging.has_next), ("total", paging.total))
            if key in wire and name is not None
        }
        answer = types.SimpleNamespace(**{paging.meta: types.SimpleNamespace(**fields)}) if paging.meta else None
        return cls(items, answer)

    @staticmethod
    def read_search(paging: SearchPaging, response: httpx.Response) -> Any:
        """A search answer as JSON, shaped as its parsed answer is where a page reads it: its items
        (left as sent) and its total, under their attribute names."""
        wire = paging.wire
        body, items = _body_and_items(response, wire["items"])
        total = body.get(wire["total"])
        if not isinstance(total, int) or isinstance(total, bool):
            total = None  # as a tolerant parse keeps an odd total: the walk then goes on by the page lengths
        return types.SimpleNamespace(**{paging.items: items, paging.total: total})


class AsyncPage(_Page[ResponseT, ItemT]):
    """One page: ``data`` holds its items; ``async for`` over the page yields every item of every page."""

    _client: AsyncPageClient

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
        """Every item of every page, exactly once and in order; ``concurrency`` pages are fetched side by
        side (see ``SyncPage.iter_all``)."""
        walk = self._side_by_side()
        if concurrency <= 1 or walk is None:
            async for item in self:
                yield item
            return
        paging, total = walk

        async def fetch(offset: int) -> AsyncPage[ResponseT, ItemT]:
            page: AsyncPage[ResponseT, ItemT] = await self._client.fetch_page(
                paging, self._request_at(offset), self._parse
            )
            return page

        async for item in self._walk(paging, total, self.data, concurrency, fetch):
            yield item

    async def iter_json(self, *, concurrency: int = 1) -> AsyncIterator[Any]:
        """Every item of every page as the service sent it, without models (see ``SyncPage.iter_json``)."""
        search = self._json_search()
        if search is not None:
            page: AsyncPage[ResponseT, ItemT] = self
            for item in page.items_json():
                yield item
            while page.has_next_page():
                request = page._next_request()
                following = self._json_page(search, request, await self._client.send_checked(request, self._parse))
                page._check_progress(following)
                page = following
                for item in page.data:
                    yield item
            return
        walk = self._side_by_side()
        if walk is None or "items" not in walk[0].wire:
            async for page in self.iter_pages():
                for item in page.items_json():
                    yield item
            return
        paging, total = walk

        async def fetch(offset: int) -> _RawPage:
            response = await self._client.send_checked(self._request_at(offset), self._parse)
            return _RawPage.read(paging, response)

        async for item in self._walk(paging, total, self.items_json(), max(concurrency, 1), fetch):
            yield item

    async def _walk(
        self,
        paging: OffsetPaging,
        total: int,
        first: list[Any],
        concurrency: int,
        fetch: Callable[[int], Awaitable[Any]],
    ) -> AsyncIterator[Any]:
        """This page's ``first`` items and every item after them, as ``WalkPlan`` decides; ``fetch(offset)``
        gets a page."""
        plan, start = self._walk_plan(paging, total)
        for item in plan.take(start, first, _has_next(paging, self)):
            yield item
        pending: deque[tuple[int, asyncio.Future[Any]]] = deque()
        try:
            while not plan.finished:
                while len(pending) < concurrency and (offset := plan.ahead()) is not None:
                    pending.append((offset, asyncio.ensure_future(fetch(offset))))
                head = pending[0][0] if pending else None
                before = head
                if (offset := plan.fetch_now(head)) is not None:  # a gap, or past the plan
                    page = await fetch(offset)
                elif pending:
                    offset, task = pending.popleft()
                    page, before = await task, None
                else:
                    break
                for item in plan.take(offset, page.data, _has_next(paging, page), before=before):
                    yield item
        finally:
            for _, task in pending:
                task.cancel()


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
