from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.event_type import EventType
from ..types import UNSET, Unset


@_attrs_define
class MessageStatusEvent(Model, AdditionalProperties[Any]):
    """A delivery: the status of a sent message changed. Sakari's description gives all events one
    schema whose `data` is one of the two payloads; the type decides which, so each type has
    its own schema here. Sakari documents no signature for deliveries.

        Example:
            {'eventId': 'ev-1', 'type': 'messageStatus', 'accountId': 'acct-1', 'data': {'contact': {'id': 'c-1'},
                'message': 'Hi Chris', 'status': 'delivered'}}

        Attributes:
            event_id (str | Unset):
            type_ (EventType | Unset): The `type` of a delivered event, as Sakari's description names it (camelCase, unlike
                the
                hyphenated subscription names of `WebhookEventName`).
                 Example: messageStatus.
            account_id (str | Unset):
            data (MessageEventPayload | Unset): What a message event carries. `error` is a string here, not the `{code,
                description}`
                object of a message's `error`.
                 Example: {'contact': {'id': 'c-1', 'firstName': 'Chris', 'mobile': {'number': '+1234567890'}}, 'message': 'Hi
                Chris', 'status': 'delivered'}.
    """

    event_id: str | Unset = UNSET
    type_: EventType | Unset = UNSET
    account_id: str | Unset = UNSET
    data: MessageEventPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.message_event_payload import MessageEventPayload  # noqa: E402

MessageStatusEvent.__tolerant__ = _tolerant.TolerantModel(
    MessageStatusEvent,
    (
        _tolerant.Field("eventId", "event_id", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(EventType), required=False),
        _tolerant.Field("accountId", "account_id", _tolerant.string(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(MessageEventPayload), required=False),
    ),
    additional=None,
)
