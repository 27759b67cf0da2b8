from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AppointmentsResponse(Model, AdditionalProperties[Any]):
    """The appointments of a contact, called `events`.

    Example:
        {'events': [{'id': 'YS3jaqqeehkR2Is80miy', 'title': 'Demo call', 'startTime': '2021-07-16 11:00:00'}]}

    Attributes:
        events (list[Appointment] | Unset):
    """

    events: list[Appointment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.appointment import Appointment  # noqa: E402

AppointmentsResponse.__tolerant__ = _tolerant.TolerantModel(
    AppointmentsResponse,
    (_tolerant.Field("events", "events", _tolerant.array(_tolerant.model(Appointment)), required=False),),
    additional=None,
)
