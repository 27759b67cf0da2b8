"""The HighLevel Marketplace OAuth client on mock transports: the authorization URL from the spec's facts, the
token calls (form-encoded, never resent once they may have arrived), and ``OAuthTokens``: renewal before
expiry and after a 401, one refresh for many threads, tasks and event loops, ``on_tokens`` before use, a
failed store or refresh shared by every waiter, no secret shown or pickled."""

from __future__ import annotations

import asyncio
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

import httpx
import pytest
import yaml
from highlevel_client import APITimeoutError, AsyncHighLevel, BadRequestError, HighLevel, oauth
from highlevel_client.oauth import TokenPair, TokenStoreError

SPEC = Path(__file__).resolve().parents[2] / "spec" / "highlevel.yaml"
SECRET = "app-s3cr3t"
APP = {"client_id": "app-client", "client_secret": SECRET}
REDIRECT = "https://app.example/callback"
NOW = 1_000_000.0


def spec_facts() -> dict[str, Any]:
    facts: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]["x-sdk"]["oauth"]
    return facts


# --------------------------------------------------------------------------- the authorization URL


def test_authorization_url_is_built_from_the_spec_facts() -> None:
    facts = spec_facts()
    url = oauth.authorization_url("app-client", REDIRECT, ["contacts.readonly", "contacts.write"])
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == facts["authorize-url"]
    assert [name for name, _ in parse_qsl(parts.query)] == [*facts["authorize-parameters"], "state"]
    assert parse_qs(parts.query) == {
        "response_type": ["code"],
        "client_id": ["app-client"],
        "redirect_uri": [REDIRECT],
        "scope": ["contacts.readonly contacts.write"],
        "state": [url.state],  # generated, as none was given
    }


def test_a_state_is_generated_when_none_is_given_and_checked_on_the_callback() -> None:
    first = oauth.authorization_url("app-client", REDIRECT, ["contacts.readonly"])
    second = oauth.authorization_url("app-client", REDIRECT, ["contacts.readonly"])
    assert isinstance(first, str) and len(first.state) >= 32 and first.state != second.state
    assert parse_qs(urlsplit(first).query)["state"] == [first.state]
    oauth.check_state(first.state, first.state)
    for forged in (second.state, "", None, first.state[:-1]):
        with pytest.raises(oauth.OAuthStateError):
            oauth.check_state(first.state, forged)
    given = oauth.authorization_url("app-client", REDIRECT, ["a"], state="mine")
    assert given.state == "mine" and parse_qs(urlsplit(given).query)["state"] == ["mine"]


def test_white_label_state_and_login_window_mode() -> None:
    facts = spec_facts()
    url = oauth.authorization_url(
        "app-client",
        "https://app.example/cb?tenant=7",
        ("contacts.readonly",),
        white_label=True,
        state="xyz 1&2",
        login_window_open_mode="self",
    )
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == facts["white-label-authorize-url"]
    query = parse_qs(parts.query)
    assert query["redirect_uri"] == ["https://app.example/cb?tenant=7"]
    assert query["state"] == ["xyz 1&2"]
    assert query[facts["login-window-open-mode"]["parameter"]] == ["self"]
    assert "loginWindowOpenMode" not in oauth.authorization_url("app-client", REDIRECT, ["a"])


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"redirect_uri": "/relative"}, "redirect_uri"),
        ({"redirect_uri": "ftp://host/x"}, "redirect_uri"),
        ({"client_id": ""}, "client_id"),
        ({"scopes": "contacts.readonly"}, "scopes"),
        ({"scopes": []}, "scopes"),
        ({"scopes": ["contacts.readonly contacts.write"]}, "scopes"),
        ({"login_window_open_mode": "tab"}, "login_window_open_mode"),
        ({"state": ""}, "state"),
    ],
)
def test_authorization_url_refuses_what_cannot_be_sent(arguments: dict[str, Any], named: str) -> None:
    call: dict[str, Any] = {"client_id": "app-client", "redirect_uri": REDIRECT, "scopes": ["contacts.readonly"]}
    call.update(arguments)
    with pytest.raises(ValueError, match=named):
        oauth.authorization_url(**call)


# --------------------------------------------------------------------------- a scripted token service


