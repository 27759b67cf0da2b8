from __future__ import annotations

from attrs import define as _attrs_define
from contacts_runtime import _drift as _tolerant

from ..models.contact_tag_update_event_type import ContactTagUpdateEventType
from ..models.webhook_contact import WebhookContact
from ..types import UNSET, Unset


@_attrs_define
class ContactTagUpdateEvent(WebhookContact):
    """Webhook event `ContactTagUpdate`, sent when the tags of a contact changed.

    Example:
        {'type': 'ContactTagUpdate', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId':
            '9f2c4e1a-6b7d-4c3e-8a5f-0d1e2f3a4b5c', 'locationId': 've9EPM428h8vShlRW1KT', 'id': 'nmFmQEsNgz6AVpgLVUJ0',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'companyName': 'Deo Dental', 'country': 'DE',
            'source': 'xyz form', 'dateAdded': '2021-11-26T12:41:02.193Z', 'dateOfBirth': '2000-01-05T00:00:00.000Z', 'dnd':
            True, 'email': 'john@deo.example', 'name': 'John Deo', 'firstName': 'John', 'lastName': 'Deo', 'phone':
            '+919509597501', 'postalCode': '452001', 'tags': ['vip', 'newsletter'], 'website': 'https://www.example.com/',
            'attachments': [], 'assignedTo': 'nmFmQEsNgz6AVpgLVUJ0', 'customFields': [{'id': 'BcdmQEsNgz6AVpgLVUJ0',
            'value': 'XYZ Corp'}]}

    The fields of ``WebhookContact``, and those below.

    Attributes:
        type_ (ContactTagUpdateEventType | Unset): The event type.
    """

    type_: ContactTagUpdateEventType | Unset = UNSET


ContactTagUpdateEvent.__tolerant__ = _tolerant.TolerantModel(
    ContactTagUpdateEvent,
    (
        *WebhookContact.__tolerant__.fields,
        _tolerant.Field("type", "type_", _tolerant.enum(ContactTagUpdateEventType), required=False),
    ),
    additional=None,
)
