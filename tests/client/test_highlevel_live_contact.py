"""A contact shaped as the live v2 service answers it (issue 25) parses strictly, with no drift, in every answer
that carries a contact: a create, a read, an update, an upsert, and search and list items (whole contacts)."""

from __future__ import annotations

import copy
import re
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client.models import (
    AdditionalEmail,
    AdditionalPhone,
    AttributionSource,
    ContactCreatedBy,
    ContactDetail,
    CustomFieldObjectValue,
    SearchedContact,
)
from highlevel_client.types import UNSET

from .conftest import Service, sample

LIVE = "highlevel-live-contact"


def answer(status: int, body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(status, json=body)


def every_answer_with_the_contact() -> list[tuple[str, httpx.Response]]:
    contact = sample(LIVE)
    item = {**contact, "searchAfter": [1710238500000, contact["id"]]}
    return [
        ("create", answer(201, {"contact": contact})),
        ("get", answer(200, {"contact": contact})),
        ("update", answer(200, {"succeded": True, "contact": contact})),
        ("upsert", answer(200, {"new": False, "contact": contact, "traceId": "t-1"})),
        ("search", answer(200, {"contacts": [item], "total": 1})),
        ("business", answer(200, {"contacts": [contact], "count": 1})),
    ]


def check_contact(contact: ContactDetail | SearchedContact) -> None:
    """Every field the live answer carries is typed and kept as it came."""
    live = sample(LIVE)
    assert set(contact.to_dict()) - set(live) <= {"searchAfter"}
    assert {key: contact.to_dict()[key] for key in live} == live
    assert contact.additional_properties == {}
    assert isinstance(contact.created_by, ContactCreatedBy) and contact.created_by.source_name == "Storefront sync"
    assert contact.followers == ["y0BeYjuRIlDwsDcOHOJo", "k2LmNoPqRsTuVwXyZa01"]
    emails = contact.additional_emails
    assert not isinstance(emails, type(UNSET))
    assert isinstance(emails[0], AdditionalEmail) and emails[0].email == "mq@example.net"
    assert emails[1] == "marta.q@example.com"
    phones = contact.additional_phones
    assert not isinstance(phones, type(UNSET))
    assert isinstance(phones[0], AdditionalPhone) and phones[1] == "+15550142235"
    assert contact.business_name == "Quinlan Ceramics LLC"
    assert contact.email_lower_case == "marta.quinlan@example.org"
    assert contact.full_name_lower_case == "marta quinlan"
    source = contact.attribution_source
    assert isinstance(source, AttributionSource)
    assert source.url is UNSET and source.session_source == "CRM UI" and source.medium == "manual"
    dnd = contact.dnd_settings
    assert not isinstance(dnd, type(UNSET)) and dnd.email is not UNSET
    values = [field.value for field in contact.custom_fields or []]
    assert values[:3] == ["97201", 4, ["glaze", "clay"]]
    assert isinstance(values[3], CustomFieldObjectValue)
    assert contact.company_name == "Quinlan Ceramics" and contact.assigned_to == "y0BeYjuRIlDwsDcOHOJo"
    assert contact.type_ == "lead" and contact.date_updated == "2025-11-02T08:41:19.512Z"


def call(client: HighLevel, name: str) -> ContactDetail | SearchedContact:
    if name == "create":
        return client.contacts.create(first_name="Marta").contact
    if name == "get":
        return client.contacts.get("Zq4sHvA1bN7cT2dE9fGh").contact
    if name == "update":
        return client.contacts.update("Zq4sHvA1bN7cT2dE9fGh", first_name="Marta").contact
    if name == "upsert":
        return client.contacts.upsert(email="marta.quinlan@example.org").contact
    if name == "search":
        return client.contacts.search(page_limit=1).response.contacts[0]
    return client.businesses.list_contacts("641c094001436dbc2081e642").response.contacts[0]


async def acall(client: AsyncHighLevel, name: str) -> ContactDetail | SearchedContact:
    if name == "create":
        return (await client.contacts.create(first_name="Marta")).contact
    if name == "get":
        return (await client.contacts.get("Zq4sHvA1bN7cT2dE9fGh")).contact
    if name == "update":
        return (await client.contacts.update("Zq4sHvA1bN7cT2dE9fGh", first_name="Marta")).contact
    if name == "upsert":
        return (await client.contacts.upsert(email="marta.quinlan@example.org")).contact
    if name == "search":
        return (await client.contacts.search(page_limit=1)).response.contacts[0]
    return (await client.businesses.list_contacts("641c094001436dbc2081e642")).response.contacts[0]


NAMES = [name for name, _ in every_answer_with_the_contact()]


@pytest.mark.parametrize("name", NAMES)
def test_the_live_contact_parses_strictly_without_drift(highlevel: HighLevel, service: Service, name: str) -> None:
    service.answers.append(dict(every_answer_with_the_contact())[name])
    check_contact(call(highlevel, name))
    assert highlevel.drift.records == []


@pytest.mark.parametrize("name", NAMES)
async def test_the_live_contact_parses_strictly_without_drift_async(
    async_highlevel: AsyncHighLevel, service: Service, name: str
) -> None:
    service.answers.append(dict(every_answer_with_the_contact())[name])
    async with async_highlevel:
        check_contact(await acall(async_highlevel, name))
    assert async_highlevel.drift.records == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("createdBy", {"source": None, "channel": None, "sourceId": None, "sourceName": None, "timestamp": None}),
        ("businessName", None),
        ("attributionSource", {"url": None, "sessionSource": None, "medium": None}),
    ],
)
def test_fields_a_live_answer_may_null_parse_strictly(
    highlevel: HighLevel, service: Service, field: str, value: Any
) -> None:
    contact = {**sample(LIVE), field: value}
    service.answers.append(answer(200, {"contact": contact}))
    assert highlevel.contacts.get("Zq4sHvA1bN7cT2dE9fGh").contact.to_dict()[field] == value
    assert highlevel.drift.records == []


