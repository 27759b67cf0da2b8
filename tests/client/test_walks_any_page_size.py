"""Walks whose pages are not the size asked for: the issue's two cases, and HighLevel's search.

The property over every sequence of page lengths is tests/fuzz/test_walks.py; these are the cases
named in the issue, each failing on the plan that took its step from the first page.
"""

from __future__ import annotations

import copy
import json
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from contacts_runtime import Request
from contacts_runtime._pagination import SearchPaging, SyncPage
from contacts_runtime.errors import PaginationError
from highlevel_client import AsyncHighLevel, HighLevel
from sakari_client import AsyncSakari, Sakari

from .conftest import Service, sample

CONTACT = sample("sakari_list_contacts_response")["data"][0]


def _contacts(total: int, length_at: Any) -> Any:
    """Sakari's list of ``total`` contacts c0, c1, ...; the page at offset ``o`` holds ``length_at(o)``
    of them whatever ``limit`` asked, and says ``hasNext`` and ``totalCount`` truly."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        end = min(offset + length_at(offset), total)
        data = [dict(copy.deepcopy(CONTACT), id=f"c{n}") for n in range(offset, end)]
        pagination = {"offset": offset, "limit": 10, "hasNext": end < total, "totalCount": total}
        return httpx.Response(200, json={"success": True, "pagination": pagination, "data": data})

    return handler


def _first_page_of_one(offset: int) -> int:
    return 1 if offset == 0 else 10


def _growing_from_20(offset: int) -> int:
    return 10 if offset < 20 else 20


CASES = [
    pytest.param(41, _first_page_of_one, id="first page shorter than the later ones (was 311 items for 41)"),
    pytest.param(60, _growing_from_20, id="20 items from offset 20 where 10 were asked (repeated 10)"),
]


def _ids(items: list[Any]) -> list[str]:
    return [item["id"] if isinstance(item, dict) else item.id for item in items]


@pytest.mark.parametrize("method", ["iter_all", "iter_json"])
@pytest.mark.parametrize(("total", "length_at"), CASES)
def test_a_walk_side_by_side_yields_each_contact_once_whatever_length_the_pages_come_in(
    sakari: Sakari, service: Service, total: int, length_at: Any, method: str
) -> None:
    service.default = _contacts(total, length_at)
    items = list(getattr(sakari.contacts.list(limit=10), method)(concurrency=8))
    assert _ids(items) == [f"c{n}" for n in range(total)]


@pytest.mark.parametrize("method", ["iter_all", "iter_json"])
@pytest.mark.parametrize(("total", "length_at"), CASES)
async def test_an_async_walk_side_by_side_yields_each_contact_once_whatever_length_the_pages_come_in(
    async_sakari: AsyncSakari, service: Service, total: int, length_at: Any, method: str
) -> None:
    service.default = _contacts(total, length_at)
    items = [item async for item in getattr(async_sakari.contacts.list(limit=10), method)(concurrency=8)]
    assert _ids(items) == [f"c{n}" for n in range(total)]


# --- HighLevel's search ----------------------------------------------------------------------------


def _search(total: int, length_at: Any, *, cursors: bool = True, report_total: bool = True) -> Any:
    """A search over ``total`` contacts s0, s1, ...: page ``p`` starts at ``(p - 1) * pageLimit``, a
    ``searchAfter`` of ``[n]`` right after ``sn``; each answer holds ``length_at(start)`` contacts."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        after = body.get("searchAfter")
        start = after[0] + 1 if after else ((body.get("page") or 1) - 1) * body["pageLimit"]
        positions = range(start, min(start + length_at(start), total))
        contacts = [{"id": f"s{n}", **({"searchAfter": [n]} if cursors else {})} for n in positions]
        return httpx.Response(200, json={"contacts": contacts, **({"total": total} if report_total else {})})

    return handler


def _bodies(service: Service) -> list[dict[str, Any]]:
    return [json.loads(request.content) for request in service.api_requests()]


def test_a_search_page_longer_than_its_page_limit_goes_on_by_the_last_contacts_cursor(
    highlevel: HighLevel, service: Service
) -> None:
    service.default = _search(35, lambda start: 15)  # the service does not keep to pageLimit
    contacts = list(highlevel.contacts.search(page_limit=10))
    assert _ids(contacts) == [f"s{n}" for n in range(35)]  # page 2 would have repeated s10 to s14
    following = _bodies(service)[1]
    assert following["searchAfter"] == [14] and following.get("page") is None


