from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.event_type import EventType
from ..types import UNSET, Unset


@_attrs_define
class WebhookEvent(Model, AdditionalProperties[Any]):
    """Any delivery, as Sakari's description gives it: the envelope with a `data` that is one of
    the payloads (which one, `type` says).

        Example:
            {'eventId': 'ev-1', 'type': 'messageStatus', 'accountId': 'acct-1', 'data': {'status': 'delivered'}}

        Attributes:
            event_id (str | Unset):
            type_ (EventType | Unset): The `type` of a delivered event, as Sakari's description names it (camelCase, unlike
                the
                hyphenated subscription names of `WebhookEventName`).
                 Example: messageStatus.
            account_id (str | Unset):
            data (WebhookEventData | Unset):
    """

    event_id: str | Unset = UNSET
    type_: EventType | Unset = UNSET
    account_id: str | Unset = UNSET
    data: WebhookEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.webhook_event_data import WebhookEventData  # noqa: E402

WebhookEvent.__tolerant__ = _tolerant.TolerantModel(
    WebhookEvent,
    (
        _tolerant.Field("eventId", "event_id", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(EventType), required=False),
        _tolerant.Field("accountId", "account_id", _tolerant.string(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(WebhookEventData), required=False),
    ),
    additional=None,
)
