from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "contact",
        "conversation",
        "message",
        "template",
        "outgoing",
        "phoneNumber",
        "price",
        "segments",
        "read",
        "status",
        "media",
        "error",
        "created",
        "updated",
    }
)


@_attrs_define
class Message:
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
        id = self.id

        contact: Any = self.contact
        if isinstance(self.contact, ContactIdentifiers):
            contact = self.contact.to_dict()

        conversation: Any = self.conversation
        if isinstance(self.conversation, ConversationRef):
            conversation = self.conversation.to_dict()

        message = self.message

        template = self.template

        outgoing = self.outgoing

        phone_number = self.phone_number

        price = self.price

        segments = self.segments

        read = self.read

        status = self.status

        media: Any = self.media
        if isinstance(self.media, list):
            media = []
            for media_item_data in self.media:
                media_item: Any = media_item_data
                if isinstance(media_item_data, MessageMedia):
                    media_item = media_item_data.to_dict()

                media.append(media_item)

        error: Any = self.error
        if isinstance(self.error, ContactError):
            error = self.error.to_dict()

        created: Any = self.created
        if isinstance(self.created, ChangeStamp):
            created = self.created.to_dict()

        updated: Any = self.updated
        if isinstance(self.updated, ChangeStamp):
            updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if message is not UNSET:
            field_dict["message"] = message
        if template is not UNSET:
            field_dict["template"] = template
        if outgoing is not UNSET:
            field_dict["outgoing"] = outgoing
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if price is not UNSET:
            field_dict["price"] = price
        if segments is not UNSET:
            field_dict["segments"] = segments
        if read is not UNSET:
            field_dict["read"] = read
        if status is not UNSET:
            field_dict["status"] = status
        if media is not UNSET:
            field_dict["media"] = media
        if error is not UNSET:
            field_dict["error"] = error
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

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
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "contact" in src_dict:
            contact = src_dict["contact"]
            try:
                contact = _ContactIdentifiers_from_dict(contact)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "contact")
                raise
        else:
            contact = UNSET
            _absent += 1

        if "conversation" in src_dict:
            conversation = src_dict["conversation"]
            try:
                conversation = _ConversationRef_from_dict(conversation)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "conversation")
                raise
        else:
            conversation = UNSET
            _absent += 1

        if "message" in src_dict:
            message = src_dict["message"]
            if not (message.__class__ is str or isinstance(message, str)):
                raise DecodeError("string", message, "message")
        else:
            message = UNSET
            _absent += 1

        if "template" in src_dict:
            template = src_dict["template"]
            if not (template.__class__ is str or isinstance(template, str)):
                raise DecodeError("string", template, "template")
        else:
            template = UNSET
            _absent += 1

        if "outgoing" in src_dict:
            outgoing = src_dict["outgoing"]
            if not (outgoing is True or outgoing is False):
                raise DecodeError("boolean", outgoing, "outgoing")
        else:
            outgoing = UNSET
            _absent += 1

        if "phoneNumber" in src_dict:
            phone_number = src_dict["phoneNumber"]
            if not (phone_number.__class__ is str or isinstance(phone_number, str)):
                raise DecodeError("string", phone_number, "phoneNumber")
        else:
            phone_number = UNSET
            _absent += 1

        if "price" in src_dict:
            price = src_dict["price"]
            if not (isinstance(price, (int, float)) and not isinstance(price, bool)):
                raise DecodeError("number", price, "price")
        else:
            price = UNSET
            _absent += 1

        if "segments" in src_dict:
            segments = src_dict["segments"]
            if not (isinstance(segments, (int, float)) and not isinstance(segments, bool)):
                raise DecodeError("number", segments, "segments")
        else:
            segments = UNSET
            _absent += 1

        if "read" in src_dict:
            read = src_dict["read"]
            if not (read is True or read is False):
                raise DecodeError("boolean", read, "read")
        else:
            read = UNSET
            _absent += 1

        if "status" in src_dict:
            status = src_dict["status"]
            if not (status.__class__ is str or isinstance(status, str)):
                raise DecodeError("string", status, "status")
        else:
            status = UNSET
            _absent += 1

        if "media" in src_dict:
            media = src_dict["media"]
            if not isinstance(media, list):
                raise DecodeError("array", media, "media")
            media_decoded: list[Any] = []
            try:
                for media_item in media:
                    media_decoded.append(_MessageMedia_from_dict(media_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("media", len(media_decoded))
                raise
            media = media_decoded
        else:
            media = UNSET
            _absent += 1

        if "error" in src_dict:
            error = src_dict["error"]
            try:
                error = _ContactError_from_dict(error)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "error")
                raise
        else:
            error = UNSET
            _absent += 1

        if "created" in src_dict:
            created = src_dict["created"]
            try:
                created = _ChangeStamp_from_dict(created)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "created")
                raise
        else:
            created = UNSET
            _absent += 1

        if "updated" in src_dict:
            updated = src_dict["updated"]
            try:
                updated = _ChangeStamp_from_dict(updated)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "updated")
                raise
        else:
            updated = UNSET
            _absent += 1

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
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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

_ChangeStamp_from_dict = ChangeStamp.from_dict
_ContactError_from_dict = ContactError.from_dict
_ContactIdentifiers_from_dict = ContactIdentifiers.from_dict
_ConversationRef_from_dict = ConversationRef.from_dict
_MessageMedia_from_dict = MessageMedia.from_dict
