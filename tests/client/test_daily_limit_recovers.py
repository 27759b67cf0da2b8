"""The daily limit recovers (issue #24): once the day's count reached 0, a successful answer without
the daily headers (another endpoint, a proxy) ends the pause instead of one call a minute for ever."""

from __future__ import annotations

import httpx
import pytest
from contacts_runtime._base_client import DAILY_PROBE_INTERVAL
from highlevel_client import AsyncHighLevel, HighLevel, errors

from .conftest import HIGHLEVEL_TOKEN, sample

SPENT = {"X-RateLimit-Limit-Daily": "10", "X-RateLimit-Daily-Remaining": "0"}


class Script:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        headers = SPENT if self.calls == 1 else {}
        return httpx.Response(200, json=sample("highlevel_create_contact_response"), headers=headers)


def _pace_clock(client: HighLevel | AsyncHighLevel, now: list[float]) -> None:
    assert client._pacer is not None
    client._pacer._clock = lambda: now[0]


def test_a_successful_probe_without_the_daily_headers_ends_the_pause() -> None:
    script, now = Script(), [0.0]
    client = HighLevel(
        token=HIGHLEVEL_TOKEN, location_id="l", http_client=httpx.Client(transport=httpx.MockTransport(script))
    )
    _pace_clock(client, now)
    client.contacts.get("c-1")  # the day's count reaches 0
    with pytest.raises(errors.DailyLimitError):
        client.contacts.get("c-1")
    now[0] += DAILY_PROBE_INTERVAL
    client.contacts.get("c-1")  # the probe: a success, no daily headers
    for _ in range(5):
        client.contacts.get("c-1")  # the pause has ended: no DailyLimitError
    assert script.calls == 7


async def test_async_a_successful_probe_without_the_daily_headers_ends_the_pause() -> None:
    script, now = Script(), [0.0]
    client = AsyncHighLevel(
        token=HIGHLEVEL_TOKEN, location_id="l", http_client=httpx.AsyncClient(transport=httpx.MockTransport(script))
    )
    _pace_clock(client, now)
    await client.contacts.get("c-1")
    with pytest.raises(errors.DailyLimitError):
        await client.contacts.get("c-1")
    now[0] += DAILY_PROBE_INTERVAL
    await client.contacts.get("c-1")
    for _ in range(5):
        await client.contacts.get("c-1")
    assert script.calls == 7
