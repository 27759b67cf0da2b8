"""Errors are safe to show, log and pickle: no raw exception escapes a call, no secret is kept, messages
are bounded, any error body is survived."""

from __future__ import annotations

import inspect
import json
import logging
import pickle

import httpx
import pytest
from contacts_runtime import errors
from highlevel_client import AsyncHighLevel
from sakari_client import Sakari

from .conftest import HIGHLEVEL_TOKEN, SECRET, TOKEN, Service, sample

PASSWORD = "pw-hunter2"
BASE = f"https://user:{PASSWORD}@api.example.test/v1"
LIST_OK = httpx.Response(200, json=sample("sakari_list_contacts_response"))
DEEP = b"[" * 200_000 + b"]" * 200_000


def _secret_free(text: str | bytes) -> None:
    raw = text.encode() if isinstance(text, str) else text
    for secret in (TOKEN, SECRET, PASSWORD):
        assert secret.encode() not in raw


def _sakari(service: Service, **settings: object) -> Sakari:
    client = Sakari(
        client_id="client-1",
        client_secret=SECRET,
        account_id="acc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
        **settings,  # type: ignore[arg-type]
    )
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    return client


def _answered(status: int) -> httpx.Response:
    request = httpx.Request("GET", BASE + "/accounts/a/contacts", headers={"Authorization": f"Bearer {TOKEN}"})
    return httpx.Response(
        status,
        json={"error": {"code": "E1", "message": "no"}},
        headers={"x-request-id": "req-9"},
        request=request,
    )


def _every_error() -> list[BaseException]:
    made: list[BaseException] = []
    request = _answered(400).request
    for name in errors.__all__:
        cls = getattr(errors, name)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            continue
        if cls is errors.DecodeError:
            made.append(errors.DecodeError("a string", 5, "name"))
        elif issubclass(cls, errors.APIStatusError):
            made.append(cls("Error code: 400 - no", response=_answered(400), body={"error": "no"}, code="E1"))
        elif issubclass(cls, errors.APIResponseValidationError):
            made.append(cls(_answered(200), errors.DecodeError("a string", 5, "name")))
        elif issubclass(cls, errors.APIConnectionError):
            made.append(cls("failed: GET https://***@api.example.test/v1/accounts/a/contacts", request=request))
        elif cls.__name__ == "BulkCallInterruptedError":
            made.append(cls("cancelled", may_have_reached_server=True))
        else:
            made.append(cls("went wrong"))
    return made


@pytest.mark.parametrize("error", _every_error(), ids=lambda error: type(error).__name__)
def test_every_error_pickles_without_secrets(error: BaseException) -> None:
    data = pickle.dumps(error)
    _secret_free(data)
    copy = pickle.loads(data)
    assert type(copy) is type(error) and str(copy) == str(error)
    for name in ("status_code", "message", "code", "request_id", "body", "json_path", "may_have_reached_server"):
        assert getattr(copy, name, None) == getattr(error, name, None)
    if isinstance(error, errors.APIStatusError):
        assert copy.response.status_code == error.status_code and "authorization" not in copy.response.request.headers
    _secret_free(str(copy) + repr(copy))


def test_an_error_from_a_call_with_a_password_in_base_url_keeps_it_secret(
    service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    service.default = lambda request: httpx.Response(
        404, json={"success": False, "error": {"code": "NF", "message": "gone"}}
    )
    client = _sakari(service, base_url=BASE)
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.NotFoundError) as caught:
        client.contacts.get("c-1")
    _secret_free(pickle.dumps(caught.value) + str(caught.value).encode() + repr(caught.value).encode())
    _secret_free(repr(client) + caplog.text)
    assert caught.value.status_code == 404 and caught.value.code == "NF"


def test_a_connection_error_message_keeps_the_password_secret(service: Service) -> None:
    service.token_answers = [httpx.ConnectError("[Errno 111] Connection refused")] * 3
    with pytest.raises(errors.APIConnectionError) as caught:
        _sakari(service, base_url=BASE).contacts.list()
    _secret_free(str(caught.value) + repr(caught.value))
    assert "Connection refused" in str(caught.value) and "api.example.test:443" in str(caught.value)


def test_error_messages_from_service_text_are_bounded(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(
        404, json={"success": False, "error": {"code": "C" * 5000, "message": "x" * 100_000}}
    )
    with pytest.raises(errors.NotFoundError) as caught:
        sakari.contacts.get("c-1")
    assert len(str(caught.value)) <= errors.MAX_MESSAGE_LENGTH
    assert caught.value.code is not None and len(caught.value.code) <= 200


def test_logs_hold_no_bodies_or_query_values(
    sakari: Sakari, service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    with caplog.at_level(logging.DEBUG, logger="sakari_client"):
        sakari.contacts.list(email="ann@example.com")
    ours = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("sakari_client"))
    assert "/contacts" in ours  # the calls are logged ...
    assert "ann" not in ours  # ... without their query (personal data) or bodies
    for contact in sample("sakari_list_contacts_response")["data"]:
        assert str(contact["id"]) not in ours


@pytest.mark.parametrize("status", [404, 422, 503])
@pytest.mark.parametrize("body", [DEEP, b"<html>oops</html>", b"\xff\xfe", b""])
def test_the_status_error_survives_any_body(sakari: Sakari, service: Service, status: int, body: bytes) -> None:
    service.default = lambda request: httpx.Response(status, content=body, headers={"content-type": "application/json"})
    with pytest.raises(errors.APIStatusError) as caught:
        sakari.contacts.get("c-1")
    assert caught.value.status_code == status


def test_a_deeply_nested_success_body_is_a_validation_error(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, content=DEEP)
    with pytest.raises(errors.APIResponseValidationError):
        sakari.contacts.list()


@pytest.mark.parametrize(
    "failure",
    [
        httpx.DecodingError("bad gzip"),
        httpx.TooManyRedirects("loop"),
        httpx.RemoteProtocolError("garbage"),
        httpx.UnsupportedProtocol("ftp"),
    ],
    ids=lambda failure: type(failure).__name__,
)
def test_every_transport_failure_is_an_api_error(sakari: Sakari, service: Service, failure: Exception) -> None:
    service.answers = [failure] * 3
    with pytest.raises(errors.APIConnectionError):
        sakari.contacts.list()


def test_the_error_module_documents_pickling() -> None:
    assert "pickle" in (inspect.getdoc(errors) or "")
    assert json.dumps(errors.redact_url("https://a:b@h/x")) == '"https://***@h/x"'


def test_service_text_echoing_the_clients_secret_is_scrubbed_from_the_error(sakari: Sakari, service: Service) -> None:
    echoed = {"error": {"code": SECRET, "message": f"bad request: client_secret={SECRET}"}}
    service.token_answers = [httpx.Response(400, json=echoed)]
    with pytest.raises(errors.BadRequestError) as caught:
        sakari.contacts.list()
    assert SECRET not in str(caught.value) and SECRET not in (caught.value.code or "")
    assert "<redacted>" in str(caught.value)


async def test_async_service_text_echoing_the_token_is_scrubbed_from_the_error(
    async_highlevel: AsyncHighLevel, service: Service
) -> None:
    service.default = lambda request: httpx.Response(422, json={"message": f"token {HIGHLEVEL_TOKEN} refused"})
    with pytest.raises(errors.UnprocessableEntityError) as caught:
        await async_highlevel.contacts.get("c-1")
    assert HIGHLEVEL_TOKEN not in str(caught.value)
