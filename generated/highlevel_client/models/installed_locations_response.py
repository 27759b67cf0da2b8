from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstalledLocationsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "locations",
        "count",
        "installToFutureLocations",
    }
)


@_attrs_define
class InstalledLocationsResponse:
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
        locations: Any = self.locations
        if isinstance(self.locations, list):
            locations = []
            for locations_item_data in self.locations:
                locations_item: Any = locations_item_data
                if isinstance(locations_item_data, InstalledLocation):
                    locations_item = locations_item_data.to_dict()

                locations.append(locations_item)

        count = self.count

        install_to_future_locations = self.install_to_future_locations

        field_dict: dict[str, Any] = {}
        if locations is not UNSET:
            field_dict["locations"] = locations
        if count is not UNSET:
            field_dict["count"] = count
        if install_to_future_locations is not UNSET:
            field_dict["installToFutureLocations"] = install_to_future_locations
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
        if "locations" in src_dict:
            locations = src_dict["locations"]
            if not isinstance(locations, list):
                raise DecodeError("array", locations, "locations")
            locations_decoded: list[Any] = []
            try:
                for locations_item in locations:
                    locations_decoded.append(_InstalledLocation_from_dict(locations_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("locations", len(locations_decoded))
                raise
            locations = locations_decoded
        else:
            locations = UNSET
            _absent += 1

        if "count" in src_dict:
            count = src_dict["count"]
            if not (isinstance(count, (int, float)) and not isinstance(count, bool)):
                raise DecodeError("number", count, "count")
        else:
            count = UNSET
            _absent += 1

        if "installToFutureLocations" in src_dict:
            install_to_future_locations = src_dict["installToFutureLocations"]
            if not (install_to_future_locations is True or install_to_future_locations is False):
                raise DecodeError("boolean", install_to_future_locations, "installToFutureLocations")
        else:
            install_to_future_locations = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.locations = locations
        _instance.count = count
        _instance.install_to_future_locations = install_to_future_locations
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

_InstalledLocation_from_dict = InstalledLocation.from_dict
