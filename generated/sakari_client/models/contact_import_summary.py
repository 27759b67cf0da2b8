from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactImportSummary(Model, AdditionalProperties[Any]):
    """What a CSV import did.

    Example:
        {'contacts': [{'id': 'c-1', 'firstName': 'Joe', 'lastName': 'Bloggs', 'mobile': {'number': '123-456-7890'}}],
            'errors': [{'firstName': 'Ann', 'mobile': {'number': '12'}, 'error': {'code': 'CONT-001', 'description':
            'Invalid mobile number'}}], 'submitted': 2, 'inserted': 1, 'updated': 0, 'success': 1}

    Attributes:
        contacts (list[Contact] | Unset): The contacts imported.
        errors (list[Contact] | Unset): The rows that failed validation, as contacts with their `error`.
        submitted (int | Unset): Rows submitted.
        inserted (int | Unset): Contacts created.
        updated (int | Unset): Existing contacts updated.
        success (int | Unset): Rows imported without error.
    """

    contacts: list[Contact] | Unset = UNSET
    errors: list[Contact] | Unset = UNSET
    submitted: int | Unset = UNSET
    inserted: int | Unset = UNSET
    updated: int | Unset = UNSET
    success: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact import Contact  # noqa: E402

ContactImportSummary.__tolerant__ = _tolerant.TolerantModel(
    ContactImportSummary,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(Contact)), required=False),
        _tolerant.Field("errors", "errors", _tolerant.array(_tolerant.model(Contact)), required=False),
        _tolerant.Field("submitted", "submitted", _tolerant.integer(), required=False),
        _tolerant.Field("inserted", "inserted", _tolerant.integer(), required=False),
        _tolerant.Field("updated", "updated", _tolerant.integer(), required=False),
        _tolerant.Field("success", "success", _tolerant.integer(), required=False),
    ),
    additional=None,
)
