"""OAuth2 client credentials for Sakari: lazy, cached, shared, renewed; a 401 renews once."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import httpx
import pytest
from highlevel_client import AuthenticationError as HighLevelAuthenticationError
from highlevel_client import HighLevel
from sakari_client import AsyncSakari, AuthenticationError, Sakari
from sakari_client.errors import APIResponseValidationError

from .conftest import Service, jwt, sample


def _list_ok(service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))


def test_token_is_fetched_lazily_once_and_sent(sakari: Sakari, service: Service) -> None:
    _list_ok(service)
    assert service.requests == []
    sakari.contacts.list()
    sakari.contacts.list()
    assert len(service.token_requests()) == 1
    token_request = service.token_requests()[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == "https://api.sakari.io/oauth2/token"
    assert "authorization" not in token_request.headers
    assert json.loads(token_request.content) == {
        "grant_type": "client_credentials",
        "client_id": "client-1",
        "client_secret": "s3cr3t-client-secret",
    }
    assert all(request.headers["authorization"] == "Bearer t0ken-value" for request in service.api_requests())


def test_concurrent_threads_share_one_fetch(service: Service) -> None:
    _list_ok(service)
    gate = threading.Event()

    def slow_token(request: httpx.Request) -> httpx.Response:
        gate.wait(5)
        return httpx.Response(200, json={"access_token": "shared", "expires_in": 3600})

    original = service.__call__

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            service.requests.append(request)
            return slow_token(request)
        return original(request)

    client = Sakari(
        client_id="i",
        client_secret="s",
        account_id="a",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    threads = [threading.Thread(target=client.contacts.list) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    gate.set()
    for thread in threads:
        thread.join(5)
    assert len(service.token_requests()) == 1
    assert len(service.api_requests()) == 8
    assert {request.headers["authorization"] for request in service.api_requests()} == {"Bearer shared"}


async def test_concurrent_tasks_share_one_fetch(async_sakari: AsyncSakari, service: Service) -> None:
    _list_ok(service)
    await asyncio.gather(*(async_sakari.contacts.list() for _ in range(10)))
    assert len(service.token_requests()) == 1
    assert len(service.api_requests()) == 10


def test_token_is_renewed_before_it_expires(service: Service) -> None:
    _list_ok(service)
    now = [1_000_000.0]
    client = Sakari(
        client_id="i",
        client_secret="s",
        account_id="a",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    client._auth._clock = lambda: now[0]  # type: ignore[attr-defined]
    service.token_answers = [
        httpx.Response(200, json={"access_token": "first", "expires_in": 600}),
        httpx.Response(200, json={"access_token": "second", "expires_in": 600}),
    ]
    client.contacts.list()
    now[0] += 530  # 70 s before expiry: still outside the 60 s margin
    client.contacts.list()
    now[0] += 15  # 55 s before expiry: renewed
    client.contacts.list()
    assert [r.headers["authorization"] for r in service.api_requests()] == [
        "Bearer first",
        "Bearer first",
        "Bearer second",
    ]


def test_jwt_exp_is_used_when_expires_in_is_absent(service: Service) -> None:
    _list_ok(service)
    now = [2_000_000.0]
    client = Sakari(
        client_id="i",
        client_secret="s",
        account_id="a",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    client._auth._clock = lambda: now[0]  # type: ignore[attr-defined]
    service.token_answers = [
        httpx.Response(200, json={"access_token": jwt(now[0] + 300)}),
        httpx.Response(200, json={"access_token": jwt(now[0] + 900)}),
    ]
    client.contacts.list()
    now[0] += 200  # 100 s left: still valid (margin 30 s, a tenth of 300 s)
    client.contacts.list()
    now[0] += 80  # 20 s left: renewed
    client.contacts.list()
    assert len(service.token_requests()) == 2


def test_401_renews_the_token_once_then_succeeds(sakari: Sakari, service: Service) -> None:
    _list_ok(service)
    service.token_answers = [
        httpx.Response(200, json={"access_token": "stale", "expires_in": 3600}),
        httpx.Response(200, json={"access_token": "fresh", "expires_in": 3600}),
    ]
    service.answers = [httpx.Response(401, json={"success": False, "error": {"code": "AUTH", "message": "expired"}})]
    page = sakari.contacts.list()
    assert page.data
    assert [r.headers["authorization"] for r in service.api_requests()] == ["Bearer stale", "Bearer fresh"]


def test_second_401_surfaces(sakari: Sakari, service: Service) -> None:
    unauthorized = httpx.Response(401, json={"success": False, "error": {"code": "AUTH-001", "message": "bad token"}})
    service.answers = [unauthorized, unauthorized]
    with pytest.raises(AuthenticationError) as caught:
        sakari.contacts.list()
    assert caught.value.code == "AUTH-001"
    assert len(service.token_requests()) == 2
    assert len(service.api_requests()) == 2


def test_rejected_credentials_surface_as_authentication_error(sakari: Sakari, service: Service) -> None:
    service.token_answers = [
        httpx.Response(401, json={"success": False, "error": {"code": "AUTH-2", "message": "bad client"}})
    ]
    with pytest.raises(AuthenticationError, match="bad client"):
        sakari.contacts.list()
    assert service.api_requests() == []


def test_token_answer_without_token_is_a_validation_error(sakari: Sakari, service: Service) -> None:
    service.token_answers = [httpx.Response(200, json={"token_type": "bearer"})]
    with pytest.raises(APIResponseValidationError, match=r"\$\.access_token"):
        sakari.contacts.list()


def test_highlevel_401_is_not_retried(highlevel: HighLevel, service: Service) -> None:
    service.answers = [httpx.Response(401, json=sample("highlevel_error_401"))]
    with pytest.raises(HighLevelAuthenticationError) as caught:
        highlevel.contacts.create()
    assert caught.value.message == "Error code: 401 - Invalid token: access token is invalid"
    assert len(service.requests) == 1
