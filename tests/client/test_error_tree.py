"""Every error a user of a client package can meet sits under that package's ``APIError`` and is importable
from the package and its ``errors`` module; the ones raised before anything is sent (a bad argument,
missing credentials) and the webhook errors stay ``ValueError`` too, so existing ``except ValueError``
code keeps catching them."""

from __future__ import annotations

import pickle
import types
from collections.abc import Callable
from typing import Any

import contacts_runtime.errors
import highlevel_client
import highlevel_client.webhooks
import httpx
import pytest
import sakari_client
import sakari_client.webhooks
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client.api.contacts import create_contact
from sakari_client import AsyncSakari, Sakari

from .conftest import SECRET, Service

PACKAGES = [sakari_client, highlevel_client]
WEBHOOK_ERRORS = {sakari_client: "WebhookPayloadError", highlevel_client: "WebhookVerificationError"}
RAISED_BEFORE_SENDING = ["ArgumentError", "MissingCredentialsError"]


def _error_classes(package: types.ModuleType) -> list[type[BaseException]]:
    exported = (getattr(package.errors, name) for name in package.errors.__all__)
    return [value for value in exported if isinstance(value, type) and issubclass(value, BaseException)]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_every_error_but_decode_error_is_an_api_error(package: types.ModuleType) -> None:
    classes = _error_classes(package)
    assert package.APIError in classes and package.DecodeError in classes  # which names are there: test_public_api
    outside = [cls.__name__ for cls in classes if not issubclass(cls, package.APIError)]
    # A model's from_dict raises DecodeError outside any call; a call reports it as APIResponseValidationError.
    assert outside == ["DecodeError"]
    assert issubclass(package.DecodeError, ValueError)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_every_error_is_the_runtimes_one_at_the_package_root_too(package: types.ModuleType) -> None:
    for cls in _error_classes(package):
        assert getattr(contacts_runtime.errors, cls.__name__) is cls
        assert getattr(package, cls.__name__) is cls, f"{package.__name__}.{cls.__name__} is not importable"
        assert cls.__name__ in package.__all__


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
def test_the_webhook_error_is_the_one_the_webhooks_module_raises(package: types.ModuleType) -> None:
    name = WEBHOOK_ERRORS[package]
    assert getattr(package.webhooks, name) is getattr(package.errors, name) is getattr(package, name)
    other = next(other_name for other_package, other_name in WEBHOOK_ERRORS.items() if other_package is not package)
    assert not hasattr(package.errors, other), "a package offers only the webhook error its service can raise"


@pytest.mark.parametrize("package", PACKAGES, ids=lambda package: package.__name__)
@pytest.mark.parametrize("name", [*RAISED_BEFORE_SENDING, "webhook"])
def test_errors_raised_before_sending_stay_value_errors(package: types.ModuleType, name: str) -> None:
    cls = getattr(package.errors, WEBHOOK_ERRORS[package] if name == "webhook" else name)
    assert issubclass(cls, package.APIError) and issubclass(cls, ValueError)


# --- missing credentials -------------------------------------------------------------------------------


def _http(asynchronous: bool) -> httpx.Client | httpx.AsyncClient:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"nothing may be sent, got {request.method} {request.url}")

    transport = httpx.MockTransport(refuse)
    return httpx.AsyncClient(transport=transport) if asynchronous else httpx.Client(transport=transport)


MISSING_CREDENTIALS: list[tuple[Callable[..., Any], dict[str, Any], str, str]] = [
    (Sakari, {"client_secret": SECRET}, "client_id", "SAKARI_CLIENT_ID"),
    (Sakari, {"client_id": "client-1"}, "client_secret", "SAKARI_CLIENT_SECRET"),
    (AsyncSakari, {"client_secret": SECRET}, "client_id", "SAKARI_CLIENT_ID"),
    (AsyncSakari, {"client_id": "client-1"}, "client_secret", "SAKARI_CLIENT_SECRET"),
    (HighLevel, {}, "token", "HIGHLEVEL_TOKEN"),
    (AsyncHighLevel, {}, "token", "HIGHLEVEL_TOKEN"),
]


