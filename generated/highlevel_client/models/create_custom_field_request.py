from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.create_custom_field_request_model import CreateCustomFieldRequestModel
from ..types import UNSET, Unset


@_attrs_define
class CreateCustomFieldRequest(Model, AdditionalProperties[Any]):
    """A new custom field; its name and data type are required.

    Example:
        {'name': 'Pincode', 'dataType': 'TEXT', 'model': 'contact'}

    Attributes:
        name (str):
        data_type (str): The kind of value the field holds, such as `TEXT`, `NUMERICAL` or `FILE_UPLOAD`.
        placeholder (str | Unset):
        accepted_format (list[str] | Unset): File extensions a file field accepts (`.pdf`).
        is_multiple_file (bool | Unset):
        max_number_of_files (float | Unset):
        text_box_list_options (list[TextBoxListOption] | Unset):
        position (float | Unset):  Default: 0.0.
        model (CreateCustomFieldRequestModel | Unset): The object the field belongs to.
    """

    name: str
    data_type: str
    placeholder: str | Unset = UNSET
    accepted_format: list[str] | Unset = UNSET
    is_multiple_file: bool | Unset = UNSET
    max_number_of_files: float | Unset = UNSET
    text_box_list_options: list[TextBoxListOption] | Unset = UNSET
    position: float | Unset = 0.0
    model: CreateCustomFieldRequestModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.text_box_list_option import TextBoxListOption  # noqa: E402

CreateCustomFieldRequest.__tolerant__ = _tolerant.TolerantModel(
    CreateCustomFieldRequest,
    (
        _tolerant.Field("name", "name", _tolerant.string(), required=True),
        _tolerant.Field("dataType", "data_type", _tolerant.string(), required=True),
        _tolerant.Field("placeholder", "placeholder", _tolerant.string(), required=False),
        _tolerant.Field("acceptedFormat", "accepted_format", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("isMultipleFile", "is_multiple_file", _tolerant.boolean(), required=False),
        _tolerant.Field("maxNumberOfFiles", "max_number_of_files", _tolerant.number(), required=False),
        _tolerant.Field(
            "textBoxListOptions",
            "text_box_list_options",
            _tolerant.array(_tolerant.model(TextBoxListOption)),
            required=False,
        ),
        _tolerant.Field("position", "position", _tolerant.number(), required=False),
        _tolerant.Field("model", "model", _tolerant.enum(CreateCustomFieldRequestModel), required=False),
    ),
    additional=None,
)
