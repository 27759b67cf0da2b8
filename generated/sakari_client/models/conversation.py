from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Conversation(Model, AdditionalProperties[Any]):
    """The thread of messages between the account and one contact.

    Example:
        {'id': 'conv-1', 'contact': {'id': 'c-1', 'firstName': 'Chris'}, 'closed': False, 'lastMessage': {'id': 'm-1',
            'message': 'Hi Chris', 'outgoing': True, 'status': 'sent'}, 'phoneNumber': {'country': 'US', 'number':
            '+15550100', 'active': True}, 'unread': [], 'created': {'at': '2023-11-07T05:31:56Z'}, 'updated': {'at':
            '2023-11-07T05:31:56Z'}}

    Attributes:
        id (str | Unset):
        contact (ContactIdentifiers | Unset): What identifies a contact inside a message or a conversation. Example:
            {'id': 'c-1', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
            'US', 'number': '123-456-7890'}}.
        closed (bool | Unset):
        last_message (Message | Unset): One message, sent or received. Example: {'id': 'm-1', 'contact': {'id': 'c-1',
            'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country': 'US', 'number': '+1234567890'}},
            'conversation': {'id': 'conv-1'}, 'message': 'Hi Chris, Welcome to Sakari!', 'template': 'Hi {{ firstName }},
            Welcome to Sakari!', 'outgoing': True, 'phoneNumber': '+15550100', 'price': 0.0075, 'segments': 1, 'read':
            False, 'status': 'delivered', 'media': [], 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': 'user-1',
            'firstName': 'Joe', 'lastName': 'Bloggs'}}, 'updated': {'at': '2023-11-07T05:32:10Z', 'by': {'id': 'user-1'}}}.
        phone_number (PhoneNumber | Unset): One of the account's sending phone numbers. Example: {'country': 'US',
            'number': '+15550100', 'active': True}.
        unread (list[str] | Unset): Identifiers of the unread messages.
        created (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
        updated (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
    """

    id: str | Unset = UNSET
    contact: ContactIdentifiers | Unset = UNSET
    closed: bool | Unset = UNSET
    last_message: Message | Unset = UNSET
    phone_number: PhoneNumber | Unset = UNSET
    unread: list[str] | Unset = UNSET
    created: ChangeStamp | Unset = UNSET
    updated: ChangeStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.change_stamp import ChangeStamp  # noqa: E402
from ..models.contact_identifiers import ContactIdentifiers  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.phone_number import PhoneNumber  # noqa: E402

Conversation.__tolerant__ = _tolerant.TolerantModel(
    Conversation,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("contact", "contact", _tolerant.model(ContactIdentifiers), required=False),
        _tolerant.Field("closed", "closed", _tolerant.boolean(), required=False),
        _tolerant.Field("lastMessage", "last_message", _tolerant.model(Message), required=False),
        _tolerant.Field("phoneNumber", "phone_number", _tolerant.model(PhoneNumber), required=False),
        _tolerant.Field("unread", "unread", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("created", "created", _tolerant.model(ChangeStamp), required=False),
        _tolerant.Field("updated", "updated", _tolerant.model(ChangeStamp), required=False),
    ),
    additional=None,
)
