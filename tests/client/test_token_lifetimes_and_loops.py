"""Odd token answers: an absurd, empty, zero or negative lifetime or token is a typed error or a floor, never
a raw exception; each event loop an async client runs on fetches its token through its own lock."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest
from contacts_runtime import errors
from sakari_client import AsyncSakari, Sakari

from .conftest import SECRET, TOKEN, Service, sample


@pytest.mark.parametrize("expires_in", ["10" + "0" * 400, "1e400", "-1e400"])
def test_an_absurd_token_lifetime_is_not_a_raw_exception(sakari: Sakari, service: Service, expires_in: str) -> None:
    content = f'{{"access_token": "{TOKEN}", "token_type": "bearer", "expires_in": {expires_in}}}'
    service.token_answers = [httpx.Response(200, content=content.encode())]
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    with contextlib.suppress(errors.APIError):  # a documented outcome; the point: not OverflowError
        sakari.contacts.list()


@pytest.mark.parametrize("token", ["", "   ", None])
def test_an_empty_access_token_is_a_validation_error(sakari: Sakari, service: Service, token: str | None) -> None:
    service.token_answers = [
        httpx.Response(200, json={"access_token": token, "token_type": "bearer", "expires_in": 60})
    ]
    with pytest.raises(errors.APIResponseValidationError):
        sakari.contacts.list()
    assert service.api_requests() == []


@pytest.mark.parametrize("expires_in", [0, -5])
def test_a_zero_or_negative_lifetime_gets_a_floor(sakari: Sakari, service: Service, expires_in: int) -> None:
    service.token_answers = [
        httpx.Response(200, json={"access_token": TOKEN, "token_type": "bearer", "expires_in": expires_in})
    ]
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    sakari._auth._clock = lambda: 1000.0  # type: ignore[attr-defined]
    sakari.contacts.list()
    sakari.contacts.list()
    assert len(service.token_requests()) == 1
    assert all(request.headers["authorization"] == f"Bearer {TOKEN}" for request in service.api_requests())


def test_an_async_client_works_from_a_second_event_loop(service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    client = AsyncSakari(
        client_id="client-1",
        client_secret=SECRET,
        account_id="acc-1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )

    async def call() -> None:
        client._auth.invalidate(TOKEN)  # type: ignore[attr-defined]  # make each loop fetch through its own lock
        assert (await client.contacts.list()).data

    asyncio.run(call())
    asyncio.run(call())
    assert len(service.token_requests()) == 2
