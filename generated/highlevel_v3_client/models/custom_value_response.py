from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class CustomValueResponse(Model, AdditionalProperties[Any]):
    """One custom value.

    Example:
        {'customValue': {'id': 'rWQ709Pb62syqGLceg1x', 'name': 'Support phone', 'value': '+1 555 0100'}}

    Attributes:
        custom_value (CustomValue): A named text of a location that its templates insert through `fieldKey`. Example:
            {'id': 'rWQ709Pb62syqGLceg1x', 'name': 'Support phone', 'fieldKey': '{{ custom_values.support_phone }}',
            'value': '+1 555 0100', 'locationId': 've9EPM428h8vShlRW1KT'}.
    """

    custom_value: CustomValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_value import CustomValue  # noqa: E402

CustomValueResponse.__tolerant__ = _tolerant.TolerantModel(
    CustomValueResponse,
    (_tolerant.Field("customValue", "custom_value", _tolerant.model(CustomValue), required=True),),
    additional=None,
)
