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

T = TypeVar("T", bound="CustomFieldInput")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class CustomFieldInput(AdditionalProperties[Any]):
    """A custom field value to set, naming the field by its `id` or by its `key` (one of the
    two is needed; HighLevel's text-field input requires neither, its other inputs require
    `id`, and its examples name fields by `key`). The documentation page shows a text
    value; HighLevel's own description also takes a list of strings (checkbox and
    multi-select fields), a number (numeric and monetary fields) and an object (file fields).

        Example:
            {'id': '6dvNaf7VhkQ9snc5vnjJ', 'key': 'my_custom_field', 'field_value': 'My Text'}

        Attributes:
            id (str | Unset): Identifier of the custom field.
            key (str | Unset): Key of the custom field, such as `contact.my_custom_field`.
            field_value (CustomFieldObjectValue | float | list[str] | str | Unset):
    """

    id: str | Unset = UNSET
    key: str | Unset = UNSET
    field_value: CustomFieldObjectValue | float | list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.field_value is not UNSET:
            field_dict["field_value"] = to_json(self.field_value)
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (key := src_dict.get("key", UNSET)) is UNSET:
            _absent += 1
        elif not (key.__class__ is str or isinstance(key, str)):
            raise DecodeError("string", key, "key")
        if (field_value := src_dict.get("field_value", UNSET)) is UNSET:
            _absent += 1
        else:
            field_value = _decode_field_value(field_value, "field_value")
        _instance = _new(cls)
        _instance.id = id
        _instance.key = key
        _instance.field_value = field_value
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_object_value import CustomFieldObjectValue  # noqa: E402

CustomFieldInput.__tolerant__ = _tolerant.TolerantModel(
    CustomFieldInput,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("key", "key", _tolerant.string(), required=False),
        _tolerant.Field(
            "field_value",
            "field_value",
            _tolerant.union(
                _tolerant.string(),
                _tolerant.array(_tolerant.string()),
                _tolerant.number(),
                _tolerant.model(CustomFieldObjectValue),
            ),
            required=False,
        ),
    ),
    additional=None,
)
_FIELD_NAMES = CustomFieldInput.__tolerant__.names
_decode_field_value = _decode.one_of(
    "string or array or number or object",
    (
        (_decode.is_string, None),
        (_decode.is_list, _decode.scalars((_decode.is_string,), "string")),
        (_decode.is_number, None),
    ),
    (CustomFieldObjectValue.from_dict,),
)
