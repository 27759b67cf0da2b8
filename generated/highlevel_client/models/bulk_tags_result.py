from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.bulk_tags_outcome import BulkTagsOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTagsResult")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "contactId",
        "message",
        "type",
        "oldTags",
        "tagsAdded",
        "tagsRemoved",
    }
)


@_attrs_define
class BulkTagsResult:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        contact_id = self.contact_id

        message = self.message

        type_: Any = self.type_
        if isinstance(self.type_, BulkTagsOutcome):
            type_ = self.type_.value

        old_tags: Any = self.old_tags

        tags_added: Any = self.tags_added

        tags_removed: Any = self.tags_removed

        field_dict: dict[str, Any] = {}
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if old_tags is not UNSET:
            field_dict["oldTags"] = old_tags
        if tags_added is not UNSET:
            field_dict["tagsAdded"] = tags_added
        if tags_removed is not UNSET:
            field_dict["tagsRemoved"] = tags_removed
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
        if "contactId" in src_dict:
            contact_id = src_dict["contactId"]
            if not (contact_id.__class__ is str or isinstance(contact_id, str)):
                raise DecodeError("string", contact_id, "contactId")
        else:
            contact_id = UNSET
            _absent += 1

        if "message" in src_dict:
            message = src_dict["message"]
            if not (message.__class__ is str or isinstance(message, str)):
                raise DecodeError("string", message, "message")
        else:
            message = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            try:
                type_ = BulkTagsOutcome(type_)
            except ValueError:
                raise DecodeError(
                    "one of 'success', 'error'",
                    MALFORMED if (type_.__class__ is str or isinstance(type_, str)) else type_,
                    "type",
                ) from None
        else:
            type_ = UNSET
            _absent += 1

        if "oldTags" in src_dict:
            old_tags = src_dict["oldTags"]
            if not isinstance(old_tags, list):
                raise DecodeError("array", old_tags, "oldTags")
            try:
                for old_tags_item in old_tags:
                    if not (old_tags_item.__class__ is str or isinstance(old_tags_item, str)):
                        old_tags_index = next(place for place, other in enumerate(old_tags) if other is old_tags_item)
                        raise DecodeError("string", old_tags_item, old_tags_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "oldTags")
                raise
        else:
            old_tags = UNSET
            _absent += 1

        if "tagsAdded" in src_dict:
            tags_added = src_dict["tagsAdded"]
            if not isinstance(tags_added, list):
                raise DecodeError("array", tags_added, "tagsAdded")
            try:
                for tags_added_item in tags_added:
                    if not (tags_added_item.__class__ is str or isinstance(tags_added_item, str)):
                        tags_added_index = next(
                            place for place, other in enumerate(tags_added) if other is tags_added_item
                        )
                        raise DecodeError("string", tags_added_item, tags_added_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "tagsAdded")
                raise
        else:
            tags_added = UNSET
            _absent += 1

        if "tagsRemoved" in src_dict:
            tags_removed = src_dict["tagsRemoved"]
            if not isinstance(tags_removed, list):
                raise DecodeError("array", tags_removed, "tagsRemoved")
            try:
                for tags_removed_item in tags_removed:
                    if not (tags_removed_item.__class__ is str or isinstance(tags_removed_item, str)):
                        tags_removed_index = next(
                            place for place, other in enumerate(tags_removed) if other is tags_removed_item
                        )
                        raise DecodeError("string", tags_removed_item, tags_removed_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "tagsRemoved")
                raise
        else:
            tags_removed = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.contact_id = contact_id
        _instance.message = message
        _instance.type_ = type_
        _instance.old_tags = old_tags
        _instance.tags_added = tags_added
        _instance.tags_removed = tags_removed
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 6:
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
