from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AttributeCondition(Model, AdditionalProperties[Any]):
    """One condition of a list filter on a contact attribute.

    Example:
        {'attribute': '<string>', 'comparator': '<string>', 'value': ['<string>']}

    Attributes:
        attribute (str | Unset): Name of the attribute compared.
        comparator (str | Unset): How the attribute is compared with the values.
        value (list[str] | Unset): Values the attribute is compared with.
    """

    attribute: str | Unset = UNSET
    comparator: str | Unset = UNSET
    value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AttributeCondition.__tolerant__ = _tolerant.TolerantModel(
    AttributeCondition,
    (
        _tolerant.Field("attribute", "attribute", _tolerant.string(), required=False),
        _tolerant.Field("comparator", "comparator", _tolerant.string(), required=False),
        _tolerant.Field("value", "value", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
