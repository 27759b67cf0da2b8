"""HighLevel's Marketplace OAuth in the sandbox, over HTTP: code, token, refresh, rotation, location tokens.

Token answers are parsed strictly with the generated models, so the sandbox and the spec agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import (
    InstalledLocationsResponse,
    LocationTokenResponse,
    TokenResponse,
    TokenUserType,
)

from contacts_sandbox import Sandbox, SandboxServer
from contacts_sandbox._highlevel_oauth import OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET

REDIRECT = "https://app.example/oauth/callback?state=s1"
VERSION = {"Version": "2021-07-28"}


class Clock:
    """The sandbox OAuth clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def http(contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=contacts_sandbox_server.highlevel_base_url) as client:
        yield client


@pytest.fixture
def clock(contacts_sandbox: Sandbox) -> Clock:
    clock = Clock()
    contacts_sandbox.highlevel.oauth.clock = clock
    return clock


def authorize(http: httpx.Client, **extra: str) -> str:
    """The code the simulated authorization page sends to the redirect URI."""
    query = {
        "response_type": "code",
        "client_id": OAUTH_CLIENT_ID,
        "redirect_uri": REDIRECT,
        "scope": "contacts.readonly contacts.write",
        "loginWindowOpenMode": "self",
        **extra,
    }
    answer = http.get("/v2/oauth/chooselocation", params=query)
    assert answer.status_code == 302
    target = urlsplit(answer.headers["location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == "https://app.example/oauth/callback"
    params = parse_qs(target.query)
    assert params["state"] == ["s1"]  # the app's own query survives
    return params["code"][0]


def token_call(http: httpx.Client, **fields: str) -> httpx.Response:
    form = {"client_id": OAUTH_CLIENT_ID, "client_secret": OAUTH_CLIENT_SECRET, **fields}
    return http.post("/oauth/token", data=form)


def exchange(http: httpx.Client, code: str) -> TokenResponse:
    answer = token_call(http, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert answer.status_code == 200, answer.text
    return TokenResponse.from_dict(answer.json())


def refresh(http: httpx.Client, refresh_token: str) -> httpx.Response:
    return token_call(http, grant_type="refresh_token", refresh_token=refresh_token)


def client(server: SandboxServer, token: str, location_id: str = "loc-1") -> HighLevel:
    return HighLevel(token=token, location_id=location_id, base_url=server.highlevel_base_url, max_retries=0)


def test_code_token_refresh_rotation_end_to_end(http: httpx.Client, contacts_sandbox_server: SandboxServer) -> None:
    tokens = exchange(http, authorize(http))
    assert tokens.user_type == TokenUserType.LOCATION
    assert (tokens.location_id, tokens.token_type, tokens.expires_in) == ("loc-1", "Bearer", 86399)
    assert tokens.scope == "contacts.readonly contacts.write"
    assert tokens.user_id and tokens.access_token and tokens.refresh_token

    with client(contacts_sandbox_server, str(tokens.access_token)) as highlevel:
        created = highlevel.contacts.create(first_name="Rosan", email="rosan@deos.com").contact
        assert created and created.location_id == "loc-1"

    rotated_answer = refresh(http, str(tokens.refresh_token))
    assert rotated_answer.status_code == 200
    rotated = TokenResponse.from_dict(rotated_answer.json())
    assert rotated.access_token != tokens.access_token and rotated.refresh_token != tokens.refresh_token
    assert rotated.location_id == "loc-1"

    reused = refresh(http, str(tokens.refresh_token))
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant" and "already used" in reused.json()["message"]

    again = refresh(http, str(rotated.refresh_token))
    assert again.status_code == 200
    with client(contacts_sandbox_server, TokenResponse.from_dict(again.json()).access_token or "") as highlevel:
        assert [found.id for found in highlevel.contacts.search()] == [created.id]


def test_a_code_works_once_and_with_its_redirect_uri(http: httpx.Client) -> None:
    code = authorize(http)
    wrong_redirect = token_call(http, grant_type="authorization_code", code=code, redirect_uri="https://evil.example/")
    assert wrong_redirect.status_code == 400 and wrong_redirect.json()["error"] == "invalid_grant"
    code = authorize(http)
    exchange(http, code)
    replayed = token_call(http, grant_type="authorization_code", code=code, redirect_uri=REDIRECT)
    assert replayed.status_code == 400 and "already used" in replayed.json()["message"]


def test_codes_and_access_tokens_expire(
    http: httpx.Client, clock: Clock, contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    stale = authorize(http)
    clock.now += contacts_sandbox.highlevel.oauth.code_ttl + 1
    assert token_call(http, grant_type="authorization_code", code=stale, redirect_uri=REDIRECT).status_code == 400

    tokens = exchange(http, authorize(http))
    with client(contacts_sandbox_server, str(tokens.access_token)) as highlevel:
        assert highlevel.contacts.find_duplicate(email="nobody@example.com").contact is None
        clock.now += 86399
        with pytest.raises(highlevel_errors.AuthenticationError, match="expired"):
            highlevel.contacts.find_duplicate(email="nobody@example.com")
    # The refresh token outlives the access token and gives a working one.
    renewed = TokenResponse.from_dict(refresh(http, str(tokens.refresh_token)).json())
    with client(contacts_sandbox_server, str(renewed.access_token)) as highlevel:
        assert highlevel.contacts.find_duplicate(email="nobody@example.com").contact is None


def test_mint_code_is_the_python_way_to_a_code(http: httpx.Client, contacts_sandbox: Sandbox) -> None:
    code = contacts_sandbox.highlevel.oauth.mint_code(location_id="loc-7")
    answer = token_call(http, grant_type="authorization_code", code=code)
    assert answer.status_code == 200
    assert TokenResponse.from_dict(answer.json()).location_id == "loc-7"
    with pytest.raises(ValueError, match="client id"):
        contacts_sandbox.highlevel.oauth.mint_code(client_id="someone-else")


def test_location_token_acts_on_its_own_location_only(
    http: httpx.Client, contacts_sandbox_server: SandboxServer
) -> None:
    tokens = exchange(http, authorize(http, locationId="loc-1"))
    with (
        client(contacts_sandbox_server, str(tokens.access_token), location_id="loc-2") as elsewhere,
        pytest.raises(highlevel_errors.AuthenticationError, match="access to this location"),
    ):
        elsewhere.contacts.create(first_name="Nope")
    with client(contacts_sandbox_server, str(tokens.access_token)) as highlevel:
        created = highlevel.contacts.create(first_name="Mine").contact
        assert created and created.id
    # A contact of loc-1 is out of reach of a loc-2 token, whatever the id.
    other = exchange(http, authorize(http, locationId="loc-2"))
    with (
        client(contacts_sandbox_server, str(other.access_token), location_id="loc-2") as intruder,
        pytest.raises(highlevel_errors.AuthenticationError, match="access to this location"),
    ):
        intruder.contacts.get(str(created.id))


def test_scopes_limit_what_a_token_does(http: httpx.Client, contacts_sandbox_server: SandboxServer) -> None:
    tokens = exchange(http, authorize(http, scope="contacts.readonly"))
    with client(contacts_sandbox_server, str(tokens.access_token)) as highlevel:
        assert list(highlevel.contacts.search()) == []
        with pytest.raises(highlevel_errors.AuthenticationError, match=r"scope: contacts\.write"):
            highlevel.contacts.create(first_name="Nope")


def test_agency_token_gives_location_tokens(http: httpx.Client, contacts_sandbox_server: SandboxServer) -> None:
    scope = "contacts.readonly contacts.write oauth.readonly oauth.write"
    company = exchange(
        http, authorize(http, userType="Company", companyId="co-9", approvedLocations="loc-1,loc-2", scope=scope)
    )
    assert company.user_type == TokenUserType.COMPANY and not company.location_id
    assert company.company_id == "co-9" and company.approved_locations == ["loc-1", "loc-2"]
    agency = {"Authorization": f"Bearer {company.access_token}", **VERSION}

    with (
        client(contacts_sandbox_server, str(company.access_token)) as highlevel,
        pytest.raises(highlevel_errors.AuthenticationError),
    ):
        highlevel.contacts.create(first_name="An agency token is not a location token")

    answer = http.post("/oauth/locationToken", data={"companyId": "co-9", "locationId": "loc-2"}, headers=agency)
    assert answer.status_code == 200, answer.text
    location = LocationTokenResponse.from_dict(answer.json())
    assert location.location_id == "loc-2" and location.expires_in == 86399 and location.user_id
    assert "refresh_token" not in answer.json()
    with client(contacts_sandbox_server, str(location.access_token), location_id="loc-2") as highlevel:
        assert highlevel.contacts.create(first_name="Via agency").contact

    unapproved = http.post("/oauth/locationToken", data={"companyId": "co-9", "locationId": "loc-3"}, headers=agency)
    assert unapproved.status_code == 400
    foreign = http.post("/oauth/locationToken", data={"companyId": "co-1", "locationId": "loc-1"}, headers=agency)
    assert foreign.status_code == 400
    as_location = {"Authorization": f"Bearer {location.access_token}", **VERSION}
    refused = http.post("/oauth/locationToken", data={"companyId": "co-9", "locationId": "loc-1"}, headers=as_location)
    assert refused.status_code == 401

    listed = http.get(
        "/oauth/installedLocations",
        params={"companyId": "co-9", "appId": OAUTH_CLIENT_ID.split("-")[0]},
        headers=agency,
    )
    assert listed.status_code == 200
    installed = InstalledLocationsResponse.from_dict(listed.json())
    assert installed.locations and {(item.id, item.is_installed) for item in installed.locations} >= {
        ("loc-1", True),
        ("loc-2", True),
    }
    # count is the company's location count, whatever the filters keep (as the reference describes it).
    narrowed = http.get(
        "/oauth/installedLocations",
        params={"companyId": "co-9", "appId": OAUTH_CLIENT_ID.split("-")[0], "isInstalled": "true", "limit": "1"},
        headers=agency,
    )
    assert narrowed.status_code == 200
    narrowed_body = InstalledLocationsResponse.from_dict(narrowed.json())
    assert len(narrowed_body.locations) == 1 and narrowed_body.count == installed.count == len(
        listed.json()["locations"]
    )
    assert narrowed.json()["installToFutureLocations"] is False


@pytest.mark.parametrize(
    ("fields", "status", "named"),
    [
        ({"grant_type": "authorization_code"}, 422, "body.code"),
        ({"grant_type": "refresh_token"}, 422, "body.refresh_token"),
        ({"grant_type": "client_credentials"}, 422, "grant_type"),
        ({"grant_type": "refresh_token", "refresh_token": "made-up"}, 400, "invalid"),
        ({"grant_type": "refresh_token", "refresh_token": "x", "client_secret": "wrong"}, 401, "client"),
    ],
)
def test_bad_token_requests(http: httpx.Client, fields: dict[str, str], status: int, named: str) -> None:
    answer = token_call(http, **fields)
    assert answer.status_code == status
    assert named in str(answer.json()["message"])


def test_token_request_must_be_form_encoded(http: httpx.Client) -> None:
    form = {"client_id": OAUTH_CLIENT_ID, "client_secret": OAUTH_CLIENT_SECRET, "grant_type": "refresh_token"}
    answer = http.post("/oauth/token", json=form)
    assert answer.status_code == 422 and "x-www-form-urlencoded" in str(answer.json()["message"])


@pytest.mark.parametrize(
    "query",
    [
        {"response_type": "token", "client_id": OAUTH_CLIENT_ID, "redirect_uri": REDIRECT},
        {"response_type": "code", "client_id": "unknown", "redirect_uri": REDIRECT},
        {"response_type": "code", "client_id": OAUTH_CLIENT_ID, "redirect_uri": "/relative"},
    ],
)
def test_authorization_page_refuses_bad_requests(http: httpx.Client, query: dict[str, str]) -> None:
    assert http.get("/v2/oauth/chooselocation", params=query).status_code == 400


def test_reset_forgets_tokens(http: httpx.Client, contacts_sandbox: Sandbox) -> None:
    tokens = exchange(http, authorize(http))
    contacts_sandbox.reset()
    assert refresh(http, str(tokens.refresh_token)).status_code == 400


# --- rate-limit headers ------------------------------------------------------------------------------

RATE_HEADERS = (
    "x-ratelimit-max",
    "x-ratelimit-remaining",
    "x-ratelimit-interval-milliseconds",
    "x-ratelimit-limit-daily",
    "x-ratelimit-daily-remaining",
)


def test_rate_limit_headers_on_every_answer_and_counting_per_token(
    http: httpx.Client, contacts_sandbox_server: SandboxServer
) -> None:
    first = exchange(http, authorize(http))
    second = exchange(http, authorize(http))
    with (
        client(contacts_sandbox_server, str(first.access_token)) as one,
        client(contacts_sandbox_server, str(second.access_token)) as two,
    ):
        answers = [one.contacts.with_raw_response.find_duplicate(email="a@b.c") for _ in range(3)]
        answers.append(two.contacts.with_raw_response.find_duplicate(email="a@b.c"))
    for answer in answers:
        assert all(name in answer.headers for name in RATE_HEADERS)
    assert [answer.headers["x-ratelimit-remaining"] for answer in answers] == ["99", "98", "97", "99"]
    daily = [int(answer.headers["x-ratelimit-daily-remaining"]) for answer in answers]
    assert daily == [199_999, 199_998, 199_997, 199_999]
    assert answers[0].headers["x-ratelimit-max"] == "100"
    assert answers[0].headers["x-ratelimit-interval-milliseconds"] == "10000"
    assert answers[0].headers["x-ratelimit-limit-daily"] == "200000"
    refused = http.post(
        "/contacts/",
        json={"locationId": "loc-2"},
        headers={"Authorization": f"Bearer {first.access_token}", **VERSION},
    )
    assert refused.status_code == 401 and refused.headers["x-ratelimit-remaining"] == "96"
    token_answer = refresh(http, str(first.refresh_token))
    assert all(name in token_answer.headers for name in RATE_HEADERS)


def test_a_refused_refresh_keeps_the_refresh_token_usable(http: httpx.Client, contacts_sandbox: Sandbox) -> None:
    tokens = exchange(http, authorize(http))
    wrong = token_call(http, grant_type="refresh_token", refresh_token=str(tokens.refresh_token), user_type="Company")
    assert wrong.status_code == 400 and "user_type" in wrong.json()["message"]
    assert refresh(http, str(tokens.refresh_token)).status_code == 200
    assert str(tokens.refresh_token) not in repr(contacts_sandbox.highlevel.oauth)
    assert OAUTH_CLIENT_SECRET not in repr(contacts_sandbox.highlevel.oauth)
