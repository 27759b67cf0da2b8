"""HighLevel, simulated: what hangs off a contact (notes, tasks, appointments, followers, campaigns,
workflows) and the bulk operations (tags of many contacts, business assignment) with the business list.

Everything a contact owns is kept on the contact's own record under keys that start with ``_``, which
no answer shape lists, so deleting the contact deletes its notes, tasks and memberships with it.
Unknown contacts, notes and tasks are answered 400 with the service's ``BadRequestDTO`` body, the
only error these operations document for them (the reference lists no 404 here).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ._highlevel_records import millis, new_id, text_matches
from ._service import Answer, Call, Handler, ServiceError, utc_now

DEFAULT_BUSINESS_PAGE = 25
_NOTES = "_notes"
_TASKS = "_tasks"
_APPOINTMENTS = "_appointments"
_CAMPAIGNS = "_campaigns"
_WORKFLOWS = "_workflows"
_NOTE_FIELDS = ("body", "userId", "title", "color", "pinned")
_TASK_FIELDS = ("title", "body", "dueDate", "completed", "assignedTo")


class HighLevelContacts(Protocol):
    """What these handlers need of the HighLevel service (``HighLevelService``): its contacts and answer shapes.

    Declared here, on the side that uses it, so that this module does not import the service that holds it.
    """

    @property
    def lock(self) -> AbstractContextManager[Any]: ...

    @property
    def locations(self) -> dict[str, dict[str, dict[str, Any]]]: ...

    def shape(self, contact: dict[str, Any], kind: str) -> dict[str, Any]: ...


class HighLevelCrm:
    """The handlers of the operations around a contact, working on the contacts of the HighLevel service."""

    def __init__(self, service: HighLevelContacts) -> None:
        self.service = service

    def handlers(self) -> dict[str, Handler]:
        return {
            "listNotes": self.list_notes,
            "createNote": self.create_note,
            "getNote": self.get_note,
            "updateNote": self.update_note,
            "deleteNote": self.delete_note,
            "listTasks": self.list_tasks,
            "createTask": self.create_task,
            "getTask": self.get_task,
            "updateTask": self.update_task,
            "deleteTask": self.delete_task,
            "completeTask": self.complete_task,
            "listContactAppointments": self.list_appointments,
            "addFollowers": self.add_followers,
            "removeFollowers": self.remove_followers,
            "addToCampaign": self.add_to_campaign,
            "removeFromCampaign": self.remove_from_campaign,
            "removeFromAllCampaigns": self.remove_from_all_campaigns,
            "addToWorkflow": self.add_to_workflow,
            "removeFromWorkflow": self.remove_from_workflow,
            "bulkUpdateTags": self.bulk_update_tags,
            "assignBusiness": self.assign_business,
            "listBusinessContacts": self.list_business_contacts,
        }

    # --- what tests and demos can read or seed directly -----------------------------------------------

    def campaigns_of(self, contact_id: str) -> list[str]:
        """The campaigns a contact is in, in the order it joined them."""
        with self.service.lock:
            return list(self._contact(contact_id).get(_CAMPAIGNS, {}))

    def workflows_of(self, contact_id: str) -> dict[str, str | None]:
        """The workflows a contact is in, each with the ``eventStartTime`` it was enrolled with."""
        with self.service.lock:
            return dict(self._contact(contact_id).get(_WORKFLOWS, {}))

    def book_appointment(self, contact_id: str, **fields: Any) -> dict[str, Any]:
        """Book an appointment with a contact (the Contacts API can only list them); returns it."""
        with self.service.lock:
            contact = self._contact(contact_id)
            event = {
                "id": new_id(),
                "status": "booked",
                "appointmentStatus": "booked",
                "locationId": contact["locationId"],
                "contactId": contact_id,
                "dateAdded": utc_now(),
                **fields,
            }
            contact.setdefault(_APPOINTMENTS, []).append(event)
            return dict(event)

    # --- lookups ----------------------------------------------------------------------------------------

    def _contact(self, contact_id: str) -> dict[str, Any]:
        for contacts in self.service.locations.values():
            if contact_id in contacts:
                return contacts[contact_id]
        raise ServiceError(400, f"Contact with id {contact_id} not found")

    def _owned(self, call: Call, kind: str, key: str) -> dict[str, Any]:
        """The note or task named by the path, of the contact named by the path."""
        items: dict[str, dict[str, Any]] = self._contact(call.path["contactId"]).get(key, {})
        item_id = call.path[f"{kind}Id"]
        if item_id not in items:
            raise ServiceError(400, f"{kind.capitalize()} with id {item_id} not found for this contact")
        return items[item_id]

    # --- notes --------------------------------------------------------------------------------------------

    def list_notes(self, call: Call) -> Answer:
        notes = self._contact(call.path["contactId"]).get(_NOTES, {})
        return Answer(200, {"notes": [dict(note) for note in notes.values()]})

    def create_note(self, call: Call) -> Answer:
        contact_id = call.path["contactId"]
        note = {"id": new_id(), "contactId": contact_id, "dateAdded": utc_now(), **_pick(call.body, _NOTE_FIELDS)}
        self._contact(contact_id).setdefault(_NOTES, {})[note["id"]] = note
        return Answer(201, {"note": dict(note)})

    def get_note(self, call: Call) -> Answer:
        return Answer(200, {"note": dict(self._owned(call, "note", _NOTES))})

    def update_note(self, call: Call) -> Answer:
        note = self._owned(call, "note", _NOTES)
        note.update(_pick(call.body, _NOTE_FIELDS))
        return Answer(200, {"note": dict(note)})

    def delete_note(self, call: Call) -> Answer:
        note = self._owned(call, "note", _NOTES)
        del self._contact(call.path["contactId"])[_NOTES][note["id"]]
        return Answer(200, {"succeded": True})

    # --- tasks --------------------------------------------------------------------------------------------

    def list_tasks(self, call: Call) -> Answer:
        tasks = self._contact(call.path["contactId"]).get(_TASKS, {})
        return Answer(200, {"tasks": [dict(task) for task in tasks.values()]})

    def create_task(self, call: Call) -> Answer:
        contact_id = call.path["contactId"]
        task = {"id": new_id(), "contactId": contact_id, **_pick(call.body, _TASK_FIELDS)}
        self._contact(contact_id).setdefault(_TASKS, {})[task["id"]] = task
        return Answer(201, {"task": dict(task)})

    def get_task(self, call: Call) -> Answer:
        return Answer(200, {"task": dict(self._owned(call, "task", _TASKS))})

    def update_task(self, call: Call) -> Answer:
        task = self._owned(call, "task", _TASKS)
        task.update(_pick(call.body, _TASK_FIELDS))
        return Answer(200, {"task": dict(task)})

    def delete_task(self, call: Call) -> Answer:
        task = self._owned(call, "task", _TASKS)
        del self._contact(call.path["contactId"])[_TASKS][task["id"]]
        return Answer(200, {"succeded": True})

    def complete_task(self, call: Call) -> Answer:
        task = self._owned(call, "task", _TASKS)
        task["completed"] = call.body["completed"]
        return Answer(200, {"task": dict(task)})

    # --- appointments, followers, campaigns, workflows ----------------------------------------------------

    def list_appointments(self, call: Call) -> Answer:
        events = self._contact(call.path["contactId"]).get(_APPOINTMENTS, [])
        return Answer(200, {"events": [dict(event) for event in events]})

    def add_followers(self, call: Call) -> Answer:
        contact = self._contact(call.path["contactId"])
        followers: list[str] = contact.setdefault("followers", [])
        added = [user for user in _unique(call.body["followers"]) if user not in followers]
        followers.extend(added)
        return Answer(201, {"followers": list(followers), "followersAdded": added})

    def remove_followers(self, call: Call) -> Answer:
        contact = self._contact(call.path["contactId"])
        followers: list[str] = contact.get("followers", [])
        removed = [user for user in _unique(call.body["followers"]) if user in followers]
        contact["followers"] = [user for user in followers if user not in removed]
        return Answer(200, {"followers": list(contact["followers"]), "followersRemoved": removed})

    def add_to_campaign(self, call: Call) -> Answer:
        contact = self._contact(call.path["contactId"])
        contact.setdefault(_CAMPAIGNS, {})[call.path["campaignId"]] = utc_now()
        return Answer(201, {"succeded": True})

    def remove_from_campaign(self, call: Call) -> Answer:
        campaigns: dict[str, str] = self._contact(call.path["contactId"]).get(_CAMPAIGNS, {})
        campaigns.pop(call.path["campaignId"], None)
        return Answer(200, {"succeded": True})

    def remove_from_all_campaigns(self, call: Call) -> Answer:
        self._contact(call.path["contactId"]).pop(_CAMPAIGNS, None)
        return Answer(200, {"succeded": True})

    def add_to_workflow(self, call: Call) -> Answer:
        contact = self._contact(call.path["contactId"])
        contact.setdefault(_WORKFLOWS, {})[call.path["workflowId"]] = call.body.get("eventStartTime")
        return Answer(200, {"succeded": True})

    def remove_from_workflow(self, call: Call) -> Answer:
        workflows: dict[str, str | None] = self._contact(call.path["contactId"]).get(_WORKFLOWS, {})
        workflows.pop(call.path["workflowId"], None)
        return Answer(200, {"succeded": True})

    # --- bulk operations and businesses -------------------------------------------------------------------

    def bulk_update_tags(self, call: Call) -> Answer:
        body = call.body
        adding = call.path["action"] == "add"
        if adding and body.get("removeAllTags"):
            raise ServiceError(422, ["removeAllTags can only be used with the remove action"])
        location = self.service.locations.get(body["locationId"], {})
        results = []
        for contact_id in body["contacts"]:
            contact = location.get(contact_id)
            if contact is None:
                elsewhere = any(contact_id in contacts for contacts in self.service.locations.values())
                reason = "contact does not belong to location" if elsewhere else "contact not found"
                results.append({"contactId": contact_id, "message": reason, "type": "error"})
                continue
            old = list(contact.get("tags", []))
            if adding:
                added = [tag for tag in _unique(body["tags"]) if tag not in old]
                removed: list[str] = []
            else:
                doomed = set(old) if body.get("removeAllTags") else set(body["tags"])
                added, removed = [], [tag for tag in old if tag in doomed]
            contact["tags"] = [tag for tag in old if tag not in removed] + added
            contact["dateUpdated"] = utc_now()
            results.append(
                {
                    "contactId": contact_id,
                    "message": "Tags updated",
                    "type": "success",
                    "oldTags": old,
                    "tagsAdded": added,
                    "tagsRemoved": removed,
                }
            )
        errors = sum(result["type"] == "error" for result in results)
        return Answer(201, {"succeded": True, "errorCount": errors, "responses": results})

    def assign_business(self, call: Call) -> Answer:
        body = call.body
        location = self.service.locations.get(body["locationId"], {})
        changed = []
        for contact_id in _unique(body["ids"]):
            contact = location.get(contact_id)
            if contact is None:
                continue
            if body["businessId"] is None:
                contact.pop("businessId", None)
            else:
                contact["businessId"] = body["businessId"]
            contact["dateUpdated"] = utc_now()
            changed.append(contact_id)
        return Answer(200, {"success": True, "ids": changed})

    def list_business_contacts(self, call: Call) -> Answer:
        business_id = call.path["businessId"]
        text = call.query.get("query")
        members = [
            contact
            for contact in self.service.locations.get(call.query["locationId"], {}).values()
            if contact.get("businessId") == business_id and (not text or text_matches(contact, text))
        ]
        count = len(members)
        members.sort(key=lambda contact: (millis(contact["dateAdded"]), contact["id"]))
        if "startAfter" in call.query:  # v3: the contacts after this name and id, in that order
            name, _, after_id = str(call.query["startAfter"]).rpartition(",")
            members.sort(key=_name_and_id)
            members = [contact for contact in members if _name_and_id(contact) > (name.lower(), after_id)]
        skip = call.query.get("skip", 0)
        limit = call.query.get("limit", DEFAULT_BUSINESS_PAGE)
        page = members[skip : skip + limit]
        return Answer(200, {"contacts": [self.service.shape(c, "searched") for c in page], "count": count})


def _name_and_id(contact: dict[str, Any]) -> tuple[str, str]:
    return str(contact.get("fullNameLowerCase", "")), str(contact["id"])


def _pick(fields: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {name: fields[name] for name in names if name in fields}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
