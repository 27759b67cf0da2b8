"""``ClientCredentials`` (``_auth``) on its own: a token fetched on first use, cached, renewed before it
expires and once after a 401, one fetch shared by concurrent callers (threads and tasks). The token
endpoint is a fake client that counts its calls; the clock is moved by hand."""

from __future__ import annotations

import asyncio
import base64
import json
import pickle
import threading
from typing import Any

import httpx
import pytest
from contacts_runtime._auth import MAX_TOKEN_LIFETIME, MIN_TOKEN_LIFETIME, ClientCredentials, TokenAnswer
from contacts_runtime._drift import DriftLog
from contacts_runtime._request import Request
from contacts_runtime.errors import APIConnectionError, APIResponseValidationError

SECRET = "s3cret-client-secret"
WAIT = 10.0  # seconds: a bound on every wait below, never reached when the code is right


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class TokenEndpoint:
    """What ``ClientCredentials`` needs of a client: ``send_checked`` of the token request (sync and async),
    and the drift log its answers are read into."""

    def __init__(self, expires_in: object = 3600, tokens: list[str] | None = None) -> None:
        self.drift = DriftLog("tests.token_endpoint")
        self.expires_in = expires_in
        self.tokens = tokens
        self.requests: list[Request] = []
        self.release = threading.Event()
        self.release.set()
        self.failure: Exception | None = None
        self.drift = DriftLog("tests")  # token answers are read tolerantly, their drift kept here

    def _answer(self, request: Request) -> httpx.Response:
        self.requests.append(request)
        if self.failure is not None:
            raise self.failure
        token = self.tokens.pop(0) if self.tokens is not None else f"token-{len(self.requests)}"
        body: dict[str, Any] = {"access_token": token}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(
            200,
            content=json.dumps(body).encode(),  # allows NaN, as a careless service may send
            headers={"Content-Type": "application/json"},
            request=httpx.Request("POST", "https://auth.example.test/token"),
        )

    def send_checked(self, request: Request, parse: Any, *, authenticated: bool) -> httpx.Response:
        assert authenticated is False  # the token call carries no token
        assert self.release.wait(WAIT)
        return self._answer(request)

    async def asend_checked(self, request: Request, parse: Any, *, authenticated: bool) -> httpx.Response:
        for _ in range(1000):
            if self.release.is_set():
                break
            await asyncio.sleep(0.001)
        return self._answer(request)


class AsyncClient:
    def __init__(self, endpoint: TokenEndpoint) -> None:
        self.send_checked = endpoint.asend_checked
        self.drift = endpoint.drift


def token_request(client_id: str, client_secret: str) -> Request:
    return Request("POST", "/token", "fetchToken", True, json={"id": client_id, "secret": client_secret})


def parse(response: httpx.Response) -> TokenAnswer:
    body = response.json()
    return body["access_token"], body.get("expires_in")


def credentials(clock: Clock) -> ClientCredentials:
    return ClientCredentials(
        "client-1", SECRET, "https://auth.example.test/token", token_request=token_request, parse=parse, clock=clock
    )


def jwt(claims: dict[str, Any]) -> str:
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"eyJhbGciOiJub25lIn0.{payload}.signature"


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_the_token_is_fetched_on_first_use_and_cached(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(), credentials(clock)
    assert endpoint.requests == []  # lazy: nothing is fetched before a call needs it
    assert [auth.sync_token(endpoint) for _ in range(3)] == ["token-1"] * 3  # type: ignore[arg-type]
    [request] = endpoint.requests
    assert request.path == "https://auth.example.test/token" and request.json == {"id": "client-1", "secret": SECRET}
    assert request.idempotent  # a token call creates nothing: it may be resent


@pytest.mark.parametrize(("lifetime", "renews_after"), [(3600, 3540.0), (100, 90.0), (30, 27.0)])
def test_the_token_is_renewed_a_margin_before_it_expires(clock: Clock, lifetime: int, renews_after: float) -> None:
    """A minute early, or a tenth of the lifetime when that is shorter."""
    endpoint, auth = TokenEndpoint(expires_in=lifetime), credentials(clock)
    start = clock.now
    auth.sync_token(endpoint)  # type: ignore[arg-type]
    clock.now = start + renews_after - 0.001
    assert auth.sync_token(endpoint) == "token-1"  # type: ignore[arg-type]
    clock.now = start + renews_after
    assert auth.sync_token(endpoint) == "token-2"  # type: ignore[arg-type]
    assert len(endpoint.requests) == 2


def test_without_expires_in_a_jwt_exp_claim_sets_the_expiry(clock: Clock) -> None:
    token = jwt({"exp": clock.now + 600})
    endpoint, auth = TokenEndpoint(expires_in=None, tokens=[token, "opaque"]), credentials(clock)
    assert auth.sync_token(endpoint) == token  # type: ignore[arg-type]
    clock.now += 539
    assert auth.sync_token(endpoint) == token  # type: ignore[arg-type]
    clock.now += 1
    assert auth.sync_token(endpoint) == "opaque"  # type: ignore[arg-type]


@pytest.mark.parametrize("token", ["opaque-token", jwt({"sub": "no exp"}), jwt({"exp": "soon"}), "a.b%.c"])
def test_a_token_without_a_known_expiry_is_kept_until_a_401(clock: Clock, token: str) -> None:
    endpoint, auth = TokenEndpoint(expires_in=None, tokens=[token, "next"]), credentials(clock)
    auth.sync_token(endpoint)  # type: ignore[arg-type]
    clock.now += 10 * 365 * 24 * 3600
    assert auth.sync_token(endpoint) == token  # type: ignore[arg-type]
    auth.invalidate(token)
    assert auth.sync_token(endpoint) == "next"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("expires_in", "kept_for"),
    [
        (0, MIN_TOKEN_LIFETIME),
        (-5, MIN_TOKEN_LIFETIME),
        (1e300, MAX_TOKEN_LIFETIME),
    ],
)
def test_a_lifetime_out_of_bounds_is_brought_within_them(clock: Clock, expires_in: float, kept_for: float) -> None:
    # NaN is no lifetime at all: it is read as an absent one (tests/client/test_token_answers.py).
    endpoint, auth = TokenEndpoint(expires_in=expires_in), credentials(clock)
    start = clock.now
    auth.sync_token(endpoint)  # type: ignore[arg-type]
    clock.now = start + kept_for * 0.9 - 0.001  # renewed a tenth of the lifetime early at most
    assert auth.sync_token(endpoint) == "token-1"  # type: ignore[arg-type]
    clock.now = start + kept_for
    assert auth.sync_token(endpoint) == "token-2"  # type: ignore[arg-type]


