from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Contact(Model, AdditionalProperties[Any]):
    """A contact. The documentation samples mangle some e-mail values to `[email protected]`;
    e-mail fields are therefore plain strings. Every field is optional: the pages mark none
    as required.

        Example:
            {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
                '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'},
                'lists': [{'id': '<string>', 'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>',
                'lastSynced': '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt': '<string>'},
                'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>', 'comparator': '<string>', 'value':
                ['<string>']}], 'list': '<string>', 'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True, 'optIn':
                True}, 'optInConfirmation': '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}],
                'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z', 'activecampaign': {'id':
                123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid': True, 'error': {'code': 'CONT-010',
                'description': 'Contact has requested no further communication'}, 'created': {'at': '2023-11-07T05:31:56Z',
                'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email':
                'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z',
                'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email':
                'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}

        Attributes:
            id (str | Unset):
            email (str | Unset):
            first_name (str | Unset):
            last_name (str | Unset):
            mobile (Mobile | Unset): A contact's mobile number and what is known about it. Example: {'country': '<string>',
                'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}.
            lists (list[ContactList] | Unset):
            attributes (ContactAttributes | Unset): Free-form custom attribute values of a contact, keyed by attribute name.
                Example: {}.
            tags (list[Tag] | Unset):
            opt_in (datetime.datetime | Unset): When the contact opted in.
            blocked (datetime.datetime | Unset): When the contact was blocked.
            activecampaign (IntegrationLink | Unset): The identifier of the contact in a connected CRM. Example: {'id':
                123}.
            hubspot (IntegrationLink | Unset): The identifier of the contact in a connected CRM. Example: {'id': 123}.
            pipedrive (IntegrationLink | Unset): The identifier of the contact in a connected CRM. Example: {'id': 123}.
            valid (bool | Unset):
            error (ContactError | Unset): Why the service will not message a contact (per-contact, not a request error).
                Example: {'code': 'CONT-010', 'description': 'Contact has requested no further communication'}.
            created (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
                '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
                'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
            updated (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
                '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
                'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile: Mobile | Unset = UNSET
    lists: list[ContactList] | Unset = UNSET
    attributes: ContactAttributes | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    opt_in: datetime.datetime | Unset = UNSET
    blocked: datetime.datetime | Unset = UNSET
    activecampaign: IntegrationLink | Unset = UNSET
    hubspot: IntegrationLink | Unset = UNSET
    pipedrive: IntegrationLink | Unset = UNSET
    valid: bool | Unset = UNSET
    error: ContactError | Unset = UNSET
    created: ChangeStamp | Unset = UNSET
    updated: ChangeStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.change_stamp import ChangeStamp  # noqa: E402
from ..models.contact_attributes import ContactAttributes  # noqa: E402
from ..models.contact_error import ContactError  # noqa: E402
from ..models.contact_list import ContactList  # noqa: E402
from ..models.integration_link import IntegrationLink  # noqa: E402
from ..models.mobile import Mobile  # noqa: E402
from ..models.tag import Tag  # noqa: E402

Contact.__tolerant__ = _tolerant.TolerantModel(
    Contact,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(), required=False),
        _tolerant.Field("mobile", "mobile", _tolerant.model(Mobile), required=False),
        _tolerant.Field("lists", "lists", _tolerant.array(_tolerant.model(ContactList)), required=False),
        _tolerant.Field("attributes", "attributes", _tolerant.model(ContactAttributes), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.model(Tag)), required=False),
        _tolerant.Field("optIn", "opt_in", _tolerant.date_time(), required=False),
        _tolerant.Field("blocked", "blocked", _tolerant.date_time(), required=False),
        _tolerant.Field("activecampaign", "activecampaign", _tolerant.model(IntegrationLink), required=False),
        _tolerant.Field("hubspot", "hubspot", _tolerant.model(IntegrationLink), required=False),
        _tolerant.Field("pipedrive", "pipedrive", _tolerant.model(IntegrationLink), required=False),
        _tolerant.Field("valid", "valid", _tolerant.boolean(), required=False),
        _tolerant.Field("error", "error", _tolerant.model(ContactError), required=False),
        _tolerant.Field("created", "created", _tolerant.model(ChangeStamp), required=False),
        _tolerant.Field("updated", "updated", _tolerant.model(ChangeStamp), required=False),
    ),
    additional=None,
)
