from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AttributesResponse(Model, AdditionalProperties[Any]):
    """The custom attributes of one kind of record.

    Example:
        {'success': True, 'data': [{'id': 'attr-1', 'name': 'favouriteColour', 'label': 'Favourite colour', 'type':
            'contacts', 'dataType': 'text'}]}

    Attributes:
        success (bool | Unset):
        data (list[Attribute] | Unset):
    """

    success: bool | Unset = UNSET
    data: list[Attribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.attribute import Attribute  # noqa: E402

AttributesResponse.__tolerant__ = _tolerant.TolerantModel(
    AttributesResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.array(_tolerant.model(Attribute)), required=False),
    ),
    additional=None,
)