def token_body(number: int, expires_in: int = 86_399) -> dict[str, Any]:
    return {
        "access_token": f"access-{number}",
        "refresh_token": f"refresh-{number}",
        "token_type": "Bearer",
        "expires_in": expires_in,
        "scope": "contacts.readonly",
        "userType": "Location",
        "locationId": "loc-1",
        "userId": "user-1",
    }


class TokenService:
    """Rotates refresh tokens (a used one is refused) and answers contacts to live access tokens."""

    def __init__(self) -> None:
        self.issued = 1
        self.live_refresh = {"refresh-1"}
        self.live_access = {"access-1"}
        self.events: list[str] = []
        self.token_forms: list[dict[str, str]] = []
        self.gate: threading.Event | None = None
        self.refresh_failure: Exception | None = None
        self.lock = threading.Lock()

    def token(self, request: httpx.Request, *, blocking: bool = True) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        with self.lock:
            self.token_forms.append(form)
        if self.gate is not None and blocking:
            self.gate.wait(10)
        if self.refresh_failure is not None:
            raise self.refresh_failure
        with self.lock:
            if form["grant_type"] == "refresh_token":
                if form["refresh_token"] not in self.live_refresh:
                    return httpx.Response(400, json={"statusCode": 400, "message": "Invalid grant: already used"})
                self.live_refresh.discard(form["refresh_token"])
            self.issued += 1
            self.live_refresh.add(f"refresh-{self.issued}")
            self.live_access.add(f"access-{self.issued}")
            self.events.append(f"issued access-{self.issued}")
            return httpx.Response(200, json=token_body(self.issued))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return self.token(request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self.lock:
            self.events.append(f"api {token}")
            if token not in self.live_access:
                return httpx.Response(401, json={"statusCode": 401, "message": "Invalid JWT"})
        return httpx.Response(200, json={"contacts": [], "meta": {"total": 0}})

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token" and self.gate is not None:
            while not self.gate.is_set():
                await asyncio.sleep(0.005)
            return self.token(request, blocking=False)
        return self(request)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


class Store:
    def __init__(self, service: TokenService, fail: bool = False) -> None:
        self.service = service
        self.pairs: list[TokenPair] = []
        self.fail = fail

    def __call__(self, pair: TokenPair) -> None:
        if self.fail:
            raise OSError("store offline")
        self.pairs.append(pair)
        self.service.events.append(f"stored {pair.access_token}")


def make_client(
    service: TokenService, store: Store, clock: Clock, *, expires_at: float = NOW + 86_399, **settings: Any
) -> HighLevel:
    return HighLevel.from_oauth(
        **APP,
        access_token="access-1",
        refresh_token="refresh-1",
        expires_at=expires_at,
        on_tokens=store,
        clock=clock,
        location_id="loc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        **settings,
    )


def make_async_client(service: TokenService, store: Store, clock: Clock, *, expires_at: float) -> AsyncHighLevel:
    return AsyncHighLevel.from_oauth(
        **APP,
        access_token="access-1",
        refresh_token="refresh-1",
        expires_at=expires_at,
        on_tokens=store,
        clock=clock,
        location_id="loc-1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(service.handle_async)),
    )


# --------------------------------------------------------------------------- the token calls


def test_code_exchange_is_a_form_post_without_bearer_and_typed() -> None:
    service = TokenService()
    with HighLevel(token="pit", http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        pair = oauth.exchange_code(client, **APP, code="c0de", redirect_uri=REDIRECT, clock=Clock())
    assert service.token_forms == [
        {**APP, "grant_type": "authorization_code", "code": "c0de", "redirect_uri": REDIRECT}
    ]
    assert pair.access_token == "access-2" and pair.refresh_token == "refresh-2"
    assert pair.expires_at == NOW + 86_399
    assert pair.details["locationId"] == "loc-1"
    assert "access_token" not in pair.details and "refresh_token" not in pair.details


@pytest.mark.parametrize("grant", ["code", "refresh"])
def test_a_token_call_that_may_have_arrived_is_not_resent(grant: str) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        raise httpx.ReadTimeout("no answer", request=request)

    transport = httpx.Client(transport=httpx.MockTransport(handler))
    with HighLevel(token="pit", max_retries=3, http_client=transport) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        with pytest.raises(APITimeoutError):
            if grant == "code":
                oauth.exchange_code(client, **APP, code="c0de")
            else:
                oauth.refresh(client, **APP, refresh_token="refresh-1")
    assert len(requests) == 1


def test_a_token_call_that_never_left_is_retried() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if len(requests) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=token_body(2))

    with HighLevel(token="pit", http_client=httpx.Client(transport=httpx.MockTransport(handler))) as client:
        client._sleep = lambda seconds: None  # type: ignore[method-assign]
        assert oauth.refresh(client, **APP, refresh_token="refresh-1").access_token == "access-2"
    assert len(requests) == 2


# --------------------------------------------------------------------------- OAuthTokens


def test_token_is_renewed_within_the_margin_and_stored_before_use() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service)
    # A lifetime of 1000 s: renewed in its last tenth (100 s), as the margin of 300 s is longer.
    client = make_client(service, store, clock, expires_at=NOW + 1000)
    clock.now = NOW + 899
    client.contacts.list()
    assert client.oauth_tokens.refreshes == 0
    clock.now = NOW + 901
    client.contacts.list()
    assert client.oauth_tokens.refreshes == 1
    assert service.events == ["api access-1", "issued access-2", "stored access-2", "api access-2"]
    assert service.token_forms[-1] == {**APP, "grant_type": "refresh_token", "refresh_token": "refresh-1"}


