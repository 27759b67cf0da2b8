from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CampaignFilters(Model, AdditionalProperties[Any]):
    """Who a campaign reaches. Unlike a send's filters, Sakari's description types each attribute
    condition here as a string.

        Example:
            {'contacts': ['c-1'], 'tags': ['vip'], 'attributes': []}

        Attributes:
            contacts (list[str] | Unset): Contact ids.
            tags (list[str] | Unset):
            attributes (list[str] | Unset):
    """

    contacts: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CampaignFilters.__tolerant__ = _tolerant.TolerantModel(
    CampaignFilters,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("attributes", "attributes", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
