from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="ChangeStamp")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ChangeStamp(AdditionalProperties[Any]):
    """When a record was created or changed, and by whom.

    Example:
        {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName':
            'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}

    Attributes:
        at (datetime.datetime | Unset):
        by (Actor | Unset): Who made a change. Example: {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe',
            'lastName': 'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}.
    """

    at: datetime.datetime | Unset = UNSET
    by: Actor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.at is not UNSET:
            field_dict["at"] = format_datetime(self.at) if isinstance(self.at, datetime.datetime) else self.at
        if self.by is not UNSET:
            field_dict["by"] = self.by.to_dict() if isinstance(self.by, Actor) else self.by
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
        if (at := src_dict.get("at", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                at_parsed = datetime_fromisoformat(at)
            except (TypeError, ValueError):
                at_parsed = _decode.date_time(at, "at")  # RFC 3339's lowercase forms, or an error
            if len(at) < 19 or at[10] not in "Tt " or at_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "at")
            at = at_parsed
        if (by := src_dict.get("by", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                by = _Actor_from_dict(by)
            except DecodeError as _decode_error:
                raise _decode_error.within("by") from None
        _instance = _new(cls)
        _instance.at = at
        _instance.by = by
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.actor import Actor  # noqa: E402

ChangeStamp.__tolerant__ = _tolerant.TolerantModel(
    ChangeStamp,
    (
        _tolerant.Field("at", "at", _tolerant.date_time(), required=False),
        _tolerant.Field("by", "by", _tolerant.model(Actor), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ChangeStamp.__tolerant__.names
_Actor_from_dict = Actor.from_dict
