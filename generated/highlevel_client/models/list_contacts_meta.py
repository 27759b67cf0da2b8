from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListContactsMeta")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "total",
        "nextPageUrl",
        "startAfterId",
        "startAfter",
        "currentPage",
        "nextPage",
        "prevPage",
    }
)


@_attrs_define
class ListContactsMeta:
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
        total = self.total

        next_page_url: Any = self.next_page_url

        start_after_id: Any = self.start_after_id

        start_after: Any = self.start_after

        current_page = self.current_page

        next_page: Any = self.next_page

        prev_page: Any = self.prev_page

        field_dict: dict[str, Any] = {}
        if total is not UNSET:
            field_dict["total"] = total
        if next_page_url is not UNSET:
            field_dict["nextPageUrl"] = next_page_url
        if start_after_id is not UNSET:
            field_dict["startAfterId"] = start_after_id
        if start_after is not UNSET:
            field_dict["startAfter"] = start_after
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if prev_page is not UNSET:
            field_dict["prevPage"] = prev_page
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
        if "total" in src_dict:
            total = src_dict["total"]
            if not (isinstance(total, (int, float)) and not isinstance(total, bool)):
                raise DecodeError("number", total, "total")
        else:
            total = UNSET
            _absent += 1

        if "nextPageUrl" in src_dict:
            next_page_url = src_dict["nextPageUrl"]
            if next_page_url.__class__ is str or isinstance(next_page_url, str):
                if not (next_page_url.__class__ is str or isinstance(next_page_url, str)):
                    raise DecodeError("string", next_page_url, "nextPageUrl")

            elif next_page_url is None:
                if next_page_url is not None:
                    raise DecodeError("null", next_page_url, "nextPageUrl")

            else:
                raise DecodeError("string or null", next_page_url, "nextPageUrl")
        else:
            next_page_url = UNSET
            _absent += 1

        if "startAfterId" in src_dict:
            start_after_id = src_dict["startAfterId"]
            if start_after_id.__class__ is str or isinstance(start_after_id, str):
                if not (start_after_id.__class__ is str or isinstance(start_after_id, str)):
                    raise DecodeError("string", start_after_id, "startAfterId")

            elif start_after_id is None:
                if start_after_id is not None:
                    raise DecodeError("null", start_after_id, "startAfterId")

            else:
                raise DecodeError("string or null", start_after_id, "startAfterId")
        else:
            start_after_id = UNSET
            _absent += 1

        if "startAfter" in src_dict:
            start_after = src_dict["startAfter"]
            if isinstance(start_after, (int, float)) and not isinstance(start_after, bool):
                if not (isinstance(start_after, (int, float)) and not isinstance(start_after, bool)):
                    raise DecodeError("number", start_after, "startAfter")

            elif start_after is None:
                if start_after is not None:
                    raise DecodeError("null", start_after, "startAfter")

            else:
                raise DecodeError("number or null", start_after, "startAfter")
        else:
            start_after = UNSET
            _absent += 1

        if "currentPage" in src_dict:
            current_page = src_dict["currentPage"]
            if not (isinstance(current_page, (int, float)) and not isinstance(current_page, bool)):
                raise DecodeError("number", current_page, "currentPage")
        else:
            current_page = UNSET
            _absent += 1

        if "nextPage" in src_dict:
            next_page = src_dict["nextPage"]
            if isinstance(next_page, (int, float)) and not isinstance(next_page, bool):
                if not (isinstance(next_page, (int, float)) and not isinstance(next_page, bool)):
                    raise DecodeError("number", next_page, "nextPage")

            elif next_page is None:
                if next_page is not None:
                    raise DecodeError("null", next_page, "nextPage")

            else:
                raise DecodeError("number or null", next_page, "nextPage")
        else:
            next_page = UNSET
            _absent += 1

        if "prevPage" in src_dict:
            prev_page = src_dict["prevPage"]
            if isinstance(prev_page, (int, float)) and not isinstance(prev_page, bool):
                if not (isinstance(prev_page, (int, float)) and not isinstance(prev_page, bool)):
                    raise DecodeError("number", prev_page, "prevPage")

            elif prev_page is None:
                if prev_page is not None:
                    raise DecodeError("null", prev_page, "prevPage")

            else:
                raise DecodeError("number or null", prev_page, "prevPage")
        else:
            prev_page = UNSET
            _absent += 1

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
