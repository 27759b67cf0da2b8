from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CustomValuesResponse(Model, AdditionalProperties[Any]):
    """The custom values of a location.

    Example:
        {'customValues': [{'id': 'rWQ709Pb62syqGLceg1x', 'name': 'Support phone', 'value': '+1 555 0100'}]}

    Attributes:
        custom_values (list[CustomValue] | Unset):
    """

    custom_values: list[CustomValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_value import CustomValue  # noqa: E402

CustomValuesResponse.__tolerant__ = _tolerant.TolerantModel(
    CustomValuesResponse,
    (_tolerant.Field("customValues", "custom_values", _tolerant.array(_tolerant.model(CustomValue)), required=False),),
    additional=None,
)
