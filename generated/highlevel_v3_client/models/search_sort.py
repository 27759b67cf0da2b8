from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.search_sort_direction import SearchSortDirection


@_attrs_define
class SearchSort(Model, AdditionalProperties[Any]):
    """One sort key of a search.

    Example:
        {'field': 'dateAdded', 'direction': 'desc'}

    Attributes:
        field (str): Field to sort by, such as `dateAdded`.
        direction (SearchSortDirection):
    """

    field: str
    direction: SearchSortDirection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


SearchSort.__tolerant__ = _tolerant.TolerantModel(
    SearchSort,
    (
        _tolerant.Field("field", "field", _tolerant.string(), required=True),
        _tolerant.Field("direction", "direction", _tolerant.enum(SearchSortDirection), required=True),
    ),
    additional=None,
)
