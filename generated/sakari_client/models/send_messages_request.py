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
from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessagesRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class SendMessagesRequest(AdditionalProperties[Any]):
    """Who receives the message and what it says. Sakari's description marks no field required
    and does not say how the recipient fields combine; give one of `contacts`, `filters` or
    `conversations`.

        Example:
            {'contacts': [{'mobile': {'number': '+1234567890', 'country': 'US'}}], 'template': 'Congratulations! You just
                sent your first message'}

        Attributes:
            conversations (list[str] | Unset): Identifiers of conversations to answer in.
            contacts (list[ContactRequest] | Unset): Recipients, each an existing contact by `id` or a number by `mobile`.
            filters (MessageFilters | Unset): Selects the recipients among the account's contacts: those carrying every tag
                in `tags`
                and meeting every condition in `attributes`. Sakari's description types each attribute
                condition as a bare object; the conditions the sandbox understands are `AttributeCondition`s
                (`attribute`, `comparator`, `value`).
                 Example: {'tags': ['vip'], 'attributes': [{'attribute': 'city', 'comparator': 'eq', 'value': ['Boston']}]}.
            template (str | Unset): The text, with placeholders filled per contact.
            type_ (MessageType | Unset): Kind of message; MMS carries `media`. Example: SMS.
            media (list[MediaLink] | Unset): Files to attach (MMS).
            conversation_strategy (str | Unset): How the message is attached to conversations. Sakari's description gives no
                values
                (it leaves a "TODO enum" in its place).
    """

    conversations: list[str] | Unset = UNSET
    contacts: list[ContactRequest] | Unset = UNSET
    filters: MessageFilters | Unset = UNSET
    template: str | Unset = UNSET
    type_: MessageType | Unset = UNSET
    media: list[MediaLink] | Unset = UNSET
    conversation_strategy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.conversations is not UNSET:
            field_dict["conversations"] = self.conversations
        if self.contacts is not UNSET:
            field_dict["contacts"] = (
                [item.to_dict() if isinstance(item, ContactRequest) else item for item in self.contacts]
                if isinstance(self.contacts, list)
                else self.contacts
            )
        if self.filters is not UNSET:
            field_dict["filters"] = self.filters.to_dict() if isinstance(self.filters, MessageFilters) else self.filters
        if self.template is not UNSET:
            field_dict["template"] = self.template
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_.value if isinstance(self.type_, MessageType) else self.type_
        if self.media is not UNSET:
            field_dict["media"] = (
                [item.to_dict() if isinstance(item, MediaLink) else item for item in self.media]
                if isinstance(self.media, list)
                else self.media
            )
        if self.conversation_strategy is not UNSET:
            field_dict["conversationStrategy"] = self.conversation_strategy
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
        if (conversations := src_dict.get("conversations", UNSET)) is UNSET:
            _absent += 1
        else:
            conversations = _decode_conversations(conversations, "conversations")
        if (contacts := src_dict.get("contacts", UNSET)) is UNSET:
            _absent += 1
        elif contacts.__class__ is not list and not isinstance(contacts, list):
            raise DecodeError("array", contacts, "contacts")
        else:
            try:
                contacts = [_ContactRequest_from_dict(item) for item in contacts]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "contacts", _decode.first_failure(_ContactRequest_from_dict, contacts)
                ) from None
        if (filters := src_dict.get("filters", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                filters = _MessageFilters_from_dict(filters)
            except DecodeError as _decode_error:
                raise _decode_error.within("filters") from None
        if (template := src_dict.get("template", UNSET)) is UNSET:
            _absent += 1
        elif not (template.__class__ is str or isinstance(template, str)):
            raise DecodeError("string", template, "template")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        else:
            type_ = _decode_type_(type_, "type")
        if (media := src_dict.get("media", UNSET)) is UNSET:
            _absent += 1
        elif media.__class__ is not list and not isinstance(media, list):
            raise DecodeError("array", media, "media")
        else:
            try:
                media = [_MediaLink_from_dict(item) for item in media]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("media", _decode.first_failure(_MediaLink_from_dict, media)) from None
        if (conversation_strategy := src_dict.get("conversationStrategy", UNSET)) is UNSET:
            _absent += 1
        elif not (conversation_strategy.__class__ is str or isinstance(conversation_strategy, str)):
            raise DecodeError("string", conversation_strategy, "conversationStrategy")
        _instance = _new(cls)
        _instance.conversations = conversations
        _instance.contacts = contacts
        _instance.filters = filters
        _instance.template = template
        _instance.type_ = type_
        _instance.media = media
        _instance.conversation_strategy = conversation_strategy
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact_request import ContactRequest  # noqa: E402
from ..models.media_link import MediaLink  # noqa: E402
from ..models.message_filters import MessageFilters  # noqa: E402

SendMessagesRequest.__tolerant__ = _tolerant.TolerantModel(
    SendMessagesRequest,
    (
        _tolerant.Field("conversations", "conversations", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(ContactRequest)), required=False),
        _tolerant.Field("filters", "filters", _tolerant.model(MessageFilters), required=False),
        _tolerant.Field("template", "template", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(MessageType), required=False),
        _tolerant.Field("media", "media", _tolerant.array(_tolerant.model(MediaLink)), required=False),
        _tolerant.Field("conversationStrategy", "conversation_strategy", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = SendMessagesRequest.__tolerant__.names
_ContactRequest_from_dict = ContactRequest.from_dict
_MediaLink_from_dict = MediaLink.from_dict
_MessageFilters_from_dict = MessageFilters.from_dict
_decode_conversations = _decode.scalars((_decode.is_string,), "string")
_decode_type_ = _decode.enum(MessageType)
