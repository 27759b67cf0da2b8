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

T = TypeVar("T", bound="Mobile")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Mobile(AdditionalProperties[Any]):
    """A contact's mobile number and what is known about it.

    Example:
        {'country': '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType':
            'mobile'}

    Attributes:
        country (str | Unset): Country of the number (ISO 3166-1 alpha-2 code).
        number (str | Unset): The number, as entered.
        verified (datetime.datetime | Unset): When the number was last verified.
        valid (bool | Unset): Whether the number is a valid phone number.
        line_type (str | Unset): Kind of line, such as `mobile`.
    """

    country: str | Unset = UNSET
    number: str | Unset = UNSET
    verified: datetime.datetime | Unset = UNSET
    valid: bool | Unset = UNSET
    line_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.number is not UNSET:
            field_dict["number"] = self.number
        if self.verified is not UNSET:
            field_dict["verified"] = (
                format_datetime(self.verified) if isinstance(self.verified, datetime.datetime) else self.verified
            )
        if self.valid is not UNSET:
            field_dict["valid"] = self.valid
        if self.line_type is not UNSET:
            field_dict["lineType"] = self.line_type
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
        if (country := src_dict.get("country", UNSET)) is UNSET:
            _absent += 1
        elif not (country.__class__ is str or isinstance(country, str)):
            raise DecodeError("string", country, "country")
        if (number := src_dict.get("number", UNSET)) is UNSET:
            _absent += 1
        elif not (number.__class__ is str or isinstance(number, str)):
            raise DecodeError("string", number, "number")
        if (verified := src_dict.get("verified", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                verified_parsed = datetime_fromisoformat(verified)
            except (TypeError, ValueError):
                verified_parsed = _decode.date_time(verified, "verified")  # RFC 3339's lowercase forms, or an error
            if len(verified) < 19 or verified[10] not in "Tt " or verified_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "verified")
            verified = verified_parsed
        if (valid := src_dict.get("valid", UNSET)) is UNSET:
            _absent += 1
        elif not (valid is True or valid is False):
            raise DecodeError("boolean", valid, "valid")
        if (line_type := src_dict.get("lineType", UNSET)) is UNSET:
            _absent += 1
        elif not (line_type.__class__ is str or isinstance(line_type, str)):
            raise DecodeError("string", line_type, "lineType")
        _instance = _new(cls)
        _instance.country = country
        _instance.number = number
        _instance.verified = verified
        _instance.valid = valid
        _instance.line_type = line_type
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


Mobile.__tolerant__ = _tolerant.TolerantModel(
    Mobile,
    (
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("number", "number", _tolerant.string(), required=False),
        _tolerant.Field("verified", "verified", _tolerant.date_time(), required=False),
        _tolerant.Field("valid", "valid", _tolerant.boolean(), required=False),
        _tolerant.Field("lineType", "line_type", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = Mobile.__tolerant__.names
