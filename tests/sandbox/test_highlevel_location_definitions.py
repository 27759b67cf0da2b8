"""The location-level definitions in the HighLevel sandbox (custom fields, tags, custom values), and
custom fields named by key: one definitions lookup per client, an unknown key refused before sending."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from contacts_runtime import ArgumentError
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client.models import ContactDetail, CreateCustomFieldRequestModel

from contacts_sandbox import HIGHLEVEL_TOKEN, Sandbox, SandboxServer


def _counting(server: SandboxServer) -> tuple[list[str], httpx.Client]:
    """An httpx client that records the path of every request it sends."""
    paths: list[str] = []
    client = httpx.Client(event_hooks={"request": [lambda request: paths.append(request.url.path)]})
    return paths, client


def test_custom_fields_are_created_read_listed_changed_and_deleted(highlevel_sandbox: HighLevel) -> None:
    created = highlevel_sandbox.custom_fields.create(
        name="Pin code", data_type="TEXT", model=CreateCustomFieldRequestModel.CONTACT
    ).custom_field
    assert created.field_key == "contact.pin_code"
    assert highlevel_sandbox.custom_fields.get(created.id).custom_field.name == "Pin code"
    highlevel_sandbox.custom_fields.create(
        name="Deal size", data_type="NUMERICAL", model=CreateCustomFieldRequestModel.OPPORTUNITY
    )
    contact_fields = highlevel_sandbox.custom_fields.list(model="contact").custom_fields
    assert [field.field_key for field in contact_fields] == ["contact.pin_code"]
    assert len(highlevel_sandbox.custom_fields.list(model="all").custom_fields) == 2
    renamed = highlevel_sandbox.custom_fields.update(created.id, name="Postal code").custom_field
    assert (renamed.name, renamed.field_key, renamed.data_type) == ("Postal code", "contact.pin_code", "TEXT")
    assert highlevel_sandbox.custom_fields.delete(created.id).succeeded is True
    with pytest.raises(Exception, match="not found"):
        highlevel_sandbox.custom_fields.get(created.id)


def test_location_tags_and_custom_values_are_kept_per_location(highlevel_sandbox: HighLevel) -> None:
    tag = highlevel_sandbox.location_tags.create(name="customer").tag
    assert highlevel_sandbox.location_tags.update(tag.id, name="client").tag.name == "client"
    assert [item.name for item in highlevel_sandbox.location_tags.list().tags] == ["client"]
    assert highlevel_sandbox.location_tags.get(tag.id).tag.location_id == "loc-1"
    other = highlevel_sandbox.with_options(location_id="loc-2")
    assert other.location_tags.list().tags == []
    assert highlevel_sandbox.location_tags.delete(tag.id).succeeded is True
    value = highlevel_sandbox.custom_values.create(name="Support phone", value="+1 555 0100").custom_value
    assert value.field_key == "{{ custom_values.support_phone }}"
    assert highlevel_sandbox.custom_values.update(value.id, name="Support phone", value="+1 555 0199").custom_value
    assert highlevel_sandbox.custom_values.get(value.id).custom_value.value == "+1 555 0199"
    assert [item.id for item in highlevel_sandbox.custom_values.list().custom_values] == [value.id]
    assert highlevel_sandbox.custom_values.delete(value.id).succeeded is True
    assert highlevel_sandbox.custom_values.list().custom_values == []


def test_a_token_of_another_location_cannot_read_its_definitions(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    contacts_sandbox.configure(highlevel_locations={HIGHLEVEL_TOKEN: "loc-1"})
    answer = httpx.get(
        f"{contacts_sandbox_server.highlevel_base_url}/locations/loc-2/customFields",
        headers={"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"},
    )
    assert answer.status_code == 403


def _define(sandbox: Sandbox, location: str = "loc-1") -> dict[str, str]:
    """Two contact fields and an opportunity field; their ids by key."""
    definitions = sandbox.highlevel.definitions
    fields = [
        definitions.define_custom_field(location, "Pincode"),
        definitions.define_custom_field(location, "Colours", "CHECKBOX"),
        definitions.define_custom_field(location, "Deal size", "NUMERICAL", model="opportunity"),
    ]
    return {field["fieldKey"]: field["id"] for field in fields}


def test_custom_fields_by_key_are_sent_by_key_and_read_back_by_key(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    ids = _define(contacts_sandbox)
    paths, http_client = _counting(contacts_sandbox_server)
    with HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        http_client=http_client,
        strict_response_validation=True,
    ) as client:
        created = client.contacts.create(
            first_name="Rosan", custom_fields={"contact.pincode": "94107", "colours": ["red", "blue"]}
        ).contact
        client.contacts.update(created.id, custom_fields={"pincode": "10115"})
        fetched = client.contacts.get(created.id).contact
        assert isinstance(fetched, ContactDetail)
        assert client.custom_field_value(fetched, "pincode") == "10115"
        assert client.custom_field_value(fetched.to_dict(), "contact.colours") == ["red", "blue"]
        stored = {field["id"]: field["value"] for field in fetched.to_dict()["customFields"]}
        assert stored == {ids["contact.pincode"]: "10115", ids["contact.colours"]: ["red", "blue"]}
        # One lookup for the client, shared by a copy with other settings for the same location.
        client.with_options(timeout=5.0).contacts.upsert(email="r@example.com", custom_fields={"pincode": "1"})
    http_client.close()
    assert paths.count("/locations/loc-1/customFields") == 1


@pytest.mark.parametrize(
    ("values", "named"),
    [
        ({"contact.nickname": "Ro"}, "'contact.nickname'"),
        ({"nickname": "Ro"}, "'contact.nickname'"),
        ({"opportunity.deal_size": 3}, "'opportunity.deal_size'"),
    ],
)
def test_an_unknown_key_is_refused_before_sending(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer, values: dict[str, Any], named: str
) -> None:
    _define(contacts_sandbox)
    paths, http_client = _counting(contacts_sandbox_server)
    with HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        http_client=http_client,
    ) as client:
        with pytest.raises(ArgumentError, match=named):
            client.contacts.create(first_name="Rosan", custom_fields=values)
        with pytest.raises(ArgumentError, match=r"'contact\.nickname'"):
            client.custom_field_value({"customFields": []}, "nickname")
    http_client.close()
    assert paths == ["/locations/loc-1/customFields"]  # the lookup only: no contact was sent
    assert contacts_sandbox.highlevel.locations.get("loc-1", {}) == {}


def test_keys_are_looked_up_per_location(contacts_sandbox: Sandbox, highlevel_sandbox: HighLevel) -> None:
    _define(contacts_sandbox, "loc-1")
    contacts_sandbox.highlevel.definitions.define_custom_field("loc-2", "Shoe size")
    assert highlevel_sandbox.custom_field_keys().ids_by_key.keys() == {"contact.pincode", "contact.colours"}
    other = highlevel_sandbox.with_options(location_id="loc-2")
    assert set(other.custom_field_keys().ids_by_key) == {"contact.shoe_size"}
    with pytest.raises(ArgumentError, match=r"'contact\.pincode'"):
        other.contacts.create(first_name="Rosan", custom_fields={"pincode": "94107"})


def test_forgetting_the_keys_looks_them_up_again(contacts_sandbox: Sandbox, highlevel_sandbox: HighLevel) -> None:
    _define(contacts_sandbox)
    assert "contact.shoe_size" not in highlevel_sandbox.custom_field_keys().ids_by_key
    highlevel_sandbox.custom_fields.create(
        name="Shoe size", data_type="TEXT", model=CreateCustomFieldRequestModel.CONTACT
    )
    highlevel_sandbox.forget_custom_field_keys()
    assert "contact.shoe_size" in highlevel_sandbox.custom_field_keys().ids_by_key


async def test_async_custom_fields_by_key_share_one_lookup(
    contacts_sandbox: Sandbox, contacts_sandbox_server: SandboxServer
) -> None:
    import asyncio

    ids = _define(contacts_sandbox)
    paths: list[str] = []

    async def record(request: httpx.Request) -> None:
        paths.append(request.url.path)

    async with (
        httpx.AsyncClient(event_hooks={"request": [record]}) as http_client,
        AsyncHighLevel(
            token=HIGHLEVEL_TOKEN,
            location_id="loc-1",
            base_url=contacts_sandbox_server.highlevel_base_url,
            http_client=http_client,
        ) as client,
    ):
        created = await asyncio.gather(
            *(client.contacts.create(first_name=f"R{n}", custom_fields={"pincode": str(n)}) for n in range(3))
        )
        fetched = (await client.contacts.get(created[0].contact.id)).contact
        assert await client.custom_field_value(fetched, "contact.pincode") == "0"
        with pytest.raises(ArgumentError, match=r"'contact\.nickname'"):
            await client.contacts.update(created[0].contact.id, custom_fields={"nickname": "x"})
    assert paths.count("/locations/loc-1/customFields") == 1
    stored = contacts_sandbox.highlevel.locations["loc-1"][created[1].contact.id]["customFields"]
    assert stored == [{"id": ids["contact.pincode"], "value": "1"}]


def test_a_client_of_a_service_without_keys_refuses_a_mapping(sakari_sandbox: Any) -> None:
    with pytest.raises(ArgumentError, match="not a mapping"):
        sakari_sandbox.custom_field_inputs({"pincode": "1"})
