from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Pagination(Model, AdditionalProperties[Any]):
    """Where a page sits in the whole result set. `totalCount` is absent from the list page's
    sample but present on the create page's and in Sakari's own description.

        Example:
            {'totalCount': 123, 'limit': 123, 'offset': 123, 'hasNext': True}

        Attributes:
            total_count (int | Unset): Number of results in the whole set.
            limit (int | Unset):
            offset (int | Unset):
            has_next (bool | Unset): Whether another page follows this one.
    """

    total_count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    has_next: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Pagination.__tolerant__ = _tolerant.TolerantModel(
    Pagination,
    (
        _tolerant.Field("totalCount", "total_count", _tolerant.integer(), required=False),
        _tolerant.Field("limit", "limit", _tolerant.integer(), required=False),
        _tolerant.Field("offset", "offset", _tolerant.integer(), required=False),
        _tolerant.Field("hasNext", "has_next", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
