from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, Unset


@_attrs_define
class Webhook(Model, AdditionalProperties[Any]):
    """A webhook subscription.

    Example:
        {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-received']}

    Attributes:
        url (str | Unset):
        event_types (list[WebhookEventName] | Unset):
    """

    url: str | Unset = UNSET
    event_types: list[WebhookEventName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Webhook.__tolerant__ = _tolerant.TolerantModel(
    Webhook,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=False),
        _tolerant.Field("eventTypes", "event_types", _tolerant.array(_tolerant.enum(WebhookEventName)), required=False),
    ),
    additional=None,
)
