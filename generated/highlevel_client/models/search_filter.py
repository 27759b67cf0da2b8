from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.search_filter_group import SearchFilterGroup
from ..models.search_filter_operator import SearchFilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchFilter")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "field",
        "operator",
        "value",
        "group",
        "filters",
    }
)


@_attrs_define
class SearchFilter:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: Any = self.operator
        if isinstance(self.operator, SearchFilterOperator):
            operator = self.operator.value

        value = self.value

        group: Any = self.group
        if isinstance(self.group, SearchFilterGroup):
            group = self.group.value

        filters: Any = self.filters
        if isinstance(self.filters, list):
            filters = []
            for filters_item_data in self.filters:
                filters_item: Any = filters_item_data
                if isinstance(filters_item_data, SearchFilter):
                    filters_item = filters_item_data.to_dict()

                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if group is not UNSET:
            field_dict["group"] = group
        if filters is not UNSET:
            field_dict["filters"] = filters
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if "field" in src_dict:
            field = src_dict["field"]
            if not (field.__class__ is str or isinstance(field, str)):
                raise DecodeError("string", field, "field")
        else:
            field = UNSET
            _absent += 1

        if "operator" in src_dict:
            operator = src_dict["operator"]
            try:
                operator = SearchFilterOperator(operator)
            except ValueError:
                raise DecodeError(
                    "one of 'eq', 'not_eq', 'contains', 'not_contains', 'exists', 'not_exists', 'range'",
                    MALFORMED if (operator.__class__ is str or isinstance(operator, str)) else operator,
                    "operator",
                ) from None
        else:
            operator = UNSET
            _absent += 1

        if "value" in src_dict:
            value = src_dict["value"]
        else:
            value = UNSET
            _absent += 1

        if "group" in src_dict:
            group = src_dict["group"]
            try:
                group = SearchFilterGroup(group)
            except ValueError:
                raise DecodeError(
                    "one of 'AND', 'OR'",
                    MALFORMED if (group.__class__ is str or isinstance(group, str)) else group,
                    "group",
                ) from None
        else:
            group = UNSET
            _absent += 1

        if "filters" in src_dict:
            filters = src_dict["filters"]
            if not isinstance(filters, list):
                raise DecodeError("array", filters, "filters")
            filters_decoded: list[Any] = []
            try:
                for filters_item in filters:
                    filters_decoded.append(_SearchFilter_from_dict(filters_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("filters", len(filters_decoded))
                raise
            filters = filters_decoded
        else:
            filters = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.field = field
        _instance.operator = operator
        _instance.value = value
        _instance.group = group
        _instance.filters = filters
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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

_SearchFilter_from_dict = SearchFilter.from_dict
