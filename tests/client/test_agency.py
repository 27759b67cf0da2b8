"""The agency client against the sandbox, sync and async, strict: every installed location across pages,
the company id from the token answer (or a typed error before anything is sent), a client per location
whose token is fetched once for many callers, again before it expires and once after a 401, an
uninstalled location reported after exactly two token fetches, a pacer per location, nothing secret
shown or pickled, and closing."""

from __future__ import annotations

import asyncio
import contextlib
import pickle
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import httpx
import pytest
from highlevel_client import (
    ArgumentError,
    AsyncHighLevel,
    ClientClosedError,
    HighLevel,
    LocationUninstalledError,
    PaginationError,
    errors,
    oauth,
)
from highlevel_client.oauth import TokenPair

from contacts_sandbox import Sandbox, SandboxServer
from contacts_sandbox._highlevel_oauth import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET
from contacts_sandbox._service import RateLimit

APP: dict[str, Any] = {"client_id": OAUTH_CLIENT_ID, "client_secret": OAUTH_CLIENT_SECRET}
APP_ID = OAUTH_CLIENT_ID.split("-")[0]  # the sandbox reads an app id from its client id, as HighLevel does
COMPANY = "company-7"
LOCATIONS = tuple(f"loc-{number:03}" for number in range(230))  # three pages of 100


class Clock:
    """One hand-moved clock for the sandbox and the clients."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Seen:
    """Every request the clients sent, by path."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> None:
        with self.lock:
            self.requests.append(request)

    async def asynchronous(self, request: httpx.Request) -> None:
        self(request)

    def to(self, path: str) -> list[httpx.Request]:
        return [request for request in self.requests if request.url.path == path]

    def token_fetches(self, location_id: str | None = None) -> int:
        return sum(
            1
            for request in self.to("/oauth/locationToken")
            if location_id is None or f"locationId={location_id}".encode() in request.content
        )


@pytest.fixture
def clock(contacts_sandbox: Sandbox) -> Clock:
    clock = Clock()
    contacts_sandbox.highlevel.oauth.clock = clock
    return clock


@pytest.fixture
def seen() -> Seen:
    return Seen()


def agency_pair(sandbox: Sandbox, server: SandboxServer, locations: tuple[str, ...], **choices: Any) -> TokenPair:
    """The token pair of an agency installation on ``locations`` (a code exchanged as the app would)."""
    code = sandbox.highlevel.oauth.mint_code(
        user_type="Company", company_id=COMPANY, approved_locations=locations, **choices
    )
    with HighLevel(token="unused", base_url=server.highlevel_base_url) as client:
        return oauth.exchange_code(client, **APP, code=code, user_type="Company")


def settings(server: SandboxServer) -> dict[str, Any]:
    return {"base_url": server.highlevel_base_url, "strict_response_validation": True, "max_retries": 0}


@pytest.fixture
def pair(contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, clock: Clock) -> TokenPair:
    return agency_pair(contacts_sandbox, contacts_sandbox_server, ("loc-1", "loc-2", "loc-3"))


@pytest.fixture
def agency(contacts_sandbox_server: SandboxServer, pair: TokenPair, clock: Clock, seen: Seen) -> Iterator[HighLevel]:
    http = httpx.Client(event_hooks={"request": [seen]})
    with HighLevel.from_oauth(
        **APP,
        tokens=pair,
        on_tokens=lambda pair: None,
        clock=clock,
        http_client=http,
        **settings(contacts_sandbox_server),
    ) as client:
        yield client
    http.close()


@contextlib.asynccontextmanager
async def async_agency(
    server: SandboxServer, pair: TokenPair, clock: Clock, seen: Seen
) -> AsyncIterator[AsyncHighLevel]:
    # The http client is the test's (a client never closes one it was given), so the test closes it.
    async with (
        httpx.AsyncClient(event_hooks={"request": [seen.asynchronous]}) as http,
        AsyncHighLevel.from_oauth(
            **APP, tokens=pair, on_tokens=lambda pair: None, clock=clock, http_client=http, **settings(server)
        ) as agency,
    ):
        yield agency


# --- installed locations ------------------------------------------------------------------------


