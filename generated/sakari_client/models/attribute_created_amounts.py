from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AttributeCreatedAmounts(Model, AdditionalProperties[Any]):
    """The `data` of the create-attribute answer, as the page documents it.

    Example:
        {'amount': 123, 'below': 123}

    Attributes:
        amount (int | Unset):
        below (int | Unset):
    """

    amount: int | Unset = UNSET
    below: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AttributeCreatedAmounts.__tolerant__ = _tolerant.TolerantModel(
    AttributeCreatedAmounts,
    (
        _tolerant.Field("amount", "amount", _tolerant.integer(), required=False),
        _tolerant.Field("below", "below", _tolerant.integer(), required=False),
    ),
    additional=None,
)
