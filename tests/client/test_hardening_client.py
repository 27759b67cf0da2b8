"""The constructor checks base_url; connection errors say what failed; a closed client says so; with_options."""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import socket
import urllib.parse
import warnings

import httpx
import pytest
from contacts_runtime import errors
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client import errors as highlevel_errors
from sakari_client import AsyncSakari, Sakari

from .conftest import SECRET, Service, sample

CLIENTS = [Sakari, AsyncSakari, HighLevel, AsyncHighLevel]
CREDENTIALS = {Sakari: {"client_id": "i", "client_secret": "s"}, HighLevel: {"token": "t"}}


def _credentials(cls: type) -> dict[str, str]:
    return CREDENTIALS[Sakari if "Sakari" in cls.__name__ else HighLevel]


@pytest.mark.parametrize(
    ("base_url", "why"),
    [
        ("api.sakari.io/v1", "scheme"),
        ("ftp://api.sakari.io", "scheme"),
        ("https://", "host"),
        ("https:///v1", "host"),
        ("http://host:port", "not a URL"),
    ],
)
@pytest.mark.parametrize("cls", CLIENTS)
def test_a_base_url_without_scheme_or_host_is_refused(cls: type, base_url: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        cls(base_url=base_url, **_credentials(cls))


def test_the_base_url_error_does_not_show_its_password() -> None:
    with pytest.raises(ValueError) as caught:
        HighLevel(token="t", base_url="ftp://user:pw-secret@host")
    assert "pw-secret" not in str(caught.value)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_refused_connection_says_so_in_its_message() -> None:
    port = _closed_port()
    client = HighLevel(token="t", location_id="l", base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with client, pytest.raises(errors.APIConnectionError) as caught:
        client.contacts.get("c-1")
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and ("refused" in message.lower() or "connect" in message.lower())
    assert caught.value.may_have_reached_server is False


def test_a_sync_client_used_after_close_raises_client_closed_error(service: Service) -> None:
    client = HighLevel(token="t", location_id="l", http_client=httpx.Client(transport=httpx.MockTransport(service)))
    with client:
        pass
    with pytest.raises(errors.ClientClosedError, match="closed"):
        client.contacts.get("c-1")
    own = HighLevel(token="t", location_id="l")
    own.close()
    with pytest.raises(errors.ClientClosedError):
        own.contacts.get("c-1")
    with pytest.raises(errors.ClientClosedError):
        own.with_options(max_retries=0).contacts.get("c-1")
    assert service.requests == []
    assert issubclass(highlevel_errors.ClientClosedError, errors.APIConnectionError)
    assert highlevel_errors.ClientClosedError().may_have_reached_server is False


def test_an_async_client_used_after_close_raises_client_closed_error() -> None:
    async def scenario() -> None:
        async with AsyncHighLevel(token="t", location_id="l") as client:
            pass
        with pytest.raises(errors.ClientClosedError):
            await client.contacts.get("c-1")

    asyncio.run(scenario())


@pytest.mark.parametrize("cls", [Sakari, HighLevel])
def test_a_closed_client_leaves_no_resource_warning(cls: type) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with cls(**_credentials(cls)):
            pass
        client = cls(**_credentials(cls))
        client.close()
        del client
        gc.collect()
    assert [warning for warning in caught if issubclass(warning.category, ResourceWarning)] == []


@pytest.mark.parametrize("cls", CLIENTS)
def test_with_options_accepts_every_constructor_option(cls: type) -> None:
    constructor = set(inspect.signature(cls.__init__).parameters) - {"self", "http_client"}
    assert constructor <= set(inspect.signature(cls.with_options).parameters)


def test_with_options_applies_each_option_and_shares_the_pool(service: Service) -> None:
    client = Sakari(
        client_id="i",
        client_secret="s",
        account_id="a",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    copy = client.with_options(
        base_url="https://other.example.test/v2",
        account_id="b",
        timeout=3,
        max_retries=0,
        max_wait=7,
        default_headers={"X-A": "1"},
        strict_response_validation=True,
    )
    assert copy._http_client is client._http_client
    assert copy.base_url == "https://other.example.test/v2" and copy.option("account_id", None) == "b"
    assert (copy.timeout.read, copy.max_retries, copy.max_wait, copy.strict_response_validation) == (3, 0, 7.0, True)
    assert client.option("account_id", None) == "a" and client.max_wait == 60.0
    with pytest.raises(ValueError, match="base_url"):
        client.with_options(base_url="nowhere")


def _tokens_by_client(request: httpx.Request) -> httpx.Response:
    try:
        client_id = json.loads(request.content)["client_id"]
    except ValueError:
        client_id = urllib.parse.parse_qs(request.content.decode())["client_id"][0]
    return httpx.Response(
        200, json={"access_token": f"token-of-{client_id}", "token_type": "bearer", "expires_in": 3600}
    )


def test_a_copy_for_another_account_never_sends_the_first_accounts_token() -> None:
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            return _tokens_by_client(request)
        seen.append((request.url.path, request.headers["authorization"]))
        return httpx.Response(200, json=sample("sakari_list_contacts_response"))

    client_a = Sakari(
        client_id="client-a",
        client_secret=SECRET,
        account_id="acc-a",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client_a.contacts.list()
    client_b = client_a.with_options(client_id="client-b", client_secret="secret-b", account_id="acc-b")
    client_b.contacts.list()
    client_a.contacts.list()
    same_credentials_other_account = client_a.with_options(account_id="acc-c")
    same_credentials_other_account.contacts.list()
    assert seen[0] == ("/v1/accounts/acc-a/contacts", "Bearer token-of-client-a")
    assert seen[1] == ("/v1/accounts/acc-b/contacts", "Bearer token-of-client-b")
    assert seen[2] == ("/v1/accounts/acc-a/contacts", "Bearer token-of-client-a")
    assert seen[3][0] == "/v1/accounts/acc-c/contacts"
    assert same_credentials_other_account._auth is not client_a._auth  # its own token cache


def test_a_highlevel_copy_with_another_token_sends_that_token(service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    client = HighLevel(
        token="token-a", location_id="l", http_client=httpx.Client(transport=httpx.MockTransport(service))
    )
    client.with_options(token="token-b").contacts.get("c-1")
    client.contacts.get("c-1")
    assert [request.headers["authorization"] for request in service.requests] == ["Bearer token-b", "Bearer token-a"]
