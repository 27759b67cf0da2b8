from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactImportResponse(Model, AdditionalProperties[Any]):
    """The answer to a CSV import.

    Example:
        {'success': True, 'data': {'contacts': [], 'errors': [], 'submitted': 0, 'inserted': 0, 'updated': 0, 'success':
            0}}

    Attributes:
        success (bool | Unset):
        data (ContactImportSummary | Unset): What a CSV import did. Example: {'contacts': [{'id': 'c-1', 'firstName':
            'Joe', 'lastName': 'Bloggs', 'mobile': {'number': '123-456-7890'}}], 'errors': [{'firstName': 'Ann', 'mobile':
            {'number': '12'}, 'error': {'code': 'CONT-001', 'description': 'Invalid mobile number'}}], 'submitted': 2,
            'inserted': 1, 'updated': 0, 'success': 1}.
    """

    success: bool | Unset = UNSET
    data: ContactImportSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact_import_summary import ContactImportSummary  # noqa: E402

ContactImportResponse.__tolerant__ = _tolerant.TolerantModel(
    ContactImportResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(ContactImportSummary), required=False),
    ),
    additional=None,
)
