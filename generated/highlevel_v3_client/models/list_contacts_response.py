from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ListContactsResponse(Model, AdditionalProperties[Any]):
    """One page of the deprecated list. HighLevel's description gives `contacts` and `count`,
    and the paging `meta` as a separate schema; they are joined here as the service answers.
    No source marks `contacts` as required; it is required here only because the generated
    pager reads its length.

        Example:
            {'contacts': [{'id': 'ocQHyuzHvysMo5N5VsXc', 'email': 'JohnDeo@gmail.com'}], 'count': 1, 'meta': {'total': 1,
                'nextPageUrl': None, 'startAfterId': None, 'startAfter': None, 'currentPage': 1, 'nextPage': None, 'prevPage':
                None}}

        Attributes:
            contacts (list[SearchedContact]):
            count (float | Unset):
            meta (ListContactsMeta | Unset): Where a page of the deprecated list sits, and the cursor of the next page.
                Example: {'total': 50, 'nextPageUrl': 'http://localhost:5058/contacts/?locationId=ve9EPM428h8vShlRW1KT&startAfte
                r=1631087949919&startAfterId=yd0jdjOavGk2o6Nh5Ndb', 'startAfterId': 'yd0jdjOavGk2o6Nh5Ndb', 'startAfter':
                1631087949919, 'currentPage': 2, 'nextPage': 3, 'prevPage': 1}.
    """

    contacts: list[SearchedContact]
    count: float | Unset = UNSET
    meta: ListContactsMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.list_contacts_meta import ListContactsMeta  # noqa: E402
from ..models.searched_contact import SearchedContact  # noqa: E402

ListContactsResponse.__tolerant__ = _tolerant.TolerantModel(
    ListContactsResponse,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(SearchedContact)), required=True),
        _tolerant.Field("count", "count", _tolerant.number(), required=False),
        _tolerant.Field("meta", "meta", _tolerant.model(ListContactsMeta), required=False),
    ),
    additional=None,
)