def test_a_401_refreshes_once_then_surfaces() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock)
    service.live_access.clear()
    client.contacts.list()  # 401, refresh, retried with access-2
    assert service.events == ["api access-1", "issued access-2", "stored access-2", "api access-2"]
    assert client.oauth_tokens.refreshes == 1


def run_threads(count: int, target: Callable[[], object]) -> list[BaseException]:
    failures: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run() -> None:
        barrier.wait()
        try:
            target()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return failures


def test_many_threads_share_one_refresh() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service)
    client = make_client(service, store, clock, expires_at=NOW - 1)
    service.gate = threading.Event()
    threading.Timer(0.1, service.gate.set).start()
    assert run_threads(8, client.contacts.list) == []
    assert len(service.token_forms) == 1
    assert [pair.access_token for pair in store.pairs] == ["access-2"]
    api = [event for event in service.events if event.startswith("api")]
    assert api == ["api access-2"] * 8
    assert service.events.index("stored access-2") < service.events.index("api access-2")


def test_a_failed_refresh_fails_every_waiter_and_sends_once() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock, expires_at=NOW - 1)
    service.live_refresh.clear()  # the service refuses refresh-1
    service.gate = threading.Event()
    threading.Timer(0.1, service.gate.set).start()
    failures = run_threads(6, client.contacts.list)
    assert len(failures) == 6 and all(isinstance(failure, BadRequestError) for failure in failures)
    assert len(service.token_forms) == 1


def test_waiting_for_another_callers_refresh_is_bounded() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock, expires_at=NOW - 1)
    client.oauth_tokens.WAIT_LIMIT = 0.05  # type: ignore[misc]
    service.gate = threading.Event()
    refresher = threading.Thread(target=client.contacts.list)
    refresher.start()
    while not service.token_forms:  # the refresh is under way, held by the gate
        threading.Event().wait(0.005)
    with pytest.raises(APITimeoutError, match="refresh"):
        client.contacts.list()
    service.gate.set()
    refresher.join(10)
    assert client.oauth_tokens.tokens.access_token == "access-2"
    assert len(service.token_forms) == 1


async def test_a_cancelled_refresh_lets_the_next_caller_refresh() -> None:
    service, clock = TokenService(), Clock()
    client = make_async_client(service, Store(service), clock, expires_at=NOW - 1)
    service.gate = threading.Event()

    async def call() -> None:
        await client.contacts.list()

    first = asyncio.create_task(call())
    while not client.oauth_tokens._refreshing:  # the refresh is under way, held before it is sent
        await asyncio.sleep(0.005)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    service.gate.set()
    await call()  # neither hangs nor fails with the cancelled task's error
    assert client.oauth_tokens.tokens.access_token == "access-2"
    assert len(service.token_forms) == 1
    await client.close()


