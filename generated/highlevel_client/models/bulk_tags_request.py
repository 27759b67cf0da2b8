from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkTagsRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "contacts",
        "tags",
        "locationId",
        "removeAllTags",
    }
)


@_attrs_define
class BulkTagsRequest:
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
        contacts: Any = self.contacts

        tags: Any = self.tags

        location_id = self.location_id

        remove_all_tags = self.remove_all_tags

        field_dict: dict[str, Any] = {}
        if not isinstance(contacts, Unset):
            field_dict["contacts"] = contacts
        if not isinstance(tags, Unset):
            field_dict["tags"] = tags
        if not isinstance(location_id, Unset):
            field_dict["locationId"] = location_id
        if remove_all_tags is not UNSET:
            field_dict["removeAllTags"] = remove_all_tags
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
            contacts = src_dict["contacts"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "contacts") from None
        if not isinstance(contacts, list):
            raise DecodeError("array", contacts, "contacts")
        try:
            for contacts_item in contacts:
                if not (contacts_item.__class__ is str or isinstance(contacts_item, str)):
                    contacts_index = next(place for place, other in enumerate(contacts) if other is contacts_item)
                    raise DecodeError("string", contacts_item, contacts_index)
        except DecodeError as _decode_error:
            _decode_error.path.insert(0, "contacts")
            raise

        try:
            tags = src_dict["tags"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "tags") from None
        if not isinstance(tags, list):
            raise DecodeError("array", tags, "tags")
        try:
            for tags_item in tags:
                if not (tags_item.__class__ is str or isinstance(tags_item, str)):
                    tags_index = next(place for place, other in enumerate(tags) if other is tags_item)
                    raise DecodeError("string", tags_item, tags_index)
        except DecodeError as _decode_error:
            _decode_error.path.insert(0, "tags")
            raise

        try:
            location_id = src_dict["locationId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "locationId") from None
        if not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")

        if "removeAllTags" in src_dict:
            remove_all_tags = src_dict["removeAllTags"]
            if not (remove_all_tags is True or remove_all_tags is False):
                raise DecodeError("boolean", remove_all_tags, "removeAllTags")
        else:
            remove_all_tags = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.contacts = contacts
        _instance.tags = tags
        _instance.location_id = location_id
        _instance.remove_all_tags = remove_all_tags
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
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
