from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactError(Model, AdditionalProperties[Any]):
    """Why the service will not message a contact (per-contact, not a request error).

    Example:
        {'code': 'CONT-010', 'description': 'Contact has requested no further communication'}

    Attributes:
        code (str | Unset):
        description (str | Unset):
    """

    code: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


ContactError.__tolerant__ = _tolerant.TolerantModel(
    ContactError,
    (
        _tolerant.Field("code", "code", _tolerant.string(), required=False),
        _tolerant.Field("description", "description", _tolerant.string(), required=False),
    ),
    additional=None,
)
