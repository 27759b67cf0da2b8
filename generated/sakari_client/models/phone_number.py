from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class PhoneNumber(AdditionalProperties[Any]):
    """One of the account's sending phone numbers.

    Example:
        {'country': 'US', 'number': '+15550100', 'active': True}

    Attributes:
        country (str | Unset): Country of the number (ISO 3166-1 alpha-2 code).
        number (str | Unset):
        active (bool | Unset): Whether the number can send.
    """

    country: str | Unset = UNSET
    number: str | Unset = UNSET
    active: bool | Unset = UNSET
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
        if self.active is not UNSET:
            field_dict["active"] = self.active
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
        if (active := src_dict.get("active", UNSET)) is UNSET:
            _absent += 1
        elif not (active is True or active is False):
            raise DecodeError("boolean", active, "active")
        _instance = _new(cls)
        _instance.country = country
        _instance.number = number
        _instance.active = active
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


PhoneNumber.__tolerant__ = _tolerant.TolerantModel(
    PhoneNumber,
    (
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("number", "number", _tolerant.string(), required=False),
        _tolerant.Field("active", "active", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = PhoneNumber.__tolerant__.names
