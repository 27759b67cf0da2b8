from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessagesRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "conversations",
        "contacts",
        "filters",
        "template",
        "type",
        "media",
        "conversationStrategy",
    }
)


@_attrs_define
class SendMessagesRequest:
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
        conversations: Any = self.conversations

        contacts: Any = self.contacts
        if isinstance(self.contacts, list):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item: Any = contacts_item_data
                if isinstance(contacts_item_data, ContactRequest):
                    contacts_item = contacts_item_data.to_dict()

                contacts.append(contacts_item)

        filters: Any = self.filters
        if isinstance(self.filters, MessageFilters):
            filters = self.filters.to_dict()

        template = self.template

        type_: Any = self.type_
        if isinstance(self.type_, MessageType):
            type_ = self.type_.value

        media: Any = self.media
        if isinstance(self.media, list):
            media = []
            for media_item_data in self.media:
                media_item: Any = media_item_data
                if isinstance(media_item_data, MediaLink):
                    media_item = media_item_data.to_dict()

                media.append(media_item)

        conversation_strategy = self.conversation_strategy

        field_dict: dict[str, Any] = {}
        if conversations is not UNSET:
            field_dict["conversations"] = conversations
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if filters is not UNSET:
            field_dict["filters"] = filters
        if template is not UNSET:
            field_dict["template"] = template
        if type_ is not UNSET:
            field_dict["type"] = type_
        if media is not UNSET:
            field_dict["media"] = media
        if conversation_strategy is not UNSET:
            field_dict["conversationStrategy"] = conversation_strategy
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
        if "conversations" in src_dict:
            conversations = src_dict["conversations"]
            if not isinstance(conversations, list):
                raise DecodeError("array", conversations, "conversations")
            try:
                for conversations_item in conversations:
                    if not (conversations_item.__class__ is str or isinstance(conversations_item, str)):
                        conversations_index = next(
                            place for place, other in enumerate(conversations) if other is conversations_item
                        )
                        raise DecodeError("string", conversations_item, conversations_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "conversations")
                raise
        else:
            conversations = UNSET
            _absent += 1

        if "contacts" in src_dict:
            contacts = src_dict["contacts"]
            if not isinstance(contacts, list):
                raise DecodeError("array", contacts, "contacts")
            contacts_decoded: list[Any] = []
            try:
                for contacts_item in contacts:
                    contacts_decoded.append(_ContactRequest_from_dict(contacts_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("contacts", len(contacts_decoded))
                raise
            contacts = contacts_decoded
        else:
            contacts = UNSET
            _absent += 1

        if "filters" in src_dict:
            filters = src_dict["filters"]
            try:
                filters = _MessageFilters_from_dict(filters)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "filters")
                raise
        else:
            filters = UNSET
            _absent += 1

        if "template" in src_dict:
            template = src_dict["template"]
            if not (template.__class__ is str or isinstance(template, str)):
                raise DecodeError("string", template, "template")
        else:
            template = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            try:
                type_ = MessageType(type_)
            except ValueError:
                raise DecodeError(
                    "one of 'SMS', 'MMS'",
                    MALFORMED if (type_.__class__ is str or isinstance(type_, str)) else type_,
                    "type",
                ) from None
        else:
            type_ = UNSET
            _absent += 1

        if "media" in src_dict:
            media = src_dict["media"]
            if not isinstance(media, list):
                raise DecodeError("array", media, "media")
            media_decoded: list[Any] = []
            try:
                for media_item in media:
                    media_decoded.append(_MediaLink_from_dict(media_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("media", len(media_decoded))
                raise
            media = media_decoded
        else:
            media = UNSET
            _absent += 1

        if "conversationStrategy" in src_dict:
            conversation_strategy = src_dict["conversationStrategy"]
            if not (conversation_strategy.__class__ is str or isinstance(conversation_strategy, str)):
                raise DecodeError("string", conversation_strategy, "conversationStrategy")
        else:
            conversation_strategy = UNSET
            _absent += 1

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

_ContactRequest_from_dict = ContactRequest.from_dict
_MediaLink_from_dict = MediaLink.from_dict
_MessageFilters_from_dict = MessageFilters.from_dict
