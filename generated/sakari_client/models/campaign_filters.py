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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignFilters")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class CampaignFilters(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.contacts is not UNSET:
            field_dict["contacts"] = self.contacts
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.attributes is not UNSET:
            field_dict["attributes"] = self.attributes
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
            _absent += 1
        else:
            contacts = _decode_contacts(contacts, "contacts")
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        else:
            tags = _decode_tags(tags, "tags")
        if (attributes := src_dict.get("attributes", UNSET)) is UNSET:
            _absent += 1
        else:
            attributes = _decode_attributes(attributes, "attributes")
        _instance = _new(cls)
        _instance.contacts = contacts
        _instance.tags = tags
        _instance.attributes = attributes
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


CampaignFilters.__tolerant__ = _tolerant.TolerantModel(
    CampaignFilters,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("attributes", "attributes", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = CampaignFilters.__tolerant__.names
_decode_contacts = _decode.scalars((_decode.is_string,), "string")
_decode_tags = _decode.scalars((_decode.is_string,), "string")
_decode_attributes = _decode.scalars((_decode.is_string,), "string")
