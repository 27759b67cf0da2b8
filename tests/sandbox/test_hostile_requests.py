"""The sandbox under hostile or odd requests: it answers as the services would, never a bare 500 or a hang."""

from __future__ import annotations

import http.client
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import CustomFieldInput
from sakari_client import Sakari, errors
from sakari_client.models import Mobile

from contacts_sandbox import HIGHLEVEL_TOKEN, Sandbox, SandboxServer, SandboxSettings
from contacts_sandbox._service import Service
from contacts_sandbox._spec import MAX_DEPTH, Operation

from .helpers import VERSION, highlevel_headers, message_of, sakari_headers, sakari_token

KNOB_VALUES = [
    ("X-Sandbox-Latency-Ms", "soon"),
    ("X-Sandbox-Latency-Ms", "inf"),
    ("X-Sandbox-Latency-Ms", "nan"),
    ("X-Sandbox-Latency-Ms", "-5"),
    ("X-Sandbox-Latency-Ms", "1e12"),
    ("X-Sandbox-Fault", "boom"),
    ("X-Sandbox-Fault", "499"),
    ("X-Sandbox-Rate-Limit", "lots"),
    ("X-Sandbox-Rate-Limit", "0/1"),
    ("X-Sandbox-Rate-Limit", "1/inf"),
    ("X-Sandbox-Rate-Limit", "1/nan"),
    ("X-Sandbox-Drift", "maybe"),
]


def _every_operation(sandbox: Sandbox) -> Iterator[tuple[Service, Operation]]:
    for service in (sandbox.sakari, sandbox.highlevel):
        for operation in service.spec.operations:
            yield service, operation


def _url(server: SandboxServer, operation: Operation, value: str = "x") -> str:
    path = operation.path
    for name in operation.pattern.groupindex:
        path = path.replace("{" + name + "}", value)
    return server.url + path


def _auth(server: SandboxServer, service: Service) -> dict[str, str]:
    return sakari_headers(server) if service.name == "sakari" else highlevel_headers()