def test_every_installed_location_across_pages_once(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, clock: Clock, seen: Seen
) -> None:
    many = agency_pair(contacts_sandbox, contacts_sandbox_server, LOCATIONS)
    # A location of the company the app is not installed on is not listed.
    contacts_sandbox.highlevel.oauth.location_names["not-installed"] = "Elsewhere"
    with (
        httpx.Client(event_hooks={"request": [seen]}) as http,
        HighLevel.from_oauth(
            **APP, tokens=many, on_tokens=lambda pair: None, http_client=http, **settings(contacts_sandbox_server)
        ) as client,
    ):
        locations = list(client.installed_locations(app_id=APP_ID))
    assert [location.id for location in locations] == sorted(LOCATIONS)
    assert all(location.is_installed is True for location in locations)
    pages = seen.to("/oauth/installedLocations")
    # count is the company's 231 locations (not the 230 installed ones): the walk asks once more, at 230,
    # and the empty page ends it; a short page alone does not, as the service may cap limit.
    assert [request.url.params["skip"] for request in pages] == ["0", "100", "200", "230"]
    for request in pages:
        assert request.url.params["companyId"] == COMPANY
        assert request.url.params["appId"] == APP_ID
        assert request.url.params["isInstalled"] == "true"
        assert request.url.params["limit"] == "100"
        assert "locationId" not in request.url.params


def test_every_installed_location_across_pages_once_async(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, clock: Clock, seen: Seen
) -> None:
    many = agency_pair(contacts_sandbox, contacts_sandbox_server, LOCATIONS)

    async def scenario() -> list[str]:
        async with async_agency(contacts_sandbox_server, many, clock, seen) as client:
            return [location.id async for location in client.installed_locations(app_id=APP_ID)]

    assert asyncio.run(scenario()) == sorted(LOCATIONS)
    assert [request.url.params["skip"] for request in seen.to("/oauth/installedLocations")] == ["0", "100", "200"]


def test_filters_are_sent_and_checked_by_name_and_type(agency: HighLevel, seen: Seen) -> None:
    assert [location.id for location in agency.installed_locations(app_id=APP_ID, query="loc-2")] == ["loc-2"]
    assert seen.to("/oauth/installedLocations")[0].url.params["query"] == "loc-2"
    with pytest.raises(ArgumentError, match="location_id"):
        agency.installed_locations(app_id=APP_ID, location_id="loc-1")
    with pytest.raises(ArgumentError, match="on_trial"):
        agency.installed_locations(app_id=APP_ID, on_trial="yes")
    with pytest.raises(ArgumentError, match="app_id"):
        agency.installed_locations(app_id="")
    # The first page and the one after it (empty): count is the company's, not the filtered listing's.
    assert [request.url.params["skip"] for request in seen.to("/oauth/installedLocations")] == ["0", "1"]


def test_the_company_id_comes_from_the_pair_else_it_must_be_given(
    contacts_sandbox_server: SandboxServer, pair: TokenPair, seen: Seen
) -> None:
    assert pair.details["companyId"] == COMPANY
    http = httpx.Client(event_hooks={"request": [seen]})
    # A client from a plain agency token, or from stored parts without the answer's details, knows no company.
    plain = HighLevel(token=pair.access_token, http_client=http, **settings(contacts_sandbox_server))
    parts = HighLevel.from_oauth(
        **APP,
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_at=pair.expires_at,
        on_tokens=lambda pair: None,
        http_client=http,
        **settings(contacts_sandbox_server),
    )
    for client in (plain, parts):
        with pytest.raises(ArgumentError, match="company_id"):
            client.installed_locations(app_id=APP_ID)
        with pytest.raises(ArgumentError, match="company_id"):
            client.for_location("loc-1")
    assert seen.requests == []
    assert [location.id for location in plain.installed_locations(app_id=APP_ID, company_id=COMPANY)] == [
        "loc-1",
        "loc-2",
        "loc-3",
    ]
    assert list(plain.for_location("loc-2", company_id=COMPANY).contacts.search()) == []
    http.close()


