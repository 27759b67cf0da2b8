from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.message_type import MessageType
from ..types import UNSET, Unset


@_attrs_define
class SendMessagesRequest(Model, AdditionalProperties[Any]):
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
