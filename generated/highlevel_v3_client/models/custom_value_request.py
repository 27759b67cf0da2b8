from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class CustomValueRequest(Model, AdditionalProperties[Any]):
    """The name and value of a custom value; both are required.

    Example:
        {'name': 'Support phone', 'value': '+1 555 0100'}

    Attributes:
        name (str):
        value (str):
    """

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CustomValueRequest.__tolerant__ = _tolerant.TolerantModel(
    CustomValueRequest,
    (
        _tolerant.Field("name", "name", _tolerant.string(), required=True),
        _tolerant.Field("value", "value", _tolerant.string(), required=True),
    ),
    additional=None,
)
