"""Every sample answer parses through its operation into typed models and back, losslessly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from highlevel_client.api.contacts import create_contact as highlevel_create_contact
from highlevel_client.models import (
    ApiVersion,
    BadRequestErrorBody,
    CreateContactRequest,
    CreateContactResponse,
    DndStatus,
    UnauthorizedErrorBody,
    UnprocessableEntityErrorBody,
)
from sakari_client.api.attributes import create_attribute
from sakari_client.api.contacts import create_contact, list_contacts, update_contact
from sakari_client.models import (
    AttributeCreatedResponse,
    AttributeType,
    Contact,
    ContactRequest,
    ContactResponse,
    ContactsResponse,
)

from .conftest import Recorder, exchange, load_sample, same_json

CONTACT_REQUEST = ContactRequest(first_name="Chris")


def _sakari_cases() -> list[Any]:
    return [
        pytest.param(
            lambda client: exchange(list_contacts, "acc-1", client=client),
            200,
            "sakari_list_contacts_response",
            ContactsResponse,
            id="listContacts",
        ),
        pytest.param(
            lambda client: exchange(create_contact, "acc-1", client=client, body=CONTACT_REQUEST),
            200,
            "sakari_create_contact_response",
            ContactsResponse,
            id="createContact-200",
        ),
        pytest.param(
            lambda client: exchange(create_contact, "acc-1", client=client, body=CONTACT_REQUEST),
            201,
            "sakari_create_contact_response",
            ContactsResponse,
            id="createContact-201",
        ),
        pytest.param(
            lambda client: exchange(update_contact, "acc-1", "c-1", client=client, body=CONTACT_REQUEST),
            200,
            "sakari_update_contact_response",
            ContactResponse,
            id="updateContact",
        ),
        pytest.param(
            lambda client: exchange(create_attribute, "acc-1", AttributeType.CONTACTS, client=client, body=Contact()),
            200,
            "sakari_create_attribute_response",
            AttributeCreatedResponse,
            id="createAttribute",
        ),
    ]


@pytest.mark.parametrize(("call", "status", "sample", "model"), _sakari_cases())
def test_sakari_answer_round_trips(
    sakari_client: Callable[[Recorder], Any], call: Any, status: int, sample: str, model: type
) -> None:
    body = load_sample(sample)
    response = call(sakari_client(Recorder(status, body)))
    assert response.status_code == status
    assert isinstance(response.parsed, model)
    assert same_json(response.parsed.to_dict(), body)


HIGHLEVEL_REQUEST = CreateContactRequest(location_id="ve9EPM428h8vShlRW1KT")


@pytest.mark.parametrize(
    ("status", "sample", "model"),
    [
        (200, "highlevel_create_contact_response", CreateContactResponse),
        (201, "highlevel_create_contact_response", CreateContactResponse),
        (400, "highlevel_error_400", BadRequestErrorBody),
        (401, "highlevel_error_401", UnauthorizedErrorBody),
        (422, "highlevel_error_422", UnprocessableEntityErrorBody),
    ],
)
def test_highlevel_answer_round_trips(
    highlevel_client: Callable[[Recorder], Any], status: int, sample: str, model: type
) -> None:
    body = load_sample(sample)
    response = exchange(
        highlevel_create_contact,
        client=highlevel_client(Recorder(status, body)),
        body=HIGHLEVEL_REQUEST,
        version=ApiVersion.V2021_07_28,
    )
    assert response.status_code == status
    assert isinstance(response.parsed, model)
    assert same_json(response.parsed.to_dict(), body)


def test_sakari_contact_fields_are_typed_at_depth(sakari_client: Callable[[Recorder], Any]) -> None:
    import datetime

    page = exchange(
        list_contacts, "acc-1", client=sakari_client(Recorder(200, load_sample("sakari_create_contact_response")))
    ).parsed
    assert isinstance(page, ContactsResponse)
    contact = page.data[0]
    assert page.pagination.total_count == 123
    assert page.pagination.has_next is True
    assert contact.mobile.number == "123-456-7890"
    assert contact.mobile.valid is True
    assert contact.mobile.verified == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)
    assert contact.lists[0].double_opt_in.enabled is True
    assert contact.lists[0].filter_.attributes[0].value == ["<string>"]
    assert contact.lists[0].source.last_synced == "<string>"
    assert contact.lists[0].opt_out == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=datetime.UTC)
    assert contact.hubspot.id == 123
    assert contact.error.code == "CONT-010"
    assert contact.created.by.first_name == "Joe"
    assert contact.updated.at.year == 2023
    assert contact.attributes.additional_properties == {}


def test_highlevel_contact_fields_are_typed_at_depth(highlevel_client: Callable[[Recorder], Any]) -> None:
    parsed = exchange(
        highlevel_create_contact,
        client=highlevel_client(Recorder(201, load_sample("highlevel_create_contact_response"))),
        body=HIGHLEVEL_REQUEST,
        version=ApiVersion.V2021_07_28,
    ).parsed
    assert isinstance(parsed, CreateContactResponse)
    contact = parsed.contact
    assert contact.dnd_settings.call.status is DndStatus.ACTIVE
    assert contact.dnd_settings.sms.status is DndStatus.PERMANENT
    assert contact.dnd_settings.whats_app.message == ""
    assert contact.custom_fields[0].value == "name"
    assert contact.birth_month == 8
    assert contact.tags == ["nisi sint commodo amet", "consequat"]


def test_unknown_fields_are_kept_at_every_depth(sakari_client: Callable[[Recorder], Any]) -> None:
    body = load_sample("sakari_update_contact_response")
    body["requestId"] = "r-1"
    body["data"]["score"] = 7
    body["data"]["mobile"]["carrier"] = {"name": "Acme"}
    body["data"]["lists"][0]["filter"]["attributes"][0]["negate"] = False
    parsed = exchange(
        update_contact, "acc-1", "c-1", client=sakari_client(Recorder(200, body)), body=CONTACT_REQUEST
    ).parsed
    assert isinstance(parsed, ContactResponse)
    assert parsed["requestId"] == "r-1"
    assert parsed.data["score"] == 7
    assert parsed.data.mobile["carrier"] == {"name": "Acme"}
    assert parsed.to_dict() == body
