from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class DuplicateContactResponse(Model, AdditionalProperties[Any]):
    """The duplicate contact, or null when there is none.

    Example:
        {'contact': {'id': 'seD4PfOuKoVMLkEZqohJ', 'email': 'rosan@deos.com'}}

    Attributes:
        contact (ContactDetail | None | Unset): The duplicate, or null (OpenAPI 3.0 spells a null-only value as a
            nullable enum of null).
    """

    contact: ContactDetail | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact_detail import ContactDetail  # noqa: E402

DuplicateContactResponse.__tolerant__ = _tolerant.TolerantModel(
    DuplicateContactResponse,
    (_tolerant.Field("contact", "contact", _tolerant.model(ContactDetail, nullable=True), required=False),),
    additional=None,
)