# --- knobs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "value"), KNOB_VALUES)
def test_garbage_knob_values_are_400_naming_the_header(
    header: str, value: str, contacts_sandbox_server: SandboxServer
) -> None:
    for url, headers in (
        (f"{contacts_sandbox_server.highlevel_base_url}/contacts/x", highlevel_headers()),
        (f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts", sakari_headers(contacts_sandbox_server)),
    ):
        answer = httpx.get(url, headers={**headers, header: value}, timeout=5)
        assert answer.status_code == 400, (header, value, answer.text)
        assert header in message_of(answer)


# --- bodies ----------------------------------------------------------------------------------------


def test_unknown_body_keys_are_refused_on_every_operation(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    """Every operation whose JSON body schema is closed names a key it does not know (nothing is stored)."""
    checked = []
    for service, operation in _every_operation(contacts_sandbox):
        schema = operation.body_schemas.get("application/json")
        if schema is None:
            continue
        properties, is_open = service.spec.object_properties(schema)
        if is_open or not properties:
            continue
        answer = httpx.request(
            operation.method,
            _url(contacts_sandbox_server, operation),
            json={"sandboxUnknownKey": 1},
            headers=_auth(contacts_sandbox_server, service),
        )
        assert answer.status_code in (400, 422), (operation.operation_id, answer.text)
        assert "sandboxUnknownKey" in message_of(answer), operation.operation_id
        checked.append(operation.operation_id)
    assert {"createContact", "upsertContact", "searchContacts", "addTags", "fetchToken"} <= set(checked)
    assert not contacts_sandbox.highlevel.locations and not contacts_sandbox.sakari.accounts


def test_custom_field_under_a_wrong_name_is_refused_not_lost(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    body = {"locationId": "l", "email": "a@example.com", "customFields": [{"id": "f1", "fieldValue": "lost?"}]}
    answer = httpx.post(
        f"{contacts_sandbox_server.highlevel_base_url}/contacts/", json=body, headers=highlevel_headers()
    )
    assert answer.status_code == 422
    assert answer.json()["message"] == ["body.customFields[0]: property fieldValue should not exist"]
    assert contacts_sandbox.highlevel.locations == {}


def test_nested_unknown_keys_are_named_in_sakari_bodies(contacts_sandbox_server: SandboxServer) -> None:
    body = {"firstName": "A", "colour": "red", "mobile": {"number": "+15550100001", "extension": "9"}}
    answer = httpx.post(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/a/contacts",
        json=body,
        headers=sakari_headers(contacts_sandbox_server),
    )
    assert answer.status_code == 422
    assert "colour" in message_of(answer) and "body.mobile: property extension" in message_of(answer)


@pytest.mark.parametrize("value", ["text", 12.5, 3, ["a", "b"], {"doc-1": {"url": "https://x.example/1"}}])
def test_custom_field_values_of_any_json_type_are_stored(
    value: Any, highlevel_sandbox: HighLevel, contacts_sandbox: Sandbox
) -> None:
    created = highlevel_sandbox.contacts.create(
        email="v@example.com", custom_fields=[CustomFieldInput.from_dict({"id": "f1", "field_value": value})]
    )
    stored = contacts_sandbox.highlevel.locations["loc-1"][str(created.contact.id)]["customFields"]
    assert stored == [{"id": "f1", "value": value}]
    answered = highlevel_sandbox.contacts.get(str(created.contact.id)).contact.to_dict()["customFields"][0]["value"]
    assert answered == value or json.loads(answered) == value  # as stored, or as its JSON text where the spec says text


def test_deep_json_is_refused_with_a_message(contacts_sandbox_server: SandboxServer) -> None:
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/"
    headers = highlevel_headers(**{"Content-Type": "application/json"})
    past_the_parser = '{"locationId": "l", "customFields": [{"id": "f", "field_value": ' + "[" * 100_000 + "]" * 100_000
    nested: Any = "leaf"
    for _ in range(MAX_DEPTH + 5):
        nested = {"k": nested}
    past_the_limit = json.dumps({"locationId": "l", "customFields": [{"id": "f", "field_value": nested}]})
    for body in (past_the_parser + "}]}", past_the_limit):
        answer = httpx.post(url, content=body, headers=headers)
        assert answer.status_code == 422, answer.text
        assert "nests deeper" in message_of(answer)
    assert httpx.get(f"{url}x", headers=highlevel_headers()).status_code == 404  # still serving


def test_body_over_the_limit_is_413_and_authentication_comes_first(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    contacts_sandbox.configure(max_body_bytes=1000)
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/"
    big = {"locationId": "l", "firstName": "x" * 2000}
    assert httpx.post(url, json=big, headers=highlevel_headers()).status_code == 413
    assert httpx.post(url, json=big, headers=highlevel_headers("wrong-token")).status_code == 401

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"locationId": "l", "firstName": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    streamed = httpx.post(url, content=chunks(), headers=highlevel_headers(**{"Content-Type": "application/json"}))
    assert streamed.status_code == 413
    assert contacts_sandbox.highlevel.locations == {}


# --- paths and tokens ------------------------------------------------------------------------------


def test_an_encoded_slash_stays_in_its_segment(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = str(highlevel_sandbox.contacts.create(email="slash@example.com").contact.id)
    url = f"{contacts_sandbox_server.highlevel_base_url}/contacts/{contact_id}%2Ftags"
    answer = httpx.post(url, json={"tags": ["x"]}, headers=highlevel_headers())
    assert answer.status_code == 405  # the id is "<id>/tags": not the tags operation
    missing = httpx.get(url, headers=highlevel_headers())
    assert missing.status_code == 404 and f"{contact_id}/tags" in message_of(missing)
    assert highlevel_sandbox.contacts.get(contact_id).contact.tags == []


@pytest.mark.parametrize("segment", ["..", ".", "%2E%2E", "%2e"])
def test_dot_segments_are_ids_not_paths(
    segment: str, sakari_sandbox: Sakari, contacts_sandbox_server: SandboxServer
) -> None:
    sakari_sandbox.contacts.create(first_name="Kept", mobile=Mobile(number="+15550100001"))
    connection = http.client.HTTPConnection("127.0.0.1", contacts_sandbox_server.port, timeout=5)
    token = sakari_token(contacts_sandbox_server)
    connection.request(  # http.client sends the target as written: no dot-segment removal on the way
        "DELETE", f"/v1/accounts/acct-1/contacts/{segment}", headers={"Authorization": f"Bearer {token}"}
    )
    answer = connection.getresponse()
    body = json.loads(answer.read())
    connection.close()
    assert answer.status == 404 and body["error"]["code"] == "CONT-404"
    assert [contact.first_name for contact in sakari_sandbox.contacts.list()] == ["Kept"]


def test_sakari_tokens_belong_to_their_account(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    contacts_sandbox.configure(
        sakari_credentials={"client-a": "secret-a", "client-any": "secret-any"},
        sakari_accounts={"client-a": "acct-a"},
    )

    def client(client_id: str, secret: str, account: str) -> Sakari:
        return Sakari(
            client_id=client_id,
            client_secret=secret,
            account_id=account,
            base_url=contacts_sandbox_server.sakari_base_url,
        )

    client("client-a", "secret-a", "acct-a").contacts.create(first_name="A", mobile=Mobile(number="+15550100001"))
    with pytest.raises(errors.PermissionDeniedError):
        client("client-a", "secret-a", "acct-b").contacts.list()
    assert [c.first_name for c in client("client-any", "secret-any", "acct-a").contacts.list()] == ["A"]


def test_highlevel_tokens_belong_to_their_location(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    contacts_sandbox.configure(
        highlevel_tokens=frozenset({"token-a", "token-b"}),
        highlevel_locations={"token-a": "loc-a", "token-b": "loc-b"},
    )

    def client(token: str, location: str) -> HighLevel:
        return HighLevel(token=token, location_id=location, base_url=contacts_sandbox_server.highlevel_base_url)

    contact_id = str(client("token-a", "loc-a").contacts.create(email="a@example.com").contact.id)
    intruder = client("token-b", "loc-a")
    for attempt in (
        lambda: intruder.contacts.create(email="b@example.com"),
        lambda: intruder.contacts.search(),
        lambda: intruder.contacts.find_duplicate(email="a@example.com"),
    ):
        with pytest.raises(highlevel_errors.PermissionDeniedError):
            attempt()
    own_location = client("token-b", "loc-b")
    for attempt in (
        lambda: own_location.contacts.get(contact_id),
        lambda: own_location.contacts.delete(contact_id),
        lambda: own_location.tags.add(contact_id, tags=["x"]),
    ):
        with pytest.raises(highlevel_errors.PermissionDeniedError):
            attempt()
    assert client("token-a", "loc-a").contacts.get(contact_id).contact.tags == []


# --- errors ----------------------------------------------------------------------------------------


def test_a_handler_crash_is_a_500_in_the_service_shape(
    contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(call: object) -> Any:
        raise KeyError("boom")

    monkeypatch.setitem(contacts_sandbox.highlevel.handlers, "getContact", crash)
    answer = httpx.get(f"{contacts_sandbox_server.highlevel_base_url}/contacts/x", headers=highlevel_headers())
    assert answer.status_code == 500 and answer.json()["statusCode"] == 500
    assert "sandbox bug" in answer.json()["message"]


@pytest.mark.parametrize("version", [None, "2020-01-01", ""])
def test_missing_or_wrong_version_is_highlevels_plain_400_on_every_operation(
    version: str | None, contacts_sandbox_server: SandboxServer, contacts_sandbox: Sandbox
) -> None:
    headers = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}"} | ({} if version is None else {"Version": version})
    spec = contacts_sandbox.highlevel.spec
    error_schema = spec.resolve({"$ref": "#/components/schemas/BadRequestErrorBody"})
    with_version = [
        operation
        for operation in spec.operations
        if any(parameter.location == "header" and parameter.name == "Version" for parameter in operation.parameters)
    ]
    assert len(with_version) >= len(spec.operations) - 1  # all but the OAuth token exchange
    for operation in with_version:
        answer = httpx.request(
            operation.method,
            _url(contacts_sandbox_server, operation) + "?locationId=l",
            json={"locationId": "l"} if operation.body_schemas else None,
            headers=headers,
        )
        assert answer.status_code == 400, operation.operation_id
        assert set(answer.json()) == {"statusCode", "message"} and answer.json()["statusCode"] == 400
        assert "Version" in answer.json()["message"]
        assert not spec.errors(error_schema, answer.json(), "answer")


def test_a_client_giving_up_leaves_no_traceback() -> None:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.WARNING)
    loggers = [logging.getLogger(name) for name in ("uvicorn.error", "contacts_sandbox", "uvicorn", "")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        with SandboxServer(Sandbox(SandboxSettings(highlevel_rate_limit=None))) as server:
            url = f"{server.highlevel_base_url}/contacts/"
            for _ in range(3):
                with pytest.raises(httpx.TimeoutException):
                    httpx.post(
                        url,
                        json={"locationId": "l", "email": "slow@example.com"},
                        headers=highlevel_headers(**{"X-Sandbox-Latency-Ms": "300"}),
                        timeout=0.05,
                    )
            deadline = time.monotonic() + 10
            while server.sandbox.in_flight and time.monotonic() < deadline:
                time.sleep(0.05)
            assert server.sandbox.in_flight == 0
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    assert [record.getMessage() for record in records if record.levelno >= logging.WARNING] == []


def test_version_header_constant_matches_the_spec(contacts_sandbox: Sandbox) -> None:
    assert VERSION in contacts_sandbox.highlevel.versions


@pytest.mark.parametrize("filters", ["", "&firstName=", "&tags=vip", "&email=a"])
def test_an_offset_past_every_contact_is_an_empty_page(
    filters: str, sakari_sandbox: Sakari, contacts_sandbox_server: SandboxServer
) -> None:
    sakari_sandbox.contacts.create(first_name="Only", mobile=Mobile(number="+15550100001"))
    url = f"{contacts_sandbox_server.sakari_base_url}/accounts/acct-1/contacts?offset={2**63 - 1}&limit=1{filters}"
    answer = httpx.get(url, headers=sakari_headers(contacts_sandbox_server))
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"] == [] and answer.json()["pagination"]["hasNext"] is False


async def test_in_process_the_sandbox_routes_on_the_raw_path_without_its_query(
    contacts_sandbox: Sandbox,
) -> None:
    transport = httpx.ASGITransport(app=contacts_sandbox)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        token = (
            await client.post(
                "/oauth2/token",
                json={
                    "grant_type": "client_credentials",
                    "client_id": "sandbox-client",
                    "client_secret": "sandbox-secret",
                },
            )
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        listed = await client.get("/v1/accounts/acct-1/contacts?limit=5", headers=headers)
        assert listed.status_code == 200, listed.text  # a raw path carrying its query still routes
        one_segment = await client.get("/v1/accounts/acct-1%2Fcontacts", headers=headers)
        assert one_segment.status_code == 404 and "acct-1%2Fcontacts" in message_of(one_segment)


async def test_a_server_that_gives_no_raw_path_gets_a_400_not_a_guessed_route(contacts_sandbox: Sandbox) -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/v1/accounts/acct-1/contacts",  # decoded from acct-1%2Fcontacts: the route cannot be known
        "query_string": b"",
        "headers": [],
    }
    await contacts_sandbox(scope, receive, send)
    assert sent[0]["status"] == 400
