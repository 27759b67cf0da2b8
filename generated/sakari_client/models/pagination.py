from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "totalCount",
        "limit",
        "offset",
        "hasNext",
    }
)


@_attrs_define
class Pagination:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        limit = self.limit

        offset = self.offset

        has_next = self.has_next

        field_dict: dict[str, Any] = {}
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if has_next is not UNSET:
            field_dict["hasNext"] = has_next
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
        if "totalCount" in src_dict:
            total_count = src_dict["totalCount"]
            if not (
                total_count.__class__ is int or (isinstance(total_count, int) and not isinstance(total_count, bool))
            ):
                raise DecodeError("integer", total_count, "totalCount")
        else:
            total_count = UNSET
            _absent += 1

        if "limit" in src_dict:
            limit = src_dict["limit"]
            if not (limit.__class__ is int or (isinstance(limit, int) and not isinstance(limit, bool))):
                raise DecodeError("integer", limit, "limit")
        else:
            limit = UNSET
            _absent += 1

        if "offset" in src_dict:
            offset = src_dict["offset"]
            if not (offset.__class__ is int or (isinstance(offset, int) and not isinstance(offset, bool))):
                raise DecodeError("integer", offset, "offset")
        else:
            offset = UNSET
            _absent += 1

        if "hasNext" in src_dict:
            has_next = src_dict["hasNext"]
            if not (has_next is True or has_next is False):
                raise DecodeError("boolean", has_next, "hasNext")
        else:
            has_next = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.total_count = total_count
        _instance.limit = limit
        _instance.offset = offset
        _instance.has_next = has_next
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
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