def test_the_company_id_must_be_given_to_an_async_plain_client(
    contacts_sandbox_server: SandboxServer, pair: TokenPair
) -> None:
    async def scenario() -> list[str]:
        async with AsyncHighLevel(token=pair.access_token, **settings(contacts_sandbox_server)) as client:
            with pytest.raises(ArgumentError, match="company_id"):
                client.installed_locations(app_id=APP_ID)
            with pytest.raises(ArgumentError, match="company_id"):
                client.for_location("loc-1")
            return [location.id async for location in client.installed_locations(app_id=APP_ID, company_id=COMPANY)]

    assert asyncio.run(scenario()) == ["loc-1", "loc-2", "loc-3"]


def test_from_oauth_takes_a_pair_or_its_parts_not_both(pair: TokenPair) -> None:
    with pytest.raises(ValueError, match="not both"):
        HighLevel.from_oauth(**APP, tokens=pair, access_token="other", on_tokens=print)
    with pytest.raises(ValueError, match="tokens"):
        HighLevel.from_oauth(**APP, tokens="a pair", on_tokens=print)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="access_token"):
        HighLevel.from_oauth(**APP, on_tokens=print)


# --- location clients -----------------------------------------------------------------------------


def test_a_location_client_has_the_agency_settings_but_its_own_token_and_pacer(agency: HighLevel) -> None:
    location = agency.for_location("loc-2")
    assert agency.for_location("loc-2") is location
    assert agency.for_location("loc-3") is not location
    assert type(location) is HighLevel
    assert location.base_url == agency.base_url
    assert location.strict_response_validation is True
    assert location.option("location_id", None) == "loc-2"
    assert location.option("version", None) == agency.option("version", None)
    assert location._pacer is not agency._pacer
    assert location._pacer is not agency.for_location("loc-3")._pacer
    created = location.contacts.create(first_name="Ada", email="ada@example.com")
    assert created.contact.location_id == "loc-2"
    assert [contact.id for contact in location.contacts.search()] == [created.contact.id]
    assert agency.oauth_tokens.tokens.access_token not in location._auth.secrets()


def test_one_token_fetch_for_many_calls_and_many_threads(agency: HighLevel, seen: Seen) -> None:
    location = agency.for_location("loc-1")
    for _ in range(4):
        location.contacts.search()
    assert seen.token_fetches() == 1
    other = agency.for_location("loc-3")
    barrier = threading.Barrier(8)
    failures: list[BaseException] = []

    def call() -> None:
        barrier.wait()
        try:
            other.contacts.search()
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert seen.token_fetches("loc-3") == 1
    assert len(seen.to("/contacts/search")) == 12


def test_one_token_fetch_for_many_tasks(
    contacts_sandbox_server: SandboxServer, pair: TokenPair, clock: Clock, seen: Seen
) -> None:
    async def scenario() -> None:
        async with async_agency(contacts_sandbox_server, pair, clock, seen) as agency:
            location = agency.for_location("loc-1")
            assert agency.for_location("loc-1") is location
            assert type(location) is AsyncHighLevel
            await asyncio.gather(*(location.contacts.search() for _ in range(8)))

    asyncio.run(scenario())
    assert seen.token_fetches() == 1
    assert len(seen.to("/contacts/search")) == 8


def test_the_token_is_fetched_again_before_it_expires(
    agency: HighLevel, contacts_sandbox: Sandbox, clock: Clock, seen: Seen
) -> None:
    location = agency.for_location("loc-1")
    location.contacts.search()
    lifetime = contacts_sandbox.highlevel.oauth.access_ttl
    clock.now += lifetime - 400  # still more than the margin (300 s) to go
    location.contacts.search()
    assert seen.token_fetches() == 1
    clock.now += 200  # within the margin: fetched again before the service would refuse it
    location.contacts.search()
    assert seen.token_fetches() == 2
    assert [request.url.path for request in seen.requests[-2:]] == ["/oauth/locationToken", "/contacts/search"]


def test_the_token_is_fetched_again_once_after_a_401(agency: HighLevel, contacts_sandbox: Sandbox, seen: Seen) -> None:
    location = agency.for_location("loc-1")
    location.contacts.search()
    # The service forgets the token (as it would a revoked one): one 401, one new token, the call succeeds.
    contacts_sandbox.highlevel.oauth.access_tokens.pop(location._auth.secrets()[0])
    location.contacts.search()
    assert seen.token_fetches() == 2
    assert len(seen.to("/contacts/search")) == 3


