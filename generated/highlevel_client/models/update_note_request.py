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

T = TypeVar("T", bound="UpdateNoteRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class UpdateNoteRequest(AdditionalProperties[Any]):
    """The fields of a note to change.

    Example:
        {'body': 'Sent the quote', 'pinned': False}

    Attributes:
        user_id (str | Unset):
        body_text (str | Unset):
        title (str | Unset):
        color (str | Unset):
        pinned (bool | Unset):
    """

    user_id: str | Unset = UNSET
    body_text: str | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.body_text is not UNSET:
            field_dict["body"] = self.body_text
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.color is not UNSET:
            field_dict["color"] = self.color
        if self.pinned is not UNSET:
            field_dict["pinned"] = self.pinned
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
        if (user_id := src_dict.get("userId", UNSET)) is UNSET:
            _absent += 1
        elif not (user_id.__class__ is str or isinstance(user_id, str)):
            raise DecodeError("string", user_id, "userId")
        if (body_text := src_dict.get("body", UNSET)) is UNSET:
            _absent += 1
        elif not (body_text.__class__ is str or isinstance(body_text, str)):
            raise DecodeError("string", body_text, "body")
        if (title := src_dict.get("title", UNSET)) is UNSET:
            _absent += 1
        elif not (title.__class__ is str or isinstance(title, str)):
            raise DecodeError("string", title, "title")
        if (color := src_dict.get("color", UNSET)) is UNSET:
            _absent += 1
        elif not (color.__class__ is str or isinstance(color, str)):
            raise DecodeError("string", color, "color")
        if (pinned := src_dict.get("pinned", UNSET)) is UNSET:
            _absent += 1
        elif not (pinned is True or pinned is False):
            raise DecodeError("boolean", pinned, "pinned")
        _instance = _new(cls)
        _instance.user_id = user_id
        _instance.body_text = body_text
        _instance.title = title
        _instance.color = color
        _instance.pinned = pinned
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


UpdateNoteRequest.__tolerant__ = _tolerant.TolerantModel(
    UpdateNoteRequest,
    (
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=False),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("color", "color", _tolerant.string(), required=False),
        _tolerant.Field("pinned", "pinned", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = UpdateNoteRequest.__tolerant__.names
