"""HighLevel API v3 (``HighLevelV3``): each difference from 2021-07-28 that HighLevel's v3 descriptions give,
on the v3 client, sync and async (issue 25)."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from contacts_runtime import ArgumentError
from highlevel_client import HighLevel
from highlevel_v3_client import AsyncHighLevelV3, HighLevelV3
from highlevel_v3_client.models import ContactDetail, DndSettings
from highlevel_v3_client.types import UNSET

from .conftest import HIGHLEVEL_TOKEN, Service, sample

CONTACT = "c-1"
ACK = {"succeeded": True, "succeded": False}  # unequal, so a test sees which one a field reads


@pytest.fixture
def v3(service: Service) -> Iterator[HighLevelV3]:
    with HighLevelV3(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        http_client=httpx.Client(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    ) as client:
        yield client


@pytest.fixture
def async_v3(service: Service) -> AsyncHighLevelV3:
    return AsyncHighLevelV3(
        token=HIGHLEVEL_TOKEN,
        location_id="loc-1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(service)),
        strict_response_validation=True,
    )


def answer(body: dict[str, Any], status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


# --- the Version header ---------------------------------------------------------------------------------


def test_the_v3_client_sends_version_v3(v3: HighLevelV3, service: Service) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT}}))
    v3.contacts.get(CONTACT)
    assert service.api_requests()[0].headers["Version"] == "v3"


async def test_the_async_v3_client_sends_version_v3(async_v3: AsyncHighLevelV3, service: Service) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT}}))
    async with async_v3:
        await async_v3.contacts.get(CONTACT)
    assert service.api_requests()[0].headers["Version"] == "v3"


@pytest.mark.parametrize("version", ["2021-07-28", "2021-04-15", "V3", ""])
def test_a_version_of_another_generation_is_an_argument_error_before_sending(
    v3: HighLevelV3, service: Service, version: str
) -> None:
    with pytest.raises(ArgumentError, match="`version` must be one of 'v3'"):
        v3.contacts.get(CONTACT, version=version)
    with pytest.raises(ArgumentError, match="`version` must be one of 'v3'"):
        v3.with_options(version=version).contacts.get(CONTACT)
    assert service.api_requests() == []


async def test_a_version_of_another_generation_is_an_argument_error_before_sending_async(
    async_v3: AsyncHighLevelV3, service: Service
) -> None:
    async with async_v3:
        with pytest.raises(ArgumentError, match="`version` must be one of 'v3'"):
            await async_v3.contacts.get(CONTACT, version="2021-07-28")
        with pytest.raises(ArgumentError, match="`version` must be one of 'v3'"):
            await async_v3.with_options(version="2021-07-28").contacts.get(CONTACT)
    assert service.api_requests() == []


def test_the_2021_client_refuses_v3(highlevel: HighLevel, service: Service) -> None:
    with pytest.raises(ArgumentError, match="`version` must be one of '2021-04-15', '2021-07-28'"):
        highlevel.contacts.get(CONTACT, version="v3")
    assert service.api_requests() == []


# --- paths and operations -------------------------------------------------------------------------------


def test_remove_from_all_campaigns_uses_the_kebab_case_path(v3: HighLevelV3, service: Service) -> None:
    service.answers.append(answer(ACK))
    assert v3.campaigns.remove_all(CONTACT).succeeded is True
    request = service.api_requests()[0]
    assert (request.method, request.url.path) == ("DELETE", f"/contacts/{CONTACT}/campaigns/remove-all")


async def test_remove_from_all_campaigns_uses_the_kebab_case_path_async(
    async_v3: AsyncHighLevelV3, service: Service
) -> None:
    service.answers.append(answer(ACK))
    async with async_v3:
        assert (await async_v3.campaigns.remove_all(CONTACT)).succeeded is True
    assert service.api_requests()[0].url.path == f"/contacts/{CONTACT}/campaigns/remove-all"


def test_the_v3_client_has_no_deprecated_contact_list(v3: HighLevelV3, async_v3: AsyncHighLevelV3) -> None:
    assert not hasattr(v3.contacts, "list") and not hasattr(async_v3.contacts, "list")
    assert hasattr(v3.contacts, "search") and hasattr(v3.contacts, "create")


# --- acknowledgements: `succeeded`, and the deprecated `succeded` beside it -----------------------------------

ACKNOWLEDGED: list[tuple[str, Callable[[HighLevelV3], Any]]] = [
    ("delete contact", lambda client: client.contacts.delete(CONTACT)),
    ("delete note", lambda client: client.notes.delete(CONTACT, "n-1")),
    ("delete task", lambda client: client.tasks.delete(CONTACT, "t-1")),
    ("add to campaign", lambda client: client.campaigns.add(CONTACT, "camp-1")),
    ("remove from campaign", lambda client: client.campaigns.remove(CONTACT, "camp-1")),
    ("remove from all campaigns", lambda client: client.campaigns.remove_all(CONTACT)),
    ("add to workflow", lambda client: client.workflows.add(CONTACT, "wf-1")),
    ("remove from workflow", lambda client: client.workflows.remove(CONTACT, "wf-1")),
]


@pytest.mark.parametrize(("name", "call"), ACKNOWLEDGED, ids=[name for name, _ in ACKNOWLEDGED])
def test_acknowledgements_read_succeeded_and_keep_the_deprecated_spelling(
    v3: HighLevelV3, service: Service, name: str, call: Callable[[HighLevelV3], Any]
) -> None:
    service.answers.append(answer(ACK))
    acknowledged = call(v3)
    assert (acknowledged.succeeded, acknowledged.succeded) == (True, False)
    assert acknowledged.to_dict() == ACK and v3.drift.records == []


def test_the_bulk_tag_answer_requires_both_spellings(v3: HighLevelV3, service: Service) -> None:
    body = {**ACK, "errorCount": 0, "responses": []}
    service.answers.append(answer(body))
    outcome = v3.tags.bulk_update("add", contacts=[CONTACT], tags=["vip"])
    assert (outcome.succeeded, outcome.succeded) == (True, False)


def test_the_update_answer_says_succeeded_alone(v3: HighLevelV3, service: Service) -> None:
    service.answers.append(answer({"succeeded": True, "contact": {"id": CONTACT}}))
    updated = v3.contacts.update(CONTACT, first_name="Ann")
    assert updated.succeeded is True and updated.additional_properties == {}
    assert not hasattr(updated, "succeded")


async def test_acknowledgements_async(async_v3: AsyncHighLevelV3, service: Service) -> None:
    service.answers.append(answer(ACK))
    async with async_v3:
        deleted = await async_v3.contacts.delete(CONTACT)
    assert (deleted.succeeded, deleted.succeded) == (True, False)


def test_a_2021_answer_spelling_only_succeded_is_drift_on_v3(service: Service) -> None:
    """v3 names `succeeded`; a tolerant v3 client meeting the old spelling alone keeps it, under its own name."""
    service.answers.append(answer({"succeded": True}))
    with HighLevelV3(token="t", http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        deleted = client.contacts.delete(CONTACT)
    assert deleted.succeeded is UNSET and deleted.succeded is True


# --- lower-case do-not-disturb channels ---------------------------------------------------------------------

LOWER = {
    "call": {"status": "active", "message": "", "code": ""},
    "email": {"status": "inactive", "message": "", "code": ""},
    "sms": {"status": "permanent", "message": "STOP", "code": "SMS-2"},
    "whatsApp": {"status": "inactive", "message": "", "code": ""},
    "gmb": {"status": "inactive", "message": "", "code": ""},
    "fb": {"status": "active", "message": "", "code": ""},
}


def test_dnd_channels_are_lower_case_both_ways(v3: HighLevelV3, service: Service) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT, "dndSettings": LOWER}}, 201))
    created = v3.contacts.create(first_name="Ann", dnd_settings={"sms": {"status": "permanent"}}).contact
    assert json.loads(service.api_requests()[0].content)["dndSettings"] == {"sms": {"status": "permanent"}}
    settings = created.dnd_settings
    assert isinstance(settings, DndSettings) and settings.to_dict() == LOWER
    assert settings.sms is not UNSET and settings.sms.code == "SMS-2"
    assert v3.drift.records == []


def test_upper_case_dnd_channels_are_drift_on_v3(service: Service) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT, "dndSettings": {"SMS": LOWER["sms"]}}}))
    with HighLevelV3(token="t", http_client=httpx.Client(transport=httpx.MockTransport(service))) as client:
        contact = client.contacts.get(CONTACT).contact
        assert [record.path for record in client.drift.records] == ["$.contact.dndSettings.SMS"]
    assert isinstance(contact.dnd_settings, DndSettings) and contact.dnd_settings.sms is UNSET


async def test_dnd_channels_are_lower_case_async(async_v3: AsyncHighLevelV3, service: Service) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT, "dndSettings": LOWER}}))
    async with async_v3:
        contact = (await async_v3.contacts.get(CONTACT)).contact
    assert isinstance(contact.dnd_settings, DndSettings) and contact.dnd_settings.to_dict() == LOWER


# --- attachments: a string, or the list the description shows ---------------------------------------------------


@pytest.mark.parametrize("attachments", ["https://example.com/a.pdf", ["https://example.com/a.pdf", "b.png"], []])
def test_attachments_are_a_string_or_a_list_of_strings(v3: HighLevelV3, service: Service, attachments: Any) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT, "attachments": attachments}}))
    assert v3.contacts.get(CONTACT).contact.attachments == attachments
    assert v3.drift.records == []


def test_attachments_of_another_type_are_refused_strictly(v3: HighLevelV3, service: Service) -> None:
    service.answers.append(answer({"contact": {"id": CONTACT, "attachments": [1]}}))
    with pytest.raises(Exception, match="attachments"):
        v3.contacts.get(CONTACT)


# --- a business's contacts: skip/limit paging, and the startAfter cursor when a caller holds one ----------------


def business_page(skip: int, count: int) -> httpx.Response:
    return answer({"contacts": [{"id": f"c-{skip + n}"} for n in range(count)], "count": count})


def test_the_business_pager_follows_skip_and_limit(v3: HighLevelV3, service: Service) -> None:
    service.answers += [business_page(0, 2), business_page(2, 1)]
    ids = [contact.id for contact in v3.businesses.list_contacts("biz-1", limit=2)]
    assert ids == ["c-0", "c-1", "c-2"]
    sent = [dict(request.url.params) for request in service.api_requests()]
    assert [(params["skip"], params["limit"]) for params in sent] == [("0", "2"), ("2", "2")]
    assert all("startAfter" not in params for params in sent)


def test_start_after_is_sent_as_one_comma_joined_value(v3: HighLevelV3, service: Service) -> None:
    service.answers.append(business_page(0, 1))
    v3.businesses.list_contacts("biz-1", start_after="eleanor sakai,xurJiljRhcxpwRYXbxUU")
    assert service.api_requests()[0].url.params["startAfter"] == "eleanor sakai,xurJiljRhcxpwRYXbxUU"


async def test_the_business_pager_follows_skip_async(async_v3: AsyncHighLevelV3, service: Service) -> None:
    service.answers += [business_page(0, 2), business_page(2, 0)]
    async with async_v3:
        ids = [contact.id async for contact in async_v3.businesses.list_contacts("biz-1", limit=2)]
    assert ids == ["c-0", "c-1"]


# --- the live-shaped contact, in v3's spelling --------------------------------------------------------------------


def test_the_live_contact_parses_strictly_on_v3(v3: HighLevelV3, service: Service) -> None:
    contact = {**sample("highlevel-live-contact"), "dndSettings": {"sms": LOWER["sms"]}}
    service.answers.append(answer({"contact": contact}))
    parsed = v3.contacts.get(CONTACT).contact
    assert isinstance(parsed, ContactDetail) and parsed.to_dict() == contact
    assert v3.drift.records == []


# --- types follow the client ------------------------------------------------------------------------------------

USER_CODE = """
from highlevel_client import HighLevel
from highlevel_v3_client import HighLevelV3
from highlevel_v3_client.models import ContactDetail as V3Contact, DndSetting
from highlevel_v3_client.types import Unset


