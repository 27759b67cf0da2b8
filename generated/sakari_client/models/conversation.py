from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Conversation")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Conversation(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.contact is not UNSET:
            field_dict["contact"] = (
                self.contact.to_dict() if isinstance(self.contact, ContactIdentifiers) else self.contact
            )
        if self.closed is not UNSET:
            field_dict["closed"] = self.closed
        if self.last_message is not UNSET:
            field_dict["lastMessage"] = (
                self.last_message.to_dict() if isinstance(self.last_message, Message) else self.last_message
            )
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = (
                self.phone_number.to_dict() if isinstance(self.phone_number, PhoneNumber) else self.phone_number
            )
        if self.unread is not UNSET:
            field_dict["unread"] = self.unread
        if self.created is not UNSET:
            field_dict["created"] = self.created.to_dict() if isinstance(self.created, ChangeStamp) else self.created
        if self.updated is not UNSET:
            field_dict["updated"] = self.updated.to_dict() if isinstance(self.updated, ChangeStamp) else self.updated
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (contact := src_dict.get("contact", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                contact = _ContactIdentifiers_from_dict(contact)
            except DecodeError as _decode_error:
                raise _decode_error.within("contact") from None
        if (closed := src_dict.get("closed", UNSET)) is UNSET:
            _absent += 1
        elif not (closed is True or closed is False):
            raise DecodeError("boolean", closed, "closed")
        if (last_message := src_dict.get("lastMessage", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                last_message = _Message_from_dict(last_message)
            except DecodeError as _decode_error:
                raise _decode_error.within("lastMessage") from None
        if (phone_number := src_dict.get("phoneNumber", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                phone_number = _PhoneNumber_from_dict(phone_number)
            except DecodeError as _decode_error:
                raise _decode_error.within("phoneNumber") from None
        if (unread := src_dict.get("unread", UNSET)) is UNSET:
            _absent += 1
        else:
            unread = _decode_unread(unread, "unread")
        if (created := src_dict.get("created", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                created = _ChangeStamp_from_dict(created)
            except DecodeError as _decode_error:
                raise _decode_error.within("created") from None
        if (updated := src_dict.get("updated", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                updated = _ChangeStamp_from_dict(updated)
            except DecodeError as _decode_error:
                raise _decode_error.within("updated") from None
        _instance = _new(cls)
        _instance.id = id
        _instance.contact = contact
        _instance.closed = closed
        _instance.last_message = last_message
        _instance.phone_number = phone_number
        _instance.unread = unread
        _instance.created = created
        _instance.updated = updated
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 8:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Conversation.__tolerant__.names
_ChangeStamp_from_dict = ChangeStamp.from_dict
_ContactIdentifiers_from_dict = ContactIdentifiers.from_dict
_Message_from_dict = Message.from_dict
_PhoneNumber_from_dict = PhoneNumber.from_dict
_decode_unread = _decode.scalars((_decode.is_string,), "string")
