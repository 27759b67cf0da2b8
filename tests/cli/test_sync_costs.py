"""What a sync costs, in requests, against the sandbox: pages for unchanged contacts, at most a lookup
and a write per changed one, nothing read from Sakari that the plan does not need."""

from __future__ import annotations

import re
from pathlib import Path

from highlevel_client import HighLevel
from highlevel_client.models import DndSetting, DndSettings, DndStatus

from contacts_sandbox import Sandbox

from .conftest import HIGHLEVEL_LOCATION, run, sakari_contacts

CONTACTS = 250
PAGES = 3  # ceil(250 / 100)


def requests_of(output: str) -> int:
    found = re.search(r"(\d+) requests", output)
    assert found, output
    return int(found.group(1))


def seed(count: int) -> list[str]:
    allowed = DndSettings(sms=DndSetting(status=DndStatus.INACTIVE))
    with HighLevel() as client:
        return [
            str(
                client.contacts.create(
                    first_name=f"P{n}", email=f"p{n}@example.com", phone=f"+1555{n:07d}", dnd_settings=allowed
                ).contact.id
            )
            for n in range(count)
        ]


def search_items_carry_dnd_settings(sandbox: Sandbox) -> bool:
    return "dndSettings" in sandbox.highlevel.shapes["searched"]


def test_an_unchanged_run_costs_its_pages_and_a_changed_contact_a_write(sandbox: Sandbox, work: Path) -> None:
    ids = seed(CONTACTS)
    first = run("sync", "highlevel", "sakari")
    assert first.exit_code == 0, first
    assert f"{CONTACTS} creates" in first.stdout
    assert len(sakari_contacts(sandbox)) == CONTACTS
    if search_items_carry_dnd_settings(sandbox):
        assert "read one by one" not in first.stdout
    else:  # the search items lack dndSettings: each contact read once, and said so
        assert f"{CONTACTS} read one by one" in first.stdout and "(drift)" in first.stderr

    second = run("sync", "highlevel", "sakari")
    assert second.exit_code == 0, second
    assert f"{CONTACTS} unchanged" in second.stdout
    assert requests_of(second.stdout) <= PAGES + 1  # the pages; Sakari is not read at all

    changed = ids[:3]
    with HighLevel() as client:
        for contact_id in changed:
            client.contacts.update(contact_id, first_name="Changed")
    third = run("sync", "highlevel", "sakari")
    assert third.exit_code == 0, third
    assert "3 updates" in third.stdout and f"{CONTACTS - 3} unchanged" in third.stdout
    # Per changed contact at most a read (only while search items lack what the mapping needs) and a
    # write; its Sakari target comes from the journal, so no lookup; plus Sakari's token.
    assert requests_of(third.stdout) <= PAGES + 1 + 2 * len(changed) + 1
    assert sorted(c["firstName"] for c in sakari_contacts(sandbox) if c["firstName"] == "Changed") == ["Changed"] * 3
    assert len(sakari_contacts(sandbox)) == CONTACTS


def test_since_is_sent_to_the_service_as_a_date_updated_filter(sandbox: Sandbox, work: Path) -> None:
    ids = seed(120)
    assert run("sync", "highlevel", "sakari").exit_code == 0
    stamps = sorted(contact["dateUpdated"] for contact in sandbox.highlevel.locations[HIGHLEVEL_LOCATION].values())
    with HighLevel() as client:
        client.contacts.update(ids[5], first_name="Later")
    later = sandbox.highlevel.locations[HIGHLEVEL_LOCATION][ids[5]]["dateUpdated"]
    assert later > stamps[-1]
    searched: list[object] = []
    original = sandbox.highlevel.handlers["searchContacts"]

    def recording(call: object) -> object:
        searched.append(call.body)
        return original(call)  # type: ignore[arg-type]

    sandbox.highlevel.handlers["searchContacts"] = recording  # type: ignore[assignment]
    result = run("sync", "highlevel", "sakari", "--since", later)
    assert result.exit_code == 0, result
    assert "1 updates" in result.stdout and "unchanged" not in result.stdout
    (body,) = searched
    assert isinstance(body, dict)
    assert body["filters"] == [{"field": "dateUpdated", "operator": "range", "value": {"gte": later}}]
