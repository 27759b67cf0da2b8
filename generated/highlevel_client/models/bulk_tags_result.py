from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..models.bulk_tags_outcome import BulkTagsOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTagsResult")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class BulkTagsResult(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_.value if isinstance(self.type_, BulkTagsOutcome) else self.type_
        if self.old_tags is not UNSET:
            field_dict["oldTags"] = self.old_tags
        if self.tags_added is not UNSET:
            field_dict["tagsAdded"] = self.tags_added
        if self.tags_removed is not UNSET:
            field_dict["tagsRemoved"] = self.tags_removed
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
        if (contact_id := src_dict.get("contactId", UNSET)) is UNSET:
            _absent += 1
        elif not (contact_id.__class__ is str or isinstance(contact_id, str)):
            raise DecodeError("string", contact_id, "contactId")
        if (message := src_dict.get("message", UNSET)) is UNSET:
            _absent += 1
        elif not (message.__class__ is str or isinstance(message, str)):
            raise DecodeError("string", message, "message")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        else:
            type_ = _decode_type_(type_, "type")
        if (old_tags := src_dict.get("oldTags", UNSET)) is UNSET:
            _absent += 1
        else:
            old_tags = _decode_old_tags(old_tags, "oldTags")
        if (tags_added := src_dict.get("tagsAdded", UNSET)) is UNSET:
            _absent += 1
        else:
            tags_added = _decode_tags_added(tags_added, "tagsAdded")
        if (tags_removed := src_dict.get("tagsRemoved", UNSET)) is UNSET:
            _absent += 1
        else:
            tags_removed = _decode_tags_removed(tags_removed, "tagsRemoved")
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = BulkTagsResult.__tolerant__.names
_decode_type_ = _decode.enum(BulkTagsOutcome)
_decode_old_tags = _decode.scalars((_decode.is_string,), "string")
_decode_tags_added = _decode.scalars((_decode.is_string,), "string")
_decode_tags_removed = _decode.scalars((_decode.is_string,), "string")
