from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class InstalledLocationsResponse(Model, AdditionalProperties[Any]):
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