async def test_an_async_search_page_shorter_than_its_page_limit_while_more_remain_goes_on_by_cursor(
    async_highlevel: AsyncHighLevel, service: Service
) -> None:
    service.default = _search(35, lambda start: 10 if start == 0 else 7)
    contacts = [contact async for contact in async_highlevel.contacts.search(page_limit=10).iter_all()]
    assert _ids(contacts) == [f"s{n}" for n in range(35)]  # page 3 would have skipped s17 to s19
    assert [body.get("page") for body in _bodies(service)[:2]] == [None, 2]
    assert _bodies(service)[2]["searchAfter"] == [16]


@pytest.mark.parametrize("length", [7, 15], ids=["shorter", "longer"])
def test_a_search_page_of_another_length_without_a_cursor_raises_instead_of_repeating_or_skipping(
    highlevel: HighLevel, service: Service, length: int
) -> None:
    service.default = _search(35, lambda start: 10 if start == 0 else length, cursors=False)
    walked: list[str] = []
    with pytest.raises(PaginationError, match=r"page 2 served \d+ items where 10 were asked"):
        for contact in highlevel.contacts.search(page_limit=10).iter_json():
            walked.append(contact["id"])
    assert walked == [f"s{n}" for n in range(10 + length)]  # what came before: once, in order


def test_after_a_cursor_a_short_page_does_not_end_the_search_an_empty_one_does(
    highlevel: HighLevel, service: Service
) -> None:
    service.default = _search(30, lambda start: 3)
    contacts = list(highlevel.contacts.search(page_limit=10, search_after=[-1]))
    assert _ids(contacts) == [f"s{n}" for n in range(30)]
    assert len(service.api_requests()) == 11  # ten pages of three, then the empty one


def test_a_short_numbered_page_without_a_total_is_the_last(highlevel: HighLevel, service: Service) -> None:
    service.default = _search(30, lambda start: 10 if start == 0 else 4, report_total=False)
    assert _ids(list(highlevel.contacts.search(page_limit=10))) == [f"s{n}" for n in range(14)]
    assert len(service.api_requests()) == 2


class _NoClient:
    """A page's client that must not be called: these pages only decide where the next one starts."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the page called its client's {name}")


def _search_page(page: int, served: int, total: int, *, window: int, cursor: bool = True) -> SyncPage[Any, Any]:
    """Page ``page`` of a search of ``pageLimit`` 10 holding ``served`` items, the window ``window``."""
    paging = SearchPaging(
        items="contacts",
        total="total",
        page_field="page",
        limit_field="pageLimit",
        cursor_field="searchAfter",
        page_argument="page",
        cursor_argument="search_after",
        item_cursor="search_after",
        window=window,
    )
    request = Request("POST", "/contacts/search", "searchContacts", True, json={"page": page, "pageLimit": 10})
    first = (page - 1) * 10
    items = [SimpleNamespace(id=f"s{n}", search_after=[n] if cursor else None) for n in range(first, first + served)]
    answer = SimpleNamespace(contacts=items, total=total)
    return SyncPage(_NoClient(), paging, request, lambda response: answer, answer)


def test_reaching_the_numbered_window_goes_on_by_cursor() -> None:
    following = _search_page(3, 10, 100, window=30).next_page_info()
    assert following is not None and following.json == {"page": None, "searchAfter": [29]}
    before = _search_page(2, 10, 100, window=30).next_page_info()
    assert before is not None and before.json == {"page": 3, "searchAfter": None}


def test_reaching_the_numbered_window_without_a_cursor_while_more_remain_raises() -> None:
    page = _search_page(3, 10, 100, window=30, cursor=False)
    with pytest.raises(PaginationError, match="numbered pages end at 30 results; the page's last item has no"):
        page.next_page_info()
    assert repr(page) == "<SyncPage items=10 next=stuck>"


def test_reaching_the_numbered_window_at_the_total_ends_the_search_without_an_error() -> None:
    assert _search_page(3, 10, 30, window=30, cursor=False).next_page_info() is None
