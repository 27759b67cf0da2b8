from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..models.search_filter_group import SearchFilterGroup
from ..models.search_filter_operator import SearchFilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchFilter")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class SearchFilter(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.field is not UNSET:
            field_dict["field"] = self.field
        if self.operator is not UNSET:
            field_dict["operator"] = (
                self.operator.value if isinstance(self.operator, SearchFilterOperator) else self.operator
            )
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.group is not UNSET:
            field_dict["group"] = self.group.value if isinstance(self.group, SearchFilterGroup) else self.group
        if self.filters is not UNSET:
            field_dict["filters"] = (
                [item.to_dict() if isinstance(item, SearchFilter) else item for item in self.filters]
                if isinstance(self.filters, list)
                else self.filters
            )
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
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
        if (field := src_dict.get("field", UNSET)) is UNSET:
            _absent += 1
        elif not (field.__class__ is str or isinstance(field, str)):
            raise DecodeError("string", field, "field")
        if (operator := src_dict.get("operator", UNSET)) is UNSET:
            _absent += 1
        else:
            operator = _decode_operator(operator, "operator")
        if (value := src_dict.get("value", UNSET)) is UNSET:
            _absent += 1
        if (group := src_dict.get("group", UNSET)) is UNSET:
            _absent += 1
        else:
            group = _decode_group(group, "group")
        if (filters := src_dict.get("filters", UNSET)) is UNSET:
            _absent += 1
        elif filters.__class__ is not list and not isinstance(filters, list):
            raise DecodeError("array", filters, "filters")
        else:
            try:
                filters = [_SearchFilter_from_dict(item) for item in filters]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("filters", _decode.first_failure(_SearchFilter_from_dict, filters)) from None
        _instance = _new(cls)
        _instance.field = field
        _instance.operator = operator
        _instance.value = value
        _instance.group = group
        _instance.filters = filters
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = SearchFilter.__tolerant__.names
_SearchFilter_from_dict = SearchFilter.from_dict
_decode_operator = _decode.enum(SearchFilterOperator)
_decode_group = _decode.enum(SearchFilterGroup)
