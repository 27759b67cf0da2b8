from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactResponse(Model, AdditionalProperties[Any]):
    """One contact. Neither the update page nor Sakari's description marks a field required.

    Example:
        {'success': True, 'data': {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName':
            'Bloggs', 'mobile': {'country': '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z',
            'valid': True, 'lineType': 'mobile'}, 'lists': [{'id': '<string>', 'name': '<string>', 'source': {'id':
            '<string>', 'integration': '<string>', 'lastSynced': '<string>'}, 'keyword': '<string>', 'doubleOptIn':
            {'enabled': True, 'prompt': '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>',
            'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>', 'valid': True, 'invalid': True,
            'blocked': True, 'unblocked': True, 'optIn': True}, 'optInConfirmation': '<string>', 'optIn':
            '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}], 'attributes': {}, 'optIn': '2023-11-07T05:31:56Z',
            'blocked': '2023-11-07T05:31:56Z', 'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id':
            123}, 'valid': True, 'error': {'code': 'CONT-010', 'description': 'Contact has requested no further
            communication'}, 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs',
            'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource':
            '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs',
            'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource':
            '<string>'}}}}

    Attributes:
        success (bool | Unset):
        data (Contact | Unset): A contact. The documentation samples mangle some e-mail values to `[email protected]`;
            e-mail fields are therefore plain strings. Every field is optional: the pages mark none
            as required.
             Example: {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile':
            {'country': '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType':
            'mobile'}, 'lists': [{'id': '<string>', 'name': '<string>', 'source': {'id': '<string>', 'integration':
            '<string>', 'lastSynced': '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt':
            '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>', 'comparator': '<string>',
            'value': ['<string>']}], 'list': '<string>', 'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True,
            'optIn': True}, 'optInConfirmation': '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut':
            '2023-11-07T05:31:56Z'}], 'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z',
            'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid': True, 'error':
            {'code': 'CONT-010', 'description': 'Contact has requested no further communication'}, 'created': {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}.
    """

    success: bool | Unset = UNSET
    data: Contact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact import Contact  # noqa: E402

ContactResponse.__tolerant__ = _tolerant.TolerantModel(
    ContactResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Contact), required=False),
    ),
    additional=None,
)
