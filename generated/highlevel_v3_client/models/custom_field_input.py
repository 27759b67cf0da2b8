from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CustomFieldInput(Model, AdditionalProperties[Any]):
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