def use(v3: HighLevelV3, v2: HighLevel) -> None:
    settings = v3.contacts.get("c-1").contact.dnd_settings
    if not isinstance(settings, Unset):
        sms: DndSetting | Unset = settings.sms
        settings.SMS  # error: no such attribute (the wire's `sms` is `sms`)
    new_spelling: bool | Unset = v3.contacts.delete("c-1").succeeded
    old_spelling: bool | Unset = v3.contacts.delete("c-1").succeded
    v3.contacts.list()  # error: v3 has no deprecated list
    v2.contacts.list()
    v3_model: V3Contact = v3.contacts.get("c-1").contact
    mixed: V3Contact = v2.contacts.get("c-1").contact  # error: a 2021-07-28 model is not a v3 one
    attachments: str | list[str] | Unset = v3.contacts.get("c-1").contact.attachments
    v2_attachments: str | Unset = v2.contacts.get("c-1").contact.attachments
"""


def test_mypy_sees_v3_models_on_a_v3_client(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text(textwrap.dedent(USER_CODE), encoding="utf-8")
    api = pytest.importorskip("mypy.api", reason="mypy is a development tool (the floors run has none)")
    stdout, _, _ = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(tmp_path / "user_code.py")]
    )
    flagged = {int(line) for line in re.findall(r"user_code\.py:(\d+): error", stdout)}
    lines = textwrap.dedent(USER_CODE).splitlines()
    assert flagged == {number for number, text in enumerate(lines, start=1) if "# error:" in text}, stdout
