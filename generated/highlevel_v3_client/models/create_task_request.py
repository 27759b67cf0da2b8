from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CreateTaskRequest(Model, AdditionalProperties[Any]):
    """A new task.

    Example:
        {'title': 'Send the quote', 'body': 'Price list for 20 seats', 'dueDate': '2020-10-25T11:00:00Z', 'completed':
            False, 'assignedTo': 'hxHGVRb1YJUscrCB8eXK'}

    Attributes:
        title (str):
        due_date (str): When the task is due (ISO 8601), such as `2020-10-25T11:00:00Z`.
        completed (bool):
        body_text (str | Unset):
        assigned_to (str | Unset): Identifier of the user the task is for.
    """

    title: str
    due_date: str
    completed: bool
    body_text: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CreateTaskRequest.__tolerant__ = _tolerant.TolerantModel(
    CreateTaskRequest,
    (
        _tolerant.Field("title", "title", _tolerant.string(), required=True),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=True),
        _tolerant.Field("completed", "completed", _tolerant.boolean(), required=True),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
    ),
    additional=None,
)
