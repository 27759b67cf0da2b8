from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "country",
        "number",
        "active",
    }
)


@_attrs_define
class PhoneNumber:
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
        country = self.country

        number = self.number

        active = self.active

        field_dict: dict[str, Any] = {}
        if country is not UNSET:
            field_dict["country"] = country
        if number is not UNSET:
            field_dict["number"] = number
        if active is not UNSET:
            field_dict["active"] = active
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

        if "active" in src_dict:
            active = src_dict["active"]
            if not (active is True or active is False):
                raise DecodeError("boolean", active, "active")
        else:
            active = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.country = country
        _instance.number = number
        _instance.active = active
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
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


PhoneNumber.__tolerant__ = _tolerant.TolerantModel(
    PhoneNumber,
    (
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("number", "number", _tolerant.string(), required=False),
        _tolerant.Field("active", "active", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
