"""Per-call and per-copy options never bypass a safeguard (issue #24): credentials stay on their host,
the client owns ``Authorization``, header names are merged without case and checked, and whether a
request may be resent is decided on the body that goes on the wire."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from contacts_runtime import ArgumentError
from highlevel_client import AsyncHighLevel, HighLevel, errors
from sakari_client import AsyncSakari, Sakari

from .conftest import SECRET, Service, sample

OTHER_HOST = "https://other.example.test/v1"
UPSERT_OK = httpx.Response(200, json={"new": False, "contact": {"id": "c1"}, "traceId": "t"})


def _oauth_highlevel(service: Service, cls: Any = HighLevel) -> Any:
    transport = httpx.MockTransport(service)
    return cls.from_oauth(
        client_id="app-1",
        client_secret="app-secret",
        access_token="access-1",
        refresh_token="refresh-1",
        expires_at=0,  # due: the first call refreshes, which is what must not reach another host
        on_tokens=lambda pair: None,
        location_id="loc-1",
        http_client=(httpx.Client if cls is HighLevel else httpx.AsyncClient)(transport=transport),
    )


def _clients(service: Service) -> list[Any]:
    sync_transport = httpx.MockTransport(service)
    async_transport = httpx.MockTransport(service)
    return [
        Sakari(client_id="i", client_secret=SECRET, account_id="a", http_client=httpx.Client(transport=sync_transport)),
        AsyncSakari(
            client_id="i",
            client_secret=SECRET,
            account_id="a",
            http_client=httpx.AsyncClient(transport=async_transport),
        ),
        HighLevel(token="pit-1", location_id="loc-1", http_client=httpx.Client(transport=sync_transport)),
        AsyncHighLevel(token="pit-1", location_id="loc-1", http_client=httpx.AsyncClient(transport=async_transport)),
        _oauth_highlevel(service),
        _oauth_highlevel(service, AsyncHighLevel),
    ]


CLIENT_NAMES = ["sakari", "async sakari", "highlevel token", "async highlevel token", "highlevel oauth", "async oauth"]


@pytest.mark.parametrize("index", range(6), ids=CLIENT_NAMES)
def test_a_copy_aimed_at_another_host_without_its_own_credentials_is_refused(index: int) -> None:
    service = Service()
    client = _clients(service)[index]
    with pytest.raises(ArgumentError, match="own credentials"):
        client.with_options(base_url=OTHER_HOST)
    assert service.requests == []


@pytest.mark.parametrize("index", range(6), ids=CLIENT_NAMES)
def test_a_copy_on_the_same_host_keeps_the_credentials(index: int) -> None:
    client = _clients(Service())[index]
    copy = client.with_options(base_url=client.base_url + "/")
    assert copy._auth is client._auth or type(copy._auth) is type(client._auth)


def test_a_sakari_copy_for_another_host_with_the_same_secret_is_refused() -> None:
    client = Sakari(client_id="i", client_secret=SECRET, account_id="a")
    with pytest.raises(ArgumentError, match="own credentials"):
        client.with_options(base_url=OTHER_HOST, client_id="j", client_secret=SECRET)


@pytest.mark.parametrize("cls", [Sakari, AsyncSakari])
def test_a_sakari_copy_whose_token_endpoint_is_on_another_host_needs_its_own_secret(cls: Any) -> None:
    # The base URL unchanged: only the token URL moves, and the client secret would be posted there.
    client = cls(client_id="i", client_secret=SECRET, account_id="a")
    with pytest.raises(ArgumentError, match=r"`token_url`.*own credentials"):
        client.with_options(token_url="https://other.example.test/oauth2/token")
    with pytest.raises(ArgumentError, match=r"`token_url`.*own credentials"):
        client.with_options(token_url="https://other.example.test/oauth2/token", client_id="j")
    other = client.with_options(token_url="https://other.example.test/oauth2/token", client_secret="other-secret")
    assert other._auth.token_url == "https://other.example.test/oauth2/token"
    moved = client.with_options(token_url=client._auth.token_url + "?same-host")  # same host: the same secret may go
    assert moved._auth.shares_secret_with(client._auth)


def test_a_sakari_copy_with_its_own_credentials_sends_only_those_to_the_other_host() -> None:
    service = Service()
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    client = Sakari(
        client_id="i",
        client_secret=SECRET,
        account_id="a",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    client.with_options(base_url=OTHER_HOST, client_id="j", client_secret="other-secret").contacts.list()
    assert service.requests and all(request.url.host == "other.example.test" for request in service.requests)
    assert all(SECRET.encode() not in request.content for request in service.requests)


async def test_a_highlevel_copy_with_its_own_token_sends_only_that_token_to_the_other_host() -> None:
    service = Service()
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    async with _oauth_highlevel(service, AsyncHighLevel) as client:
        await client.with_options(base_url=OTHER_HOST, token="other-token").contacts.get("c-1")
    (request,) = service.requests
    assert request.url.host == "other.example.test" and request.headers["authorization"] == "Bearer other-token"


# --- headers --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION", "aUtHoRiZaTiOn"])
def test_a_callers_authorization_header_is_refused_before_sending(
    name: str, highlevel: HighLevel, sakari: Sakari, service: Service
) -> None:
    with pytest.raises(ArgumentError, match="Authorization"):
        highlevel.contacts.get("c-1", extra_headers={name: "Bearer stolen"})
    with pytest.raises(ArgumentError, match="Authorization"):
        sakari.contacts.get("c-1", extra_headers={name: "Bearer stolen"})
    with pytest.raises(ArgumentError, match="Authorization"):
        highlevel.with_options(default_headers={name: "Bearer stolen"})
    with pytest.raises(ArgumentError, match="Authorization"):
        HighLevel(token="t", location_id="l", default_headers={name: "Bearer stolen"})
    assert service.requests == []


@pytest.mark.parametrize("name", ["X-A\r\nX-B", "X-A\n", "X\x00A", "X-A: b", ""])
async def test_a_header_name_that_could_split_the_request_is_refused(
    name: str, async_highlevel: AsyncHighLevel, async_sakari: AsyncSakari, service: Service
) -> None:
    with pytest.raises(ArgumentError, match="header name"):
        await async_highlevel.contacts.get("c-1", extra_headers={name: "v"})
    with pytest.raises(ArgumentError, match="header name"):
        await async_sakari.contacts.get("c-1", extra_headers={name: "v"})
    with pytest.raises(ArgumentError, match="header name"):
        async_highlevel.with_options(default_headers={name: "v"})
    assert service.requests == []


@pytest.mark.parametrize("name", ["version", "VERSION", "Version"])
def test_header_names_are_merged_without_case(name: str, highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    highlevel.contacts.get("c-1", extra_headers={name: "2099-01-01"})
    highlevel.with_options(default_headers={"x-trace": "a"}).contacts.get("c-1", extra_headers={"X-TRACE": "b"})
    first, second = service.api_requests()
    assert first.headers.get_list("version") == ["2099-01-01"]
    assert second.headers.get_list("x-trace") == ["b"]


async def test_async_header_names_are_merged_without_case(async_highlevel: AsyncHighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    await async_highlevel.contacts.get("c-1", extra_headers={"VERSION": "2099-01-01"})
    assert service.api_requests()[0].headers.get_list("version") == ["2099-01-01"]


# --- extra_body and resending -----------------------------------------------------------------------

EXTRA_BODIES = [{"createNewIfDuplicateAllowed": True}, {"email": None}, {"source": "import"}]


@pytest.mark.parametrize("extra_body", EXTRA_BODIES)
def test_an_upsert_whose_body_extra_body_changes_is_never_resent(
    extra_body: dict[str, object], highlevel: HighLevel, service: Service
) -> None:
    service.answers = [httpx.ReadTimeout("sent, no answer"), UPSERT_OK]
    with pytest.raises(errors.APIConnectionError):
        highlevel.contacts.upsert(email="ann@example.com", extra_body=extra_body)
    assert len(service.requests) == 1


@pytest.mark.parametrize("extra_body", EXTRA_BODIES)
async def test_async_an_upsert_whose_body_extra_body_changes_is_never_resent(
    extra_body: dict[str, object], async_highlevel: AsyncHighLevel, service: Service
) -> None:
    service.answers = [httpx.ReadTimeout("sent, no answer"), UPSERT_OK]
    with pytest.raises(errors.APIConnectionError):
        await async_highlevel.contacts.upsert(email="ann@example.com", extra_body=extra_body)
    assert len(service.requests) == 1


def test_the_same_upsert_without_extra_body_is_still_resent(highlevel: HighLevel, service: Service) -> None:
    service.answers = [httpx.ReadTimeout("sent, no answer"), UPSERT_OK]
    assert highlevel.contacts.upsert(email="ann@example.com").contact.id == "c1"  # type: ignore[union-attr]
    assert len(service.requests) == 2