def test_an_uninstalled_location_raises_after_exactly_two_token_fetches(
    agency: HighLevel, contacts_sandbox: Sandbox, seen: Seen
) -> None:
    location = agency.for_location("loc-2")
    location.contacts.search()
    contacts_sandbox.highlevel.oauth.uninstall("loc-2")
    with pytest.raises(LocationUninstalledError) as raised:
        location.contacts.search()
    assert raised.value.location_id == "loc-2"
    assert raised.value.status_code == 400  # the token endpoint refused: the app is not installed there
    assert isinstance(raised.value.__cause__, errors.BadRequestError)
    assert seen.token_fetches("loc-2") == 2
    assert len(seen.to("/contacts/search")) == 2  # the call refused once; never sent again with no token
    # Each further call tries once more, never in a loop; other locations are untouched.
    with pytest.raises(LocationUninstalledError):
        location.contacts.search()
    assert seen.token_fetches("loc-2") == 3
    agency.for_location("loc-1").contacts.search()
    assert [location.id for location in agency.installed_locations(app_id=APP_ID)] == ["loc-1", "loc-3"]


def test_a_fresh_token_refused_raises_after_exactly_two_token_fetches(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, clock: Clock, seen: Seen
) -> None:
    # Location tokens without the contacts scopes: every contacts call is a 401, renewal cannot cure it.
    narrow = agency_pair(
        contacts_sandbox, contacts_sandbox_server, ("loc-1",), scopes=("oauth.readonly", "oauth.write")
    )
    with (
        httpx.Client(event_hooks={"request": [seen]}) as http,
        HighLevel.from_oauth(
            **APP, tokens=narrow, on_tokens=lambda pair: None, http_client=http, **settings(contacts_sandbox_server)
        ) as agency,
    ):
        location = agency.for_location("loc-1")
        with pytest.raises(LocationUninstalledError) as raised:
            location.contacts.search()
    assert raised.value.status_code == 401
    assert raised.value.location_id == "loc-1"
    assert seen.token_fetches() == 2
    assert len(seen.to("/contacts/search")) == 2
    assert agency.oauth_tokens.refreshes == 0  # the agency's own token was never in doubt


def test_an_uninstalled_location_raises_async(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, pair: TokenPair, clock: Clock, seen: Seen
) -> None:
    async def scenario() -> LocationUninstalledError:
        async with async_agency(contacts_sandbox_server, pair, clock, seen) as agency:
            location = agency.for_location("loc-3")
            await location.contacts.search()
            contacts_sandbox.highlevel.oauth.uninstall("loc-3")
            with pytest.raises(LocationUninstalledError) as raised:
                await location.contacts.search()
            await agency.for_location("loc-1").contacts.search()
            return raised.value

    error = asyncio.run(scenario())
    assert error.location_id == "loc-3"
    assert seen.token_fetches("loc-3") == 2


def test_a_busy_location_does_not_hold_back_another(agency: HighLevel, contacts_sandbox: Sandbox, seen: Seen) -> None:
    contacts_sandbox.configure(highlevel_rate_limit=RateLimit(3, 60.0))
    busy, quiet = agency.for_location("loc-1"), agency.for_location("loc-2")
    for _ in range(3):
        busy.contacts.search()
    assert busy._pacer is not None and quiet._pacer is not None
    # The busy location's window is spent: its next call would wait. The quiet one's goes at once.
    assert busy._pacer.reserve()[0] > 0
    quiet.contacts.search()
    assert quiet._pacer.reserve()[0] == 0
    assert agency._pacer is not None and agency._pacer.reserve()[0] == 0  # two token calls of three
    assert len(seen.to("/contacts/search")) == 4  # none refused with a 429, none retried


