from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CustomFieldsResponse(Model, AdditionalProperties[Any]):
    """The custom fields of a location.

    Example:
        {'customFields': [{'id': '3sv6UEo51C9Bmpo1cKTq', 'name': 'Pincode', 'fieldKey': 'contact.pincode', 'dataType':
            'TEXT', 'model': 'contact'}]}

    Attributes:
        custom_fields (list[CustomField] | Unset):
    """

    custom_fields: list[CustomField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field import CustomField  # noqa: E402

CustomFieldsResponse.__tolerant__ = _tolerant.TolerantModel(
    CustomFieldsResponse,
    (_tolerant.Field("customFields", "custom_fields", _tolerant.array(_tolerant.model(CustomField)), required=False),),
    additional=None,
)
