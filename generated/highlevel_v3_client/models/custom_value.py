from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CustomValue(Model, AdditionalProperties[Any]):
    """A named text of a location that its templates insert through `fieldKey`.

    Example:
        {'id': 'rWQ709Pb62syqGLceg1x', 'name': 'Support phone', 'fieldKey': '{{ custom_values.support_phone }}',
            'value': '+1 555 0100', 'locationId': 've9EPM428h8vShlRW1KT'}

    Attributes:
        id (str):
        name (str | Unset):
        field_key (str | Unset): The placeholder that inserts the value, such as `{{ custom_values.support_phone }}`.
        value (str | Unset):
        location_id (str | Unset):
    """

    id: str
    name: str | Unset = UNSET
    field_key: str | Unset = UNSET
    value: str | Unset = UNSET
    location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CustomValue.__tolerant__ = _tolerant.TolerantModel(
    CustomValue,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("fieldKey", "field_key", _tolerant.string(), required=False),
        _tolerant.Field("value", "value", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
    ),
    additional=None,
)
