"""Concurrent export, bulk calls, and pacing by the rate limit a service announces."""

from __future__ import annotations

import asyncio
import copy
import json
import random
import threading
from typing import Any

import httpx
import pytest
from contacts_runtime import Pacer, errors
from contacts_runtime._base_client import DAILY_PROBE_INTERVAL
from highlevel_client import AsyncHighLevel, BulkProgress, HighLevel
from highlevel_client.errors import UnprocessableEntityError
from highlevel_client.models import SearchedContact
from sakari_client import AsyncSakari, Sakari

from .conftest import Service, sample

CONTACT = sample("sakari_list_contacts_response")["data"][0]


def _pages(total: int, *, report_total: bool = True) -> Any:
    lock = threading.Lock()
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 10))
        with lock:
            seen.append(offset)
        data = [dict(copy.deepcopy(CONTACT), id=f"c{n}") for n in range(offset, min(offset + limit, total))]
        pagination: dict[str, Any] = {"offset": offset, "limit": limit, "hasNext": offset + limit < total}
        if report_total:
            pagination["totalCount"] = total
        return httpx.Response(200, json={"success": True, "pagination": pagination, "data": data})

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


def test_iter_all_fetches_side_by_side_in_order(sakari: Sakari, service: Service) -> None:
    service.default = _pages(95)
    ids = [contact.id for contact in sakari.contacts.list(limit=10).iter_all(concurrency=4)]
    assert ids == [f"c{n}" for n in range(95)]
    assert sorted(service.default.seen[1:]) == list(range(10, 95, 10))  # type: ignore[attr-defined]


def test_iter_all_without_a_total_goes_one_page_after_another(sakari: Sakari, service: Service) -> None:
    service.default = _pages(35, report_total=False)
    assert len(list(sakari.contacts.list(limit=10).iter_all(concurrency=8))) == 35
    assert service.default.seen == [0, 10, 20, 30]  # type: ignore[attr-defined]


async def test_async_iter_all(async_sakari: AsyncSakari, service: Service) -> None:
    service.default = _pages(57)
    ids = [contact.id async for contact in async_sakari.contacts.list(limit=10).iter_all(concurrency=3)]
    assert ids == [f"c{n}" for n in range(57)]


