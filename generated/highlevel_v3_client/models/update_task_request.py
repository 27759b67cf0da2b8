from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class UpdateTaskRequest(Model, AdditionalProperties[Any]):
    """The fields of a task to change.

    Example:
        {'dueDate': '2020-10-26T11:00:00Z'}

    Attributes:
        title (str | Unset):
        body_text (str | Unset):
        due_date (str | Unset): When the task is due (ISO 8601).
        completed (bool | Unset):
        assigned_to (str | Unset):
    """

    title: str | Unset = UNSET
    body_text: str | Unset = UNSET
    due_date: str | Unset = UNSET
    completed: bool | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


UpdateTaskRequest.__tolerant__ = _tolerant.TolerantModel(
    UpdateTaskRequest,
    (
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=False),
        _tolerant.Field("completed", "completed", _tolerant.boolean(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
    ),
    additional=None,
)
