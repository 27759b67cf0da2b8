from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFilters")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "tags",
        "attributes",
    }
)


@_attrs_define
class MessageFilters:
    """Selects the recipients among the account's contacts: those carrying every tag in `tags`
    and meeting every condition in `attributes`. Sakari's description types each attribute
    condition as a bare object; the conditions the sandbox understands are `AttributeCondition`s
    (`attribute`, `comparator`, `value`).

        Example:
            {'tags': ['vip'], 'attributes': [{'attribute': 'city', 'comparator': 'eq', 'value': ['Boston']}]}

        Attributes:
            tags (list[str] | Unset):
            attributes (list[MessageFiltersAttributesItem] | Unset):
    """

    tags: list[str] | Unset = UNSET
    attributes: list[MessageFiltersAttributesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        tags: Any = self.tags

        attributes: Any = self.attributes
        if isinstance(self.attributes, list):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item: Any = attributes_item_data
                if isinstance(attributes_item_data, MessageFiltersAttributesItem):
                    attributes_item = attributes_item_data.to_dict()

                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
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
            attributes_decoded: list[Any] = []
            try:
                for attributes_item in attributes:
                    attributes_decoded.append(_MessageFiltersAttributesItem_from_dict(attributes_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("attributes", len(attributes_decoded))
                raise
            attributes = attributes_decoded
        else:
            attributes = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.tags = tags
        _instance.attributes = attributes
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
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


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.message_filters_attributes_item import MessageFiltersAttributesItem  # noqa: E402

MessageFilters.__tolerant__ = _tolerant.TolerantModel(
    MessageFilters,
    (
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field(
            "attributes", "attributes", _tolerant.array(_tolerant.model(MessageFiltersAttributesItem)), required=False
        ),
    ),
    additional=None,
)

_MessageFiltersAttributesItem_from_dict = MessageFiltersAttributesItem.from_dict
