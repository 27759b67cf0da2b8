from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class PhoneNumber(Model, AdditionalProperties[Any]):
    """One of the account's sending phone numbers.

    Example:
        {'country': 'US', 'number': '+15550100', 'active': True}

    Attributes:
        country (str | Unset): Country of the number (ISO 3166-1 alpha-2 code).
        number (str | Unset):
        active (bool | Unset): Whether the number can send.
    """

    country: str | Unset = UNSET
    number: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


PhoneNumber.__tolerant__ = _tolerant.TolerantModel(
    PhoneNumber,
    (
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("number", "number", _tolerant.string(), required=False),
        _tolerant.Field("active", "active", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
