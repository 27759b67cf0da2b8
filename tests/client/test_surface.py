"""Construction, configuration and the shape of the client facade."""

from __future__ import annotations

import json

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client.models import CreateContactRequest, CreateContactResponse
from sakari_client import AsyncSakari, Sakari, SyncPage
from sakari_client.models import ContactRequest, ContactsResponse, Mobile

from .conftest import Service, sample


def test_credentials_and_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, service: Service) -> None:
    monkeypatch.setenv("SAKARI_CLIENT_ID", "env-id")
    monkeypatch.setenv("SAKARI_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SAKARI_ACCOUNT_ID", "env-acc")
    monkeypatch.setenv("SAKARI_BASE_URL", "http://127.0.0.1:9/v1")
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    with Sakari(http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        client.contacts.list()
    token_request, list_request = service.requests
    assert str(token_request.url) == "http://127.0.0.1:9/oauth2/token"
    assert token_request.read() and b"env-id" in token_request.content
    assert str(list_request.url) == "http://127.0.0.1:9/v1/accounts/env-acc/contacts"


def test_missing_credentials_name_the_argument_and_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAKARI_CLIENT_SECRET", raising=False)
    with pytest.raises(ValueError, match=r"client_secret.*SAKARI_CLIENT_SECRET"):
        Sakari(client_id="id")
    monkeypatch.delenv("HIGHLEVEL_TOKEN", raising=False)
    with pytest.raises(ValueError, match=r"token.*HIGHLEVEL_TOKEN"):
        HighLevel()


def test_missing_account_id_is_reported_at_call_time_without_a_request(
    monkeypatch: pytest.MonkeyPatch, service: Service
) -> None:
    monkeypatch.delenv("SAKARI_ACCOUNT_ID", raising=False)
    client = Sakari(
        client_id="id", client_secret="secret", http_client=httpx.Client(transport=httpx.MockTransport(service))
    )
    with pytest.raises(ValueError, match=r"account_id.*SAKARI_ACCOUNT_ID"):
        client.contacts.update("c-1", first_name="Ann")
    assert service.api_requests() == []


def test_keyword_fields_and_models_build_the_same_body(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(201, json=sample("sakari_create_contact_response"))
    result = sakari.contacts.create(
        first_name="Chris", last_name="Thomson", mobile=Mobile(number="+1234567890", country="US")
    )
    sakari.contacts.create(
        body=ContactRequest.from_dict(sample("sakari_create_contact_request")), merge_strategy="append"
    )
    assert isinstance(result, ContactsResponse)
    first, second = service.api_requests()
    assert first.read() == second.read()
    assert second.url.params["mergeStrategy"] == "append"


def test_body_and_keyword_fields_together_are_refused(sakari: Sakari, service: Service) -> None:
    with pytest.raises(ValueError, match="not both"):
        sakari.contacts.create(body=ContactRequest(first_name="A"), last_name="B")
    assert service.requests == []


def test_per_call_account_id_overrides_the_clients(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_update_contact_response"))
    sakari.contacts.update("c-1", account_id="other", first_name="Ann")
    assert service.api_requests()[0].url.path == "/v1/accounts/other/contacts/c-1"


def test_attributes_resource(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_create_attribute_response"))
    result = sakari.attributes.create("deals", first_name="Chris")
    assert result.data.amount == 123
    assert service.api_requests()[0].url.path == "/v1/accounts/acc-1/attributes/deals"


def test_highlevel_sends_bearer_version_and_default_location(highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: httpx.Response(201, json=sample("highlevel_create_contact_response"))
    result = highlevel.contacts.create(first_name="Rosan", email=None)
    assert isinstance(result, CreateContactResponse)
    request = service.api_requests()[0]
    assert request.headers["authorization"] == "Bearer hl-pit-t0ken"
    assert request.headers["version"] == "2021-07-28"
    # Compared as JSON: httpx before 0.28 (our floor is 0.27) writes separators with spaces.
    assert json.loads(request.read()) == {"firstName": "Rosan", "email": None, "locationId": "loc-1"}


def test_highlevel_version_is_settable(service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    client = HighLevel(
        token="t", version="2021-04-15", http_client=httpx.Client(transport=httpx.MockTransport(service))
    )
    client.contacts.create(body=CreateContactRequest(location_id="loc-9"))
    assert service.requests[0].headers["version"] == "2021-04-15"


def test_default_headers_and_user_agent(service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    client = HighLevel(
        token="t",
        location_id="l",
        default_headers={"X-Trace": "abc"},
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    client.contacts.create()
    assert service.requests[0].headers["x-trace"] == "abc"
    assert service.requests[0].headers["user-agent"] == "highlevel_client"


def test_context_manager_closes_only_what_it_opened(service: Service) -> None:
    mine = httpx.Client(transport=httpx.MockTransport(service))
    with Sakari(client_id="i", client_secret="s", account_id="a", http_client=mine):
        pass
    assert not mine.is_closed
    with Sakari(client_id="i", client_secret="s", account_id="a") as owned:
        inner = owned._http_client
    assert inner.is_closed


async def test_async_context_manager_closes_what_it_opened() -> None:
    async with AsyncSakari(client_id="i", client_secret="s", account_id="a") as client:
        inner = client._http_client
    assert inner.is_closed


def test_default_timeout_and_retries() -> None:
    client = Sakari(client_id="i", client_secret="s", account_id="a")
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.max_retries == 2


def test_with_options_copies_settings_and_shares_connections(sakari: Sakari) -> None:
    quick = sakari.with_options(timeout=3.0, max_retries=0)
    assert quick.timeout == httpx.Timeout(3.0)
    assert quick.max_retries == 0
    assert sakari.max_retries == 2
    assert quick._http_client is sakari._http_client
    assert quick._auth is sakari._auth
    assert quick.contacts._client is quick
    with pytest.raises(ValueError, match="max_retries"):
        sakari.with_options(max_retries=-1)


def test_with_options_adds_headers(service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("highlevel_create_contact_response"))
    client = HighLevel(
        token="t",
        location_id="l",
        default_headers={"X-A": "1"},
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
    )
    client.with_options(default_headers={"X-B": "2"}).contacts.create()
    client.contacts.create()
    tagged, plain = service.requests
    assert (tagged.headers["x-a"], tagged.headers["x-b"]) == ("1", "2")
    assert "x-b" not in plain.headers


def test_timeout_is_applied_to_requests(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    sakari.with_options(timeout=7.0).contacts.list()
    assert service.api_requests()[0].extensions["timeout"] == httpx.Timeout(7.0, connect=5.0).as_dict()


def test_raw_response_gives_status_headers_and_parse(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(
        201, json=sample("sakari_create_contact_response"), headers={"x-request-id": "req-9"}
    )
    raw = sakari.contacts.with_raw_response.create(first_name="Ann")
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "req-9"
    parsed = raw.parse()
    assert isinstance(parsed, ContactsResponse)
    assert parsed.data[0].first_name == "Chris"
    list_raw = sakari.contacts.with_raw_response.list(limit=5)
    assert list_raw.url.params["limit"] == "5"


def test_list_returns_a_page(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    page = sakari.contacts.list()
    assert isinstance(page, SyncPage)
    assert isinstance(page.response, ContactsResponse)


@pytest.mark.parametrize("package", ["sakari_client", "highlevel_client"])
def test_help_documents_every_parameter_the_result_and_the_errors(package: str) -> None:
    import importlib
    import inspect
    import pkgutil

    resources = importlib.import_module(f"{package}.resources")
    checked = 0
    for module_info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{package}.resources.{module_info.name}")
        for class_name, resource_class in inspect.getmembers(module, inspect.isclass):
            if not class_name.endswith("Resource") or resource_class.__module__ != module.__name__:
                continue
            for name, method in inspect.getmembers(resource_class, inspect.isfunction):
                if name.startswith("_"):
                    continue
                doc = inspect.getdoc(method) or ""
                assert "Args:" in doc and "Returns:" in doc and "Raises:" in doc, name
                for parameter in inspect.signature(method).parameters:
                    if parameter != "self":
                        assert f"\n    {parameter}: " in doc, (class_name, name, parameter)
                checked += 1
    assert checked > 20
