from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SearchContactsRequest(Model, AdditionalProperties[Any]):
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
