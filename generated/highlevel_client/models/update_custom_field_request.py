from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.update_custom_field_request_model import UpdateCustomFieldRequestModel
from ..types import UNSET, Unset


@_attrs_define
class UpdateCustomFieldRequest(Model, AdditionalProperties[Any]):
    """The changes to a custom field; its name is required, its data type cannot change.

    Example:
        {'name': 'Postal code'}

    Attributes:
        name (str):
        placeholder (str | Unset):
        accepted_format (list[str] | Unset):
        is_multiple_file (bool | Unset):
        max_number_of_files (float | Unset):
        text_box_list_options (list[TextBoxListOption] | Unset):
        position (float | Unset):  Default: 0.0.
        model (UpdateCustomFieldRequestModel | Unset):
    """

    name: str
    placeholder: str | Unset = UNSET
    accepted_format: list[str] | Unset = UNSET
    is_multiple_file: bool | Unset = UNSET
    max_number_of_files: float | Unset = UNSET
    text_box_list_options: list[TextBoxListOption] | Unset = UNSET
    position: float | Unset = 0.0
    model: UpdateCustomFieldRequestModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.text_box_list_option import TextBoxListOption  # noqa: E402

UpdateCustomFieldRequest.__tolerant__ = _tolerant.TolerantModel(
    UpdateCustomFieldRequest,
    (
        _tolerant.Field("name", "name", _tolerant.string(), required=True),
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
        _tolerant.Field("model", "model", _tolerant.enum(UpdateCustomFieldRequestModel), required=False),
    ),
    additional=None,
)
