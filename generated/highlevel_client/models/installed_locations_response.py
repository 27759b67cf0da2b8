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

T = TypeVar("T", bound="InstalledLocationsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class InstalledLocationsResponse(AdditionalProperties[Any]):
    """The company's locations and their count (no field is marked required by any source).

    Example:
        {'locations': [{'_id': '0IHuJvc2ofPAAA8GzTRi', 'name': 'Deo Dental', 'address': '47 W 13th St, New York, NY
            10011, USA', 'isInstalled': True}], 'count': 1, 'installToFutureLocations': True}

    Attributes:
        locations (list[InstalledLocation] | Unset):
        count (float | Unset): Locations of the company.
        install_to_future_locations (bool | Unset):
    """

    locations: list[InstalledLocation] | Unset = UNSET
    count: float | Unset = UNSET
    install_to_future_locations: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.locations is not UNSET:
            field_dict["locations"] = (
                [item.to_dict() if isinstance(item, InstalledLocation) else item for item in self.locations]
                if isinstance(self.locations, list)
                else self.locations
            )
        if self.count is not UNSET:
            field_dict["count"] = self.count
        if self.install_to_future_locations is not UNSET:
            field_dict["installToFutureLocations"] = self.install_to_future_locations
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
        if (locations := src_dict.get("locations", UNSET)) is UNSET:
            _absent += 1
        elif locations.__class__ is not list and not isinstance(locations, list):
            raise DecodeError("array", locations, "locations")
        else:
            try:
                locations = [_InstalledLocation_from_dict(item) for item in locations]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "locations", _decode.first_failure(_InstalledLocation_from_dict, locations)
                ) from None
        if (count := src_dict.get("count", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(count, (int, float)) and not isinstance(count, bool)):
            raise DecodeError("number", count, "count")
        if (install_to_future_locations := src_dict.get("installToFutureLocations", UNSET)) is UNSET:
            _absent += 1
        elif not (install_to_future_locations is True or install_to_future_locations is False):
            raise DecodeError("boolean", install_to_future_locations, "installToFutureLocations")
        _instance = _new(cls)
        _instance.locations = locations
        _instance.count = count
        _instance.install_to_future_locations = install_to_future_locations
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.installed_location import InstalledLocation  # noqa: E402

InstalledLocationsResponse.__tolerant__ = _tolerant.TolerantModel(
    InstalledLocationsResponse,
    (
        _tolerant.Field("locations", "locations", _tolerant.array(_tolerant.model(InstalledLocation)), required=False),
        _tolerant.Field("count", "count", _tolerant.number(), required=False),
        _tolerant.Field("installToFutureLocations", "install_to_future_locations", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = InstalledLocationsResponse.__tolerant__.names
_InstalledLocation_from_dict = InstalledLocation.from_dict
