from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.bulk_tags_outcome import BulkTagsOutcome
from ..types import UNSET, Unset


@_attrs_define
class BulkTagsResult(Model, AdditionalProperties[Any]):
    """What a bulk tag update did to one contact: on success its tags before and the tags
    added and removed; on error only `message` says why (an unknown or deleted contact,
    or one of another location).

        Example:
            {'contactId': 'qFSqySFkVvNzOSqgGqFi', 'message': 'Tags updated', 'type': 'success', 'oldTags': ['tag-1'],
                'tagsAdded': ['tag-2'], 'tagsRemoved': []}

        Attributes:
            contact_id (str | Unset):
            message (str | Unset):
            type_ (BulkTagsOutcome | Unset): Whether the change of one contact's tags succeeded. Example: success.
            old_tags (list[str] | Unset):
            tags_added (list[str] | Unset):
            tags_removed (list[str] | Unset):
    """

    contact_id: str | Unset = UNSET
    message: str | Unset = UNSET
    type_: BulkTagsOutcome | Unset = UNSET
    old_tags: list[str] | Unset = UNSET
    tags_added: list[str] | Unset = UNSET
    tags_removed: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


BulkTagsResult.__tolerant__ = _tolerant.TolerantModel(
    BulkTagsResult,
    (
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(BulkTagsOutcome), required=False),
        _tolerant.Field("oldTags", "old_tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("tagsAdded", "tags_added", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("tagsRemoved", "tags_removed", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
