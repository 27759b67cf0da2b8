from __future__ import annotations

from attrs import define as _attrs_define
from contacts_runtime import _drift as _tolerant

from ..models.note_delete_event_type import NoteDeleteEventType
from ..models.webhook_note import WebhookNote
from ..types import UNSET, Unset


@_attrs_define
class NoteDeleteEvent(WebhookNote):
    """Webhook event `NoteDelete`, sent when a note of a contact was deleted.

    Example:
        {'type': 'NoteDelete', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId': '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
            'locationId': 've9EPM428h8vShlRW1KT', 'id': 'otg8dTQqGLh3Q6iQI55w', 'body': 'Called back, wants a quote',
            'contactId': 'CWBf1PR9LvvBkcYqiXlc', 'dateAdded': '2021-11-26T12:41:02.193Z'}

    The fields of ``WebhookNote``, and those below.

    Attributes:
        type_ (NoteDeleteEventType | Unset): The event type.
    """

    type_: NoteDeleteEventType | Unset = UNSET


NoteDeleteEvent.__tolerant__ = _tolerant.TolerantModel(
    NoteDeleteEvent,
    (
        *WebhookNote.__tolerant__.fields,
        _tolerant.Field("type", "type_", _tolerant.enum(NoteDeleteEventType), required=False),
    ),
    additional=None,
)
