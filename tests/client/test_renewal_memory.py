"""Renewal has memory (issue #24): a 401 that a renewed token gets too is not about the token's age, so
it surfaces without rotating the pair on every call; ``invalid_grant`` from the token endpoint is its
own error, and the client sends nothing more until it is given a new pair."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from highlevel_client import AsyncHighLevel, AuthenticationError, BadRequestError, HighLevel, errors
from highlevel_client.oauth import TokenPair
from sakari_client import AsyncSakari, Sakari
from sakari_client import errors as sakari_errors

from .conftest import SECRET, Service
from .test_highlevel_oauth_client import NOW, Clock, Store, TokenService, make_async_client, make_client

CALLS = 5


def _refuse_every_api_call(service: TokenService) -> None:
    """A scope the token lacks: every access token, however new, gets a 401."""
    service.live_access.clear()
    original = service.token

    def token(request: httpx.Request, *, blocking: bool = True) -> httpx.Response:
        answer = original(request, blocking=blocking)
        service.live_access.clear()
        return answer

    service.token = token  # type: ignore[method-assign]


def test_a_401_the_renewed_token_gets_too_does_not_rotate_the_pair_on_every_call() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service)
    client = make_client(service, store, clock)
    _refuse_every_api_call(service)
    for _ in range(CALLS):
        with pytest.raises(AuthenticationError, match="scope"):
            client.contacts.get("c-1")
    assert client.oauth_tokens.refreshes == 1 and len(store.pairs) == 1
    assert len([event for event in service.events if event.startswith("api")]) == CALLS + 1


async def test_async_a_401_the_renewed_token_gets_too_does_not_rotate_the_pair_on_every_call() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service)
    client = make_async_client(service, store, clock, expires_at=NOW + 86_399)
    _refuse_every_api_call(service)
    for _ in range(CALLS):
        with pytest.raises(AuthenticationError, match="scope"):
            await client.contacts.get("c-1")
    assert client.oauth_tokens.refreshes == 1 and len(store.pairs) == 1


def test_renewal_because_the_token_is_due_is_unaffected_by_the_memory() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock)
    _refuse_every_api_call(service)
    with pytest.raises(AuthenticationError):
        client.contacts.get("c-1")
    clock.now += 86_399  # access-2 is due: renewed before the call, as always
    with pytest.raises(AuthenticationError):
        client.contacts.get("c-1")
    # access-3 came because it was due, not because one was refused: its 401 renews once more (access-4)
    assert client.oauth_tokens.refreshes == 3
    with pytest.raises(AuthenticationError):
        client.contacts.get("c-1")
    assert client.oauth_tokens.refreshes == 3


def _sakari_refusing_every_call(cls: Any, service: Service) -> Any:
    service.default = lambda request: httpx.Response(401, json={"error": {"code": "AUTH", "message": "no scope"}})
    transport = httpx.MockTransport(service)
    http_client = httpx.Client(transport=transport) if cls is Sakari else httpx.AsyncClient(transport=transport)
    return cls(client_id="i", client_secret=SECRET, account_id="a", http_client=http_client)


def test_sakari_fetches_one_new_token_for_a_401_that_is_not_about_the_token() -> None:
    service = Service()
    client = _sakari_refusing_every_call(Sakari, service)
    for _ in range(CALLS):
        with pytest.raises(sakari_errors.AuthenticationError, match="scope"):
            client.contacts.get("c-1")
    assert len(service.token_requests()) == 2 and len(service.api_requests()) == CALLS + 1


async def test_async_sakari_fetches_one_new_token_for_a_401_that_is_not_about_the_token() -> None:
    service = Service()
    client = _sakari_refusing_every_call(AsyncSakari, service)
    for _ in range(CALLS):
        with pytest.raises(sakari_errors.AuthenticationError):
            await client.contacts.get("c-1")
    assert len(service.token_requests()) == 2


# --- invalid_grant ---------------------------------------------------------------------------------

INVALID_GRANT_BODIES = [
    {"statusCode": 400, "message": "Invalid grant: the refresh token was already used", "error": "invalid_grant"},
    {"error": "invalid_grant", "error_description": "Invalid grant: the refresh token was already used"},
]


def _spent_refresh_token(service: TokenService, body: dict[str, Any]) -> None:
    original = service.token

    def token(request: httpx.Request, *, blocking: bool = True) -> httpx.Response:
        service.token_forms.append({})
        return httpx.Response(400, json=body)

    service.token = token  # type: ignore[method-assign]
    service.restore = original  # type: ignore[attr-defined]


@pytest.mark.parametrize("body", INVALID_GRANT_BODIES)
def test_invalid_grant_is_its_own_error_and_nothing_is_sent_until_set_tokens(body: dict[str, Any]) -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock, expires_at=NOW - 1)  # due: the first call refreshes
    _spent_refresh_token(service, body)
    with pytest.raises(errors.InvalidGrantError) as caught:
        client.contacts.get("c-1")
    error = caught.value
    assert isinstance(error, BadRequestError) and error.code == "invalid_grant"
    assert "already used" in str(error)
    sent = len(service.token_forms) + len(service.events)
    for _ in range(3):
        with pytest.raises(errors.InvalidGrantError):
            client.contacts.get("c-1")
    assert len(service.token_forms) + len(service.events) == sent  # nothing more was sent
    service.live_access.add("access-new")
    client.oauth_tokens.set_tokens(TokenPair("access-new", "refresh-new", NOW + 3600))
    client.contacts.get("c-1")
    assert service.events[-1] == "api access-new"


@pytest.mark.parametrize("body", INVALID_GRANT_BODIES)
async def test_async_invalid_grant_is_its_own_error_and_nothing_is_sent_until_set_tokens(body: dict[str, Any]) -> None:
    service, clock = TokenService(), Clock()
    client: AsyncHighLevel = make_async_client(service, Store(service), clock, expires_at=NOW - 1)
    _spent_refresh_token(service, body)
    with pytest.raises(errors.InvalidGrantError):
        await client.contacts.get("c-1")
    forms = len(service.token_forms)
    with pytest.raises(errors.InvalidGrantError):
        await client.contacts.get("c-1")
    assert len(service.token_forms) == forms and service.events == []
    service.live_access.add("access-new")
    client.oauth_tokens.set_tokens(TokenPair("access-new", "refresh-new", NOW + 3600))
    await client.contacts.get("c-1")
    assert service.events == ["api access-new"]


def test_set_tokens_takes_only_a_token_pair() -> None:
    service = TokenService()
    client: HighLevel = make_client(service, Store(service), Clock())
    with pytest.raises(ValueError, match="TokenPair"):
        client.oauth_tokens.set_tokens(("a", "r"))  # type: ignore[arg-type]


def test_another_400_from_the_token_endpoint_is_not_invalid_grant() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock, expires_at=NOW - 1)
    _spent_refresh_token(service, {"error": "invalid_request", "error_description": "missing field"})
    with pytest.raises(BadRequestError) as caught:
        client.contacts.get("c-1")
    assert not isinstance(caught.value, errors.InvalidGrantError) and caught.value.code == "invalid_request"
