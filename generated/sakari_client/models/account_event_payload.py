from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AccountEventPayload(Model, AdditionalProperties[Any]):
    """What an account event carries.

    Example:
        {'balance': 12.5}

    Attributes:
        balance (float | Unset):
    """

    balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AccountEventPayload.__tolerant__ = _tolerant.TolerantModel(
    AccountEventPayload,
    (_tolerant.Field("balance", "balance", _tolerant.number(), required=False),),
    additional=None,
)
