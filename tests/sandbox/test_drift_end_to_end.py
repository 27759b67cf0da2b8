"""Tolerant and strict clients against the real sandbox when its answers drift (``X-Sandbox-Drift: 1``).

The sandbox drifts every object of an answer the same way: an undocumented field, a number where a
free-form string is documented, a value outside an enum, a ``null`` where the spec does not allow one.
A tolerant client must hand back typed models that keep what came, name each drifted place by types
only, and give the received JSON back from ``to_dict()``; a strict one must refuse the answer.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from contacts_runtime._drift import Drift
from highlevel_client import HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import ContactDetail, DndSettings
from sakari_client import Sakari
from sakari_client import errors as sakari_errors
from sakari_client.models import Contact as SakariContact
from sakari_client.models import Mobile

from contacts_sandbox import SandboxServer
from contacts_sandbox._drift import EXTRA_FIELD, NUMBER_FOR_STRING, UNKNOWN_ENUM_VALUE

from .helpers import highlevel_headers, sakari_headers

DRIFT = {"X-Sandbox-Drift": "1"}
JSON_TYPE_NAMES = {"null", "boolean", "integer", "number", "string", "array", "object"}


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


PERSONAL = ("Quill", "Yarrow", "Other", "example.com", "+1555", "Dolomite")
"""Parts of what the tests store; none may reach a drift record (answers are personal data)."""


def _assert_types_only(records: list[Drift]) -> None:
    """Each record names JSON types and places, never a value of the answer."""
    assert records
    for record in records:
        assert record.received in JSON_TYPE_NAMES, record
        assert record.count >= 1
        assert record.path.startswith("$")
        rendered = json.dumps(record.to_dict())
        assert not [value for value in PERSONAL if value in rendered], record


def _drifted_places(records: list[Drift], operation_id: str) -> dict[str, set[str]]:
    places: dict[str, set[str]] = {}
    for record in records:
        assert record.operation_id == operation_id
        places.setdefault(record.path, set()).add(record.received)
    return places


@pytest.fixture
def sakari_contacts(sakari_sandbox: Sakari) -> None:
    for number in range(3):
        sakari_sandbox.contacts.create(
            first_name=f"Quill{number}",
            last_name="Yarrow",
            email=f"quill{number}@example.com",
            mobile=Mobile(number=f"+1555010000{number}", country="US"),
        )


def test_sakari_list_drifts_tolerantly_and_strictly(
    sakari_sandbox: Sakari, sakari_contacts: None, contacts_sandbox_server: SandboxServer
) -> None:
    tolerant = sakari_sandbox.with_options(strict_response_validation=False, default_headers=DRIFT)
    tolerant.drift.clear()
    page = tolerant.contacts.list(limit=10)
    assert len(page.data) == 3
    assert all(isinstance(contact, SakariContact) for contact in page.data)
    assert {contact.id for contact in page.data} == {str(contact.id) for contact in sakari_sandbox.contacts.list()}

    raw = httpx.get(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/acct-1/contacts",
        params={"limit": 10},
        headers=sakari_headers(contacts_sandbox_server, **DRIFT),
    ).json()
    assert _canonical(page.response.to_dict()) == _canonical(raw)  # nothing lost, nothing coerced
    assert all(contact.additional_properties[EXTRA_FIELD] == {"undocumented": True} for contact in page.data)

    records = tolerant.drift.records
    _assert_types_only(records)
    places = _drifted_places(records, "listContacts")
    assert f"$.data[*].{EXTRA_FIELD}" in places and f"$.{EXTRA_FIELD}" in places
    assert any(path.startswith("$.data[*].") and "integer" in received for path, received in places.items())
    assert all(record.count == 3 for record in records if record.path.startswith("$.data[*]."))

    strict = sakari_sandbox.with_options(default_headers=DRIFT, max_retries=0)
    with pytest.raises(sakari_errors.APIResponseValidationError):
        strict.contacts.list(limit=10)


def test_sakari_get_drifts_tolerantly_and_strictly(
    sakari_sandbox: Sakari, sakari_contacts: None, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = str(sakari_sandbox.contacts.list().data[0].id)
    tolerant = sakari_sandbox.with_options(strict_response_validation=False)
    tolerant.drift.clear()
    answer = tolerant.contacts.get(contact_id, extra_headers=DRIFT)
    assert isinstance(answer.data, SakariContact) and answer.data.id == contact_id

    raw = httpx.get(
        f"{contacts_sandbox_server.sakari_base_url}/accounts/acct-1/contacts/{contact_id}",
        headers=sakari_headers(contacts_sandbox_server, **DRIFT),
    ).json()
    assert _canonical(answer.to_dict()) == _canonical(raw)
    _assert_types_only(tolerant.drift.records)
    assert f"$.data.{EXTRA_FIELD}" in _drifted_places(tolerant.drift.records, "getContact")

    with pytest.raises(sakari_errors.APIResponseValidationError):
        sakari_sandbox.contacts.get(contact_id, extra_headers=DRIFT)
    assert sakari_sandbox.contacts.get(contact_id).data  # the same contact without the knob conforms


@pytest.fixture
def highlevel_contact_id(highlevel_sandbox: HighLevel) -> str:
    for number in range(2):
        highlevel_sandbox.contacts.create(first_name=f"Other{number}", email=f"other{number}@example.com")
    created = highlevel_sandbox.contacts.create(
        first_name="Quill",
        last_name="Yarrow",
        email="quill@example.com",
        city="Dolomite",
        dnd_settings=DndSettings.from_dict({"SMS": {"status": "active", "message": "no", "code": "x"}}),
    )
    return str(created.contact.id)


def test_highlevel_search_drifts_tolerantly_and_strictly(
    highlevel_sandbox: HighLevel, highlevel_contact_id: str, contacts_sandbox_server: SandboxServer
) -> None:
    tolerant = highlevel_sandbox.with_options(strict_response_validation=False, default_headers=DRIFT)
    tolerant.drift.clear()
    page = tolerant.contacts.search(page_limit=10)
    assert len(page.data) == 3 and highlevel_contact_id in {contact.id for contact in page.data}

    raw = httpx.post(
        f"{contacts_sandbox_server.highlevel_base_url}/contacts/search",
        json={"locationId": "loc-1", "pageLimit": 10},
        headers=highlevel_headers(**DRIFT),
    ).json()
    assert _canonical(page.response.to_dict()) == _canonical(raw)
    records = tolerant.drift.records
    _assert_types_only(records)
    places = _drifted_places(records, "searchContacts")
    assert f"$.contacts[*].{EXTRA_FIELD}" in places

    with pytest.raises(highlevel_errors.APIResponseValidationError):
        highlevel_sandbox.contacts.search(page_limit=10, extra_headers=DRIFT)


def test_highlevel_get_keeps_unknown_enum_values_numbers_and_nulls(
    highlevel_sandbox: HighLevel, highlevel_contact_id: str, contacts_sandbox_server: SandboxServer
) -> None:
    tolerant = highlevel_sandbox.with_options(strict_response_validation=False)
    tolerant.drift.clear()
    answer = tolerant.contacts.get(highlevel_contact_id, extra_headers=DRIFT)
    contact = answer.contact
    assert isinstance(contact, ContactDetail) and contact.id == highlevel_contact_id

    raw = httpx.get(
        f"{contacts_sandbox_server.highlevel_base_url}/contacts/{highlevel_contact_id}",
        headers=highlevel_headers(**DRIFT),
    ).json()
    assert _canonical(answer.to_dict()) == _canonical(raw)
    # The drifted values are kept as received, not coerced to what the annotations promise.
    sms = contact.dnd_settings.sms if contact.dnd_settings else None
    assert sms is not None and sms.status == UNKNOWN_ENUM_VALUE
    assert NUMBER_FOR_STRING in contact.to_dict().values()

    records = tolerant.drift.records
    _assert_types_only(records)
    places = _drifted_places(records, "getContact")
    assert "integer" in set().union(*places.values()) and "null" in set().union(*places.values())
    assert any(path.startswith("$.contact.dndSettings") and "string" in kinds for path, kinds in places.items())
    assert f"$.contact.{EXTRA_FIELD}" in places

    with pytest.raises(highlevel_errors.APIResponseValidationError) as raised:
        highlevel_sandbox.contacts.get(highlevel_contact_id, extra_headers=DRIFT)
    assert "$.contact" in str(raised.value)
