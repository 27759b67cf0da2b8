from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldInput")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "key",
        "field_value",
    }
)


@_attrs_define
class CustomFieldInput:
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
        id = self.id

        key = self.key

        field_value: Any = self.field_value
        if isinstance(self.field_value, list):
            field_value = self.field_value

        elif isinstance(self.field_value, CustomFieldObjectValue):
            field_value = self.field_value
            if isinstance(self.field_value, CustomFieldObjectValue):
                field_value = self.field_value.to_dict()

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if field_value is not UNSET:
            field_dict["field_value"] = field_value
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
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "key" in src_dict:
            key = src_dict["key"]
            if not (key.__class__ is str or isinstance(key, str)):
                raise DecodeError("string", key, "key")
        else:
            key = UNSET
            _absent += 1

        if "field_value" in src_dict:
            field_value = src_dict["field_value"]
            if field_value.__class__ is str or isinstance(field_value, str):
                if not (field_value.__class__ is str or isinstance(field_value, str)):
                    raise DecodeError("string", field_value, "field_value")

            elif isinstance(field_value, list):
                if not isinstance(field_value, list):
                    raise DecodeError("array", field_value, "field_value")
                try:
                    for field_value_item in field_value:
                        if not (field_value_item.__class__ is str or isinstance(field_value_item, str)):
                            field_value_index = next(
                                place for place, other in enumerate(field_value) if other is field_value_item
                            )
                            raise DecodeError("string", field_value_item, field_value_index)
                except DecodeError as _decode_error:
                    _decode_error.path.insert(0, "field_value")
                    raise

            elif isinstance(field_value, (int, float)) and not isinstance(field_value, bool):
                if not (isinstance(field_value, (int, float)) and not isinstance(field_value, bool)):
                    raise DecodeError("number", field_value, "field_value")

            elif isinstance(field_value, dict):
                try:
                    field_value = _CustomFieldObjectValue_from_dict(field_value)
                except DecodeError as _decode_error:
                    _decode_error.path.insert(0, "field_value")
                    raise

            else:
                raise DecodeError("string or array or number or object", field_value, "field_value")
        else:
            field_value = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.key = key
        _instance.field_value = field_value
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

_CustomFieldObjectValue_from_dict = CustomFieldObjectValue.from_dict
