from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ListContactsMeta(Model, AdditionalProperties[Any]):
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
