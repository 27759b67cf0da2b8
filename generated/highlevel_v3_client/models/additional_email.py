from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AdditionalEmail(Model, AdditionalProperties[Any]):
    """One more e-mail address of a contact, as current records answer it.

    Example:
        {'email': 'rubika.work@deos.com'}

    Attributes:
        email (str | Unset):
    """

    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AdditionalEmail.__tolerant__ = _tolerant.TolerantModel(
    AdditionalEmail,
    (_tolerant.Field("email", "email", _tolerant.string(), required=False),),
    additional=None,
)
