"""Custom fields in the HighLevel sandbox: named by id or by key, values of any JSON type kept as sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_client.models import CustomFieldInput

from contacts_sandbox import HIGHLEVEL_TOKEN, SandboxServer

VALUES: list[Any] = ["text", 7, ["red", "blue"], {"doc-1": {"url": "https://example.com/f.pdf"}}]


def test_values_of_every_type_are_kept_by_id_or_key(highlevel_sandbox: HighLevel) -> None:
    fields = [CustomFieldInput(id=f"cf-{n}", field_value=value) for n, value in enumerate(VALUES)]
    fields.append(CustomFieldInput(key="contact.nickname", field_value="Ro"))
    fields.append(CustomFieldInput(key="contact.unset"))  # no value: nothing stored
    created = highlevel_sandbox.contacts.create(first_name="Rosan", custom_fields=fields).contact
    assert created and created.id
    fetched = highlevel_sandbox.contacts.get(created.id).contact
    assert fetched
    stored = {field["id"]: field["value"] for field in fetched.to_dict()["customFields"]}
    assert stored == {**{f"cf-{n}": value for n, value in enumerate(VALUES)}, "contact.nickname": "Ro"}


@pytest.mark.usefixtures("contacts_sandbox")
def test_a_custom_field_without_id_or_key_is_422(contacts_sandbox_server: SandboxServer) -> None:
    answer = httpx.post(
        f"{contacts_sandbox_server.highlevel_base_url}/contacts/",
        json={"locationId": "loc-1", "customFields": [{"field_value": "lost"}]},
        headers={"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"},
    )
    assert answer.status_code == 422
    assert answer.json()["message"] == ["body.customFields[0]: give the field's id or its key"]
