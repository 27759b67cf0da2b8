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
from ..types import UNSET, Unset

T = TypeVar("T", bound="Appointment")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Appointment(AdditionalProperties[Any]):
    """A calendar event booked with a contact. The reference writes its times as
    `YYYY-MM-DD HH:MM:SS` without a time zone, so they stay strings.

        Example:
            {'id': 'YS3jaqqeehkR2Is80miy', 'calendarId': 'YlWd2wuCAZQzh2cH1fVZ', 'status': 'booked', 'title': 'Demo call',
                'startTime': '2021-07-16 11:00:00', 'endTime': '2021-07-16 11:30:00', 'contactId': 'seD4PfOuKoVMLkEZqohJ',
                'appointmentStatus': 'booked', 'users': ['YlWd2wuCAZQzh2cH1fVZ']}

        Attributes:
            id (str | Unset):
            calendar_id (str | Unset):
            status (str | Unset): State of the event, such as `booked`.
            title (str | Unset):
            assigned_user_id (str | Unset):
            notes (str | Unset):
            start_time (str | Unset):
            end_time (str | Unset):
            address (str | Unset):
            location_id (str | Unset):
            contact_id (str | Unset):
            group_id (str | Unset):
            appointment_status (str | Unset): State of the appointment, such as `booked`.
            users (list[str] | Unset): Identifiers of the users taking part.
            date_added (str | Unset):
            date_updated (str | Unset):
            assigned_resources (list[str] | Unset): Identifiers of the rooms or equipment booked.
    """

    id: str | Unset = UNSET
    calendar_id: str | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    assigned_user_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    address: str | Unset = UNSET
    location_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    appointment_status: str | Unset = UNSET
    users: list[str] | Unset = UNSET
    date_added: str | Unset = UNSET
    date_updated: str | Unset = UNSET
    assigned_resources: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.calendar_id is not UNSET:
            field_dict["calendarId"] = self.calendar_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.assigned_user_id is not UNSET:
            field_dict["assignedUserId"] = self.assigned_user_id
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time
        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time
        if self.address is not UNSET:
            field_dict["address"] = self.address
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id
        if self.appointment_status is not UNSET:
            field_dict["appointmentStatus"] = self.appointment_status
        if self.users is not UNSET:
            field_dict["users"] = self.users
        if self.date_added is not UNSET:
            field_dict["dateAdded"] = self.date_added
        if self.date_updated is not UNSET:
            field_dict["dateUpdated"] = self.date_updated
        if self.assigned_resources is not UNSET:
            field_dict["assignedResources"] = self.assigned_resources
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (calendar_id := src_dict.get("calendarId", UNSET)) is UNSET:
            _absent += 1
        elif not (calendar_id.__class__ is str or isinstance(calendar_id, str)):
            raise DecodeError("string", calendar_id, "calendarId")
        if (status := src_dict.get("status", UNSET)) is UNSET:
            _absent += 1
        elif not (status.__class__ is str or isinstance(status, str)):
            raise DecodeError("string", status, "status")
        if (title := src_dict.get("title", UNSET)) is UNSET:
            _absent += 1
        elif not (title.__class__ is str or isinstance(title, str)):
            raise DecodeError("string", title, "title")
        if (assigned_user_id := src_dict.get("assignedUserId", UNSET)) is UNSET:
            _absent += 1
        elif not (assigned_user_id.__class__ is str or isinstance(assigned_user_id, str)):
            raise DecodeError("string", assigned_user_id, "assignedUserId")
        if (notes := src_dict.get("notes", UNSET)) is UNSET:
            _absent += 1
        elif not (notes.__class__ is str or isinstance(notes, str)):
            raise DecodeError("string", notes, "notes")
        if (start_time := src_dict.get("startTime", UNSET)) is UNSET:
            _absent += 1
        elif not (start_time.__class__ is str or isinstance(start_time, str)):
            raise DecodeError("string", start_time, "startTime")
        if (end_time := src_dict.get("endTime", UNSET)) is UNSET:
            _absent += 1
        elif not (end_time.__class__ is str or isinstance(end_time, str)):
            raise DecodeError("string", end_time, "endTime")
        if (address := src_dict.get("address", UNSET)) is UNSET:
            _absent += 1
        elif not (address.__class__ is str or isinstance(address, str)):
            raise DecodeError("string", address, "address")
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (contact_id := src_dict.get("contactId", UNSET)) is UNSET:
            _absent += 1
        elif not (contact_id.__class__ is str or isinstance(contact_id, str)):
            raise DecodeError("string", contact_id, "contactId")
        if (group_id := src_dict.get("groupId", UNSET)) is UNSET:
            _absent += 1
        elif not (group_id.__class__ is str or isinstance(group_id, str)):
            raise DecodeError("string", group_id, "groupId")
        if (appointment_status := src_dict.get("appointmentStatus", UNSET)) is UNSET:
            _absent += 1
        elif not (appointment_status.__class__ is str or isinstance(appointment_status, str)):
            raise DecodeError("string", appointment_status, "appointmentStatus")
        if (users := src_dict.get("users", UNSET)) is UNSET:
            _absent += 1
        else:
            users = _decode_users(users, "users")
        if (date_added := src_dict.get("dateAdded", UNSET)) is UNSET:
            _absent += 1
        elif not (date_added.__class__ is str or isinstance(date_added, str)):
            raise DecodeError("string", date_added, "dateAdded")
        if (date_updated := src_dict.get("dateUpdated", UNSET)) is UNSET:
            _absent += 1
        elif not (date_updated.__class__ is str or isinstance(date_updated, str)):
            raise DecodeError("string", date_updated, "dateUpdated")
        if (assigned_resources := src_dict.get("assignedResources", UNSET)) is UNSET:
            _absent += 1
        else:
            assigned_resources = _decode_assigned_resources(assigned_resources, "assignedResources")
        _instance = _new(cls)
        _instance.id = id
        _instance.calendar_id = calendar_id
        _instance.status = status
        _instance.title = title
        _instance.assigned_user_id = assigned_user_id
        _instance.notes = notes
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.address = address
        _instance.location_id = location_id
        _instance.contact_id = contact_id
        _instance.group_id = group_id
        _instance.appointment_status = appointment_status
        _instance.users = users
        _instance.date_added = date_added
        _instance.date_updated = date_updated
        _instance.assigned_resources = assigned_resources
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 17:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


Appointment.__tolerant__ = _tolerant.TolerantModel(
    Appointment,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("calendarId", "calendar_id", _tolerant.string(), required=False),
        _tolerant.Field("status", "status", _tolerant.string(), required=False),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("assignedUserId", "assigned_user_id", _tolerant.string(), required=False),
        _tolerant.Field("notes", "notes", _tolerant.string(), required=False),
        _tolerant.Field("startTime", "start_time", _tolerant.string(), required=False),
        _tolerant.Field("endTime", "end_time", _tolerant.string(), required=False),
        _tolerant.Field("address", "address", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("groupId", "group_id", _tolerant.string(), required=False),
        _tolerant.Field("appointmentStatus", "appointment_status", _tolerant.string(), required=False),
        _tolerant.Field("users", "users", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("dateUpdated", "date_updated", _tolerant.string(), required=False),
        _tolerant.Field("assignedResources", "assigned_resources", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = Appointment.__tolerant__.names
_decode_users = _decode.scalars((_decode.is_string,), "string")
_decode_assigned_resources = _decode.scalars((_decode.is_string,), "string")