def test_a_401_renews_once_even_when_several_calls_saw_it(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(), credentials(clock)
    refused = auth.sync_token(endpoint)  # type: ignore[arg-type]
    auth.invalidate(refused)
    renewed = auth.sync_token(endpoint)  # type: ignore[arg-type]
    auth.invalidate(refused)  # a second call that was refused with the old token: the new one stays
    assert auth.sync_token(endpoint) == renewed == "token-2"  # type: ignore[arg-type]
    assert len(endpoint.requests) == 2


@pytest.mark.parametrize("token", ["", "   "])
def test_an_empty_token_is_a_validation_error_and_is_not_kept(clock: Clock, token: str) -> None:
    endpoint, auth = TokenEndpoint(tokens=[token, "good"]), credentials(clock)
    with pytest.raises(APIResponseValidationError):
        auth.sync_token(endpoint)  # type: ignore[arg-type]
    assert auth.sync_token(endpoint) == "good"  # type: ignore[arg-type]


def test_a_failed_fetch_is_not_cached(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(), credentials(clock)
    endpoint.failure = APIConnectionError(request=httpx.Request("POST", "https://auth.example.test/token"))
    with pytest.raises(APIConnectionError):
        auth.sync_token(endpoint)  # type: ignore[arg-type]
    endpoint.failure = None
    assert auth.sync_token(endpoint) == "token-2"  # type: ignore[arg-type]


def test_concurrent_threads_share_one_fetch(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(), credentials(clock)
    endpoint.release.clear()  # the first fetch waits until every thread has asked
    tokens: list[str] = []
    asked = threading.Barrier(9)

    def call() -> None:
        asked.wait(WAIT)
        tokens.append(auth.sync_token(endpoint))  # type: ignore[arg-type]

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    asked.wait(WAIT)
    endpoint.release.set()
    for thread in threads:
        thread.join(WAIT)
    assert tokens == ["token-1"] * 8 and len(endpoint.requests) == 1


async def test_concurrent_tasks_share_one_fetch(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(), credentials(clock)
    endpoint.release.clear()
    client = AsyncClient(endpoint)
    calls = [asyncio.ensure_future(auth.async_token(client)) for _ in range(8)]  # type: ignore[arg-type]
    await asyncio.sleep(0.01)
    endpoint.release.set()
    assert await asyncio.wait_for(asyncio.gather(*calls), WAIT) == ["token-1"] * 8
    assert len(endpoint.requests) == 1


async def test_an_async_token_is_renewed_before_it_expires(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(expires_in=3600), credentials(clock)
    client = AsyncClient(endpoint)
    assert await auth.async_token(client) == "token-1"  # type: ignore[arg-type]
    clock.now += 3540
    assert await auth.async_token(client) == "token-2"  # type: ignore[arg-type]


def test_changed_credentials_have_a_token_cache_of_their_own(clock: Clock) -> None:
    endpoint, auth = TokenEndpoint(), credentials(clock)
    auth.sync_token(endpoint)  # type: ignore[arg-type]
    other = auth.with_changes(client_id="client-2", client_secret="other-secret")
    assert other.sync_token(endpoint) == "token-2"  # type: ignore[arg-type]
    assert endpoint.requests[1].json == {"id": "client-2", "secret": "other-secret"}
    assert auth.sync_token(endpoint) == "token-1"  # type: ignore[arg-type]


def test_the_secret_is_never_shown_or_pickled(clock: Clock) -> None:
    auth = credentials(clock)
    auth.sync_token(TokenEndpoint())  # type: ignore[arg-type]
    assert SECRET not in repr(auth) and "token-1" not in repr(auth)
    with pytest.raises(TypeError, match="credentials are not pickled"):
        pickle.dumps(auth)
