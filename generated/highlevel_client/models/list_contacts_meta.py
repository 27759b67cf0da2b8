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

T = TypeVar("T", bound="ListContactsMeta")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ListContactsMeta(AdditionalProperties[Any]):
    """Where a page of the deprecated list sits, and the cursor of the next page.

    Example:
        {'total': 50, 'nextPageUrl': 'http://localhost:5058/contacts/?locationId=ve9EPM428h8vShlRW1KT&startAfter=1631087
            949919&startAfterId=yd0jdjOavGk2o6Nh5Ndb', 'startAfterId': 'yd0jdjOavGk2o6Nh5Ndb', 'startAfter': 1631087949919,
            'currentPage': 2, 'nextPage': 3, 'prevPage': 1}

    Attributes:
        total (float | Unset):
        next_page_url (None | str | Unset):
        start_after_id (None | str | Unset):
        start_after (float | None | Unset):
        current_page (float | Unset):
        next_page (float | None | Unset):
        prev_page (float | None | Unset):
    """

    total: float | Unset = UNSET
    next_page_url: str | Unset | None = UNSET
    start_after_id: str | Unset | None = UNSET
    start_after: float | Unset | None = UNSET
    current_page: float | Unset = UNSET
    next_page: float | Unset | None = UNSET
    prev_page: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.next_page_url is not UNSET:
            field_dict["nextPageUrl"] = self.next_page_url
        if self.start_after_id is not UNSET:
            field_dict["startAfterId"] = self.start_after_id
        if self.start_after is not UNSET:
            field_dict["startAfter"] = self.start_after
        if self.current_page is not UNSET:
            field_dict["currentPage"] = self.current_page
        if self.next_page is not UNSET:
            field_dict["nextPage"] = self.next_page
        if self.prev_page is not UNSET:
            field_dict["prevPage"] = self.prev_page
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
        if (total := src_dict.get("total", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(total, (int, float)) and not isinstance(total, bool)):
            raise DecodeError("number", total, "total")
        if (next_page_url := src_dict.get("nextPageUrl", UNSET)) is UNSET:
            _absent += 1
        elif not ((next_page_url.__class__ is str or isinstance(next_page_url, str)) or next_page_url is None):
            raise DecodeError("string or null", next_page_url, "nextPageUrl")
        if (start_after_id := src_dict.get("startAfterId", UNSET)) is UNSET:
            _absent += 1
        elif not ((start_after_id.__class__ is str or isinstance(start_after_id, str)) or start_after_id is None):
            raise DecodeError("string or null", start_after_id, "startAfterId")
        if (start_after := src_dict.get("startAfter", UNSET)) is UNSET:
            _absent += 1
        elif not ((isinstance(start_after, (int, float)) and not isinstance(start_after, bool)) or start_after is None):
            raise DecodeError("number or null", start_after, "startAfter")
        if (current_page := src_dict.get("currentPage", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(current_page, (int, float)) and not isinstance(current_page, bool)):
            raise DecodeError("number", current_page, "currentPage")
        if (next_page := src_dict.get("nextPage", UNSET)) is UNSET:
            _absent += 1
        elif not ((isinstance(next_page, (int, float)) and not isinstance(next_page, bool)) or next_page is None):
            raise DecodeError("number or null", next_page, "nextPage")
        if (prev_page := src_dict.get("prevPage", UNSET)) is UNSET:
            _absent += 1
        elif not ((isinstance(prev_page, (int, float)) and not isinstance(prev_page, bool)) or prev_page is None):
            raise DecodeError("number or null", prev_page, "prevPage")
        _instance = _new(cls)
        _instance.total = total
        _instance.next_page_url = next_page_url
        _instance.start_after_id = start_after_id
        _instance.start_after = start_after
        _instance.current_page = current_page
        _instance.next_page = next_page
        _instance.prev_page = prev_page
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


ListContactsMeta.__tolerant__ = _tolerant.TolerantModel(
    ListContactsMeta,
    (
        _tolerant.Field("total", "total", _tolerant.number(), required=False),
        _tolerant.Field("nextPageUrl", "next_page_url", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("startAfterId", "start_after_id", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("startAfter", "start_after", _tolerant.number(nullable=True), required=False),
        _tolerant.Field("currentPage", "current_page", _tolerant.number(), required=False),
        _tolerant.Field("nextPage", "next_page", _tolerant.number(nullable=True), required=False),
        _tolerant.Field("prevPage", "prev_page", _tolerant.number(nullable=True), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ListContactsMeta.__tolerant__.names
