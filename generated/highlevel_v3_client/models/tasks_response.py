from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class TasksResponse(Model, AdditionalProperties[Any]):
    """The tasks of a contact.

    Example:
        {'tasks': [{'id': 'lJpzYrWdpkC2hX6t2yue', 'title': 'Send the quote', 'dueDate': '2021-07-08T02:30:00.000Z',
            'completed': False}]}

    Attributes:
        tasks (list[Task] | Unset):
    """

    tasks: list[Task] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.task import Task  # noqa: E402

TasksResponse.__tolerant__ = _tolerant.TolerantModel(
    TasksResponse,
    (_tolerant.Field("tasks", "tasks", _tolerant.array(_tolerant.model(Task)), required=False),),
    additional=None,
)
