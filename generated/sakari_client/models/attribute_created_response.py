from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AttributeCreatedResponse(Model, AdditionalProperties[Any]):
    """The create-attribute answer as the documentation page shows it. The page is a
    copy-and-paste mix-up; the shape is kept as documented.

        Example:
            {'success': True, 'data': {'amount': 123, 'below': 123}}

        Attributes:
            success (bool | Unset):
            data (AttributeCreatedAmounts | Unset): The `data` of the create-attribute answer, as the page documents it.
                Example: {'amount': 123, 'below': 123}.
    """

    success: bool | Unset = UNSET
    data: AttributeCreatedAmounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.attribute_created_amounts import AttributeCreatedAmounts  # noqa: E402

AttributeCreatedResponse.__tolerant__ = _tolerant.TolerantModel(
    AttributeCreatedResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(AttributeCreatedAmounts), required=False),
    ),
    additional=None,
)
