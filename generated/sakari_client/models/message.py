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

T = TypeVar("T", bound="Message")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Message(AdditionalProperties[Any]):
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
        if self.conversation is not UNSET:
            field_dict["conversation"] = (
                self.conversation.to_dict() if isinstance(self.conversation, ConversationRef) else self.conversation
            )
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.template is not UNSET:
            field_dict["template"] = self.template
        if self.outgoing is not UNSET:
            field_dict["outgoing"] = self.outgoing
        if self.phone_number is not UNSET:
            field_dict["phoneNumber"] = self.phone_number
        if self.price is not UNSET:
            field_dict["price"] = self.price
        if self.segments is not UNSET:
            field_dict["segments"] = self.segments
        if self.read is not UNSET:
            field_dict["read"] = self.read
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.media is not UNSET:
            field_dict["media"] = (
                [item.to_dict() if isinstance(item, MessageMedia) else item for item in self.media]
                if isinstance(self.media, list)
                else self.media
            )
        if self.error is not UNSET:
            field_dict["error"] = self.error.to_dict() if isinstance(self.error, ContactError) else self.error
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
        if (conversation := src_dict.get("conversation", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                conversation = _ConversationRef_from_dict(conversation)
            except DecodeError as _decode_error:
                raise _decode_error.within("conversation") from None
        if (message := src_dict.get("message", UNSET)) is UNSET:
            _absent += 1
        elif not (message.__class__ is str or isinstance(message, str)):
            raise DecodeError("string", message, "message")
        if (template := src_dict.get("template", UNSET)) is UNSET:
            _absent += 1
        elif not (template.__class__ is str or isinstance(template, str)):
            raise DecodeError("string", template, "template")
        if (outgoing := src_dict.get("outgoing", UNSET)) is UNSET:
            _absent += 1
        elif not (outgoing is True or outgoing is False):
            raise DecodeError("boolean", outgoing, "outgoing")
        if (phone_number := src_dict.get("phoneNumber", UNSET)) is UNSET:
            _absent += 1
        elif not (phone_number.__class__ is str or isinstance(phone_number, str)):
            raise DecodeError("string", phone_number, "phoneNumber")
        if (price := src_dict.get("price", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(price, (int, float)) and not isinstance(price, bool)):
            raise DecodeError("number", price, "price")
        if (segments := src_dict.get("segments", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(segments, (int, float)) and not isinstance(segments, bool)):
            raise DecodeError("number", segments, "segments")
        if (read := src_dict.get("read", UNSET)) is UNSET:
            _absent += 1
        elif not (read is True or read is False):
            raise DecodeError("boolean", read, "read")
        if (status := src_dict.get("status", UNSET)) is UNSET:
            _absent += 1
        elif not (status.__class__ is str or isinstance(status, str)):
            raise DecodeError("string", status, "status")
        if (media := src_dict.get("media", UNSET)) is UNSET:
            _absent += 1
        elif media.__class__ is not list and not isinstance(media, list):
            raise DecodeError("array", media, "media")
        else:
            try:
                media = [_MessageMedia_from_dict(item) for item in media]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("media", _decode.first_failure(_MessageMedia_from_dict, media)) from None
        if (error := src_dict.get("error", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                error = _ContactError_from_dict(error)
            except DecodeError as _decode_error:
                raise _decode_error.within("error") from None
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
        _instance.conversation = conversation
        _instance.message = message
        _instance.template = template
        _instance.outgoing = outgoing
        _instance.phone_number = phone_number
        _instance.price = price
        _instance.segments = segments
        _instance.read = read
        _instance.status = status
        _instance.media = media
        _instance.error = error
        _instance.created = created
        _instance.updated = updated
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 15:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Message.__tolerant__.names
_ChangeStamp_from_dict = ChangeStamp.from_dict
_ContactError_from_dict = ContactError.from_dict
_ContactIdentifiers_from_dict = ContactIdentifiers.from_dict
_ConversationRef_from_dict = ConversationRef.from_dict
_MessageMedia_from_dict = MessageMedia.from_dict
