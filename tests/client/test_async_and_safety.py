"""The async clients, and what must never leak: secrets, tokens, the Authorization header, unknown data."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from highlevel_client import AsyncHighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import CreateContactRequest, CreateContactResponse, DndStatus
from highlevel_client.types import UNSET
from sakari_client import AsyncSakari, Sakari, errors
from sakari_client.models import ContactResponse, ContactsResponse

from .conftest import HIGHLEVEL_TOKEN, SECRET, TOKEN, Service, sample

ROOT = Path(__file__).resolve().parents[2]


async def test_async_sakari_operations(async_sakari: AsyncSakari, service: Service, sleeps: list[float]) -> None:
    service.answers = [
        httpx.Response(503, json={}),
        httpx.Response(200, json=sample("sakari_list_contacts_response")),
        httpx.Response(201, json=sample("sakari_create_contact_response")),
        httpx.Response(200, json=sample("sakari_update_contact_response")),
        httpx.Response(200, json=sample("sakari_create_attribute_response")),
        httpx.Response(200, json=sample("sakari_update_contact_response")),
    ]
    page = await async_sakari.contacts.list(limit=1)
    created = await async_sakari.contacts.create(first_name="Ann", merge_strategy="core")
    updated = await async_sakari.contacts.update("c-1", last_name="Lee")
    attribute = await async_sakari.attributes.create("tickets", email="a@b.c")
    raw = await async_sakari.contacts.with_raw_response.update("c-1", first_name="A")
    assert page.data[0].first_name == "Chris"
    assert isinstance(created, ContactsResponse) and isinstance(updated, ContactResponse)
    assert attribute.data.below == 123
    assert isinstance(raw.parse(), ContactResponse)
    assert len(sleeps) == 1
    assert [r.url.params.get("mergeStrategy") for r in service.api_requests()][2] == "core"
    await async_sakari.close()


async def test_async_401_renews_the_token(async_sakari: AsyncSakari, service: Service) -> None:
    service.token_answers = [
        httpx.Response(200, json={"access_token": "stale", "expires_in": 3600}),
        httpx.Response(200, json={"access_token": "fresh", "expires_in": 3600}),
    ]
    service.answers = [httpx.Response(401, json={}), httpx.Response(200, json=sample("sakari_update_contact_response"))]
    await async_sakari.contacts.update("c-1", first_name="A")
    assert [r.headers["authorization"] for r in service.api_requests()] == ["Bearer stale", "Bearer fresh"]


async def test_async_create_is_not_retried_after_a_timeout(async_sakari: AsyncSakari, service: Service) -> None:
    service.answers = [httpx.ReadTimeout("sent")]
    with pytest.raises(errors.APITimeoutError):
        await async_sakari.contacts.create(first_name="A")
    assert len(service.api_requests()) == 1


async def test_async_highlevel(async_highlevel: AsyncHighLevel, service: Service) -> None:
    service.answers = [
        httpx.Response(201, json=sample("highlevel_create_contact_response")),
        httpx.Response(422, json=sample("highlevel_error_422")),
    ]
    async with async_highlevel as client:
        created = await client.contacts.create(first_name="Rosan")
        with pytest.raises(highlevel_errors.UnprocessableEntityError):
            await client.contacts.create(first_name="Rosan")
    assert isinstance(created, CreateContactResponse)
    assert created.contact.dnd_settings.call.status is DndStatus.ACTIVE
    assert service.requests[0].headers["version"] == "2021-07-28"


# --- nothing secret is ever shown --------------------------------------------------------------------


def _secrets_absent(text: str) -> None:
    for secret in (SECRET, TOKEN, HIGHLEVEL_TOKEN, "Bearer "):
        assert secret not in text, f"{secret!r} leaked"


def test_reprs_hide_credentials(sakari: Sakari, service: Service) -> None:
    service.default = lambda request: httpx.Response(200, json=sample("sakari_list_contacts_response"))
    sakari.contacts.list()
    _secrets_absent(repr(sakari) + str(sakari) + repr(sakari._auth))
    assert "client-1" in repr(sakari._auth)


def test_logs_and_errors_never_show_secrets(sakari: Sakari, service: Service, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    service.token_answers = [
        httpx.Response(200, json={"access_token": TOKEN, "expires_in": 3600}),
        httpx.Response(200, json={"access_token": TOKEN, "expires_in": 3600}),
    ]
    service.answers = [
        httpx.Response(200, json=sample("sakari_list_contacts_response")),
        httpx.Response(401, json={}),
        httpx.Response(401, json={"success": False, "error": {"code": "AUTH", "message": "bad"}}),
        httpx.Response(500, json={}),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
    ]
    shown: list[str] = []
    sakari.contacts.list()
    for _ in range(4):
        with pytest.raises(errors.APIError) as caught:
            sakari.with_options(max_retries=0).contacts.create(first_name="Ann")
        shown += [str(caught.value), repr(caught.value), repr(caught.value.__dict__)]
    assert caplog.records, "debug logging produced nothing"
    _secrets_absent(caplog.text + "\n".join(shown))


def test_env_debug_logging_goes_to_stderr_without_secrets() -> None:
    script = textwrap.dedent(
        f"""
        import httpx
        from sakari_client import Sakari

        def handler(request):
            if request.url.path.endswith("/oauth2/token"):
                return httpx.Response(200, json={{"access_token": "{TOKEN}", "expires_in": 60}})
            return httpx.Response(404, json={{"success": False, "error": {{"code": "C", "message": "gone"}}}})

        client = Sakari(client_id="i", client_secret="{SECRET}", account_id="a",
                        http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        try:
            client.contacts.update("c-1", first_name="A")
        except Exception as error:
            print(repr(error))
        """
    )
    environment = {**os.environ, "SAKARI_LOG": "debug", "PYTHONPATH": str(ROOT / "generated")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True)
    assert "Request PUT https://api.sakari.io/v1/accounts/a/contacts/c-1" in result.stderr
    assert "NotFoundError" in result.stdout
    _secrets_absent(result.stdout + result.stderr)


# --- nothing lost -----------------------------------------------------------------------------------


def test_unknown_fields_and_enum_values_survive(sakari: Sakari, service: Service) -> None:
    body = sample("sakari_update_contact_response")
    body["data"]["segment"] = {"id": 7}
    service.default = lambda request: httpx.Response(200, json=body)
    result = sakari.contacts.update("c-1", first_name="A")
    assert result.data["segment"] == {"id": 7}
    assert result.to_dict() == body


def test_null_and_unset_are_distinct() -> None:
    model = CreateContactRequest.from_dict({"locationId": "l", "email": None})
    assert model.email is None
    assert model.phone is UNSET
    assert model.to_dict() == {"email": None, "locationId": "l"}
    with pytest.raises(ValueError, match=r"\$\.locationId: expected string, got null"):
        CreateContactRequest.from_dict({"locationId": None})
