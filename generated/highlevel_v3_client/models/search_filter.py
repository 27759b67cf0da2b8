from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.search_filter_group import SearchFilterGroup
from ..models.search_filter_operator import SearchFilterOperator
from ..types import UNSET, Unset


@_attrs_define
class SearchFilter(Model, AdditionalProperties[Any]):
    """One condition (`field`, `operator`, `value`) or a group of them (`group` with `filters`).
    HighLevel's search documentation gives the operators: `eq` and `not_eq` (a string, number
    or boolean), `contains` and `not_contains` (a string), `exists` and `not_exists` (no
    value), and `range` (an object with `gte` and `lte`). A group joins its filters with `AND`
    or `OR`; the filters of the search itself are joined with `AND`.

        Example:
            {'field': 'tags', 'operator': 'contains', 'value': 'vip'}

        Attributes:
            field (str | Unset): The contact field the condition tests, such as `tags`, `email` or `dateAdded`.
            operator (SearchFilterOperator | Unset): How the field is tested.
            value (Any | Unset): What the field is tested against: a string, number or boolean; an object with `gte`
                and `lte` for `range`; nothing for `exists` and `not_exists`.
            group (SearchFilterGroup | Unset): Makes this a group whose `filters` must all (`AND`) or any (`OR`) match.
            filters (list[SearchFilter] | Unset): The conditions of a group.
    """

    field: str | Unset = UNSET
    operator: SearchFilterOperator | Unset = UNSET
    value: Any | Unset = UNSET
    group: SearchFilterGroup | Unset = UNSET
    filters: list[SearchFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


SearchFilter.__tolerant__ = _tolerant.TolerantModel(
    SearchFilter,
    (
        _tolerant.Field("field", "field", _tolerant.string(), required=False),
        _tolerant.Field("operator", "operator", _tolerant.enum(SearchFilterOperator), required=False),
        _tolerant.Field("value", "value", _tolerant.any_value(), required=False),
        _tolerant.Field("group", "group", _tolerant.enum(SearchFilterGroup), required=False),
        _tolerant.Field("filters", "filters", _tolerant.array(_tolerant.model(SearchFilter)), required=False),
    ),
    additional=None,
)
