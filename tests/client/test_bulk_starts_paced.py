"""Bulk runs whose concurrency is at or above the rate limit start paced: not one 429, sync and async.

Before the first answer the pacer knows no limit, so it lets one call go alone; once that answer has
named the limit, the window's calls are counted. A run that burst its first ``concurrency`` calls would
draw 429s from a limit smaller than that.
"""

from __future__ import annotations

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel

from contacts_sandbox import HIGHLEVEL_TOKEN, RateLimit, Sandbox, SandboxServer

LOCATION = "loc-paced"
# (calls allowed per window, concurrency): equal, above, far above.
CASES = [(5, 5), (5, 8), (3, 16)]
WINDOW = 0.25


def bodies(count: int) -> list[dict[str, str]]:
    return [{"locationId": LOCATION, "email": f"paced{number}@example.com"} for number in range(count)]


@pytest.mark.parametrize(("limit", "concurrency"), CASES)
def test_a_sync_bulk_run_draws_no_429(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox, limit: int, concurrency: int
) -> None:
    contacts_sandbox.configure(highlevel_rate_limit=RateLimit(limit, WINDOW))
    statuses: list[int] = []
    http = httpx.Client(event_hooks={"response": [lambda response: statuses.append(response.status_code)]})
    with HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id=LOCATION,
        base_url=contacts_sandbox_server.highlevel_base_url,
        http_client=http,
    ) as client:
        result = client.contacts.bulk_create(bodies(3 * limit), concurrency=concurrency)
    http.close()
    assert len(result.succeeded) == 3 * limit
    assert statuses.count(429) == 0 and len(statuses) == 3 * limit


@pytest.mark.parametrize(("limit", "concurrency"), CASES)
async def test_an_async_bulk_run_draws_no_429(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox, limit: int, concurrency: int
) -> None:
    contacts_sandbox.configure(highlevel_rate_limit=RateLimit(limit, WINDOW))
    statuses: list[int] = []

    async def count(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async with (
        httpx.AsyncClient(event_hooks={"response": [count]}) as http,
        AsyncHighLevel(
            token=HIGHLEVEL_TOKEN,
            location_id=LOCATION,
            base_url=contacts_sandbox_server.highlevel_base_url,
            http_client=http,
        ) as client,
    ):
        result = await client.contacts.bulk_create(bodies(3 * limit), concurrency=concurrency)
    assert len(result.succeeded) == 3 * limit
    assert statuses.count(429) == 0 and len(statuses) == 3 * limit
