from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppointmentsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class AppointmentsResponse(AdditionalProperties[Any]):
    """The appointments of a contact, called `events`.

    Example:
        {'events': [{'id': 'YS3jaqqeehkR2Is80miy', 'title': 'Demo call', 'startTime': '2021-07-16 11:00:00'}]}

    Attributes:
        events (list[Appointment] | Unset):
    """

    events: list[Appointment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.events is not UNSET:
            field_dict["events"] = (
                [item.to_dict() if isinstance(item, Appointment) else item for item in self.events]
                if isinstance(self.events, list)
                else self.events
            )
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
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
        if (events := src_dict.get("events", UNSET)) is UNSET:
            _absent += 1
        elif events.__class__ is not list and not isinstance(events, list):
            raise DecodeError("array", events, "events")
        else:
            try:
                events = [_Appointment_from_dict(item) for item in events]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("events", _decode.first_failure(_Appointment_from_dict, events)) from None
        _instance = _new(cls)
        _instance.events = events
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 1:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.appointment import Appointment  # noqa: E402

AppointmentsResponse.__tolerant__ = _tolerant.TolerantModel(
    AppointmentsResponse,
    (_tolerant.Field("events", "events", _tolerant.array(_tolerant.model(Appointment)), required=False),),
    additional=None,
)
_FIELD_NAMES = AppointmentsResponse.__tolerant__.names
_Appointment_from_dict = Appointment.from_dict
