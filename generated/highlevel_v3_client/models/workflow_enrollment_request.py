from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class WorkflowEnrollmentRequest(Model, AdditionalProperties[Any]):
    """When the contact's run of the workflow starts.

    Example:
        {'eventStartTime': '2021-06-23T03:30:00+01:00'}

    Attributes:
        event_start_time (str | Unset): Start of the run (ISO 8601 with an offset), such as `2021-06-23T03:30:00+01:00`.
    """

    event_start_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


WorkflowEnrollmentRequest.__tolerant__ = _tolerant.TolerantModel(
    WorkflowEnrollmentRequest,
    (_tolerant.Field("eventStartTime", "event_start_time", _tolerant.string(), required=False),),
    additional=None,
)