def _walk_answers(total: int, *, claimed_total: int, short_at: int | None = None, repeat_at: int | None = None) -> Any:
    """Pages of ``total`` contacts whose answers claim ``claimed_total``; the page at ``short_at`` holds
    half its items; the page at ``repeat_at`` repeats the one before it."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 10))
        first = offset - limit if offset == repeat_at else offset
        end = min(first + (limit // 2 if offset == short_at else limit), total)
        data = [dict(copy.deepcopy(CONTACT), id=f"c{n}") for n in range(first, end)]
        pagination = {"offset": offset, "limit": limit, "hasNext": end < total, "totalCount": claimed_total}
        return httpx.Response(200, json={"success": True, "pagination": pagination, "data": data})

    return handler


@pytest.mark.parametrize("concurrency", [2, 4, 8])
def test_iter_all_ends_where_the_service_says_whatever_the_total_claimed(
    sakari: Sakari, service: Service, concurrency: int
) -> None:
    service.default = _walk_answers(35, claimed_total=200)  # pages planned past the end are dropped
    ids = [contact.id for contact in sakari.contacts.list(limit=10).iter_all(concurrency=concurrency)]
    assert ids == [f"c{n}" for n in range(35)]


@pytest.mark.parametrize("concurrency", [2, 4, 8])
def test_iter_all_fills_a_short_page_before_going_on(sakari: Sakari, service: Service, concurrency: int) -> None:
    service.default = _walk_answers(60, claimed_total=60, short_at=20)
    ids = [contact.id for contact in sakari.contacts.list(limit=10).iter_all(concurrency=concurrency)]
    assert ids == [f"c{n}" for n in range(60)]


def test_iter_all_stops_with_an_error_on_a_repeated_page(sakari: Sakari, service: Service) -> None:
    service.default = _walk_answers(60, claimed_total=60, repeat_at=30)
    with pytest.raises(errors.PaginationError, match="offset 30 repeats"):
        list(sakari.contacts.list(limit=10).iter_all(concurrency=4))


def test_iter_all_left_early_leaves_nothing_running(sakari: Sakari, service: Service) -> None:
    service.default = _walk_answers(500, claimed_total=500)
    walk = sakari.contacts.list(limit=10).iter_all(concurrency=4)
    assert [next(walk).id for _ in range(25)] == [f"c{n}" for n in range(25)]
    walk.close()  # the pages asked for ahead are cancelled or left to finish; none is parsed
    assert len(service.api_requests()) <= 1 + 2 * 4 + 2


def _create_answers(request: httpx.Request) -> httpx.Response:
    email = json.loads(request.content)["email"]
    if email.startswith("bad"):
        return httpx.Response(422, json={"statusCode": 422, "message": ["email must be an email"]})
    created = sample("highlevel_create_contact_response")
    created["contact"]["email"] = email
    return httpx.Response(201, json=created)


def test_bulk_create_keeps_order_records_failures_and_reports_progress(highlevel: HighLevel, service: Service) -> None:
    service.default = _create_answers
    progress: list[BulkProgress] = []
    bodies = [{"locationId": "l", "email": f"p{n}@x.io"} for n in range(20)]
    bodies[7]["email"] = "bad-7"
    result = highlevel.contacts.bulk_create(iter(bodies), concurrency=4, on_progress=progress.append)
    assert [outcome.contact.email for outcome in result.succeeded] == [
        b["email"] for i, b in enumerate(bodies) if i != 7
    ]
    ((index, error),) = result.failed
    assert index == 7 and isinstance(error, UnprocessableEntityError)
    assert [report.done for report in progress] == list(range(1, 21))
    assert progress[-1].failed == 1


async def test_async_bulk_create(async_highlevel: AsyncHighLevel, service: Service) -> None:
    service.default = _create_answers

    async def bodies() -> Any:
        for n in range(12):
            yield {"locationId": "l", "email": f"p{n}@x.io"}
            await asyncio.sleep(0)

    result = await async_highlevel.contacts.bulk_create(bodies(), concurrency=3)
    assert [outcome.contact.email for outcome in result.succeeded] == [f"p{n}@x.io" for n in range(12)]


def _headers(remaining: int, limit: int = 3, interval_ms: int = 1000) -> httpx.Headers:
    return httpx.Headers(
        {
            "X-RateLimit-Max": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Interval-Milliseconds": str(interval_ms),
        }
    )


def test_pacer_spends_a_window_then_waits_for_its_end() -> None:
    now = [100.0]
    pacer = Pacer("X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds", clock=lambda: now[0])
    assert pacer.reserve() == (0.0, 0)  # nothing known yet: go
    pacer.observe(_headers(2), 0)  # the window ends at the latest 1 s after this answer
    assert pacer.reserve()[0] == 0 and pacer.reserve()[0] == 0
    pacer.observe(_headers(1), 0)
    pacer.observe(_headers(0), 0)
    wait, _ = pacer.reserve()
    assert wait == 1.0
    now[0] += 0.6
    assert abs(pacer.reserve()[0] - 0.4) < 1e-9
    now[0] += 0.4
    assert pacer.reserve() == (0.0, 1)  # a new window


def test_pacer_trusts_the_service_when_it_counts_more() -> None:
    now = [0.0]
    pacer = Pacer("X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds", clock=lambda: now[0])
    pacer.reserve()
    pacer.observe(_headers(0, limit=100), 0)  # another process spent the window
    assert pacer.reserve()[0] > 0


def test_pacer_ignores_answers_without_the_headers() -> None:
    pacer = Pacer("X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds")
    for _ in range(10):
        assert pacer.reserve()[0] == 0
        pacer.observe(httpx.Headers({}), 0)
    assert pacer.limit is None


def test_bulk_create_hands_each_outcome_to_on_result_as_it_lands(highlevel: HighLevel, service: Service) -> None:
    created = httpx.Response(201, json=sample("highlevel_create_contact_response"))
    refused = httpx.Response(422, json={"statusCode": 422, "message": ["email must be an email"]})
    service.answers = [created, refused, created]
    seen: list[tuple[int, str]] = []
    result = highlevel.contacts.bulk_create(
        [{"locationId": "loc-1", "firstName": name} for name in "ABC"],
        concurrency=1,
        on_result=lambda index, outcome: seen.append((index, type(outcome).__name__)),
    )
    assert seen == [(0, "CreateContactResponse"), (1, "UnprocessableEntityError"), (2, "CreateContactResponse")]
    assert [index for index, _ in result.failed] == [1]


NAMES = ("X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds")
DAILY = {"daily_limit": "X-RateLimit-Limit-Daily", "daily_remaining": "X-RateLimit-Daily-Remaining"}


def _daily(remaining: object, limit: object = 10) -> httpx.Headers:
    return httpx.Headers({"X-RateLimit-Limit-Daily": str(limit), "X-RateLimit-Daily-Remaining": str(remaining)})


def test_pacer_spends_the_days_calls_then_refuses_without_sending() -> None:
    now = [0.0]
    pacer = Pacer(*NAMES, clock=lambda: now[0], **DAILY)
    pacer.reserve()
    pacer.observe(_daily(2), 0)
    assert pacer.reserve()[0] == 0 and pacer.reserve()[0] == 0
    pacer.observe(_daily(1), 0)
    pacer.observe(_daily(0), 0)
    with pytest.raises(errors.DailyLimitError, match="daily limit of 10 calls is spent") as raised:
        pacer.reserve()
    assert raised.value.may_have_reached_server is False and raised.value.limit == 10


def test_pacer_waits_for_answers_in_flight_before_refusing() -> None:
    pacer = Pacer(*NAMES, **DAILY)
    pacer.reserve()
    pacer.observe(_daily(4), 0)
    for _ in range(3):
        assert pacer.reserve()[0] == 0  # the service counts them as they come: 3, 2, then 1 left
    pacer.observe(_daily(1), 0)  # the last one counted answers first: the other two may be in its count or not
    assert pacer.reserve()[0] > 0  # so the next call waits for their answers rather than being refused
    pacer.observe(_daily(3), 0)
    pacer.observe(_daily(2), 0)  # they were in it: one call is left
    assert pacer.reserve()[0] == 0
    pacer.observe(_daily(0), 0)
    with pytest.raises(errors.DailyLimitError):
        pacer.reserve()


def test_pacer_never_lets_more_calls_through_than_the_day_has_left_whatever_the_order_of_answers() -> None:
    for seed in range(200):
        order = random.Random(seed)
        pacer = Pacer(*NAMES, **DAILY)
        counted, in_flight, sent = 0, [], 0
        for _ in range(400):
            if in_flight and (order.random() < 0.5 or len(in_flight) >= 4):
                in_flight.remove(remaining := order.choice(in_flight))  # answers overtake each other
                pacer.observe(_daily(remaining), 0)
                continue
            try:
                pause, _ = pacer.reserve()
            except errors.DailyLimitError:
                assert counted == 10  # refused only when the day is spent
                break
            if pause == 0:
                sent += 1
                counted += 1  # the service counts the call as it arrives
                in_flight.append(10 - counted)
        assert sent == 10, seed


def test_pacer_probes_once_a_minute_whether_the_day_has_turned() -> None:
    now = [0.0]
    pacer = Pacer(*NAMES, clock=lambda: now[0], **DAILY)
    pacer.reserve()
    pacer.observe(_daily(0), 0)
    with pytest.raises(errors.DailyLimitError):
        pacer.reserve()
    now[0] += DAILY_PROBE_INTERVAL
    assert pacer.reserve()[0] == 0  # one probe
    with pytest.raises(errors.DailyLimitError):
        pacer.reserve()  # and only one, until its answer
    pacer.observe(_daily(10), 0)  # a new day
    assert all(pacer.reserve()[0] == 0 for _ in range(9))


@pytest.mark.parametrize(("remaining", "limit"), [("-1", "10"), ("11", "10"), ("abc", "10"), ("5", "x"), ("5", "0")])
def test_pacer_ignores_implausible_daily_headers(remaining: str, limit: str) -> None:
    pacer = Pacer(*NAMES, **DAILY)
    pacer.reserve()
    pacer.observe(_daily(remaining, limit), 0)
    for _ in range(20):
        assert pacer.reserve()[0] == 0
        pacer.observe(httpx.Headers({}), 0)


def _served(handler: Any, total: int) -> list[Any]:
    """The items ``handler`` serves, as JSON, in order (pages of 10)."""
    return [
        item
        for offset in range(0, total, 10)
        for item in handler(httpx.Request("GET", f"http://x/?offset={offset}&limit=10")).json()["data"]
    ]


@pytest.mark.parametrize("concurrency", [1, 4])
def test_iter_json_gives_every_item_as_sent_in_order(sakari: Sakari, service: Service, concurrency: int) -> None:
    def odd(request: httpx.Request) -> httpx.Response:
        body = _walk_answers(45, claimed_total=45)(request).json()
        for item in body["data"] if "offset" in request.url.params else []:  # the first page is parsed
            item["loyaltyTier"] = "gold"  # not in the spec: kept, not recorded
            item["firstName"] = 7  # not what the spec says: kept, even by a strict client
        return httpx.Response(200, json=body)

    service.default = odd
    items = list(sakari.contacts.list(limit=10).iter_json(concurrency=concurrency))
    assert items[10:] == _served(odd, 45)[10:]  # the answers' JSON as it is
    assert items[:10] == odd(httpx.Request("GET", "http://x/?limit=10")).json()["data"]  # the parsed first page's too
    assert [item["id"] for item in items] == [f"c{n}" for n in range(45)]
    assert all(item["loyaltyTier"] == "gold" and item["firstName"] == 7 for item in items[10:])


# Spellings of instants that a model's to_dict() writes otherwise (as "...56Z", "...56.005Z", "...+00:00").
SPELLINGS = ["2023-11-07T05:31:56.000Z", "2023-11-07T05:31:56.005000Z", "2023-11-07T05:31:56+00:00"]


def _spelled(handler: Any) -> Any:
    """``handler``'s answers with each contact's date-times spelled one of the ways ``to_dict()`` does not."""

    def spelled(request: httpx.Request) -> httpx.Response:
        body = handler(request).json()
        for number, item in enumerate(body["data"]):
            item["created"]["at"] = SPELLINGS[number % 3]
            item["optIn"] = SPELLINGS[(number + 1) % 3]
        return httpx.Response(200, json=body)

    return spelled


@pytest.mark.parametrize("report_total", [True, False], ids=["side by side", "one after another"])
def test_iter_json_keeps_every_date_time_as_spelled_on_every_page(
    sakari: Sakari, service: Service, report_total: bool
) -> None:
    handler = _spelled(_pages(25, report_total=report_total))
    service.default = handler
    first = sakari.contacts.list(limit=10)
    assert first.data[0].to_dict()["created"]["at"] != SPELLINGS[0]  # what the models would write instead
    assert first.items_json() == handler(httpx.Request("GET", "http://x/?limit=10")).json()["data"]
    assert list(first.iter_json(concurrency=4)) == _served(handler, 25)


async def test_async_iter_json_keeps_every_date_time_as_spelled(async_sakari: AsyncSakari, service: Service) -> None:
    for report_total in (True, False):
        handler = _spelled(_pages(25, report_total=report_total))
        service.default = handler
        items = [item async for item in async_sakari.contacts.list(limit=10).iter_json(concurrency=3)]
        assert items == _served(handler, 25)


def test_a_highlevel_search_gives_its_items_as_sent_page_by_page(
    highlevel: HighLevel, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rewritten(self: object) -> dict[str, object]:
        raise AssertionError("the items were written back from the models, not read from the answers")

    # Its items have no date-time to tell the two apart, so writing them back from models is refused.
    monkeypatch.setattr(SearchedContact, "to_dict", rewritten)

    def search(request: httpx.Request) -> httpx.Response:
        page = json.loads(request.content).get("page") or 1
        items = [{"id": f"h{page}-{n}", "dateAdded": SPELLINGS[n % 3]} for n in range(2)] if page <= 3 else []
        return httpx.Response(200, json={"contacts": items, "total": 6})

    service.default = search
    first = highlevel.contacts.search(page_limit=2)
    items = list(first.iter_json())
    assert [item["id"] for item in items] == [f"h{page}-{n}" for page in (1, 2, 3) for n in range(2)]
    assert [item["dateAdded"] for item in items] == [SPELLINGS[n % 3] for _ in range(3) for n in range(2)]
    assert first.items_json() == items[:2]


def test_iter_json_fills_gaps_stops_where_the_service_says_and_follows_a_list_that_grew(
    sakari: Sakari, service: Service
) -> None:
    service.default = _walk_answers(60, claimed_total=60, short_at=20)
    assert [item["id"] for item in sakari.contacts.list(limit=10).iter_json(concurrency=4)] == [
        f"c{n}" for n in range(60)
    ]
    service.default = _walk_answers(35, claimed_total=200)
    assert len(list(sakari.contacts.list(limit=10).iter_json(concurrency=4))) == 35
    service.default = _walk_answers(75, claimed_total=40)  # more than the total said, and hasNext says so
    assert [item["id"] for item in sakari.contacts.list(limit=10).iter_json(concurrency=4)] == [
        f"c{n}" for n in range(75)
    ]


def test_iter_json_stops_with_an_error_on_a_repeated_page_or_an_answer_that_is_no_page(
    sakari: Sakari, service: Service
) -> None:
    service.default = _walk_answers(60, claimed_total=60, repeat_at=30)
    with pytest.raises(errors.PaginationError, match="offset 30 repeats"):
        list(sakari.contacts.list(limit=10).iter_json(concurrency=4))
    first = _walk_answers(60, claimed_total=60)
    service.default = lambda request: (
        first(request) if "offset" not in request.url.params else httpx.Response(200, json={"data": "nope"})
    )
    with pytest.raises(errors.APIResponseValidationError, match="data"):
        list(sakari.contacts.list(limit=10).iter_json(concurrency=4))


def test_iter_json_of_a_list_without_a_total_walks_its_pages(sakari: Sakari, service: Service) -> None:
    service.default = _pages(35, report_total=False)
    items = list(sakari.contacts.list(limit=10).iter_json(concurrency=8))
    assert [item["id"] for item in items] == [f"c{n}" for n in range(35)]
    assert service.default.seen == [0, 10, 20, 30]  # type: ignore[attr-defined]


async def test_async_iter_json_gives_every_item_as_sent(async_sakari: AsyncSakari, service: Service) -> None:
    service.default = _walk_answers(57, claimed_total=57, short_at=30)
    items = [item async for item in async_sakari.contacts.list(limit=10).iter_json(concurrency=3)]
    assert [item["id"] for item in items] == [f"c{n}" for n in range(57)]
    assert all(isinstance(item, dict) for item in items)
    grown = _walk_answers(45, claimed_total=20)
    service.default = grown
    first = await async_sakari.contacts.list(limit=10)
    assert [item["id"] async for item in first.iter_json(concurrency=2)] == [f"c{n}" for n in range(45)]
