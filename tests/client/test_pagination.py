"""Auto-pagination: lazy, stops on hasNext false, an empty page, or the total reached."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel
from sakari_client import AsyncSakari, NoNextPageError, Sakari, SyncPage, errors

from .conftest import Service, sample

CONTACT = sample("sakari_list_contacts_response")["data"][0]


def _pages(total: int, *, has_next: bool | None = True, report_total: bool = True, short_last: bool = False):  # type: ignore[no-untyped-def]
    """A handler serving `total` contacts with ids c0..c{total-1} by offset and limit."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 10))
        items = []
        for number in range(offset, min(offset + limit, total)):
            contact = copy.deepcopy(CONTACT)
            contact["id"] = f"c{number}"
            items.append(contact)
        pagination: dict[str, Any] = {"offset": offset, "limit": limit}
        if has_next is not None:
            pagination["hasNext"] = offset + limit < total if has_next else False
        if report_total:
            pagination["totalCount"] = total
        return httpx.Response(200, json={"success": True, "pagination": pagination, "data": items})

    return handler


def test_iterating_a_page_yields_every_contact_once(sakari: Sakari, service: Service) -> None:
    service.default = _pages(23)
    page = sakari.contacts.list(limit=10, first_name="Chr")
    assert [contact.id for contact in page.data] == [f"c{n}" for n in range(10)]
    assert service.api_requests()[-1].url.params["firstName"] == "Chr"
    assert [contact.id for contact in page] == [f"c{n}" for n in range(23)]
    offsets = [request.url.params.get("offset") for request in service.api_requests()]
    assert offsets == [None, "10", "20"]
    assert all(request.url.params["firstName"] == "Chr" for request in service.api_requests())


def test_pages_are_fetched_lazily(sakari: Sakari, service: Service) -> None:
    service.default = _pages(100)
    iterator = iter(sakari.contacts.list(limit=10))
    for _ in range(15):
        next(iterator)
    assert len(service.api_requests()) == 2


def test_stops_when_has_next_is_false(sakari: Sakari, service: Service) -> None:
    service.default = _pages(50, has_next=False, report_total=False)
    assert len(list(sakari.contacts.list(limit=10))) == 10
    assert len(service.api_requests()) == 1


def test_stops_on_an_empty_page(sakari: Sakari, service: Service) -> None:
    service.default = _pages(20, has_next=None, report_total=False)
    assert len(list(sakari.contacts.list(limit=10))) == 20
    assert len(service.api_requests()) == 3  # the third page is empty


def test_stops_when_the_total_is_reached(sakari: Sakari, service: Service) -> None:
    service.default = _pages(20, has_next=None, report_total=True)
    assert len(list(sakari.contacts.list(limit=10))) == 20
    assert len(service.api_requests()) == 2


def test_next_offset_follows_what_was_returned_not_the_limit(sakari: Sakari, service: Service) -> None:
    def capped(request: httpx.Request) -> httpx.Response:  # the service caps pages at 3 items
        body = _pages(7)(request).json()
        body["data"] = body["data"][:3]
        body["pagination"]["hasNext"] = body["pagination"]["offset"] + 3 < 7
        return httpx.Response(200, json=body)

    service.default = capped
    assert [contact.id for contact in sakari.contacts.list(limit=10)] == [f"c{n}" for n in range(7)]


def test_page_navigation(sakari: Sakari, service: Service) -> None:
    service.default = _pages(15)
    first = sakari.contacts.list(limit=10, offset=0)
    assert first.has_next_page()
    second = first.get_next_page()
    assert [contact.id for contact in second.data] == [f"c{n}" for n in range(10, 15)]
    assert not second.has_next_page()
    with pytest.raises(NoNextPageError):
        second.get_next_page()
    assert [len(page.data) for page in first.iter_pages()] == [10, 5]


@pytest.mark.parametrize(
    ("arguments", "named"), [({"limit": 0}, "limit"), ({"limit": 101}, "limit"), ({"offset": -1}, "offset")]
)
def test_out_of_range_arguments_are_refused_before_any_request(
    sakari: Sakari, service: Service, arguments: dict[str, int], named: str
) -> None:
    with pytest.raises(ValueError, match=f"`{named}`"):
        sakari.contacts.list(**arguments)
    assert service.requests == []


async def test_async_iteration_across_pages(async_sakari: AsyncSakari, service: Service) -> None:
    service.default = _pages(25)
    ids = [contact.id async for contact in async_sakari.contacts.list(limit=10)]
    assert ids == [f"c{n}" for n in range(25)]
    first = await async_sakari.contacts.list(limit=10)
    assert len(first.data) == 10
    second = await first.get_next_page()
    assert second.data[0].id == "c10"
    assert [contact.id async for contact in second] == [f"c{n}" for n in range(10, 25)]


async def test_async_limit_is_checked_before_any_request(async_sakari: AsyncSakari, service: Service) -> None:
    with pytest.raises(ValueError, match="`limit`"):
        async_sakari.contacts.list(limit=1000)
    assert service.requests == []


# --- positions: public, resumable --------------------------------------------------------------------


def test_a_walk_resumes_from_a_saved_position(sakari: Sakari, service: Service) -> None:
    service.default = _pages(35)
    first = sakari.contacts.list(limit=10, first_name="Chr")
    assert first.page_info.arguments == {"offset": 0}
    saved = first.get_next_page().next_page_info()
    assert saved is not None and saved.arguments == {"offset": 20} and saved.params == {"offset": 20}
    resumed = sakari.contacts.list(limit=10, first_name="Chr", **saved.arguments)
    assert [contact.id for contact in resumed] == [f"c{n}" for n in range(20, 35)]


