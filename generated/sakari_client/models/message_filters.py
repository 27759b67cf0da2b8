from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class MessageFilters(Model, AdditionalProperties[Any]):
    """Selects the recipients among the account's contacts: those carrying every tag in `tags`
    and meeting every condition in `attributes`. Sakari's description types each attribute
    condition as a bare object; the conditions the sandbox understands are `AttributeCondition`s
    (`attribute`, `comparator`, `value`).

        Example:
            {'tags': ['vip'], 'attributes': [{'attribute': 'city', 'comparator': 'eq', 'value': ['Boston']}]}

        Attributes:
            tags (list[str] | Unset):
            attributes (list[MessageFiltersAttributesItem] | Unset):
    """

    tags: list[str] | Unset = UNSET
    attributes: list[MessageFiltersAttributesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.message_filters_attributes_item import MessageFiltersAttributesItem  # noqa: E402

MessageFilters.__tolerant__ = _tolerant.TolerantModel(
    MessageFilters,
    (
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field(
            "attributes", "attributes", _tolerant.array(_tolerant.model(MessageFiltersAttributesItem)), required=False
        ),
    ),
    additional=None,
)
