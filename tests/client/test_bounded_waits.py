"""Every wait is bounded: implausible rate-limit headers are ignored, ``max_wait`` caps pacing and retries."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from contacts_runtime import Pacer
from highlevel_client import AsyncHighLevel, HighLevel
from sakari_client import Sakari, errors

from .conftest import HIGHLEVEL_TOKEN, Service, sample

NAMES = ("X-RateLimit-Max", "X-RateLimit-Remaining", "X-RateLimit-Interval-Milliseconds")
LIST_OK = httpx.Response(200, json=sample("sakari_list_contacts_response"))


def _limits(limit: object, remaining: object, interval_ms: object) -> httpx.Headers:
    return httpx.Headers(dict(zip(NAMES, (str(limit), str(remaining), str(interval_ms)), strict=True)))


IMPLAUSIBLE = [
    (0, 0, 0),
    (0, 0, 1000),
    (-5, 0, 1000),
    (10, 0, 0),
    (10, 0, -1000),
    (10, 0, 10**12),
    (10, 20, 1000),
    (10, "abc", 1000),
    ("1e3", 0, 1000),
]


@pytest.mark.parametrize(("limit", "remaining", "interval_ms"), IMPLAUSIBLE)
def test_implausible_rate_limit_headers_are_treated_as_absent(
    limit: object, remaining: object, interval_ms: object
) -> None:
    pacer = Pacer(*NAMES, clock=lambda: 100.0)
    for _ in range(3):
        assert pacer.reserve()[0] == 0
        pacer.observe(_limits(limit, remaining, interval_ms), 0)
    assert pacer.limit is None
    assert pacer.reserve()[0] == 0


def test_implausible_headers_are_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    pacer = Pacer(*NAMES)
    with caplog.at_level(logging.WARNING):
        for _ in range(5):
            pacer.reserve()
            pacer.observe(_limits(0, 0, 0), 0)
    assert len([record for record in caplog.records if "implausible" in record.getMessage()]) == 1


def test_the_pacer_starts_paced_until_the_first_answer() -> None:
    pacer = Pacer(*NAMES, clock=lambda: 0.0)
    assert pacer.reserve()[0] == 0
    assert pacer.reserve()[0] > 0  # a second call waits for the limit the first answer announces
    pacer.observe(_limits(100, 99, 1000), 0)
    assert pacer.reserve()[0] == 0


def _highlevel(service: Service, sleeps: list[float], **settings: object) -> HighLevel:
    client = HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
        **settings,  # type: ignore[arg-type]
    )

    def record(seconds: float) -> None:
        sleeps.append(seconds)
        # Recorded sleeps do not move the clock: a pacer without a bound would ask again for ever.
        assert len(sleeps) < 10_000 and sum(sleeps) < 3600, "an unbounded wait"

    client._sleep = record  # type: ignore[method-assign]
    return client


def _contact(headers: httpx.Headers) -> httpx.Response:
    return httpx.Response(200, json=sample("highlevel_create_contact_response"), headers=headers)


def test_a_window_longer_than_max_wait_is_waited_no_more_than_max_wait(service: Service, sleeps: list[float]) -> None:
    service.default = lambda request: _contact(_limits(1, 0, 3_600_000))  # one call an hour
    client = _highlevel(service, sleeps, max_wait=5)
    client.contacts.get("c-1")
    client.contacts.get("c-1")
    assert len(service.api_requests()) == 2
    assert sleeps and sum(sleeps) <= 5


def test_the_pacer_respects_the_default_cap(service: Service, sleeps: list[float]) -> None:
    service.default = lambda request: _contact(_limits(1, 0, 3_600_000))
    client = _highlevel(service, sleeps)
    client.contacts.get("c-1")
    client.contacts.get("c-1")
    assert sum(sleeps) <= 60


@pytest.mark.parametrize("headers", [{"retry-after": "120"}, {"retry-after-ms": "90000"}, {"retry-after": "1e9"}])
def test_a_longer_retry_after_than_max_wait_surfaces_the_rate_limit_error(
    sakari: Sakari, service: Service, sleeps: list[float], headers: dict[str, str]
) -> None:
    service.answers = [httpx.Response(429, headers=headers, json={}), LIST_OK]
    with pytest.raises(errors.RateLimitError) as caught:
        sakari.contacts.list()
    assert caught.value.status_code == 429
    assert sleeps == [] and len(service.api_requests()) == 1


def test_max_wait_from_with_options_bounds_retry_after(sakari: Sakari, service: Service, sleeps: list[float]) -> None:
    service.answers = [httpx.Response(429, headers={"retry-after": "10"}, json={}), LIST_OK]
    with pytest.raises(errors.RateLimitError):
        sakari.with_options(max_wait=5).contacts.list()
    service.answers = [httpx.Response(429, headers={"retry-after": "3"}, json={}), LIST_OK]
    assert sakari.with_options(max_wait=5).contacts.list().data
    assert sleeps == [3.0]


def test_backoff_is_capped_by_max_wait(sakari: Sakari, service: Service, sleeps: list[float]) -> None:
    service.answers = [httpx.Response(503, json={}), httpx.Response(503, json={}), LIST_OK]
    assert sakari.with_options(max_wait=0.1).contacts.list().data
    assert len(sleeps) == 2 and all(0 <= sleep <= 0.1 for sleep in sleeps)


@pytest.mark.parametrize("max_wait", [-1, float("inf"), float("nan")])
def test_max_wait_must_be_a_finite_non_negative_number(max_wait: float) -> None:
    with pytest.raises(ValueError, match="max_wait"):
        HighLevel(token="t", location_id="l", max_wait=max_wait)


async def test_a_cancelled_call_gives_back_its_pacing_slot() -> None:
    started, release = asyncio.Event(), asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        started.set()
        await release.wait()
        return httpx.Response(200, json={"contacts": [], "meta": {"total": 0}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncHighLevel(token=HIGHLEVEL_TOKEN, location_id="l", http_client=http, max_wait=30) as client:

        async def search() -> None:
            await client.contacts.search()

        call = asyncio.create_task(search())
        await started.wait()
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
        pacer = client._pacer
        assert pacer is not None
        # Nothing in flight: the next call goes at once instead of waiting out max_wait for the lost answer.
        assert pacer._in_flight == 0 and pacer.reserve() == (0.0, 0)


def test_an_interrupted_call_gives_back_its_pacing_slot() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with HighLevel(token=HIGHLEVEL_TOKEN, location_id="l", http_client=http) as client:
        with pytest.raises(KeyboardInterrupt):
            client.contacts.search()
        assert client._pacer is not None and client._pacer._in_flight == 0
