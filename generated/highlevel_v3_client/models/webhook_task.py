from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class WebhookTask(Model, AdditionalProperties[Any]):
    """A task of a contact as task webhook events carry it.

    Example:
        {'timestamp': '2025-01-28T14:35:00Z', 'webhookId': '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'locationId':
            've9EPM428h8vShlRW1KT', 'id': 'UlRWGLSXh0ji5qbiGu4i', 'assignedTo': '63e4qiWDsFJjOYAC8phG', 'body': 'Send the
            quote', 'contactId': 'CWBf1PR9LvvBkcYqiXlc', 'title': 'Quote', 'dateAdded': '2021-11-26T12:41:02.193Z',
            'dueDate': '2021-11-28T12:00:00.000Z'}

    Attributes:
        timestamp (str | Unset): When HighLevel sent the event (ISO 8601).
        webhook_id (str | Unset): Identifier of the delivery.
        location_id (str | Unset):
        id (str | Unset):
        body (str | Unset):
        contact_id (str | Unset):
        date_added (str | Unset): When the item was created (ISO 8601).
        assigned_to (str | Unset): The user the task is assigned to.
        title (str | Unset):
        due_date (str | Unset): When the task is due (ISO 8601).
    """

    timestamp: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    id: str | Unset = UNSET
    body: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    date_added: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    title: str | Unset = UNSET
    due_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


WebhookTask.__tolerant__ = _tolerant.TolerantModel(
    WebhookTask,
    (
        _tolerant.Field("timestamp", "timestamp", _tolerant.string(), required=False),
        _tolerant.Field("webhookId", "webhook_id", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=False),
    ),
    additional=None,
)
