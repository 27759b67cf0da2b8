from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Appointment(Model, AdditionalProperties[Any]):
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
