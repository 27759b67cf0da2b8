from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import Unset

T = TypeVar("T", bound="LocationTokenRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "companyId",
        "locationId",
    }
)


@_attrs_define
class LocationTokenRequest:
    """A form-encoded request for a location token.

    Example:
        {'companyId': 'c2D19ouCsGkMT1fmMJZV', 'locationId': 'l1C08ntBrFjLS0elLIYU'}

    Attributes:
        company_id (str): The company of the agency token.
        location_id (str): The location to get a token for.
    """

    company_id: str
    location_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        location_id = self.location_id

        field_dict: dict[str, Any] = {}
        if not isinstance(company_id, Unset):
            field_dict["companyId"] = company_id
        if not isinstance(location_id, Unset):
            field_dict["locationId"] = location_id
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
        try:
            company_id = src_dict["companyId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "companyId") from None
        if not (company_id.__class__ is str or isinstance(company_id, str)):
            raise DecodeError("string", company_id, "companyId")

        try:
            location_id = src_dict["locationId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "locationId") from None
        if not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")

        _instance = _new(cls)
        _instance.company_id = company_id
        _instance.location_id = location_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
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


LocationTokenRequest.__tolerant__ = _tolerant.TolerantModel(
    LocationTokenRequest,
    (
        _tolerant.Field("companyId", "company_id", _tolerant.string(), required=True),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
    ),
    additional=None,
)
