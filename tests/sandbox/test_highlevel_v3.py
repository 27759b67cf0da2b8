"""The sandbox answers HighLevel's v3 as its v3 descriptions give it, beside 2021-07-28, from the same records."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from highlevel_client import HighLevel
from highlevel_v3_client import AsyncHighLevelV3, HighLevelV3
from highlevel_v3_client.models import DndSettings

from contacts_sandbox import HIGHLEVEL_TOKEN, SandboxServer

from .helpers import highlevel_headers

SMS = {"status": "permanent", "message": "STOP", "code": "SMS-2"}


@pytest.fixture
def v3(contacts_sandbox_server: SandboxServer, contacts_sandbox: object) -> Iterator[HighLevelV3]:
    with HighLevelV3(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        strict_response_validation=True,
    ) as client:
        yield client


@pytest.fixture
def v2(contacts_sandbox_server: SandboxServer, contacts_sandbox: object) -> Iterator[HighLevel]:
    with HighLevel(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        strict_response_validation=True,
    ) as client:
        yield client


def test_one_record_answered_in_each_version_s_spelling(v3: HighLevelV3, v2: HighLevel) -> None:
    created = v3.contacts.create(first_name="Ann", dnd_settings={"sms": SMS}).contact
    assert isinstance(created.dnd_settings, DndSettings) and created.dnd_settings.to_dict() == {"sms": SMS}
    searched = next(iter(v3.contacts.search(query="Ann")))
    assert searched.to_dict()["dndSettings"] == {"sms": SMS}
    assert v2.contacts.get(created.id).contact.to_dict()["dndSettings"] == {"SMS": SMS}
    assert v3.drift.records == [] and v2.drift.records == []


def test_acknowledgements_in_v3_carry_succeeded_and_the_old_spelling(v3: HighLevelV3, v2: HighLevel) -> None:
    contact = v3.contacts.create(first_name="Ann").contact
    updated = v3.contacts.update(contact.id, last_name="Lee")
    assert updated.succeeded is True and updated.additional_properties == {}
    removed = v3.campaigns.remove_all(contact.id)
    assert (removed.succeeded, removed.succeded) == (True, True)
    assert v2.campaigns.remove_all(contact.id).succeeded is True  # 2021-07-28's `succeded`, at its own path
    deleted = v3.contacts.delete(contact.id)
    assert (deleted.succeeded, deleted.succeded) == (True, True)
    assert v3.drift.records == [] and v2.drift.records == []


@pytest.mark.usefixtures("contacts_sandbox")
def test_the_paths_of_each_version(contacts_sandbox_server: SandboxServer) -> None:
    base = contacts_sandbox_server.highlevel_base_url
    listed = httpx.get(f"{base}/contacts/", params={"locationId": "loc-1"}, headers=highlevel_headers(Version="v3"))
    assert listed.status_code == 405  # v3 has no deprecated list; 2021-07-28 has
    listed = httpx.get(f"{base}/contacts/", params={"locationId": "loc-1"}, headers=highlevel_headers())
    assert listed.status_code == 200
    camelcase = httpx.delete(f"{base}/contacts/c-1/campaigns/removeAll", headers=highlevel_headers(Version="v3"))
    assert camelcase.status_code != 200  # in v3 that path names a campaign called removeAll
    unknown = httpx.get(f"{base}/contacts/c-1", headers=highlevel_headers(Version="v4"))
    assert unknown.status_code == 400 and "v3" in unknown.json()["message"]


def test_business_contacts_after_a_name_and_id(v3: HighLevelV3) -> None:
    ids = {name: v3.contacts.create(first_name=name, last_name="Sakai").contact.id for name in ("Cleo", "Abe", "Bea")}
    v3.businesses.assign(ids=list(ids.values()), business_id="biz-1")
    after = v3.businesses.list_contacts("biz-1", start_after=f"abe sakai,{ids['Abe']}")
    assert [contact.first_name for contact in after] == ["Bea", "Cleo"]
    assert after.response.count == 3


async def test_v3_in_the_sandbox_async(contacts_sandbox_server: SandboxServer, contacts_sandbox: object) -> None:
    async with AsyncHighLevelV3(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        base_url=contacts_sandbox_server.highlevel_base_url,
        strict_response_validation=True,
    ) as client:
        created = (await client.contacts.create(first_name="Ann", dnd_settings={"sms": SMS})).contact
        assert isinstance(created.dnd_settings, DndSettings) and created.dnd_settings.to_dict() == {"sms": SMS}
        deleted = await client.contacts.delete(created.id)
        assert (deleted.succeeded, deleted.succeded) == (True, True)
        assert client.drift.records == []
