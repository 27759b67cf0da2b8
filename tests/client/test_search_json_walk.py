"""HighLevel's search walked as JSON (``iter_json``, what the sync reads): the pages after the first are
never turned into models, yet the walk asks for exactly the pages and yields exactly the items that
the walk by models does, whatever lengths the pages come in; a repeated page and an answer without
its items raise, sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from contacts_runtime._base_client import AsyncAPIClient, SyncAPIClient
from contacts_runtime.errors import APIResponseValidationError, PaginationError
from highlevel_client import AsyncHighLevel, HighLevel

from .conftest import Service

TOTAL = 35


def _search(length_at: Any, *, report_total: bool = True) -> Any:
    """A search over ``TOTAL`` contacts s0, s1, ... (each with a field no spec names): page ``p`` starts
    at ``(p - 1) * pageLimit``, a ``searchAfter`` of ``[n]`` right after ``sn``."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        after = body.get("searchAfter")
        start = after[0] + 1 if after else ((body.get("page") or 1) - 1) * body["pageLimit"]
        positions = range(start, min(start + length_at(start), TOTAL))
        contacts = [{"id": f"s{n}", "searchAfter": [n], "unnamedField": n} for n in positions]
        return httpx.Response(200, json={"contacts": contacts, **({"total": TOTAL} if report_total else {})})

    return handler


PAGE_LENGTHS = {
    "as asked": lambda start: 10,
    "longer": lambda start: 15,
    "shorter after the first": lambda start: 10 if start == 0 else 7,
}


def _bodies(service: Service) -> list[dict[str, Any]]:
    return [json.loads(request.content) for request in service.api_requests()]


def _count_parsed_pages(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many answers are parsed into pages of models from now on (sync and async clients alike)."""
    parsed = [0]
    for client_class in (SyncAPIClient, AsyncAPIClient):
        parse = client_class.parse_page

        def counting(self: Any, *arguments: Any, parse: Any = parse) -> Any:
            parsed[0] += 1
            return parse(self, *arguments)

        monkeypatch.setattr(client_class, "parse_page", counting)
    return parsed


@pytest.mark.parametrize("lengths", PAGE_LENGTHS.values(), ids=PAGE_LENGTHS.keys())
def test_a_search_walked_as_json_asks_for_the_same_pages_and_builds_no_model_after_the_first(
    highlevel: HighLevel, service: Service, monkeypatch: pytest.MonkeyPatch, lengths: Any
) -> None:
    service.default = _search(lengths)
    parsed = _count_parsed_pages(monkeypatch)
    by_models = [contact.id for contact in highlevel.contacts.search(page_limit=10).iter_all()]
    asked_by_models = _bodies(service)
    assert parsed[0] == len(asked_by_models) > 3  # the walk by models parses every answer
    service.requests.clear()
    parsed[0] = 0
    items = list(highlevel.contacts.search(page_limit=10).iter_json())
    assert [item["id"] for item in items] == by_models == [f"s{n}" for n in range(TOTAL)]
    assert _bodies(service) == asked_by_models
    assert parsed[0] == 1  # the first page only, parsed by the call that asked for it
    assert all(item["unnamedField"] == n for n, item in enumerate(items))  # kept as sent


@pytest.mark.parametrize("lengths", PAGE_LENGTHS.values(), ids=PAGE_LENGTHS.keys())
async def test_an_async_search_walked_as_json_asks_for_the_same_pages_and_builds_no_model_after_the_first(
    async_highlevel: AsyncHighLevel, service: Service, monkeypatch: pytest.MonkeyPatch, lengths: Any
) -> None:
    service.default = _search(lengths)
    parsed = _count_parsed_pages(monkeypatch)
    first = await async_highlevel.contacts.search(page_limit=10)
    by_models = [contact.id async for contact in first.iter_all()]
    asked_by_models = _bodies(service)
    assert parsed[0] == len(asked_by_models) > 3
    service.requests.clear()
    parsed[0] = 0
    first = await async_highlevel.contacts.search(page_limit=10)
    items = [item async for item in first.iter_json()]
    assert [item["id"] for item in items] == by_models == [f"s{n}" for n in range(TOTAL)]
    assert _bodies(service) == asked_by_models
    assert parsed[0] == 1


def test_a_json_search_walk_without_a_total_ends_at_a_short_numbered_page(
    highlevel: HighLevel, service: Service
) -> None:
    service.default = _search(lambda start: 10 if start < 20 else 4, report_total=False)
    items = list(highlevel.contacts.search(page_limit=10).iter_json())
    assert [item["id"] for item in items] == [f"s{n}" for n in range(24)]
    assert len(service.api_requests()) == 3


def _repeating(request: httpx.Request) -> httpx.Response:
    """A service that ignores the page asked for: page 1 again and again."""
    contacts = [{"id": f"s{n}", "searchAfter": [n]} for n in range(10)]
    return httpx.Response(200, json={"contacts": contacts, "total": TOTAL})


def _first_then(answer: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content).get("page") in (None, 1):
            return _repeating(request)
        return httpx.Response(200, json=answer)

    return handler


def test_a_json_search_walk_over_a_repeated_page_raises_after_yielding_the_first_once(
    highlevel: HighLevel, service: Service
) -> None:
    service.default = _repeating
    walked: list[str] = []
    with pytest.raises(PaginationError, match="repeats the previous page"):
        for item in highlevel.contacts.search(page_limit=10).iter_json():
            walked.append(item["id"])
    assert walked == [f"s{n}" for n in range(10)]


async def test_an_async_json_search_walk_over_a_repeated_page_raises(
    async_highlevel: AsyncHighLevel, service: Service
) -> None:
    service.default = _repeating
    first = await async_highlevel.contacts.search(page_limit=10)
    with pytest.raises(PaginationError, match="repeats the previous page"):
        [item async for item in first.iter_json()]


@pytest.mark.parametrize("answer", [{"total": TOTAL}, {"contacts": {"id": "s10"}, "total": TOTAL}])
def test_a_json_search_page_without_its_items_raises_a_typed_error(
    highlevel: HighLevel, service: Service, answer: dict[str, Any]
) -> None:
    service.default = _first_then(answer)
    with pytest.raises(APIResponseValidationError, match="contacts"):
        list(highlevel.contacts.search(page_limit=10).iter_json())


async def test_an_async_json_search_page_without_its_items_raises_a_typed_error(
    async_highlevel: AsyncHighLevel, service: Service
) -> None:
    service.default = _first_then({"total": TOTAL})
    first = await async_highlevel.contacts.search(page_limit=10)
    with pytest.raises(APIResponseValidationError, match="contacts"):
        [item async for item in first.iter_json()]
