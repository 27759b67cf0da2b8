from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AdditionalPhone(Model, AdditionalProperties[Any]):
    """One more phone number of a contact, as current records answer it.

    Example:
        {'phone': '+18832327658'}

    Attributes:
        phone (str | Unset):
    """

    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AdditionalPhone.__tolerant__ = _tolerant.TolerantModel(
    AdditionalPhone,
    (_tolerant.Field("phone", "phone", _tolerant.string(), required=False),),
    additional=None,
)
