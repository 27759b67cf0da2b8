from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Appointment")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "calendarId",
        "status",
        "title",
        "assignedUserId",
        "notes",
        "startTime",
        "endTime",
        "address",
        "locationId",
        "contactId",
        "groupId",
        "appointmentStatus",
        "users",
        "dateAdded",
        "dateUpdated",
        "assignedResources",
    }
)


@_attrs_define
class Appointment:
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
        id = self.id

        calendar_id = self.calendar_id

        status = self.status

        title = self.title

        assigned_user_id = self.assigned_user_id

        notes = self.notes

        start_time = self.start_time

        end_time = self.end_time

        address = self.address

        location_id = self.location_id

        contact_id = self.contact_id

        group_id = self.group_id

        appointment_status = self.appointment_status

        users: Any = self.users

        date_added = self.date_added

        date_updated = self.date_updated

        assigned_resources: Any = self.assigned_resources

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if calendar_id is not UNSET:
            field_dict["calendarId"] = calendar_id
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if assigned_user_id is not UNSET:
            field_dict["assignedUserId"] = assigned_user_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if address is not UNSET:
            field_dict["address"] = address
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if appointment_status is not UNSET:
            field_dict["appointmentStatus"] = appointment_status
        if users is not UNSET:
            field_dict["users"] = users
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_updated is not UNSET:
            field_dict["dateUpdated"] = date_updated
        if assigned_resources is not UNSET:
            field_dict["assignedResources"] = assigned_resources
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

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
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "calendarId" in src_dict:
            calendar_id = src_dict["calendarId"]
            if not (calendar_id.__class__ is str or isinstance(calendar_id, str)):
                raise DecodeError("string", calendar_id, "calendarId")
        else:
            calendar_id = UNSET
            _absent += 1

        if "status" in src_dict:
            status = src_dict["status"]
            if not (status.__class__ is str or isinstance(status, str)):
                raise DecodeError("string", status, "status")
        else:
            status = UNSET
            _absent += 1

        if "title" in src_dict:
            title = src_dict["title"]
            if not (title.__class__ is str or isinstance(title, str)):
                raise DecodeError("string", title, "title")
        else:
            title = UNSET
            _absent += 1

        if "assignedUserId" in src_dict:
            assigned_user_id = src_dict["assignedUserId"]
            if not (assigned_user_id.__class__ is str or isinstance(assigned_user_id, str)):
                raise DecodeError("string", assigned_user_id, "assignedUserId")
        else:
            assigned_user_id = UNSET
            _absent += 1

        if "notes" in src_dict:
            notes = src_dict["notes"]
            if not (notes.__class__ is str or isinstance(notes, str)):
                raise DecodeError("string", notes, "notes")
        else:
            notes = UNSET
            _absent += 1

        if "startTime" in src_dict:
            start_time = src_dict["startTime"]
            if not (start_time.__class__ is str or isinstance(start_time, str)):
                raise DecodeError("string", start_time, "startTime")
        else:
            start_time = UNSET
            _absent += 1

        if "endTime" in src_dict:
            end_time = src_dict["endTime"]
            if not (end_time.__class__ is str or isinstance(end_time, str)):
                raise DecodeError("string", end_time, "endTime")
        else:
            end_time = UNSET
            _absent += 1

        if "address" in src_dict:
            address = src_dict["address"]
            if not (address.__class__ is str or isinstance(address, str)):
                raise DecodeError("string", address, "address")
        else:
            address = UNSET
            _absent += 1

        if "locationId" in src_dict:
            location_id = src_dict["locationId"]
            if not (location_id.__class__ is str or isinstance(location_id, str)):
                raise DecodeError("string", location_id, "locationId")
        else:
            location_id = UNSET
            _absent += 1

        if "contactId" in src_dict:
            contact_id = src_dict["contactId"]
            if not (contact_id.__class__ is str or isinstance(contact_id, str)):
                raise DecodeError("string", contact_id, "contactId")
        else:
            contact_id = UNSET
            _absent += 1

        if "groupId" in src_dict:
            group_id = src_dict["groupId"]
            if not (group_id.__class__ is str or isinstance(group_id, str)):
                raise DecodeError("string", group_id, "groupId")
        else:
            group_id = UNSET
            _absent += 1

        if "appointmentStatus" in src_dict:
            appointment_status = src_dict["appointmentStatus"]
            if not (appointment_status.__class__ is str or isinstance(appointment_status, str)):
                raise DecodeError("string", appointment_status, "appointmentStatus")
        else:
            appointment_status = UNSET
            _absent += 1

        if "users" in src_dict:
            users = src_dict["users"]
            if not isinstance(users, list):
                raise DecodeError("array", users, "users")
            try:
                for users_item in users:
                    if not (users_item.__class__ is str or isinstance(users_item, str)):
                        users_index = next(place for place, other in enumerate(users) if other is users_item)
                        raise DecodeError("string", users_item, users_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "users")
                raise
        else:
            users = UNSET
            _absent += 1

        if "dateAdded" in src_dict:
            date_added = src_dict["dateAdded"]
            if not (date_added.__class__ is str or isinstance(date_added, str)):
                raise DecodeError("string", date_added, "dateAdded")
        else:
            date_added = UNSET
            _absent += 1

        if "dateUpdated" in src_dict:
            date_updated = src_dict["dateUpdated"]
            if not (date_updated.__class__ is str or isinstance(date_updated, str)):
                raise DecodeError("string", date_updated, "dateUpdated")
        else:
            date_updated = UNSET
            _absent += 1

        if "assignedResources" in src_dict:
            assigned_resources = src_dict["assignedResources"]
            if not isinstance(assigned_resources, list):
                raise DecodeError("array", assigned_resources, "assignedResources")
            try:
                for assigned_resources_item in assigned_resources:
                    if not (assigned_resources_item.__class__ is str or isinstance(assigned_resources_item, str)):
                        assigned_resources_index = next(
                            place for place, other in enumerate(assigned_resources) if other is assigned_resources_item
                        )
                        raise DecodeError("string", assigned_resources_item, assigned_resources_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "assignedResources")
                raise
        else:
            assigned_resources = UNSET
            _absent += 1

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
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
