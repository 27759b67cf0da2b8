from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignFilters")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "contacts",
        "tags",
        "attributes",
    }
)


@_attrs_define
class CampaignFilters:
    """Who a campaign reaches. Unlike a send's filters, Sakari's description types each attribute
    condition here as a string.

        Example:
            {'contacts': ['c-1'], 'tags': ['vip'], 'attributes': []}

        Attributes:
            contacts (list[str] | Unset): Contact ids.
            tags (list[str] | Unset):
            attributes (list[str] | Unset):
    """

    contacts: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        contacts: Any = self.contacts

        tags: Any = self.tags

        attributes: Any = self.attributes

        field_dict: dict[str, Any] = {}
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if tags is not UNSET:
            field_dict["tags"] = tags
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
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
        if "contacts" in src_dict:
            contacts = src_dict["contacts"]
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
        else:
            contacts = UNSET
            _absent += 1

        if "tags" in src_dict:
            tags = src_dict["tags"]
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
        else:
            tags = UNSET
            _absent += 1

        if "attributes" in src_dict:
            attributes = src_dict["attributes"]
            if not isinstance(attributes, list):
                raise DecodeError("array", attributes, "attributes")
            try:
                for attributes_item in attributes:
                    if not (attributes_item.__class__ is str or isinstance(attributes_item, str)):
                        attributes_index = next(
                            place for place, other in enumerate(attributes) if other is attributes_item
                        )
                        raise DecodeError("string", attributes_item, attributes_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributes")
                raise
        else:
            attributes = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.contacts = contacts
        _instance.tags = tags
        _instance.attributes = attributes
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
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


CampaignFilters.__tolerant__ = _tolerant.TolerantModel(
    CampaignFilters,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("attributes", "attributes", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
