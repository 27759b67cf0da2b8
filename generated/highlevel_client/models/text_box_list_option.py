from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class TextBoxListOption(Model, AdditionalProperties[Any]):
    """One box of a text-box-list field, with the text it starts with.

    Example:
        {'label': 'First', 'prefillValue': ''}

    Attributes:
        label (str | Unset):
        prefill_value (str | Unset):
    """

    label: str | Unset = UNSET
    prefill_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TextBoxListOption.__tolerant__ = _tolerant.TolerantModel(
    TextBoxListOption,
    (
        _tolerant.Field("label", "label", _tolerant.string(), required=False),
        _tolerant.Field("prefillValue", "prefill_value", _tolerant.string(), required=False),
    ),
    additional=None,
)
