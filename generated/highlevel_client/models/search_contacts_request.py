from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchContactsRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class SearchContactsRequest(AdditionalProperties[Any]):
    """A contact search. `page` counts from 1 and covers the first 10,000 results; past them,
    send the `searchAfter` of the last contact of the previous page instead of `page`.

        Example:
            {'locationId': 've9EPM428h8vShlRW1KT', 'pageLimit': 20, 'page': 1, 'filters': [{'field': 'tags', 'operator':
                'contains', 'value': 'vip'}], 'sort': [{'field': 'dateAdded', 'direction': 'desc'}]}

        Attributes:
            location_id (str): Location (sub-account) to search.
            page_limit (int | Unset): Contacts per page (at most 500).
            page (int | Unset): Page number, from 1.
            search_after (list[float | str] | Unset): The `searchAfter` of the last contact of the previous page.
            filters (list[SearchFilter] | Unset):
            sort (list[SearchSort] | Unset):
            query (str | Unset): Free text to look for.
    """

    location_id: str
    page_limit: int | Unset = UNSET
    page: int | Unset = UNSET
    search_after: list[float | str] | Unset = UNSET
    filters: list[SearchFilter] | Unset = UNSET
    sort: list[SearchSort] | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.location_id, Unset):
            field_dict["locationId"] = self.location_id
        if self.page_limit is not UNSET:
            field_dict["pageLimit"] = self.page_limit
        if self.page is not UNSET:
            field_dict["page"] = self.page
        if self.search_after is not UNSET:
            field_dict["searchAfter"] = self.search_after
        if self.filters is not UNSET:
            field_dict["filters"] = (
                [item.to_dict() if isinstance(item, SearchFilter) else item for item in self.filters]
                if isinstance(self.filters, list)
                else self.filters
            )
        if self.sort is not UNSET:
            field_dict["sort"] = (
                [item.to_dict() if isinstance(item, SearchSort) else item for item in self.sort]
                if isinstance(self.sort, list)
                else self.sort
            )
        if self.query is not UNSET:
            field_dict["query"] = self.query
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
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "locationId")
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (page_limit := src_dict.get("pageLimit", UNSET)) is UNSET:
            _absent += 1
        elif not (page_limit.__class__ is int or (isinstance(page_limit, int) and not isinstance(page_limit, bool))):
            raise DecodeError("integer", page_limit, "pageLimit")
        if (page := src_dict.get("page", UNSET)) is UNSET:
            _absent += 1
        elif not (page.__class__ is int or (isinstance(page, int) and not isinstance(page, bool))):
            raise DecodeError("integer", page, "page")
        if (search_after := src_dict.get("searchAfter", UNSET)) is UNSET:
            _absent += 1
        else:
            search_after = _decode_search_after(search_after, "searchAfter")
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
        if (sort := src_dict.get("sort", UNSET)) is UNSET:
            _absent += 1
        elif sort.__class__ is not list and not isinstance(sort, list):
            raise DecodeError("array", sort, "sort")
        else:
            try:
                sort = [_SearchSort_from_dict(item) for item in sort]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("sort", _decode.first_failure(_SearchSort_from_dict, sort)) from None
        if (query := src_dict.get("query", UNSET)) is UNSET:
            _absent += 1
        elif not (query.__class__ is str or isinstance(query, str)):
            raise DecodeError("string", query, "query")
        _instance = _new(cls)
        _instance.location_id = location_id
        _instance.page_limit = page_limit
        _instance.page = page
        _instance.search_after = search_after
        _instance.filters = filters
        _instance.sort = sort
        _instance.query = query
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.search_filter import SearchFilter  # noqa: E402
from ..models.search_sort import SearchSort  # noqa: E402

SearchContactsRequest.__tolerant__ = _tolerant.TolerantModel(
    SearchContactsRequest,
    (
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("pageLimit", "page_limit", _tolerant.integer(), required=False),
        _tolerant.Field("page", "page", _tolerant.integer(), required=False),
        _tolerant.Field(
            "searchAfter",
            "search_after",
            _tolerant.array(_tolerant.union(_tolerant.string(), _tolerant.number())),
            required=False,
        ),
        _tolerant.Field("filters", "filters", _tolerant.array(_tolerant.model(SearchFilter)), required=False),
        _tolerant.Field("sort", "sort", _tolerant.array(_tolerant.model(SearchSort)), required=False),
        _tolerant.Field("query", "query", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = SearchContactsRequest.__tolerant__.names
_SearchFilter_from_dict = SearchFilter.from_dict
_SearchSort_from_dict = SearchSort.from_dict
_decode_search_after = _decode.scalars(
    (
        _decode.is_string,
        _decode.is_number,
    ),
    "string or number",
)
