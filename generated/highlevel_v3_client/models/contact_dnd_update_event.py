from __future__ import annotations

from attrs import define as _attrs_define
from contacts_runtime import _drift as _tolerant

from ..models.contact_dnd_update_event_type import ContactDndUpdateEventType
from ..models.webhook_contact import WebhookContact
from ..types import UNSET, Unset


@_attrs_define
class ContactDndUpdateEvent(WebhookContact):
    """Webhook event `ContactDndUpdate`, sent when the do-not-disturb settings of a contact changed.

    Example:
        {'type': 'ContactDndUpdate', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId':
            '9f2c4e1a-6b7d-4c3e-8a5f-0d1e2f3a4b5c', 'locationId': 've9EPM428h8vShlRW1KT', 'id': 'nmFmQEsNgz6AVpgLVUJ0',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'companyName': 'Deo Dental', 'country': 'DE',
            'source': 'xyz form', 'dateAdded': '2021-11-26T12:41:02.193Z', 'dateOfBirth': '2000-01-05T00:00:00.000Z', 'dnd':
            True, 'email': 'john@deo.example', 'name': 'John Deo', 'firstName': 'John', 'lastName': 'Deo', 'phone':
            '+919509597501', 'postalCode': '452001', 'tags': ['vip', 'newsletter'], 'website': 'https://www.example.com/',
            'attachments': [], 'assignedTo': 'nmFmQEsNgz6AVpgLVUJ0', 'customFields': [{'id': 'BcdmQEsNgz6AVpgLVUJ0',
            'value': 'XYZ Corp'}]}

    The fields of ``WebhookContact``, and those below.

    Attributes:
        type_ (ContactDndUpdateEventType | Unset): The event type.
        dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel (lower-case names in v3). Example:
            {'sms': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'email': {'status': 'inactive',
            'message': '', 'code': ''}}.
    """

    type_: ContactDndUpdateEventType | Unset = UNSET
    dnd_settings: DndSettings | Unset = UNSET


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.dnd_settings import DndSettings  # noqa: E402

ContactDndUpdateEvent.__tolerant__ = _tolerant.TolerantModel(
    ContactDndUpdateEvent,
    (
        *WebhookContact.__tolerant__.fields,
        _tolerant.Field("type", "type_", _tolerant.enum(ContactDndUpdateEventType), required=False),
        _tolerant.Field("dndSettings", "dnd_settings", _tolerant.model(DndSettings), required=False),
    ),
    additional=None,
)
