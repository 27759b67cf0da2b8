"""with_options: a copy of a client with any constructor option changed, sharing the connection pool but
never a token meant for other credentials."""

from __future__ import annotations

import inspect
import json
import urllib.parse

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from sakari_client import AsyncSakari, Sakari

from .conftest import SECRET, Service, sample

CLIENTS = [Sakari, AsyncSakari, HighLevel, AsyncHighLevel]
CREDENTIALS = {Sakari: {"client_id": "i", "client_secret": "s"}, HighLevel: {"token": "t"}}


def _credentials(cls: type) -> dict[str, str]:
    return CREDENTIALS[Sakari if "Sakari" in cls.__name__ else HighLevel]


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
        client_secret="s-for-other",
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
