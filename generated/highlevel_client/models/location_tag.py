from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class LocationTag(Model, AdditionalProperties[Any]):
    """A tag defined in a location.

    Example:
        {'id': 'flGwEuzsfJOia1i1ikRN', 'name': 'customer', 'locationId': 've9EPM428h8vShlRW1KT'}

    Attributes:
        id (str):
        name (str | Unset):
        location_id (str | Unset):
    """

    id: str
    name: str | Unset = UNSET
    location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


LocationTag.__tolerant__ = _tolerant.TolerantModel(
    LocationTag,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
    ),
    additional=None,
)
