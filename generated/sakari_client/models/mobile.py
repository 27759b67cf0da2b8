from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented, rfc3339_fallback

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="Mobile")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "country",
        "number",
        "verified",
        "valid",
        "lineType",
    }
)


@_attrs_define
class Mobile:
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
        country = self.country

        number = self.number

        verified: Any = self.verified
        if isinstance(self.verified, datetime.datetime):
            verified = format_datetime(self.verified)

        valid = self.valid

        line_type = self.line_type

        field_dict: dict[str, Any] = {}
        if country is not UNSET:
            field_dict["country"] = country
        if number is not UNSET:
            field_dict["number"] = number
        if verified is not UNSET:
            field_dict["verified"] = verified
        if valid is not UNSET:
            field_dict["valid"] = valid
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

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
        if "country" in src_dict:
            country = src_dict["country"]
            if not (country.__class__ is str or isinstance(country, str)):
                raise DecodeError("string", country, "country")
        else:
            country = UNSET
            _absent += 1

        if "number" in src_dict:
            number = src_dict["number"]
            if not (number.__class__ is str or isinstance(number, str)):
                raise DecodeError("string", number, "number")
        else:
            number = UNSET
            _absent += 1

        if "verified" in src_dict:
            verified = src_dict["verified"]
            try:
                verified_parsed = datetime_fromisoformat(verified)
            except (TypeError, ValueError):
                try:
                    verified_parsed = rfc3339_fallback(verified)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "RFC 3339 date-time string", MALFORMED if isinstance(verified, str) else verified, "verified"
                    ) from None
            if len(verified) < 19 or verified[10] not in "Tt " or verified_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "verified")
            verified = verified_parsed
        else:
            verified = UNSET
            _absent += 1

        if "valid" in src_dict:
            valid = src_dict["valid"]
            if not (valid is True or valid is False):
                raise DecodeError("boolean", valid, "valid")
        else:
            valid = UNSET
            _absent += 1

        if "lineType" in src_dict:
            line_type = src_dict["lineType"]
            if not (line_type.__class__ is str or isinstance(line_type, str)):
                raise DecodeError("string", line_type, "lineType")
        else:
            line_type = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.country = country
        _instance.number = number
        _instance.verified = verified
        _instance.valid = valid
        _instance.line_type = line_type
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