def test_no_token_in_a_repr_a_message_or_a_pickle(agency: HighLevel, contacts_sandbox: Sandbox) -> None:
    location = agency.for_location("loc-2")
    location.contacts.search()
    token = location._auth.secrets()[0]
    agency_token = agency.oauth_tokens.tokens.access_token
    contacts_sandbox.highlevel.oauth.uninstall("loc-2")
    with pytest.raises(LocationUninstalledError) as raised:
        location.contacts.search()
    shown = " ".join([repr(location), repr(location._auth), repr(agency), str(raised.value), repr(raised.value)])
    for secret in (token, agency_token, OAUTH_CLIENT_SECRET):
        assert secret not in shown
    with pytest.raises(TypeError, match="not pickled"):
        pickle.dumps(location._auth)
    restored = pickle.loads(pickle.dumps(raised.value))
    assert isinstance(restored, LocationUninstalledError)
    assert restored.location_id == "loc-2"
    assert token.encode() not in pickle.dumps(raised.value)


def test_closing_the_agency_closes_its_location_clients(agency: HighLevel) -> None:
    location = agency.for_location("loc-1")
    location.contacts.search()
    with pytest.raises(ArgumentError, match="agency client"):
        location.for_location("loc-2")
    with pytest.raises(ArgumentError, match="agency client"):
        location.installed_locations(app_id=APP_ID)
    with pytest.raises(ArgumentError, match="location_id"):
        agency.for_location("")
    agency.close()
    with pytest.raises(ClientClosedError):
        location.contacts.search()


def test_closing_the_async_agency_closes_its_location_clients(
    contacts_sandbox_server: SandboxServer, pair: TokenPair, clock: Clock, seen: Seen
) -> None:
    async def scenario() -> None:
        async with async_agency(contacts_sandbox_server, pair, clock, seen) as agency:
            location = agency.for_location("loc-1")
            await location.contacts.search()
            await agency.close()
            with pytest.raises(ClientClosedError):
                await location.contacts.search()

    asyncio.run(scenario())


def test_a_page_of_locations_seen_before_stops_the_walk(agency: HighLevel, monkeypatch: pytest.MonkeyPatch) -> None:
    # A service that ignores skip would answer the first page for ever: the walk stops with an error.
    listing = oauth.INSTALLED_LOCATIONS
    calls: list[int] = []
    original = listing.request

    def first_page_only(client: Any, company_id: str, app_id: str, skip: int, limit: int, filters: Any) -> Any:
        calls.append(skip)
        return original(client, company_id, app_id, 0, 2, filters)

    monkeypatch.setattr(oauth, "INSTALLED_LOCATIONS", attrs.evolve(listing, request=first_page_only, page_size=2))
    walk = agency.installed_locations(app_id=APP_ID)
    assert [next(walk).id, next(walk).id] == ["loc-1", "loc-2"]
    with pytest.raises(PaginationError, match="listed before"):
        next(walk)
    assert calls == [0, 2]


def test_a_location_client_closed_on_its_own_is_made_again(agency: HighLevel, seen: Seen) -> None:
    with agency.for_location("loc-1") as location:
        location.contacts.search()
    with pytest.raises(ClientClosedError):
        location.contacts.search()
    again = agency.for_location("loc-1")
    assert again is not location
    again.contacts.search()
    assert agency.for_location("loc-1") is again
    assert seen.token_fetches("loc-1") == 2  # a new client has a token of its own


def test_an_expired_agency_token_is_refreshed_before_the_location_token_call(
    agency: HighLevel, contacts_sandbox: Sandbox, clock: Clock, seen: Seen
) -> None:
    location = agency.for_location("loc-1")
    location.contacts.search()
    clock.now += contacts_sandbox.highlevel.oauth.access_ttl + 1  # both tokens expired
    location.contacts.search()
    assert agency.oauth_tokens.refreshes == 1
    assert [request.url.path for request in seen.requests[-3:]] == [
        "/oauth/token",
        "/oauth/locationToken",
        "/contacts/search",
    ]
    # The location token call carried the refreshed agency token, the contacts call the location's.
    authorizations = [request.headers["Authorization"] for request in seen.requests[-2:]]
    assert authorizations == [
        f"Bearer {agency.oauth_tokens.tokens.access_token}",
        f"Bearer {location._auth.secrets()[0]}",
    ]


