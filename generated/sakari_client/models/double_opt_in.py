from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class DoubleOptIn(Model, AdditionalProperties[Any]):
    """Whether joining the list asks the contact to confirm, and with which prompt.

    Example:
        {'enabled': True, 'prompt': '<string>'}

    Attributes:
        enabled (bool | Unset):
        prompt (str | Unset):
    """

    enabled: bool | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


DoubleOptIn.__tolerant__ = _tolerant.TolerantModel(
    DoubleOptIn,
    (
        _tolerant.Field("enabled", "enabled", _tolerant.boolean(), required=False),
        _tolerant.Field("prompt", "prompt", _tolerant.string(), required=False),
    ),
    additional=None,
)
