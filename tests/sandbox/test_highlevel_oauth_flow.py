"""The Marketplace OAuth client end to end against the sandbox: code exchange, contacts with the access
token, renewal once for many threads and tasks, rotation handed to ``on_tokens`` first, a failing store,
reuse refused, location tokens, nothing secret shown."""

from __future__ import annotations

import asyncio
import pickle
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from highlevel_client import AsyncHighLevel, BadRequestError, HighLevel, oauth
from highlevel_client.oauth import TokenPair, TokenStoreError

from contacts_sandbox import Sandbox, SandboxServer
from contacts_sandbox._highlevel_oauth import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET

REDIRECT = "https://app.example/oauth/callback"
APP = {"client_id": OAUTH_CLIENT_ID, "client_secret": OAUTH_CLIENT_SECRET}


class Clock:
    """One hand-moved clock for the sandbox and the client."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Store:
    """An ``on_tokens`` that keeps every pair, noting what the client had in use when it was called."""

    def __init__(self) -> None:
        self.pairs: list[TokenPair] = []
        self.fail = False
        self.lock = threading.Lock()

    def __call__(self, pair: TokenPair) -> None:
        with self.lock:
            if self.fail:
                raise OSError("disk full")
            self.pairs.append(pair)


@pytest.fixture
def clock(contacts_sandbox: Sandbox) -> Clock:
    clock = Clock()
    contacts_sandbox.highlevel.oauth.clock = clock
    return clock


@pytest.fixture
def settings(contacts_sandbox_server: SandboxServer) -> dict[str, Any]:
    return {
        "base_url": contacts_sandbox_server.highlevel_base_url,
        "location_id": "loc-1",
        "strict_response_validation": True,
        "max_retries": 0,
    }


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def client(contacts_sandbox: Sandbox, settings: dict[str, Any], clock: Clock, store: Store) -> Iterator[HighLevel]:
    code = contacts_sandbox.highlevel.oauth.mint_code(redirect_uri=REDIRECT)
    with HighLevel.from_authorization_code(
        **APP, code=code, redirect_uri=REDIRECT, on_tokens=store, clock=clock, **settings
    ) as client:
        yield client


def expire(sandbox: Sandbox, clock: Clock) -> None:
    clock.now += sandbox.highlevel.oauth.access_ttl + 1


def test_code_exchange_gives_a_working_client_and_the_pair_is_stored_first(client: HighLevel, store: Store) -> None:
    assert len(store.pairs) == 1
    assert client.oauth_tokens.tokens is store.pairs[0]
    assert store.pairs[0].scopes == ("contacts.readonly", "contacts.write")
    assert store.pairs[0].details["locationId"] == "loc-1"
    client.contacts.create(first_name="Ada", email="ada@example.com")
    assert [contact.first_name for contact in client.contacts.list()] == ["Ada"]
    assert client.oauth_tokens.refreshes == 0


def test_an_expired_token_is_renewed_once_for_many_threads(
    client: HighLevel, store: Store, contacts_sandbox: Sandbox, clock: Clock
) -> None:
    first = client.oauth_tokens.tokens
    expire(contacts_sandbox, clock)
    failures: list[BaseException] = []
    start = threading.Barrier(8)

    def call() -> None:
        start.wait()
        try:
            client.contacts.list()
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    assert client.oauth_tokens.refreshes == 1
    assert len(store.pairs) == 2
    assert client.oauth_tokens.tokens is store.pairs[1]
    assert store.pairs[1].refresh_token != first.refresh_token
    # The sandbox refuses the retired refresh token, as HighLevel does.
    with pytest.raises(BadRequestError, match="already used"):
        oauth.refresh(client, **APP, refresh_token=first.refresh_token)


def test_an_expired_token_is_renewed_once_for_many_tasks(
    contacts_sandbox: Sandbox, settings: dict[str, Any], clock: Clock, store: Store
) -> None:
    async def scenario() -> None:
        code = contacts_sandbox.highlevel.oauth.mint_code(redirect_uri=REDIRECT)
        async with await AsyncHighLevel.from_authorization_code(
            **APP, code=code, redirect_uri=REDIRECT, on_tokens=store, clock=clock, **settings
        ) as client:
            expire(contacts_sandbox, clock)
            await asyncio.gather(*(client.contacts.list() for _ in range(10)))
            assert client.oauth_tokens.refreshes == 1
            assert client.oauth_tokens.tokens is store.pairs[-1]

    asyncio.run(scenario())
    assert len(store.pairs) == 2


def test_a_401_renews_the_token_once(client: HighLevel, contacts_sandbox: Sandbox, clock: Clock) -> None:
    # The service's clock says the token has expired while the client's still trusts it.
    oauth_state = contacts_sandbox.highlevel.oauth
    oauth_state.clock = lambda: clock.now + oauth_state.access_ttl + 1
    client.contacts.list()
    assert client.oauth_tokens.refreshes == 1
    client.contacts.list()
    assert client.oauth_tokens.refreshes == 1


def test_a_failing_store_is_an_error_and_the_old_refresh_token_is_not_spent_again(
    client: HighLevel, store: Store, contacts_sandbox: Sandbox, clock: Clock
) -> None:
    old = client.oauth_tokens.tokens
    expire(contacts_sandbox, clock)
    store.fail = True
    with pytest.raises(TokenStoreError) as raised:
        client.contacts.list()
    unsaved = client.oauth_tokens.unsaved
    assert unsaved is not None and raised.value.unsaved is unsaved
    assert isinstance(raised.value.__cause__, OSError)
    assert client.oauth_tokens.tokens is old  # the new pair was not used
    with pytest.raises(TokenStoreError):
        client.contacts.list()
    assert client.oauth_tokens.refreshes == 1  # the retired refresh token was not sent again
    store.fail = False
    client.contacts.list()
    assert store.pairs[-1] is unsaved and client.oauth_tokens.tokens is unsaved
    assert client.oauth_tokens.unsaved is None and client.oauth_tokens.refreshes == 1
    assert unsaved.access_token not in str(raised.value) and unsaved.refresh_token not in str(raised.value)
    assert unsaved.refresh_token not in repr(pickle.loads(pickle.dumps(raised.value)).__dict__)


def test_a_failing_store_on_the_code_exchange_keeps_the_pair(
    contacts_sandbox: Sandbox, settings: dict[str, Any], store: Store
) -> None:
    store.fail = True
    code = contacts_sandbox.highlevel.oauth.mint_code(redirect_uri=REDIRECT)
    with pytest.raises(TokenStoreError) as raised:
        HighLevel.from_authorization_code(**APP, code=code, redirect_uri=REDIRECT, on_tokens=store, **settings)
    assert isinstance(raised.value.unsaved, TokenPair)
    # The code worked once: a second exchange is refused.
    with HighLevel(token="unused", **settings) as transport, pytest.raises(BadRequestError, match="already used"):
        oauth.exchange_code(transport, **APP, code=code, redirect_uri=REDIRECT)


def test_from_oauth_with_stored_tokens_refreshes_and_rotates(
    contacts_sandbox: Sandbox, settings: dict[str, Any], clock: Clock, store: Store
) -> None:
    code = contacts_sandbox.highlevel.oauth.mint_code()
    with HighLevel(token="unused", **settings) as transport:
        pair = oauth.exchange_code(transport, **APP, code=code)
    expired_at = clock.now - 1
    with HighLevel.from_oauth(
        **APP,
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_at=expired_at,
        on_tokens=store,
        clock=clock,
        **settings,
    ) as client:
        client.contacts.list()
        client.contacts.list()
        assert client.oauth_tokens.refreshes == 1
        assert [stored.refresh_token == pair.refresh_token for stored in store.pairs] == [False]


def test_location_token_from_an_agency_token(
    contacts_sandbox: Sandbox, settings: dict[str, Any], clock: Clock, store: Store
) -> None:
    code = contacts_sandbox.highlevel.oauth.mint_code(
        user_type="Company", company_id="company-9", approved_locations=("loc-1", "loc-2")
    )
    with HighLevel.from_authorization_code(
        **APP, code=code, user_type="Company", on_tokens=store, clock=clock, **settings
    ) as agency:
        assert store.pairs[0].details["approvedLocations"] == ["loc-1", "loc-2"]
        token = oauth.location_token(agency, company_id="company-9", location_id="loc-2", clock=clock)
        assert token.details["locationId"] == "loc-2"
        assert token.expires_at == clock.now + contacts_sandbox.highlevel.oauth.access_ttl
        with pytest.raises(BadRequestError):
            oauth.location_token(agency, company_id="company-9", location_id="loc-3")
    settings = {**settings, "location_id": "loc-2"}
    with HighLevel(token=token.access_token, **settings) as location:
        location.contacts.create(first_name="Grace", email="grace@example.com")
        assert [contact.first_name for contact in location.contacts.list()] == ["Grace"]


def test_async_location_token(contacts_sandbox: Sandbox, settings: dict[str, Any], store: Store) -> None:
    code = contacts_sandbox.highlevel.oauth.mint_code(user_type="Company", approved_locations=("loc-1",))

    async def scenario() -> oauth.AccessToken:
        async with await AsyncHighLevel.from_authorization_code(
            **APP, code=code, user_type="Company", on_tokens=store, **settings
        ) as agency:
            return await oauth.alocation_token(agency, company_id="company-1", location_id="loc-1")

    assert asyncio.run(scenario()).details["locationId"] == "loc-1"


def test_no_secret_in_any_repr_or_pickle(client: HighLevel, store: Store) -> None:
    pair = client.oauth_tokens.tokens
    shown = " ".join([repr(client), repr(client.oauth_tokens), repr(pair), str(pair), repr(store.pairs)])
    for secret in (pair.access_token, pair.refresh_token, OAUTH_CLIENT_SECRET):
        assert secret not in shown
    for value in (pair, client.oauth_tokens):
        with pytest.raises(TypeError, match="not pickled"):
            pickle.dumps(value)
