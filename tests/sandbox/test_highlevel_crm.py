"""The sandbox keeps what hangs off a HighLevel contact, and answers the bulk and business operations.

Creating or updating a note or a task goes over plain HTTP: their facade methods wait for the
generator to carry ``x-python-name`` to request-body fields (see ``spec/highlevel.yaml``).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from highlevel_client import AsyncHighLevel, HighLevel
from highlevel_client import errors as highlevel_errors
from highlevel_client.models import BulkTagsOutcome
from highlevel_client.types import UNSET

from contacts_sandbox import HIGHLEVEL_TOKEN, Sandbox, SandboxServer

HEADERS = {"Authorization": f"Bearer {HIGHLEVEL_TOKEN}", "Version": "2021-07-28"}


def _send(server: SandboxServer, method: str, path: str, body: Any = None) -> httpx.Response:
    return httpx.request(method, f"{server.highlevel_base_url}{path}", json=body, headers=HEADERS)


def _contact(client: HighLevel, name: str = "Rosan") -> str:
    return str(client.contacts.create(first_name=name, email=f"{name.lower()}@example.com").contact.id)


def _note(server: SandboxServer, contact_id: str, text: str = "Called back") -> dict[str, Any]:
    answer = _send(server, "POST", f"/contacts/{contact_id}/notes", {"body": text, "pinned": True})
    assert answer.status_code == 201, answer.text
    note: dict[str, Any] = answer.json()["note"]
    return note


def _task(server: SandboxServer, contact_id: str, title: str = "Send the quote") -> dict[str, Any]:
    body = {"title": title, "dueDate": "2030-01-01T09:00:00Z", "completed": False}
    answer = _send(server, "POST", f"/contacts/{contact_id}/tasks", body)
    assert answer.status_code == 201, answer.text
    task: dict[str, Any] = answer.json()["task"]
    return task


# --- notes and tasks --------------------------------------------------------------------------------


def test_notes_are_kept_changed_and_deleted(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = _contact(highlevel_sandbox)
    note = _note(contacts_sandbox_server, contact_id)
    assert note["contactId"] == contact_id and note["pinned"] is True and note["dateAdded"].endswith("Z")
    changed = _send(contacts_sandbox_server, "PUT", f"/contacts/{contact_id}/notes/{note['id']}", {"body": "Sent"})
    assert changed.status_code == 200 and changed.json()["note"]["body"] == "Sent"
    fetched = highlevel_sandbox.notes.get(contact_id, note["id"]).note
    assert fetched.body == "Sent" and fetched.pinned is True
    assert [listed.id for listed in highlevel_sandbox.notes.list(contact_id).notes] == [note["id"]]
    assert highlevel_sandbox.notes.delete(contact_id, note["id"]).succeeded is True
    assert highlevel_sandbox.notes.list(contact_id).notes == []
    with pytest.raises(highlevel_errors.BadRequestError, match="Note"):
        highlevel_sandbox.notes.get(contact_id, note["id"])


def test_notes_and_tasks_go_with_their_contact(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = _contact(highlevel_sandbox)
    other_id = _contact(highlevel_sandbox, "Ann")
    note, task = _note(contacts_sandbox_server, contact_id), _task(contacts_sandbox_server, contact_id)
    kept_note = _note(contacts_sandbox_server, other_id)
    highlevel_sandbox.contacts.delete(contact_id)
    for path in (f"/notes/{note['id']}", f"/tasks/{task['id']}", "/notes", "/tasks"):
        gone = _send(contacts_sandbox_server, "GET", f"/contacts/{contact_id}{path}")
        assert gone.status_code == 400 and gone.json() == {
            "statusCode": 400,
            "message": f"Contact with id {contact_id} not found",
        }
    assert [kept.id for kept in highlevel_sandbox.notes.list(other_id).notes] == [kept_note["id"]]


def test_a_note_is_found_only_under_its_own_contact(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    owner, stranger = _contact(highlevel_sandbox), _contact(highlevel_sandbox, "Ann")
    note = _note(contacts_sandbox_server, owner)
    with pytest.raises(highlevel_errors.BadRequestError):
        highlevel_sandbox.notes.delete(stranger, note["id"])
    assert highlevel_sandbox.notes.get(owner, note["id"]).note.id == note["id"]


def test_tasks_are_updated_completed_reopened_and_deleted(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = _contact(highlevel_sandbox)
    task = _task(contacts_sandbox_server, contact_id)
    assert task["completed"] is False and task["contactId"] == contact_id
    moved = _send(
        contacts_sandbox_server, "PUT", f"/contacts/{contact_id}/tasks/{task['id']}", {"dueDate": "2030-02-01"}
    )
    assert moved.json()["task"]["dueDate"] == "2030-02-01" and moved.json()["task"]["title"] == "Send the quote"
    assert highlevel_sandbox.tasks.complete(contact_id, task["id"], completed=True).task.completed is True
    assert highlevel_sandbox.tasks.get(contact_id, task["id"]).task.completed is True
    assert highlevel_sandbox.tasks.complete(contact_id, task["id"], completed=False).task.completed is False
    assert [listed.title for listed in highlevel_sandbox.tasks.list(contact_id).tasks] == ["Send the quote"]
    assert highlevel_sandbox.tasks.delete(contact_id, task["id"]).succeeded is True
    assert highlevel_sandbox.tasks.list(contact_id).tasks == []


def test_a_task_without_its_required_fields_is_422(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = _contact(highlevel_sandbox)
    answer = _send(contacts_sandbox_server, "POST", f"/contacts/{contact_id}/tasks", {"title": "No date"})
    assert answer.status_code == 422
    assert answer.json()["error"] == "Unprocessable Entity"
    assert any("dueDate" in message for message in answer.json()["message"])


# --- appointments, followers, campaigns, workflows --------------------------------------------------


def test_appointments_booked_in_the_sandbox_are_listed(highlevel_sandbox: HighLevel, contacts_sandbox: Sandbox) -> None:
    contact_id = _contact(highlevel_sandbox)
    assert highlevel_sandbox.appointments.list(contact_id).events == []
    booked = contacts_sandbox.highlevel.crm.book_appointment(
        contact_id, title="Demo", startTime="2030-01-01 10:00:00", endTime="2030-01-01 10:30:00"
    )
    (event,) = highlevel_sandbox.appointments.list(contact_id).events
    assert (event.id, event.title, event.status, event.contact_id) == (booked["id"], "Demo", "booked", contact_id)


def test_followers_are_added_once_removed_and_shown_on_the_contact(highlevel_sandbox: HighLevel) -> None:
    contact_id = _contact(highlevel_sandbox)
    added = highlevel_sandbox.followers.add(contact_id, followers=["u1", "u2", "u1"])
    assert (added.followers, added.followers_added) == (["u1", "u2"], ["u1", "u2"])
    again = highlevel_sandbox.followers.add(contact_id, followers=["u2", "u3"])
    assert (again.followers, again.followers_added) == (["u1", "u2", "u3"], ["u3"])
    removed = highlevel_sandbox.followers.remove(contact_id, followers=["u1", "nobody"])
    assert (removed.followers, removed.followers_removed) == (["u2", "u3"], ["u1"])
    (found,) = highlevel_sandbox.contacts.search(query="rosan").data
    assert found.followers == ["u2", "u3"]


def test_campaign_and_workflow_memberships_are_kept(highlevel_sandbox: HighLevel, contacts_sandbox: Sandbox) -> None:
    crm = contacts_sandbox.highlevel.crm
    contact_id = _contact(highlevel_sandbox)
    assert highlevel_sandbox.campaigns.add(contact_id, "camp-1").succeeded is True
    highlevel_sandbox.campaigns.add(contact_id, "camp-2")
    assert crm.campaigns_of(contact_id) == ["camp-1", "camp-2"]
    highlevel_sandbox.campaigns.remove(contact_id, "camp-1")
    assert crm.campaigns_of(contact_id) == ["camp-2"]
    assert highlevel_sandbox.campaigns.remove_all(contact_id).succeeded is True
    assert crm.campaigns_of(contact_id) == []
    start = "2030-06-23T03:30:00+01:00"
    assert highlevel_sandbox.workflows.add(contact_id, "flow-1", event_start_time=start).succeeded is True
    highlevel_sandbox.workflows.add(contact_id, "flow-2")
    assert crm.workflows_of(contact_id) == {"flow-1": start, "flow-2": None}
    assert highlevel_sandbox.workflows.remove(contact_id, "flow-1").succeeded is True
    assert crm.workflows_of(contact_id) == {"flow-2": None}


def test_remove_all_is_not_taken_for_a_campaign_id(highlevel_sandbox: HighLevel, contacts_sandbox: Sandbox) -> None:
    contact_id = _contact(highlevel_sandbox)
    highlevel_sandbox.campaigns.add(contact_id, "camp-1")
    highlevel_sandbox.campaigns.add(contact_id, "camp-2")
    highlevel_sandbox.campaigns.remove_all(contact_id)
    assert contacts_sandbox.highlevel.crm.campaigns_of(contact_id) == []


def test_memberships_of_an_unknown_contact_are_400(highlevel_sandbox: HighLevel) -> None:
    calls = [
        lambda: highlevel_sandbox.campaigns.add("missing", "camp-1"),
        lambda: highlevel_sandbox.workflows.add("missing", "flow-1"),
        lambda: highlevel_sandbox.followers.add("missing", followers=["u1"]),
        lambda: highlevel_sandbox.appointments.list("missing"),
    ]
    for call in calls:
        with pytest.raises(highlevel_errors.BadRequestError, match="missing"):
            call()


# --- bulk tags and businesses -----------------------------------------------------------------------


def test_bulk_tags_change_the_contacts_named_and_report_each(highlevel_sandbox: HighLevel) -> None:
    first, second = _contact(highlevel_sandbox), _contact(highlevel_sandbox, "Ann")
    untouched = _contact(highlevel_sandbox, "Bob")
    highlevel_sandbox.tags.add(second, tags=["old"])
    added = highlevel_sandbox.tags.bulk_update("add", contacts=[first, second, "ghost"], tags=["vip", "old"])
    assert added.succeeded is True and added.error_count == 1
    outcomes = {result.contact_id: result for result in added.responses}
    assert outcomes[first].tags_added == ["vip", "old"] and outcomes[second].tags_added == ["vip"]
    assert outcomes[second].old_tags == ["old"]
    assert outcomes["ghost"].type_ == BulkTagsOutcome.ERROR and outcomes["ghost"].message == "contact not found"
    assert highlevel_sandbox.contacts.get(second).contact.tags == ["old", "vip"]
    assert highlevel_sandbox.contacts.get(untouched).contact.tags == []
    removed = highlevel_sandbox.tags.bulk_update("remove", contacts=[second], tags=["old"])
    assert removed.responses[0].tags_removed == ["old"]
    assert highlevel_sandbox.contacts.get(second).contact.tags == ["vip"]
    highlevel_sandbox.tags.bulk_update("remove", contacts=[first], tags=[], remove_all_tags=True)
    assert highlevel_sandbox.contacts.get(first).contact.tags == []


def test_bulk_tags_keep_to_their_location(highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer) -> None:
    contact_id = _contact(highlevel_sandbox)
    answer = highlevel_sandbox.tags.bulk_update("add", contacts=[contact_id], tags=["x"], location_id="loc-2")
    assert answer.error_count == 1 and answer.responses[0].message == "contact does not belong to location"
    assert highlevel_sandbox.contacts.get(contact_id).contact.tags == []
    bad = _send(
        contacts_sandbox_server,
        "POST",
        "/contacts/bulk/tags/update/add",
        {"contacts": [contact_id], "tags": [], "locationId": "loc-1", "removeAllTags": True},
    )
    assert bad.status_code == 422 and bad.json()["message"] == ["removeAllTags can only be used with the remove action"]
    wrong_action = _send(
        contacts_sandbox_server,
        "POST",
        "/contacts/bulk/tags/update/replace",
        {"contacts": [contact_id], "tags": ["x"], "locationId": "loc-1"},
    )
    assert wrong_action.status_code == 422


def test_business_assignment_and_the_business_list_page_by_skip(highlevel_sandbox: HighLevel) -> None:
    members = [_contact(highlevel_sandbox, f"Member{number}") for number in range(7)]
    outsider = _contact(highlevel_sandbox, "Outsider")
    assigned = highlevel_sandbox.businesses.assign(ids=[*members, "ghost"], business_id="biz-1")
    assert assigned.success is True and assigned.ids == members
    assert highlevel_sandbox.contacts.get(members[0]).contact.business_id == "biz-1"
    pages = list(highlevel_sandbox.businesses.list_contacts("biz-1", limit=3).iter_pages())
    assert [page.response.count for page in pages] == [7, 7, 7]
    assert [len(page.data) for page in pages] == [3, 3, 1]  # skip 0, 3, 6; the short page is the last
    assert [str(contact.id) for page in pages for contact in page.data] == members
    named = highlevel_sandbox.businesses.list_contacts("biz-1", query="member3")
    assert [contact.id for contact in named] == [members[3]]
    highlevel_sandbox.businesses.assign(ids=members[:2], business_id=None)
    left = list(highlevel_sandbox.businesses.list_contacts("biz-1"))
    assert [contact.id for contact in left] == members[2:]
    assert highlevel_sandbox.contacts.get(members[0]).contact.business_id is UNSET
    assert outsider not in [contact.id for contact in left]


async def test_async_client_against_the_sandbox(
    highlevel_sandbox: HighLevel, contacts_sandbox_server: SandboxServer
) -> None:
    contact_id = _contact(highlevel_sandbox)
    note = _note(contacts_sandbox_server, contact_id)
    async with AsyncHighLevel(
        token=HIGHLEVEL_TOKEN, location_id="loc-1", base_url=contacts_sandbox_server.highlevel_base_url
    ) as client:
        assert (await client.notes.get(contact_id, note["id"])).note.body == "Called back"
        assert (await client.followers.add(contact_id, followers=["u1"])).followers == ["u1"]
        assigned = await client.businesses.assign(ids=[contact_id], business_id="biz-9")
        assert assigned.ids == [contact_id]
        listed = await client.businesses.list_contacts("biz-9")  # the first page
        assert [contact.id for contact in listed.data] == [contact_id]


def test_notes_and_tasks_are_written_through_the_facade(highlevel_sandbox: HighLevel) -> None:
    # The wire field `body` is `body_text` in Python (x-python-name), so it cannot clash with `body=`.
    contact_id = _contact(highlevel_sandbox)
    note = highlevel_sandbox.notes.create(contact_id, body_text="Called back", pinned=True).note
    assert note is not None and note.body == "Called back" and note.pinned is True
    changed = highlevel_sandbox.notes.update(contact_id, str(note.id), body_text="Sent the quote").note
    assert changed is not None and changed.body == "Sent the quote"
    task = highlevel_sandbox.tasks.create(
        contact_id, title="Send the quote", due_date="2030-01-01T09:00:00Z", completed=False
    ).task
    assert task is not None and task.title == "Send the quote" and task.completed is False
    moved = highlevel_sandbox.tasks.update(contact_id, str(task.id), due_date="2030-02-01T09:00:00Z").task
    assert moved is not None and moved.due_date == "2030-02-01T09:00:00Z" and moved.title == "Send the quote"


def test_the_contacts_of_a_business_page_on_their_own(highlevel_sandbox: HighLevel) -> None:
    ids = [_contact(highlevel_sandbox, f"b{number}") for number in range(7)]
    assert highlevel_sandbox.businesses.assign(ids=ids, business_id="biz-1").success
    first = highlevel_sandbox.businesses.list_contacts("biz-1", limit=3)
    assert len(first.data) == 3 and first.has_next_page()
    assert sorted(contact.id for contact in first) == sorted(ids)  # skip 0, 3, 6: the short page ends it