def test_a_failing_store_keeps_the_pair_unused_and_offers_it_again() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service, fail=True)
    client = make_client(service, store, clock, expires_at=NOW - 1)
    with pytest.raises(TokenStoreError) as raised:
        client.contacts.list()
    assert isinstance(raised.value.__cause__, OSError)
    assert client.oauth_tokens.tokens.access_token == "access-1"
    unsaved = client.oauth_tokens.unsaved
    assert unsaved is not None and unsaved.refresh_token == "refresh-2"
    with pytest.raises(TokenStoreError):
        client.contacts.list()
    store.fail = False
    client.contacts.list()
    assert len(service.token_forms) == 1  # refresh-1 was never sent again
    assert [pair.access_token for pair in store.pairs] == ["access-2"]
    assert client.oauth_tokens.unsaved is None
    shown = str(raised.value) + repr(raised.value)
    assert "access-2" not in shown and "refresh-2" not in shown
    assert pickle.loads(pickle.dumps(raised.value)).unsaved is None


def test_a_refresh_that_may_have_arrived_is_not_resent_and_surfaces() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock, expires_at=NOW - 1, max_retries=3)
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    service.refresh_failure = httpx.ReadTimeout("lost")
    with pytest.raises(APITimeoutError):
        client.contacts.list()
    assert len(service.token_forms) == 1
    assert client.oauth_tokens.tokens.refresh_token == "refresh-1"


async def test_many_tasks_share_one_refresh() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service)
    client = make_async_client(service, store, clock, expires_at=NOW - 1)
    await asyncio.gather(*(client.contacts.list() for _ in range(10)))
    assert len(service.token_forms) == 1
    assert [pair.access_token for pair in store.pairs] == ["access-2"]
    await client.close()


def test_tasks_of_several_event_loops_and_threads_share_one_refresh() -> None:
    service, clock = TokenService(), Clock()
    store = Store(service)
    client = make_async_client(service, store, clock, expires_at=NOW - 1)
    service.gate = threading.Event()
    threading.Timer(0.1, service.gate.set).start()

    async def burst() -> None:
        await asyncio.gather(*(client.contacts.list() for _ in range(5)))

    assert run_threads(3, lambda: asyncio.run(burst())) == []
    assert len(service.token_forms) == 1
    assert [pair.access_token for pair in store.pairs] == ["access-2"]


async def test_async_failing_store_is_a_typed_error() -> None:
    service, clock = TokenService(), Clock()
    client = make_async_client(service, Store(service, fail=True), clock, expires_at=NOW - 1)
    results = await asyncio.gather(*(client.contacts.list() for _ in range(4)), return_exceptions=True)
    assert all(isinstance(result, TokenStoreError) for result in results)
    assert len(service.token_forms) == 1
    await client.close()


def test_no_secret_in_reprs_and_no_pickle() -> None:
    service, clock = TokenService(), Clock()
    client = make_client(service, Store(service), clock)
    auth = client.oauth_tokens
    shown = " ".join([repr(client), repr(auth), repr(auth.tokens), str(auth.tokens)])
    for secret in ("access-1", "refresh-1", SECRET):
        assert secret not in shown
    for value in (auth, auth.tokens):
        with pytest.raises(TypeError, match="not pickled"):
            pickle.dumps(value)


def test_a_client_with_a_fixed_token_has_no_oauth_tokens() -> None:
    with HighLevel(token="pit") as client, pytest.raises(ValueError, match="from_oauth"):
        client.oauth_tokens  # noqa: B018 - the property raises


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"access_token": ""}, "access_token"),
        ({"refresh_token": None}, "refresh_token"),
        ({"expires_at": "tomorrow"}, "expires_at"),
        ({"expires_at": float("nan")}, "expires_at"),
        ({"client_secret": ""}, "client_secret"),
        ({"on_tokens": "not callable"}, "on_tokens"),
    ],
)
def test_from_oauth_refuses_bad_credentials_by_name(arguments: dict[str, Any], named: str) -> None:
    call: dict[str, Any] = {
        **APP,
        "access_token": "access-1",
        "refresh_token": "refresh-1",
        "expires_at": NOW,
        "on_tokens": print,
        **arguments,
    }
    with pytest.raises(ValueError, match=named):
        HighLevel.from_oauth(**call)
