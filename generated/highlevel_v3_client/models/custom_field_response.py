from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class CustomFieldResponse(Model, AdditionalProperties[Any]):
    """One custom field.

    Example:
        {'customField': {'id': '3sv6UEo51C9Bmpo1cKTq', 'name': 'Pincode', 'fieldKey': 'contact.pincode', 'dataType':
            'TEXT', 'model': 'contact'}}

    Attributes:
        custom_field (CustomField): The definition of a custom field of a location. Contacts carry its values under its
            `id`;
            `fieldKey` is the name people use (`contact.pincode`).
             Example: {'id': '3sv6UEo51C9Bmpo1cKTq', 'name': 'Pincode', 'fieldKey': 'contact.pincode', 'placeholder': 'Pin
            code', 'dataType': 'TEXT', 'position': 0, 'locationId': 've9EPM428h8vShlRW1KT', 'model': 'contact'}.
    """

    custom_field: CustomField
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field import CustomField  # noqa: E402

CustomFieldResponse.__tolerant__ = _tolerant.TolerantModel(
    CustomFieldResponse,
    (_tolerant.Field("customField", "custom_field", _tolerant.model(CustomField), required=True),),
    additional=None,
)
