"""Every sample request, built as a model, goes on the wire exactly as documented."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from highlevel_client.api.contacts import create_contact as highlevel_create_contact
from highlevel_client.models import ApiVersion, CreateContactRequest
from sakari_client.api.attributes import create_attribute
from sakari_client.api.contacts import create_contact, list_contacts, update_contact
from sakari_client.models import AttributeType, Contact, ContactRequest, MergeStrategy

from .conftest import Recorder, exchange, load_sample, same_json


def _sent_json(request: Any) -> Any:
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def test_sakari_create_contact_request(sakari_client: Callable[[Recorder], Any]) -> None:
    sample = load_sample("sakari_create_contact_request")
    recorder = Recorder(201, load_sample("sakari_create_contact_response"))
    exchange(
        create_contact,
        "acc 1",
        client=sakari_client(recorder),
        body=ContactRequest.from_dict(sample),
        merge_strategy=MergeStrategy.APPEND,
    )
    request = recorder.only_request
    assert request.method == "POST"
    assert request.url.raw_path == b"/v1/accounts/acc%201/contacts?mergeStrategy=append"
    assert request.headers["authorization"] == "Bearer test-token"
    assert same_json(_sent_json(request), sample)


def test_sakari_update_contact_request(sakari_client: Callable[[Recorder], Any]) -> None:
    sample = load_sample("sakari_update_contact_request")
    recorder = Recorder(200, load_sample("sakari_update_contact_response"))
    exchange(update_contact, "acc-1", "c/2", client=sakari_client(recorder), body=ContactRequest.from_dict(sample))
    request = recorder.only_request
    assert request.method == "PUT"
    assert request.url.raw_path == b"/v1/accounts/acc-1/contacts/c%2F2"
    assert same_json(_sent_json(request), sample)


def test_sakari_create_attribute_request(sakari_client: Callable[[Recorder], Any]) -> None:
    sample = load_sample("sakari_create_attribute_request")
    recorder = Recorder(200, load_sample("sakari_create_attribute_response"))
    exchange(
        create_attribute, "acc-1", AttributeType.TICKETS, client=sakari_client(recorder), body=Contact.from_dict(sample)
    )
    request = recorder.only_request
    assert request.method == "POST"
    assert request.url.raw_path == b"/v1/accounts/acc-1/attributes/tickets"
    assert same_json(_sent_json(request), sample)


def test_sakari_list_contacts_query(sakari_client: Callable[[Recorder], Any]) -> None:
    recorder = Recorder(200, load_sample("sakari_list_contacts_response"))
    exchange(
        list_contacts,
        "acc-1",
        client=sakari_client(recorder),
        offset=0,
        limit=100,
        first_name="Chr",
        last_name="Blo",
        mobile="+1",
        email="sakari.io",
        tags="vip",
    )
    request = recorder.only_request
    assert request.method == "GET"
    assert request.url.path == "/v1/accounts/acc-1/contacts"
    assert dict(request.url.params) == {
        "offset": "0",
        "limit": "100",
        "firstName": "Chr",
        "lastName": "Blo",
        "mobile": "+1",
        "email": "sakari.io",
        "tags": "vip",
    }
    assert request.content == b""


def test_sakari_list_contacts_sends_no_unset_query(sakari_client: Callable[[Recorder], Any]) -> None:
    recorder = Recorder(200, load_sample("sakari_list_contacts_response"))
    exchange(list_contacts, "acc-1", client=sakari_client(recorder))
    assert recorder.only_request.url.query == b""


def test_highlevel_create_contact_request(highlevel_client: Callable[[Recorder], Any]) -> None:
    sample = load_sample("highlevel_create_contact_request")
    recorder = Recorder(201, load_sample("highlevel_create_contact_response"))
    exchange(
        highlevel_create_contact,
        client=highlevel_client(recorder),
        body=CreateContactRequest.from_dict(sample),
        version=ApiVersion.V2021_04_15,
    )
    request = recorder.only_request
    assert request.method == "POST"
    assert request.url.raw_path == b"/contacts/"
    assert request.headers["version"] == "2021-04-15"
    assert request.headers["authorization"] == "Bearer test-token"
    assert same_json(_sent_json(request), sample)


def test_highlevel_request_nulls_are_sent_and_unset_is_left_out(highlevel_client: Callable[[Recorder], Any]) -> None:
    recorder = Recorder(201, load_sample("highlevel_create_contact_response"))
    body = CreateContactRequest(location_id="loc-1", email=None, first_name="Ann")
    exchange(highlevel_create_contact, client=highlevel_client(recorder), body=body, version=ApiVersion.V2021_07_28)
    assert same_json(_sent_json(recorder.only_request), {"firstName": "Ann", "email": None, "locationId": "loc-1"})


def test_highlevel_custom_field_value_forms_round_trip() -> None:
    forms = [
        {"id": "a", "field_value": "text"},
        {"id": "b", "field_value": ["x", "y"]},
        {"id": "c", "field_value": 12.5},
    ]
    forms.append({"id": "d", "key": "file", "field_value": {"doc-1": {"url": "https://example.test/f", "meta": {}}}})
    body = {"locationId": "loc-1", "customFields": forms}
    model = CreateContactRequest.from_dict(body)
    assert model.custom_fields[1].field_value == ["x", "y"]
    assert same_json(model.to_dict(), body)
