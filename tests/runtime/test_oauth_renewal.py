"""``OAuthTokens`` (``_oauth``) on its own: the access token renewed before it expires and once after a 401,
one refresh shared by concurrent callers (threads and tasks), every new pair stored through ``on_tokens``
before it is used, and a pair the store refused kept in ``unsaved`` and offered again, never refreshed twice.
The token endpoint is a fake client that counts its refreshes; the clock is moved by hand."""

from __future__ import annotations

import asyncio
import pickle
import threading
from typing import Any

import httpx
import pytest
from contacts_runtime._drift import DriftLog
from contacts_runtime._oauth import OAuthAnswer, OAuthOperations, OAuthSpec, OAuthTokens, TokenPair
from contacts_runtime._request import Request
from contacts_runtime.errors import APIConnectionError, TokenStoreError

SECRET = "app-secret"
WAIT = 10.0  # seconds: a bound on every wait below, never reached when the code is right
SPEC = OAuthSpec(
    authorize_url="https://auth.example.test/authorize",
    white_label_authorize_url=None,
    response_type="code",
    authorize_parameters=("client_id", "redirect_uri", "scope"),
    scope_separator=" ",
    login_window_parameter=None,
    login_window_values=(),
    access_token_lifetime=3600.0,
    refresh_token_rotates=True,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class RefreshEndpoint:
    """What ``OAuthTokens`` needs of a client: ``send_checked`` of the refresh request (sync and async), and
    the drift log its answers are read into.
    Each refresh answers the next pair (access-N, refresh-N), valid ``expires_in`` seconds."""

    def __init__(self, expires_in: float = 3600.0) -> None:
        self.drift = DriftLog("tests.refresh_endpoint")
        self.expires_in = expires_in
        self.sent_refresh_tokens: list[str] = []
        self.release = threading.Event()
        self.release.set()
        self.failure: Exception | None = None
        self.drift = DriftLog("tests")  # token answers are read tolerantly, their drift kept here

    def _answer(self, request: Request) -> httpx.Response:
        assert request.form is not None
        self.sent_refresh_tokens.append(request.form["refresh_token"])
        if self.failure is not None:
            raise self.failure
        number = len(self.sent_refresh_tokens) + 1
        body = {"access_token": f"access-{number}", "refresh_token": f"refresh-{number}", "expires_in": self.expires_in}
        return httpx.Response(200, json=body, request=httpx.Request("POST", "https://auth.example.test/token"))

    def send_checked(self, request: Request, parse: Any, *, authenticated: bool) -> httpx.Response:
        assert authenticated is False
        assert self.release.wait(WAIT)
        return self._answer(request)

    async def asend_checked(self, request: Request, parse: Any, *, authenticated: bool) -> httpx.Response:
        for _ in range(1000):
            if self.release.is_set():
                break
            await asyncio.sleep(0.001)
        return self._answer(request)

    @property
    def refreshes(self) -> int:
        return len(self.sent_refresh_tokens)


class AsyncClient:
    def __init__(self, endpoint: RefreshEndpoint) -> None:
        self.send_checked = endpoint.asend_checked
        self.drift = endpoint.drift


def refresh_request(client_id: str, client_secret: str, refresh_token: str, user_type: str | None) -> Request:
    form = {"grant_type": "refresh_token", "client_id": client_id, "client_secret": client_secret}
    return Request("POST", "/oauth/token", "refreshToken", False, form={**form, "refresh_token": refresh_token})


def code_request(*arguments: Any) -> Request:
    raise AssertionError("no code is exchanged in these tests")


def parse_token(response: httpx.Response) -> OAuthAnswer:
    body = response.json()
    return OAuthAnswer(body["access_token"], body["refresh_token"], body["expires_in"], None, {})


OPERATIONS = OAuthOperations(code_request=code_request, refresh_request=refresh_request, parse_token=parse_token)


class Store:
    """``on_tokens``: keeps each pair; ``failures`` first calls raise, as a full disk would."""

    def __init__(self, failures: int = 0) -> None:
        self.pairs: list[TokenPair] = []
        self.offered: list[TokenPair] = []
        self.failures = failures

    def __call__(self, pair: TokenPair) -> None:
        self.offered.append(pair)
        if self.failures:
            self.failures -= 1
            raise OSError("disk full")
        self.pairs.append(pair)


def tokens(clock: Clock, store: Store, expires_in: float = 3600.0) -> OAuthTokens:
    first = TokenPair("access-1", "refresh-1", clock.now + expires_in)
    return OAuthTokens(
        first, client_id="app", client_secret=SECRET, spec=SPEC, operations=OPERATIONS, on_tokens=store, clock=clock
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.mark.parametrize(("lifetime", "renews_after"), [(3600.0, 3300.0), (1000.0, 900.0)])
def test_the_access_token_is_renewed_a_margin_before_it_expires(
    clock: Clock, lifetime: float, renews_after: float
) -> None:
    """Five minutes early, or a tenth of the lifetime when that is shorter."""
    endpoint, store = RefreshEndpoint(expires_in=lifetime), Store()
    auth, start = tokens(clock, store, lifetime), clock.now
    clock.now = start + renews_after - 0.001
    assert auth.sync_token(endpoint) == "access-1" and endpoint.refreshes == 0  # type: ignore[arg-type]
    clock.now = start + renews_after
    assert auth.sync_token(endpoint) == "access-2"  # type: ignore[arg-type]
    assert endpoint.sent_refresh_tokens == ["refresh-1"]
    assert auth.tokens == store.pairs[0] == TokenPair("access-2", "refresh-2", clock.now + lifetime)
    assert auth.refreshes == 1


def test_each_refresh_sends_the_refresh_token_it_was_last_given(clock: Clock) -> None:
    endpoint, store = RefreshEndpoint(), Store()
    auth = tokens(clock, store)
    for _ in range(3):
        clock.now += 3600
        auth.sync_token(endpoint)  # type: ignore[arg-type]
    assert endpoint.sent_refresh_tokens == ["refresh-1", "refresh-2", "refresh-3"]


def test_a_401_renews_once_even_when_several_calls_saw_it(clock: Clock) -> None:
    endpoint, auth = RefreshEndpoint(), tokens(clock, Store())
    auth.invalidate("access-1")
    assert auth.sync_token(endpoint) == "access-2"  # type: ignore[arg-type]
    auth.invalidate("access-1")  # another call refused with the old token: the new one stays
    assert auth.sync_token(endpoint) == "access-2"  # type: ignore[arg-type]
    assert endpoint.refreshes == 1


def test_a_pair_the_store_refused_is_kept_unsaved_and_offered_again_without_a_refresh(clock: Clock) -> None:
    endpoint, store = RefreshEndpoint(), Store(failures=2)
    auth = tokens(clock, store)
    auth.invalidate("access-1")
    for _ in range(2):
        with pytest.raises(TokenStoreError) as refused:
            auth.sync_token(endpoint)  # type: ignore[arg-type]
        assert refused.value.unsaved == auth.unsaved == TokenPair("access-2", "refresh-2", clock.now + 3600)
        assert auth.tokens.access_token == "access-1"  # not used before it is stored
    assert "disk full" not in str(refused.value) and "OSError" in str(refused.value)
    assert auth.sync_token(endpoint) == "access-2"  # type: ignore[arg-type]
    assert auth.unsaved is None and store.pairs == [auth.tokens]
    assert endpoint.refreshes == 1  # the rotated refresh token was spent once
    assert [pair.access_token for pair in store.offered] == ["access-2"] * 3


def test_a_failed_refresh_is_not_kept_and_the_next_call_tries_again(clock: Clock) -> None:
    endpoint, auth = RefreshEndpoint(), tokens(clock, Store())
    endpoint.failure = APIConnectionError(request=httpx.Request("POST", "https://auth.example.test/token"))
    auth.invalidate("access-1")
    with pytest.raises(APIConnectionError):
        auth.sync_token(endpoint)  # type: ignore[arg-type]
    endpoint.failure = None
    assert auth.sync_token(endpoint) == "access-3"  # type: ignore[arg-type]


def run_threads(count: int, call: Any) -> tuple[list[str], list[BaseException]]:
    """``call`` from ``count`` threads at once: what they got and how they failed."""
    results: list[str] = []
    failures: list[BaseException] = []
    together = threading.Barrier(count)

    def run() -> None:
        together.wait(WAIT)
        try:
            results.append(call())
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT)
    return results, failures


def test_concurrent_threads_share_one_refresh(clock: Clock) -> None:
    endpoint, auth = RefreshEndpoint(), tokens(clock, Store())
    auth.invalidate("access-1")
    # The refresh is held a moment so that the others find it under way (they share it either way).
    endpoint.release.clear()
    threading.Timer(0.05, endpoint.release.set).start()
    results, failures = run_threads(8, lambda: auth.sync_token(endpoint))  # type: ignore[arg-type]
    assert failures == [] and results == ["access-2"] * 8
    assert endpoint.refreshes == 1


def test_a_failed_refresh_fails_every_waiting_thread_and_is_sent_once(clock: Clock) -> None:
    endpoint, auth = RefreshEndpoint(), tokens(clock, Store())
    endpoint.failure = APIConnectionError(request=httpx.Request("POST", "https://auth.example.test/token"))
    auth.invalidate("access-1")
    # The refresh is held a moment so that the others find it under way (they share it either way).
    endpoint.release.clear()
    threading.Timer(0.05, endpoint.release.set).start()
    results, failures = run_threads(6, lambda: auth.sync_token(endpoint))  # type: ignore[arg-type]
    assert results == [] and len(failures) == 6
    assert all(isinstance(failure, APIConnectionError) for failure in failures)
    assert endpoint.refreshes == 1


async def test_concurrent_tasks_share_one_refresh(clock: Clock) -> None:
    endpoint, auth = RefreshEndpoint(), tokens(clock, Store())
    auth.invalidate("access-1")
    endpoint.release.clear()
    client = AsyncClient(endpoint)
    calls = [asyncio.ensure_future(auth.async_token(client)) for _ in range(8)]  # type: ignore[arg-type]
    await asyncio.sleep(0.01)
    endpoint.release.set()
    assert await asyncio.wait_for(asyncio.gather(*calls), WAIT) == ["access-2"] * 8
    assert endpoint.refreshes == 1


async def test_a_task_whose_store_fails_keeps_the_pair_unsaved(clock: Clock) -> None:
    endpoint, store = RefreshEndpoint(), Store(failures=1)
    auth, client = tokens(clock, store), AsyncClient(endpoint)
    clock.now += 3600
    with pytest.raises(TokenStoreError):
        await auth.async_token(client)  # type: ignore[arg-type]
    assert auth.unsaved is not None and auth.unsaved.access_token == "access-2"
    assert await auth.async_token(client) == "access-2"  # type: ignore[arg-type]
    assert endpoint.refreshes == 1 and auth.unsaved is None


def test_the_constructor_refuses_what_it_cannot_use(clock: Clock) -> None:
    pair = TokenPair("a", "r", clock.now + 60)
    with pytest.raises(ValueError, match="`tokens` must be a TokenPair, got dict"):
        OAuthTokens(
            {"access_token": "a"},  # type: ignore[arg-type]
            client_id="app",
            client_secret=SECRET,
            spec=SPEC,
            operations=OPERATIONS,
            on_tokens=Store(),
        )
    with pytest.raises(ValueError, match="`on_tokens` must be a callable"):
        OAuthTokens(
            pair,
            client_id="app",
            client_secret=SECRET,
            spec=SPEC,
            operations=OPERATIONS,
            on_tokens=None,  # type: ignore[arg-type]
        )


def test_no_token_or_secret_is_shown_or_pickled(clock: Clock) -> None:
    auth = tokens(clock, Store())
    shown = repr(auth) + repr(auth.tokens)
    assert "access-1" not in shown and "refresh-1" not in shown and SECRET not in shown
    with pytest.raises(TypeError):
        pickle.dumps(auth)
