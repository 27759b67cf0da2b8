from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SearchContactsResponse(Model, AdditionalProperties[Any]):
    """One page of search results and the number of matches. No source marks `contacts` as
    required; it is required here only because the generated pager reads its length (see
    the comment below).

        Example:
            {'contacts': [{'id': 'ocQHyuzHvysMo5N5VsXc', 'email': 'JohnDeo@gmail.com', 'searchAfter': [1603964290255,
                'ocQHyuzHvysMo5N5VsXc']}], 'total': 1}

        Attributes:
            contacts (list[SearchedContact]):
            total (int | Unset): Contacts matching the search.
    """

    contacts: list[SearchedContact]
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.searched_contact import SearchedContact  # noqa: E402

SearchContactsResponse.__tolerant__ = _tolerant.TolerantModel(
    SearchContactsResponse,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(SearchedContact)), required=True),
        _tolerant.Field("total", "total", _tolerant.integer(), required=False),
    ),
    additional=None,
)
