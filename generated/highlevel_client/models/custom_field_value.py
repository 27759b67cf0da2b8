from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldValue")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "value",
    }
)


@_attrs_define
class CustomFieldValue:
    """A custom field value of a contact in an answer. HighLevel's contact description types
    `value` as a string, but its webhook event descriptions allow a string, a number, an
    array or an object (checkbox, numeric, monetary and file fields), so any of them is
    accepted here.

        Example:
            {'id': 'MgobCB14YMVKuE4Ka8p1', 'value': 'name'}

        Attributes:
            id (str | Unset):
            value (CustomFieldObjectValue | float | list[Any] | str | Unset): A custom field value as stored by HighLevel,
                of any of the JSON types it uses. Example: ['red', 'blue'].
    """

    id: str | Unset = UNSET
    value: CustomFieldObjectValue | float | list[Any] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value: Any = self.value
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, CustomFieldObjectValue):
            value = self.value
            if isinstance(self.value, CustomFieldObjectValue):
                value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value
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

        if "value" in src_dict:
            value = src_dict["value"]
            if value.__class__ is str or isinstance(value, str):
                if not (value.__class__ is str or isinstance(value, str)):
                    raise DecodeError("string", value, "value")

            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                if not (isinstance(value, (int, float)) and not isinstance(value, bool)):
                    raise DecodeError("number", value, "value")

            elif isinstance(value, list):
                if not isinstance(value, list):
                    raise DecodeError("array", value, "value")

            elif isinstance(value, dict):
                try:
                    value = _CustomFieldObjectValue_from_dict(value)
                except DecodeError as _decode_error:
                    _decode_error.path.insert(0, "value")
                    raise

            else:
                raise DecodeError("string or number or array or object", value, "value")
        else:
            value = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.value = value
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
from ..models.custom_field_object_value import CustomFieldObjectValue  # noqa: E402

CustomFieldValue.__tolerant__ = _tolerant.TolerantModel(
    CustomFieldValue,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field(
            "value",
            "value",
            _tolerant.union(
                _tolerant.string(),
                _tolerant.number(),
                _tolerant.array(_tolerant.any_value()),
                _tolerant.model(CustomFieldObjectValue),
            ),
            required=False,
        ),
    ),
    additional=None,
)

_CustomFieldObjectValue_from_dict = CustomFieldObjectValue.from_dict
