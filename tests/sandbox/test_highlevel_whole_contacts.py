"""The sandbox answers whole contacts everywhere, as the live service does (issue 25): a search item carries
every field a read does, and the fields live answers carry (``createdBy``, ``followers``, the lower-case copies)."""

from __future__ import annotations

from typing import Any

import pytest
from highlevel_client import AsyncHighLevel, HighLevel

from contacts_sandbox import HIGHLEVEL_TOKEN, SandboxServer

FIELDS: dict[str, Any] = {
    "first_name": "Ines",
    "last_name": "Okafor",
    "email": "Ines.Okafor@example.org",
    "company_name": "Okafor Tiles",
    "address1": "4 Quarry Road",
    "city": "Leeds",
    "assigned_to": "user-7",
    "dnd_settings": {"SMS": {"status": "permanent", "message": "STOP", "code": "SMS-2"}},
    "custom_fields": [{"id": "cf-1", "field_value": ["a", "b"]}],
}
# What a search item must carry that HighLevel's description of it leaves out.
WHOLE = {"dndSettings", "companyName", "address1", "city", "assignedTo", "type", "dateUpdated", "createdBy"}


def check(created: dict[str, Any], fetched: dict[str, Any], item: dict[str, Any], business: dict[str, Any]) -> None:
    assert WHOLE | {"followers", "emailLowerCase", "fullNameLowerCase"} <= set(fetched)
    assert fetched["emailLowerCase"] == "ines.okafor@example.org" and fetched["followers"] == ["user-1"]
    assert fetched["createdBy"]["timestamp"] == fetched["dateAdded"]
    assert {key: value for key, value in item.items() if key != "searchAfter"} == fetched
    assert business == fetched
    assert {key: value for key, value in created.items() if key not in {"dateUpdated"}} == {
        key: value for key, value in fetched.items() if key not in {"dateUpdated", "followers", "businessId"}
    }


@pytest.mark.usefixtures("contacts_sandbox")
def test_search_items_are_whole_contacts(contacts_sandbox_server: SandboxServer) -> None:
    with HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        strict_response_validation=True,
    ) as client:
        contact = client.contacts.create(**FIELDS).contact
        client.followers.add(contact.id, followers=["user-1"])
        client.businesses.assign(ids=[contact.id], business_id="biz-1")
        fetched = client.contacts.get(contact.id).contact.to_dict()
        item = next(iter(client.contacts.search(query="Okafor"))).to_dict()
        business = next(iter(client.businesses.list_contacts("biz-1"))).to_dict()
        assert client.drift.records == []
    check(contact.to_dict(), fetched, item, business)


@pytest.mark.usefixtures("contacts_sandbox")
async def test_search_items_are_whole_contacts_async(contacts_sandbox_server: SandboxServer) -> None:
    async with AsyncHighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        strict_response_validation=True,
    ) as client:
        contact = (await client.contacts.create(**FIELDS)).contact
        await client.followers.add(contact.id, followers=["user-1"])
        await client.businesses.assign(ids=[contact.id], business_id="biz-1")
        fetched = (await client.contacts.get(contact.id)).contact.to_dict()
        item = (await client.contacts.search(query="Okafor")).response.contacts[0].to_dict()
        business = (await client.businesses.list_contacts("biz-1")).response.contacts[0].to_dict()
        assert client.drift.records == []
    check(contact.to_dict(), fetched, item, business)