def test_a_cursor_walk_resumes_from_a_saved_position(highlevel: HighLevel, service: Service) -> None:
    contacts = [f"h{n}" for n in range(7)]

    def handler(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("startAfterId")
        start = contacts.index(after) + 1 if after else 0
        items = [{"id": ident} for ident in contacts[start : start + 3]]
        meta = {"startAfterId": items[-1]["id"], "startAfter": start + len(items)} if items else {}
        return httpx.Response(200, json={"contacts": items, "meta": meta})

    service.default = handler
    with pytest.warns(DeprecationWarning):
        first = highlevel.contacts.list(limit=3)
        saved = first.next_page_info()
        assert saved is not None and saved.arguments == {"start_after_id": "h2", "start_after": 3}
        resumed = highlevel.contacts.list(limit=3, **saved.arguments)
    assert [contact.id for contact in resumed] == contacts[3:]


def test_a_search_walk_resumes_from_a_saved_position(highlevel: HighLevel, service: Service) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        page = body.get("page") or 1
        items = [{"id": f"s{n}", "searchAfter": [n]} for n in range((page - 1) * 2, min(page * 2, 5))]
        return httpx.Response(200, json={"contacts": items, "total": 5})

    service.default = handler
    first = highlevel.contacts.search(page_limit=2)
    saved = first.next_page_info()
    assert saved is not None and saved.arguments == {"page": 2, "search_after": None}
    resumed = highlevel.contacts.search(page_limit=2, page=saved.arguments["page"])
    assert [contact.id for contact in resumed] == ["s2", "s3", "s4"]


# --- every walk makes progress or stops -----------------------------------------------------------


def test_the_next_offset_counts_from_the_offset_sent_not_the_one_echoed(sakari: Sakari, service: Service) -> None:
    def echoes_zero(request: httpx.Request) -> httpx.Response:
        body = _pages(25)(request).json()
        body["pagination"]["offset"] = 0  # a server that always echoes 0
        return httpx.Response(200, json=body)

    service.default = echoes_zero
    assert [contact.id for contact in sakari.contacts.list(limit=10)] == [f"c{n}" for n in range(25)]


def test_a_page_that_repeats_the_previous_one_stops_the_walk(sakari: Sakari, service: Service) -> None:
    def ignores_offset(request: httpx.Request) -> httpx.Response:
        body = _pages(25)(httpx.Request("GET", "https://x/?limit=10")).json()  # always the first page
        return httpx.Response(200, json=body)

    service.default = ignores_offset
    seen: list[str] = []
    with pytest.raises(errors.PaginationError, match="repeats the previous page"):
        seen.extend(str(contact.id) for contact in sakari.contacts.list(limit=10))
    assert seen == [f"c{n}" for n in range(10)]  # nothing yielded twice
    assert len(service.api_requests()) == 2


def test_a_cursor_that_does_not_move_stops_the_walk(highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(
        200, json={"contacts": [{"id": "h1"}], "meta": {"startAfterId": "h1", "startAfter": 5}}
    )
    with pytest.warns(DeprecationWarning):
        first = highlevel.contacts.list(start_after_id="h1", start_after=5)
    with pytest.raises(errors.PaginationError, match="cursor"):
        first.has_next_page()


def test_pagination_error_is_an_api_error() -> None:
    assert issubclass(errors.PaginationError, errors.APIError)


# --- raw twins of lists ------------------------------------------------------------------------------


def test_the_raw_twin_of_a_list_gives_the_first_answer_and_parses_to_a_page(sakari: Sakari, service: Service) -> None:
    service.default = _pages(15)
    raw = sakari.contacts.with_raw_response.list(limit=10)
    assert raw.status_code == 200 and raw.json()["pagination"]["totalCount"] == 15
    page = raw.parse()
    assert isinstance(page, SyncPage)
    assert [contact.id for contact in page] == [f"c{n}" for n in range(15)]


async def test_the_async_raw_twin_of_a_list(async_sakari: AsyncSakari, service: Service) -> None:
    service.default = _pages(15)
    raw = await async_sakari.contacts.with_raw_response.list(limit=10)
    assert raw.status_code == 200
    page = raw.parse()
    assert [contact.id async for contact in page] == [f"c{n}" for n in range(15)]


@pytest.mark.parametrize(
    ("previous", "following", "repeated"),
    [
        (["a", "b", "c"], ["a", "b", "c"], True),
        (["a", "b", "c"], ["a", "b", "d"], False),  # the same first item is not yet the same page
        (["a", "b", "c"], ["a", "b"], False),
        (["a", "b"], ["b", "a"], False),
        (["a", None], ["a", None], False),  # an item without an id cannot tell
        ([None, "b"], [None, "b"], False),
        ([], [], False),
    ],
)
def test_a_page_repeats_the_previous_one_only_when_every_id_matches(
    previous: list[str | None], following: list[str | None], repeated: bool
) -> None:
    from contacts_runtime._pagination import _repeats

    as_json = [{"id": value} for value in previous], [{"id": value} for value in following]
    assert _repeats(*as_json) is repeated
    assert _repeats([_Item(value) for value in previous], [_Item(value) for value in following]) is repeated


class _Item:
    def __init__(self, id: str | None) -> None:
        self.id = id
