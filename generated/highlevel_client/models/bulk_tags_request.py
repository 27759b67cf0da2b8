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

T = TypeVar("T", bound="BulkTagsRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class BulkTagsRequest(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.contacts, Unset):
            field_dict["contacts"] = self.contacts
        if not isinstance(self.tags, Unset):
            field_dict["tags"] = self.tags
        if not isinstance(self.location_id, Unset):
            field_dict["locationId"] = self.location_id
        if self.remove_all_tags is not UNSET:
            field_dict["removeAllTags"] = self.remove_all_tags
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
        if (contacts := src_dict.get("contacts", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "contacts")
        else:
            contacts = _decode_contacts(contacts, "contacts")
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "tags")
        else:
            tags = _decode_tags(tags, "tags")
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "locationId")
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (remove_all_tags := src_dict.get("removeAllTags", UNSET)) is UNSET:
            _absent += 1
        elif not (remove_all_tags is True or remove_all_tags is False):
            raise DecodeError("boolean", remove_all_tags, "removeAllTags")
        _instance = _new(cls)
        _instance.contacts = contacts
        _instance.tags = tags
        _instance.location_id = location_id
        _instance.remove_all_tags = remove_all_tags
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = BulkTagsRequest.__tolerant__.names
_decode_contacts = _decode.scalars((_decode.is_string,), "string")
_decode_tags = _decode.scalars((_decode.is_string,), "string")
