from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class WebhookRequest(Model, AdditionalProperties[Any]):
    """A subscription request. Sakari's description defines `url` but requires `callbackUrl`
    (see `subscribeWebhook`); both are here, neither required. Event types are plain strings
    in the request; the answer lists them with the `WebhookEventName` values.

        Example:
            {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-received', 'message-status']}

        Attributes:
            url (str | Unset): Where events are posted.
            callback_url (str | Unset): The name the description's `required` list and callback use for `url`.
            event_types (list[str] | Unset):
    """

    url: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    event_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


WebhookRequest.__tolerant__ = _tolerant.TolerantModel(
    WebhookRequest,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=False),
        _tolerant.Field("callbackUrl", "callback_url", _tolerant.string(), required=False),
        _tolerant.Field("eventTypes", "event_types", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