@pytest.mark.parametrize("field", ["createdBy", "followers", "additionalEmails", "additionalPhones", "businessName"])
def test_a_live_field_of_the_wrong_type_is_refused_in_strict_mode(
    highlevel: HighLevel, service: Service, field: str
) -> None:
    """The live fields are typed, not taken as anything: a wrong type is refused naming the field."""
    contact = {**sample(LIVE), field: 12}
    service.answers.append(answer(200, {"contact": contact}))
    with pytest.raises(Exception, match=field):
        highlevel.contacts.get("Zq4sHvA1bN7cT2dE9fGh")


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("additionalEmails", [{"email": "a@example.org", "label": "work"}], "$.contact.additionalEmails[*].label"),
        (
            "additionalPhones",
            ["+15550100", {"phone": "+15550101", "kind": "fax"}],
            "$.contact.additionalPhones[*].kind",
        ),
        ("createdBy", {"source": "INTEGRATION", "appId": "a-1"}, "$.contact.createdBy.appId"),
    ],
)
def test_a_key_the_spec_does_not_name_is_kept_and_recorded_as_drift(
    highlevel: HighLevel, service: Service, field: str, value: Any, path: str
) -> None:
    """Inside an object of an either-or field too (an e-mail object or a string): kept, and noted."""
    contact = {**copy.deepcopy(sample(LIVE)), field: value}
    service.answers.append(answer(200, {"contact": contact}))
    parsed = highlevel.contacts.get("Zq4sHvA1bN7cT2dE9fGh").contact
    assert parsed.to_dict()[field] == value
    assert [record.path for record in highlevel.drift.records] == [path]


USER_CODE = """
from highlevel_client import HighLevel
from highlevel_client.models import AdditionalEmail, AdditionalPhone, ContactCreatedBy, CustomFieldObjectValue
from highlevel_client.types import Unset


def read(client: HighLevel) -> None:
    contact = client.contacts.get("c-1").contact
    created_by: ContactCreatedBy | Unset = contact.created_by
    if isinstance(created_by, ContactCreatedBy):
        channel: str | None | Unset = created_by.channel
    followers: list[str] | Unset = contact.followers
    emails: list[AdditionalEmail | str] | Unset = contact.additional_emails
    phones: list[AdditionalPhone | str] | Unset = contact.additional_phones
    business_name: str | None | Unset = contact.business_name
    lower: str | Unset = contact.email_lower_case
    if not isinstance(contact.attribution_source, Unset):
        session: str | None | Unset = contact.attribution_source.session_source
        url: str | None | Unset = contact.attribution_source.url
    for item in client.contacts.search():
        company: str | None | Unset = item.company_name
        updated: str | Unset = item.date_updated
        dnd = item.dnd_settings
        for field in item.custom_fields or []:
            value: str | float | list[object] | CustomFieldObjectValue | Unset = field.value
    wrong_followers: list[int] | Unset = contact.followers  # error: followers are user ids (strings)
    wrong_name: int | None | Unset = contact.business_name  # error: a string
    wrong_emails: list[str] | Unset = contact.additional_emails  # error: objects or strings
    wrong_created: str | Unset = contact.created_by  # error: an object
"""


def test_mypy_sees_every_live_field_typed(tmp_path: Path) -> None:
    """The fields of the live sample are typed (not ``Any``): mypy accepts the right types and names each wrong one."""
    (tmp_path / "user_code.py").write_text(textwrap.dedent(USER_CODE), encoding="utf-8")
    api = pytest.importorskip("mypy.api", reason="mypy is a development tool (the floors run has none)")
    stdout, _, _ = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(tmp_path / "user_code.py")]
    )
    flagged = {int(line) for line in re.findall(r"user_code\.py:(\d+): error", stdout)}
    lines = textwrap.dedent(USER_CODE).splitlines()
    expected = {number for number, text in enumerate(lines, start=1) if "# error:" in text}
    assert flagged == expected, stdout