def test_a_short_lived_location_token_is_fetched_again_a_tenth_of_its_life_early(
    agency: HighLevel, contacts_sandbox: Sandbox, clock: Clock, seen: Seen
) -> None:
    contacts_sandbox.highlevel.oauth.access_ttl = 60
    location = agency.for_location("loc-2")
    location.contacts.search()
    clock.now += 53
    location.contacts.search()
    assert seen.token_fetches() == 1
    clock.now += 2  # 55 s of 60: within a tenth of the lifetime
    location.contacts.search()
    assert seen.token_fetches() == 2


def test_the_v3_clients_have_the_agency_methods(
    contacts_sandbox_server: SandboxServer, pair: TokenPair, clock: Clock, seen: Seen
) -> None:
    from highlevel_v3_client import AsyncHighLevelV3, HighLevelV3

    with (
        httpx.Client(event_hooks={"request": [seen]}) as http,
        HighLevelV3.from_oauth(
            **APP, tokens=pair, on_tokens=lambda pair: None, http_client=http, **settings(contacts_sandbox_server)
        ) as agency,
    ):
        assert [location.id for location in agency.installed_locations(app_id=APP_ID)] == ["loc-1", "loc-2", "loc-3"]
        location = agency.for_location("loc-3")
        assert type(location) is HighLevelV3
        location.contacts.create(first_name="Ada", email="ada@example.com")
        assert [contact.first_name for contact in location.contacts.search()] == ["Ada"]
    assert {request.headers["Version"] for request in seen.requests if "Version" in request.headers} == {"v3"}

    async def scenario() -> list[str]:
        async with AsyncHighLevelV3.from_oauth(
            **APP, tokens=pair, on_tokens=lambda pair: None, **settings(contacts_sandbox_server)
        ) as agency:
            return [location.id async for location in agency.installed_locations(app_id=APP_ID)]

    assert asyncio.run(scenario()) == ["loc-1", "loc-2", "loc-3"]


def test_concurrent_callers_get_one_client_per_location(agency: HighLevel, seen: Seen) -> None:
    barrier = threading.Barrier(8)
    made: list[HighLevel] = []

    def ask() -> None:
        barrier.wait()
        made.append(agency.for_location("loc-2"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 8 and all(client is made[0] for client in made)
    assert seen.requests == []  # a location client fetches its token on its first call, not before


# --- an answer off the spec ---------------------------------------------------------------------------

OFF_SPEC_PAGE = {
    # name and address are required; count is a number; the second location carries a key the spec lacks.
    "locations": [{"_id": "loc-a"}, {"_id": "loc-b", "name": None, "address": 5, "plan": "pro"}],
    "count": "2",
}


def _listing_client(strict: bool, answered: list[httpx.Request]) -> HighLevel:
    def answer(request: httpx.Request) -> httpx.Response:
        answered.append(request)
        return httpx.Response(200, json=OFF_SPEC_PAGE if request.url.params["skip"] == "0" else {"locations": []})

    return HighLevel(
        token="agency-token",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        strict_response_validation=strict,
        max_retries=0,
    )


def test_a_tolerant_walk_keeps_every_location_of_an_answer_off_the_spec_and_records_the_drift() -> None:
    answered: list[httpx.Request] = []
    with _listing_client(False, answered) as client:
        locations = list(client.installed_locations(app_id=APP_ID, company_id=COMPANY))
        drifted = {record.path for record in client.drift.records}
    assert [location.id for location in locations] == ["loc-a", "loc-b"]
    assert locations[1].additional_properties == {"plan": "pro"}
    assert drifted == {"$.locations[*].name", "$.locations[*].address", "$.locations[*].plan", "$.count"}
    # A count that is not a number is not trusted: the short page ends the walk.
    assert [request.url.params["skip"] for request in answered] == ["0"]


def test_a_strict_walk_refuses_an_answer_off_the_spec_naming_its_path() -> None:
    answered: list[httpx.Request] = []
    with _listing_client(True, answered) as client, pytest.raises(errors.APIResponseValidationError) as raised:
        list(client.installed_locations(app_id=APP_ID, company_id=COMPANY))
    assert raised.value.json_path == "$.locations[0].name"
    assert len(answered) == 1
