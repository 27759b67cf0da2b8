from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.custom_field_model import CustomFieldModel
from ..types import UNSET, Unset


@_attrs_define
class CustomField(Model, AdditionalProperties[Any]):
    """The definition of a custom field of a location. Contacts carry its values under its `id`;
    `fieldKey` is the name people use (`contact.pincode`).

        Example:
            {'id': '3sv6UEo51C9Bmpo1cKTq', 'name': 'Pincode', 'fieldKey': 'contact.pincode', 'placeholder': 'Pin code',
                'dataType': 'TEXT', 'position': 0, 'locationId': 've9EPM428h8vShlRW1KT', 'model': 'contact'}

        Attributes:
            id (str):
            name (str | Unset): The label shown for the field.
            field_key (str | Unset): The key of the field, prefixed with its object (`contact.pincode`).
            placeholder (str | Unset):
            data_type (str | Unset): The kind of value the field holds, such as `TEXT` or `NUMERICAL`.
            position (float | Unset): Where the field is shown among the others.
            picklist_options (list[str] | Unset): The choices of a picklist field.
            picklist_image_options (list[str] | Unset):
            is_allowed_custom_option (bool | Unset): Whether a value outside the choices is accepted.
            is_multi_file_allowed (bool | Unset): Whether a file field takes more than one file.
            max_file_limit (float | Unset): How many files a file field takes at most.
            location_id (str | Unset):
            model (CustomFieldModel | Unset): The object the field belongs to.
    """

    id: str
    name: str | Unset = UNSET
    field_key: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    data_type: str | Unset = UNSET
    position: float | Unset = UNSET
    picklist_options: list[str] | Unset = UNSET
    picklist_image_options: list[str] | Unset = UNSET
    is_allowed_custom_option: bool | Unset = UNSET
    is_multi_file_allowed: bool | Unset = UNSET
    max_file_limit: float | Unset = UNSET
    location_id: str | Unset = UNSET
    model: CustomFieldModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CustomField.__tolerant__ = _tolerant.TolerantModel(
    CustomField,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("fieldKey", "field_key", _tolerant.string(), required=False),
        _tolerant.Field("placeholder", "placeholder", _tolerant.string(), required=False),
        _tolerant.Field("dataType", "data_type", _tolerant.string(), required=False),
        _tolerant.Field("position", "position", _tolerant.number(), required=False),
        _tolerant.Field("picklistOptions", "picklist_options", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field(
            "picklistImageOptions", "picklist_image_options", _tolerant.array(_tolerant.string()), required=False
        ),
        _tolerant.Field("isAllowedCustomOption", "is_allowed_custom_option", _tolerant.boolean(), required=False),
        _tolerant.Field("isMultiFileAllowed", "is_multi_file_allowed", _tolerant.boolean(), required=False),
        _tolerant.Field("maxFileLimit", "max_file_limit", _tolerant.number(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("model", "model", _tolerant.enum(CustomFieldModel), required=False),
    ),
    additional=None,
)
