"""HighLevel answers as the service's own descriptions allow them, parsed through the facade.

Nulls in the fields a create or update may clear, custom field values of every JSON type, answer
wrappers without the fields no source marks required, and the X-RateLimit-* headers of a raw answer.
"""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client.errors import APIResponseValidationError
from highlevel_client.models import CustomFieldInput, CustomFieldObjectValue
from highlevel_client.types import UNSET

from .conftest import Service

CUSTOM_VALUES: list[Any] = [
    "plain text",
    42.5,
    ["red", "blue"],
    {"0b1c": {"meta": {"originalname": "photo.jpg", "size": 1786611}, "url": "https://example.com/d/1"}},
]
CLEARED = {
    "firstName": None,
    "lastName": None,
    "email": None,
    "phone": None,
    "companyName": None,
    "address1": None,
    "city": None,
    "state": None,
    "website": None,
    "timezone": None,
    "source": None,
    "assignedTo": None,
    "dateOfBirth": None,
}
RATE_HEADERS = {
    "X-RateLimit-Max": "100",
    "X-RateLimit-Remaining": "97",
    "X-RateLimit-Interval-Milliseconds": "10000",
    "X-RateLimit-Limit-Daily": "200000",
    "X-RateLimit-Daily-Remaining": "199990",
}


def contact_detail() -> dict[str, Any]:
    return {
        "id": "c-1",
        "locationId": "loc-1",
        "name": None,
        **CLEARED,
        "dnd": False,
        "tags": [],
        "customFields": [{"id": f"cf-{n}", "value": value} for n, value in enumerate(CUSTOM_VALUES)],
        "attributionSource": {"url": "https://example.com", "campaign": None, "utmSource": None, "ip": None},
    }


def answer(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body, headers=RATE_HEADERS)


def test_read_with_nulls_and_custom_values_of_every_type(highlevel: HighLevel, service: Service) -> None:
    body = {"contact": contact_detail()}
    service.answers.append(answer(200, body))
    contact = highlevel.contacts.get("c-1").contact
    assert contact
    assert (contact.first_name, contact.email, contact.date_of_birth, contact.assigned_to) == (None, None, None, None)
    values = [field.value for field in contact.custom_fields or []]
    assert values[:3] == CUSTOM_VALUES[:3]
    assert isinstance(values[3], CustomFieldObjectValue)
    assert contact.attribution_source and contact.attribution_source.campaign is None
    assert json.dumps(contact.to_dict(), sort_keys=True) == json.dumps(body["contact"], sort_keys=True)


def test_create_answer_with_nulls_and_without_a_contact(highlevel: HighLevel, service: Service) -> None:
    created = {"id": "c-2", "locationId": "loc-1", **{key: None for key in CLEARED if key != "timezone"}}
    service.answers += [answer(201, {"contact": created}), answer(201, {}), answer(201, {})]
    contact = highlevel.contacts.create(first_name="Rosan").contact
    contact_id: str = contact.id  # every answer sample carries it: typed without Unset, no narrowing
    assert contact_id == "c-2" and contact.first_name is None and contact.company_name is None
    # An answer without the contact every sample carries: strict refuses it, tolerant keeps and records it.
    with pytest.raises(APIResponseValidationError, match=r"\$\.contact"):
        highlevel.contacts.create(first_name="Rosan")
    tolerant = highlevel.with_options(strict_response_validation=False)
    assert tolerant.contacts.create(first_name="Rosan").contact is UNSET
    assert [record.path for record in tolerant.drift.records] == ["$.contact"]


def test_wrappers_without_their_flags(highlevel: HighLevel, service: Service) -> None:
    detail = {"contact": contact_detail()}
    service.answers += [answer(200, detail), answer(200, {}), answer(200, detail), answer(200, {})]
    assert highlevel.contacts.update("c-1", first_name=None).succeeded is UNSET
    assert highlevel.contacts.delete("c-1").succeeded is UNSET
    upserted = highlevel.contacts.upsert(email="rosan@deos.com")
    assert upserted.new is UNSET and upserted.contact.email is None
    assert highlevel.tags.add("c-1", tags=["vip"]).tags is UNSET


def test_search_page_without_total_and_with_nulls(highlevel: HighLevel, service: Service) -> None:
    searched = {"id": "c-1", "firstName": None, "email": None, "customFields": [{"id": "cf", "value": 3}]}
    service.answers.append(answer(200, {"contacts": [searched]}))
    found = list(highlevel.contacts.search(page_limit=10))
    assert [(contact.id, contact.first_name) for contact in found] == [("c-1", None)]
    assert found[0].custom_fields and found[0].custom_fields[0].value == 3


def test_deprecated_list_sends_the_documented_default_limit_and_reads_null_cursors(
    highlevel: HighLevel, service: Service
) -> None:
    meta = {"total": 1, "nextPageUrl": None, "startAfterId": None, "startAfter": None, "nextPage": None}
    service.answers.append(answer(200, {"contacts": [{"id": "c-1", "phone": None}], "count": 1, "meta": meta}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        everyone = list(highlevel.contacts.list())
    assert [contact.id for contact in everyone] == ["c-1"]
    assert service.api_requests()[0].url.params["limit"] == "20"


def test_custom_fields_are_named_by_id_or_by_key(highlevel: HighLevel, service: Service) -> None:
    service.default = lambda request: answer(200, {"succeded": True, "contact": contact_detail()})
    highlevel.contacts.update(
        "c-1",
        custom_fields=[
            CustomFieldInput(key="contact.favourite_colours", field_value=["red", "blue"]),
            CustomFieldInput(id="cf-2", field_value=12.5),
        ],
    )
    sent = json.loads(service.api_requests()[0].content)
    assert sent["customFields"] == [
        {"key": "contact.favourite_colours", "field_value": ["red", "blue"]},
        {"id": "cf-2", "field_value": 12.5},
    ]


def test_rate_limit_headers_are_readable_from_a_raw_answer(highlevel: HighLevel, service: Service) -> None:
    service.answers.append(answer(200, {"contact": contact_detail()}))
    raw = highlevel.contacts.with_raw_response.get("c-1")
    assert {name: raw.headers[name] for name in RATE_HEADERS} == RATE_HEADERS
    parsed = raw.parse()
    assert parsed.contact and parsed.contact.last_name is None


async def test_async_twin_reads_the_same_answer(async_highlevel: AsyncHighLevel, service: Service) -> None:
    service.answers.append(answer(200, {"contact": contact_detail()}))
    async with async_highlevel:
        contact = (await async_highlevel.contacts.get("c-1")).contact
    assert contact and contact.phone is None and contact.custom_fields
