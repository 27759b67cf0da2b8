from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Task(Model, AdditionalProperties[Any]):
    """A task about a contact, for a user to do by a date.

    Example:
        {'id': 'lJpzYrWdpkC2hX6t2yue', 'title': 'Send the quote', 'body': 'Price list for 20 seats', 'assignedTo':
            'hxHGVRb1YJUscrCB8eXK', 'dueDate': '2021-07-08T02:30:00.000Z', 'completed': False, 'contactId':
            'seD4PfOuKoVMLkEZqohJ'}

    Attributes:
        id (str):
        title (str | Unset):
        body (str | Unset): What is to be done, in words.
        assigned_to (str | Unset): Identifier of the user the task is for.
        due_date (str | Unset): When the task is due (ISO 8601).
        completed (bool | Unset):
        contact_id (str | Unset):
    """

    id: str
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    due_date: str | Unset = UNSET
    completed: bool | Unset = UNSET
    contact_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Task.__tolerant__ = _tolerant.TolerantModel(
    Task,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=False),
        _tolerant.Field("completed", "completed", _tolerant.boolean(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
    ),
    additional=None,
)
