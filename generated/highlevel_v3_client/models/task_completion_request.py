from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class TaskCompletionRequest(Model, AdditionalProperties[Any]):
    """Whether the task is done.

    Example:
        {'completed': True}

    Attributes:
        completed (bool):
    """

    completed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TaskCompletionRequest.__tolerant__ = _tolerant.TolerantModel(
    TaskCompletionRequest,
    (_tolerant.Field("completed", "completed", _tolerant.boolean(), required=True),),
    additional=None,
)
