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
from ..models.note_update_event_type import NoteUpdateEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteUpdateEvent")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class NoteUpdateEvent(AdditionalProperties[Any]):
    """Webhook event `NoteUpdate`, sent when a note of a contact was changed.

    Example:
        {'type': 'NoteUpdate', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId': '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
            'locationId': 've9EPM428h8vShlRW1KT', 'id': 'otg8dTQqGLh3Q6iQI55w', 'body': 'Called back, wants a quote',
            'contactId': 'CWBf1PR9LvvBkcYqiXlc', 'dateAdded': '2021-11-26T12:41:02.193Z'}

    Attributes:
        timestamp (str | Unset): When HighLevel sent the event (ISO 8601).
        webhook_id (str | Unset): Identifier of the delivery.
        location_id (str | Unset):
        id (str | Unset):
        body (str | Unset):
        contact_id (str | Unset):
        date_added (str | Unset): When the item was created (ISO 8601).
        type_ (NoteUpdateEventType | Unset): The event type.
    """

    timestamp: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    id: str | Unset = UNSET
    body: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    date_added: str | Unset = UNSET
    type_: NoteUpdateEventType | Unset = UNSET
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
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_.value if isinstance(self.type_, NoteUpdateEventType) else self.type_
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
        _instance.type_ = type_
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 8:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


NoteUpdateEvent.__tolerant__ = _tolerant.TolerantModel(
    NoteUpdateEvent,
    (
        _tolerant.Field("timestamp", "timestamp", _tolerant.string(), required=False),
        _tolerant.Field("webhookId", "webhook_id", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(NoteUpdateEventType), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = NoteUpdateEvent.__tolerant__.names
_decode_type_ = _decode.enum(NoteUpdateEventType)
