from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Tag(AdditionalProperties[Any]):
    """A tag on a contact (from Sakari's own OpenAPI description).

    Example:
        {'tag': 'vip', 'visible': True}

    Attributes:
        tag (str | Unset):
        visible (bool | Unset):
    """

    tag: str | Unset = UNSET
    visible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.tag is not UNSET:
            field_dict["tag"] = self.tag
        if self.visible is not UNSET:
            field_dict["visible"] = self.visible
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
        if (tag := src_dict.get("tag", UNSET)) is UNSET:
            _absent += 1
        elif not (tag.__class__ is str or isinstance(tag, str)):
            raise DecodeError("string", tag, "tag")
        if (visible := src_dict.get("visible", UNSET)) is UNSET:
            _absent += 1
        elif not (visible is True or visible is False):
            raise DecodeError("boolean", visible, "visible")
        _instance = _new(cls)
        _instance.tag = tag
        _instance.visible = visible
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


Tag.__tolerant__ = _tolerant.TolerantModel(
    Tag,
    (
        _tolerant.Field("tag", "tag", _tolerant.string(), required=False),
        _tolerant.Field("visible", "visible", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = Tag.__tolerant__.names
