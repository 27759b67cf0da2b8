from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class BulkTagsRequest(Model, AdditionalProperties[Any]):
    """The contacts whose tags change, and the tags.

    Example:
        {'contacts': ['qFSqySFkVvNzOSqgGqFi', '3ualbhnV7j3n3a9r2moD'], 'tags': ['tag-1', 'tag-2'], 'locationId':
            'asdrwHvLUxlfw5SqKVCN', 'removeAllTags': False}

    Attributes:
        contacts (list[str]): Identifiers of the contacts to change.
        tags (list[str]): Tags to add or remove.
        location_id (str): Location (sub-account) the contacts belong to.
        remove_all_tags (bool | Unset): With `remove` only; when true every tag of the contacts is removed.
    """

    contacts: list[str]
    tags: list[str]
    location_id: str
    remove_all_tags: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


BulkTagsRequest.__tolerant__ = _tolerant.TolerantModel(
    BulkTagsRequest,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.string()), required=True),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=True),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("removeAllTags", "remove_all_tags", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