@pytest.mark.parametrize("empty_variable", [False, True], ids=["unset", "empty"])
@pytest.mark.parametrize(
    ("client_class", "given", "argument", "variable"),
    MISSING_CREDENTIALS,
    ids=[f"{case[0].__name__}-{case[2]}" for case in MISSING_CREDENTIALS],
)
def test_a_missing_credential_is_a_typed_error_that_is_still_a_value_error(
    monkeypatch: pytest.MonkeyPatch,
    client_class: Callable[..., Any],
    given: dict[str, Any],
    argument: str,
    variable: str,
    empty_variable: bool,
) -> None:
    for name in ("SAKARI_CLIENT_ID", "SAKARI_CLIENT_SECRET", "HIGHLEVEL_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    if empty_variable:
        monkeypatch.setenv(variable, "")
    package = sakari_client if client_class in (Sakari, AsyncSakari) else highlevel_client
    asynchronous = client_class in (AsyncSakari, AsyncHighLevel)
    with pytest.raises(ValueError, match=rf"`{argument}`.*{variable}") as caught:
        client_class(**given, http_client=_http(asynchronous))
    error = caught.value
    assert type(error) is package.MissingCredentialsError and isinstance(error, package.APIError)
    assert (error.argument, error.env_var) == (argument, variable)
    assert SECRET not in str(error) + repr(error)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and (copy.argument, copy.env_var, str(copy)) == (argument, variable, str(error))


# --- errors raised by calls, sync and async --------------------------------------------------------------

BAD_CALLS: list[tuple[str, Callable[[Any], Any], str]] = [
    ("a dict argument off its model", lambda contacts: contacts.create(mobile={"number": 15550100}), "mobile.number"),
    ("a path parameter that is not one segment", lambda contacts: contacts.get(".."), "path parameter"),
    ("body= and keyword fields", lambda contacts: contacts.create(body={"firstName": "A"}, last_name="B"), "not both"),
]


@pytest.mark.parametrize(("case", "call", "message"), BAD_CALLS, ids=[case[0] for case in BAD_CALLS])
def test_a_bad_argument_is_an_argument_error_and_nothing_is_sent(
    sakari: Sakari, service: Service, case: str, call: Callable[[Any], Any], message: str
) -> None:
    with pytest.raises(sakari_client.ArgumentError, match=message) as caught:
        call(sakari.contacts)
    assert isinstance(caught.value, sakari_client.APIError) and isinstance(caught.value, ValueError)
    assert service.api_requests() == []


@pytest.mark.parametrize(("case", "call", "message"), BAD_CALLS, ids=[case[0] for case in BAD_CALLS])
async def test_a_bad_argument_is_an_argument_error_and_nothing_is_sent_async(
    async_sakari: AsyncSakari, service: Service, case: str, call: Callable[[Any], Any], message: str
) -> None:
    with pytest.raises(sakari_client.ArgumentError, match=message) as caught:
        await call(async_sakari.contacts)
    assert isinstance(caught.value, sakari_client.APIError)
    assert service.api_requests() == []
    await async_sakari.close()


def test_a_closed_client_raises_the_packages_client_closed_error(highlevel: HighLevel, service: Service) -> None:
    highlevel.close()
    with pytest.raises(highlevel_client.ClientClosedError) as caught:
        highlevel.contacts.get("c-1")
    assert isinstance(caught.value, highlevel_client.APIError) and service.requests == []


async def test_a_closed_client_raises_the_packages_client_closed_error_async(
    async_highlevel: AsyncHighLevel, service: Service
) -> None:
    await async_highlevel.close()
    with pytest.raises(highlevel_client.ClientClosedError) as caught:
        await async_highlevel.contacts.get("c-1")
    assert isinstance(caught.value, highlevel_client.APIError) and service.requests == []


# --- webhooks ------------------------------------------------------------------------------------------


def test_a_refused_sakari_delivery_is_the_packages_webhook_error() -> None:
    with pytest.raises(sakari_client.WebhookPayloadError) as caught:
        sakari_client.webhooks.parse(b"[1, 2]")
    assert isinstance(caught.value, sakari_client.APIError) and isinstance(caught.value, ValueError)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is sakari_client.WebhookPayloadError and copy.event_type == caught.value.event_type


def test_an_unsigned_highlevel_delivery_is_the_packages_webhook_error() -> None:
    with pytest.raises(highlevel_client.WebhookVerificationError) as caught:
        highlevel_client.webhooks.verify(b'{"type": "ContactCreate"}', {})
    assert isinstance(caught.value, highlevel_client.APIError) and isinstance(caught.value, ValueError)


def test_a_bad_verify_argument_is_an_argument_error() -> None:
    with pytest.raises(highlevel_client.ArgumentError, match="tolerance"):
        highlevel_client.webhooks.verify(b"{}", {}, tolerance=0)
    with pytest.raises(highlevel_client.ArgumentError, match="not a PEM public key"):
        highlevel_client.webhooks.verify(b"{}", {"x-wh-signature": "AAAA"}, public_key="-----BEGIN NOTHING-----")


# --- settings refused when a client or an OAuth helper is made --------------------------------------------

PAIR = highlevel_client.oauth.TokenPair("access", "refresh", 2_000_000_000.0)
APP = {"client_id": "app-client", "client_secret": SECRET}
BAD_SETTINGS: list[tuple[str, Callable[[], Any], str]] = [
    ("a base_url that is not a URL", lambda: HighLevel(token="t", base_url="http://[::1"), "base_url"),
    ("a base_url without http(s)", lambda: HighLevel(token="t", base_url="ftp://example.com"), "scheme"),
    ("a base_url without a host", lambda: Sakari(client_id="i", client_secret="s", base_url="https://"), "host"),
    ("negative max_retries", lambda: HighLevel(token="t", max_retries=-1), "max_retries"),
    ("an endless max_wait", lambda: AsyncHighLevel(token="t", max_wait=float("inf")), "max_wait"),
    ("from_oauth without a pair", lambda: HighLevel.from_oauth(**APP, on_tokens=print), "tokens"),
    ("from_oauth with a str pair", lambda: HighLevel.from_oauth(**APP, tokens="x", on_tokens=print), "TokenPair"),  # type: ignore[arg-type]
    (
        "from_oauth with a pair twice",
        lambda: HighLevel.from_oauth(**APP, tokens=PAIR, access_token="a", on_tokens=print),
        "not both",
    ),
    (
        "a bulk run of no concurrency",
        lambda: HighLevel(token="t", location_id="l").contacts.bulk_create([{"firstName": "A"}], concurrency=0),
        "concurrency",
    ),
    (
        "oauth_tokens of a client on a plain token",
        lambda: HighLevel(token="t").oauth_tokens,
        "not built from OAuth tokens",
    ),
    (
        "a request body of another type",
        lambda: create_contact.build_request(body={"firstName": "A"}, version="2021-07-28"),  # type: ignore[arg-type]
        "`body`: expected CreateContactRequest",
    ),
    (
        "an authorization URL with one string of scopes",
        lambda: highlevel_client.oauth.authorization_url("app", "https://app.example/cb", "contacts.readonly"),
        "scopes",
    ),
    (
        "an authorization URL to a relative redirect",
        lambda: highlevel_client.oauth.authorization_url("app", "/cb", ["contacts.readonly"]),
        "redirect_uri",
    ),
]


@pytest.mark.parametrize(("case", "make", "message"), BAD_SETTINGS, ids=[case[0] for case in BAD_SETTINGS])
def test_a_bad_setting_is_an_argument_error(case: str, make: Callable[[], Any], message: str) -> None:
    with pytest.raises(highlevel_client.ArgumentError, match=message) as caught:
        make()
    assert isinstance(caught.value, highlevel_client.APIError) and isinstance(caught.value, ValueError)
    assert SECRET not in str(caught.value)
