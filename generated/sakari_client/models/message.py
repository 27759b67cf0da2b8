from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Message(Model, AdditionalProperties[Any]):
    """One message, sent or received.

    Example:
        {'id': 'm-1', 'contact': {'id': 'c-1', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country': 'US',
            'number': '+1234567890'}}, 'conversation': {'id': 'conv-1'}, 'message': 'Hi Chris, Welcome to Sakari!',
            'template': 'Hi {{ firstName }}, Welcome to Sakari!', 'outgoing': True, 'phoneNumber': '+15550100', 'price':
            0.0075, 'segments': 1, 'read': False, 'status': 'delivered', 'media': [], 'created': {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': 'user-1', 'firstName': 'Joe', 'lastName': 'Bloggs'}}, 'updated': {'at':
            '2023-11-07T05:32:10Z', 'by': {'id': 'user-1'}}}

    Attributes:
        id (str | Unset):
        contact (ContactIdentifiers | Unset): What identifies a contact inside a message or a conversation. Example:
            {'id': 'c-1', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
            'US', 'number': '123-456-7890'}}.
        conversation (ConversationRef | Unset): The conversation a message belongs to. Example: {'id': 'conv-1'}.
        message (str | Unset): The text as sent, placeholders filled.
        template (str | Unset): The text as given, with its placeholders.
        outgoing (bool | Unset): Sent by the account (true) or received from the contact (false).
        phone_number (str | Unset): The account's number the message went through.
        price (float | Unset):
        segments (float | Unset): Number of SMS segments (a number, not an integer, in Sakari's description).
        read (bool | Unset):
        status (str | Unset): Where the message is in its delivery. Sakari's description types it as a plain string
            and names no values (it leaves a "TODO enum"), so it stays a plain string here.
        media (list[MessageMedia] | Unset):
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
    contact: ContactIdentifiers | Unset = UNSET
    conversation: ConversationRef | Unset = UNSET
    message: str | Unset = UNSET
    template: str | Unset = UNSET
    outgoing: bool | Unset = UNSET
    phone_number: str | Unset = UNSET
    price: float | Unset = UNSET
    segments: float | Unset = UNSET
    read: bool | Unset = UNSET
    status: str | Unset = UNSET
    media: list[MessageMedia] | Unset = UNSET
    error: ContactError | Unset = UNSET
    created: ChangeStamp | Unset = UNSET
    updated: ChangeStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.change_stamp import ChangeStamp  # noqa: E402
from ..models.contact_error import ContactError  # noqa: E402
from ..models.contact_identifiers import ContactIdentifiers  # noqa: E402
from ..models.conversation_ref import ConversationRef  # noqa: E402
from ..models.message_media import MessageMedia  # noqa: E402

Message.__tolerant__ = _tolerant.TolerantModel(
    Message,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("contact", "contact", _tolerant.model(ContactIdentifiers), required=False),
        _tolerant.Field("conversation", "conversation", _tolerant.model(ConversationRef), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
        _tolerant.Field("template", "template", _tolerant.string(), required=False),
        _tolerant.Field("outgoing", "outgoing", _tolerant.boolean(), required=False),
        _tolerant.Field("phoneNumber", "phone_number", _tolerant.string(), required=False),
        _tolerant.Field("price", "price", _tolerant.number(), required=False),
        _tolerant.Field("segments", "segments", _tolerant.number(), required=False),
        _tolerant.Field("read", "read", _tolerant.boolean(), required=False),
        _tolerant.Field("status", "status", _tolerant.string(), required=False),
        _tolerant.Field("media", "media", _tolerant.array(_tolerant.model(MessageMedia)), required=False),
        _tolerant.Field("error", "error", _tolerant.model(ContactError), required=False),
        _tolerant.Field("created", "created", _tolerant.model(ChangeStamp), required=False),
        _tolerant.Field("updated", "updated", _tolerant.model(ChangeStamp), required=False),
    ),
    additional=None,
)
