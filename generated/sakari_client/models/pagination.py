from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Pagination(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.total_count is not UNSET:
            field_dict["totalCount"] = self.total_count
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        if self.offset is not UNSET:
            field_dict["offset"] = self.offset
        if self.has_next is not UNSET:
            field_dict["hasNext"] = self.has_next
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
        if (total_count := src_dict.get("totalCount", UNSET)) is UNSET:
            _absent += 1
        elif not (total_count.__class__ is int or (isinstance(total_count, int) and not isinstance(total_count, bool))):
            raise DecodeError("integer", total_count, "totalCount")
        if (limit := src_dict.get("limit", UNSET)) is UNSET:
            _absent += 1
        elif not (limit.__class__ is int or (isinstance(limit, int) and not isinstance(limit, bool))):
            raise DecodeError("integer", limit, "limit")
        if (offset := src_dict.get("offset", UNSET)) is UNSET:
            _absent += 1
        elif not (offset.__class__ is int or (isinstance(offset, int) and not isinstance(offset, bool))):
            raise DecodeError("integer", offset, "offset")
        if (has_next := src_dict.get("hasNext", UNSET)) is UNSET:
            _absent += 1
        elif not (has_next is True or has_next is False):
            raise DecodeError("boolean", has_next, "hasNext")
        _instance = _new(cls)
        _instance.total_count = total_count
        _instance.limit = limit
        _instance.offset = offset
        _instance.has_next = has_next
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Pagination.__tolerant__.names
