from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CustomFieldValue(Model, AdditionalProperties[Any]):
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
