from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class TaskResponse(Model, AdditionalProperties[Any]):
    """One task.

    Example:
        {'task': {'id': 'lJpzYrWdpkC2hX6t2yue', 'title': 'Send the quote', 'completed': True}}

    Attributes:
        task (Task): A task about a contact, for a user to do by a date. Example: {'id': 'lJpzYrWdpkC2hX6t2yue',
            'title': 'Send the quote', 'body': 'Price list for 20 seats', 'assignedTo': 'hxHGVRb1YJUscrCB8eXK', 'dueDate':
            '2021-07-08T02:30:00.000Z', 'completed': False, 'contactId': 'seD4PfOuKoVMLkEZqohJ'}.
    """

    task: Task
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.task import Task  # noqa: E402

TaskResponse.__tolerant__ = _tolerant.TolerantModel(
    TaskResponse,
    (_tolerant.Field("task", "task", _tolerant.model(Task), required=True),),
    additional=None,
)
