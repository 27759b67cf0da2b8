from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchContactsRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "locationId",
        "pageLimit",
        "page",
        "searchAfter",
        "filters",
        "sort",
        "query",
    }
)


@_attrs_define
class SearchContactsRequest:
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
        location_id = self.location_id

        page_limit = self.page_limit

        page = self.page

        search_after: Any = self.search_after
        if isinstance(self.search_after, list):
            search_after = []
            for search_after_item_data in self.search_after:
                search_after_item: Any = search_after_item_data

                search_after.append(search_after_item)

        filters: Any = self.filters
        if isinstance(self.filters, list):
            filters = []
            for filters_item_data in self.filters:
                filters_item: Any = filters_item_data
                if isinstance(filters_item_data, SearchFilter):
                    filters_item = filters_item_data.to_dict()

                filters.append(filters_item)

        sort: Any = self.sort
        if isinstance(self.sort, list):
            sort = []
            for sort_item_data in self.sort:
                sort_item: Any = sort_item_data
                if isinstance(sort_item_data, SearchSort):
                    sort_item = sort_item_data.to_dict()

                sort.append(sort_item)

        query = self.query

        field_dict: dict[str, Any] = {}
        if not isinstance(location_id, Unset):
            field_dict["locationId"] = location_id
        if page_limit is not UNSET:
            field_dict["pageLimit"] = page_limit
        if page is not UNSET:
            field_dict["page"] = page
        if search_after is not UNSET:
            field_dict["searchAfter"] = search_after
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sort is not UNSET:
            field_dict["sort"] = sort
        if query is not UNSET:
            field_dict["query"] = query
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
        try:
            location_id = src_dict["locationId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "locationId") from None
        if not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")

        if "pageLimit" in src_dict:
            page_limit = src_dict["pageLimit"]
            if not (page_limit.__class__ is int or (isinstance(page_limit, int) and not isinstance(page_limit, bool))):
                raise DecodeError("integer", page_limit, "pageLimit")
        else:
            page_limit = UNSET
            _absent += 1

        if "page" in src_dict:
            page = src_dict["page"]
            if not (page.__class__ is int or (isinstance(page, int) and not isinstance(page, bool))):
                raise DecodeError("integer", page, "page")
        else:
            page = UNSET
            _absent += 1

        if "searchAfter" in src_dict:
            search_after = src_dict["searchAfter"]
            if not isinstance(search_after, list):
                raise DecodeError("array", search_after, "searchAfter")
            try:
                search_after_decoded: list[Any] = []
                for search_after_index, search_after_item in enumerate(search_after):
                    if search_after_item.__class__ is str or isinstance(search_after_item, str):
                        if not (search_after_item.__class__ is str or isinstance(search_after_item, str)):
                            raise DecodeError("string", search_after_item, search_after_index)

                    elif isinstance(search_after_item, (int, float)) and not isinstance(search_after_item, bool):
                        if not (
                            isinstance(search_after_item, (int, float)) and not isinstance(search_after_item, bool)
                        ):
                            raise DecodeError("number", search_after_item, search_after_index)

                    else:
                        raise DecodeError("string or number", search_after_item, search_after_index)

                    search_after_decoded.append(search_after_item)
                search_after = search_after_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "searchAfter")
                raise
        else:
            search_after = UNSET
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

        if "sort" in src_dict:
            sort = src_dict["sort"]
            if not isinstance(sort, list):
                raise DecodeError("array", sort, "sort")
            sort_decoded: list[Any] = []
            try:
                for sort_item in sort:
                    sort_decoded.append(_SearchSort_from_dict(sort_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("sort", len(sort_decoded))
                raise
            sort = sort_decoded
        else:
            sort = UNSET
            _absent += 1

        if "query" in src_dict:
            query = src_dict["query"]
            if not (query.__class__ is str or isinstance(query, str)):
                raise DecodeError("string", query, "query")
        else:
            query = UNSET
            _absent += 1

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

_SearchFilter_from_dict = SearchFilter.from_dict
_SearchSort_from_dict = SearchSort.from_dict
