from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..models.task_delete_event_type import TaskDeleteEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskDeleteEvent")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class TaskDeleteEvent(AdditionalProperties[Any]):
    """Webhook event `TaskDelete`, sent when a task of a contact was deleted.

    Example:
        {'type': 'TaskDelete', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId': '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
            'locationId': 've9EPM428h8vShlRW1KT', 'id': 'UlRWGLSXh0ji5qbiGu4i', 'assignedTo': '63e4qiWDsFJjOYAC8phG',
            'body': 'Send the quote', 'contactId': 'CWBf1PR9LvvBkcYqiXlc', 'title': 'Quote', 'dateAdded':
            '2021-11-26T12:41:02.193Z', 'dueDate': '2021-11-28T12:00:00.000Z'}

    Attributes:
        timestamp (str | Unset): When HighLevel sent the event (ISO 8601).
        webhook_id (str | Unset): Identifier of the delivery.
        location_id (str | Unset):
        id (str | Unset):
        body (str | Unset):
        contact_id (str | Unset):
        date_added (str | Unset): When the item was created (ISO 8601).
        assigned_to (str | Unset): The user the task is assigned to.
        title (str | Unset):
        due_date (str | Unset): When the task is due (ISO 8601).
        type_ (TaskDeleteEventType | Unset): The event type.
    """

    timestamp: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    id: str | Unset = UNSET
    body: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    date_added: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    title: str | Unset = UNSET
    due_date: str | Unset = UNSET
    type_: TaskDeleteEventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.webhook_id is not UNSET:
            field_dict["webhookId"] = self.webhook_id
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.body is not UNSET:
            field_dict["body"] = self.body
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.date_added is not UNSET:
            field_dict["dateAdded"] = self.date_added
        if self.assigned_to is not UNSET:
            field_dict["assignedTo"] = self.assigned_to
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.due_date is not UNSET:
            field_dict["dueDate"] = self.due_date
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_.value if isinstance(self.type_, TaskDeleteEventType) else self.type_
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if (timestamp := src_dict.get("timestamp", UNSET)) is UNSET:
            _absent += 1
        elif not (timestamp.__class__ is str or isinstance(timestamp, str)):
            raise DecodeError("string", timestamp, "timestamp")
        if (webhook_id := src_dict.get("webhookId", UNSET)) is UNSET:
            _absent += 1
        elif not (webhook_id.__class__ is str or isinstance(webhook_id, str)):
            raise DecodeError("string", webhook_id, "webhookId")
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (body := src_dict.get("body", UNSET)) is UNSET:
            _absent += 1
        elif not (body.__class__ is str or isinstance(body, str)):
            raise DecodeError("string", body, "body")
        if (contact_id := src_dict.get("contactId", UNSET)) is UNSET:
            _absent += 1
        elif not (contact_id.__class__ is str or isinstance(contact_id, str)):
            raise DecodeError("string", contact_id, "contactId")
        if (date_added := src_dict.get("dateAdded", UNSET)) is UNSET:
            _absent += 1
        elif not (date_added.__class__ is str or isinstance(date_added, str)):
            raise DecodeError("string", date_added, "dateAdded")
        if (assigned_to := src_dict.get("assignedTo", UNSET)) is UNSET:
            _absent += 1
        elif not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
            raise DecodeError("string", assigned_to, "assignedTo")
        if (title := src_dict.get("title", UNSET)) is UNSET:
            _absent += 1
        elif not (title.__class__ is str or isinstance(title, str)):
            raise DecodeError("string", title, "title")
        if (due_date := src_dict.get("dueDate", UNSET)) is UNSET:
            _absent += 1
        elif not (due_date.__class__ is str or isinstance(due_date, str)):
            raise DecodeError("string", due_date, "dueDate")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        else:
            type_ = _decode_type_(type_, "type")
        _instance = _new(cls)
        _instance.timestamp = timestamp
        _instance.webhook_id = webhook_id
        _instance.location_id = location_id
        _instance.id = id
        _instance.body = body
        _instance.contact_id = contact_id
        _instance.date_added = date_added
        _instance.assigned_to = assigned_to
        _instance.title = title
        _instance.due_date = due_date
        _instance.type_ = type_
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 11:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


TaskDeleteEvent.__tolerant__ = _tolerant.TolerantModel(
    TaskDeleteEvent,
    (
        _tolerant.Field("timestamp", "timestamp", _tolerant.string(), required=False),
        _tolerant.Field("webhookId", "webhook_id", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(TaskDeleteEventType), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = TaskDeleteEvent.__tolerant__.names
_decode_type_ = _decode.enum(TaskDeleteEventType)
