from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class WebhookNote(Model, AdditionalProperties[Any]):
    """A note of a contact as note webhook events carry it.

    Example:
        {'timestamp': '2025-01-28T14:35:00Z', 'webhookId': '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'locationId':
            've9EPM428h8vShlRW1KT', 'id': 'otg8dTQqGLh3Q6iQI55w', 'body': 'Called back, wants a quote', 'contactId':
            'CWBf1PR9LvvBkcYqiXlc', 'dateAdded': '2021-11-26T12:41:02.193Z'}

    Attributes:
        timestamp (str | Unset): When HighLevel sent the event (ISO 8601).
        webhook_id (str | Unset): Identifier of the delivery.
        location_id (str | Unset):
        id (str | Unset):
        body (str | Unset):
        contact_id (str | Unset):
        date_added (str | Unset): When the item was created (ISO 8601).
    """

    timestamp: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    id: str | Unset = UNSET
    body: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    date_added: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


WebhookNote.__tolerant__ = _tolerant.TolerantModel(
    WebhookNote,
    (
        _tolerant.Field("timestamp", "timestamp", _tolerant.string(), required=False),
        _tolerant.Field("webhookId", "webhook_id", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
    ),
    additional=None,
)
