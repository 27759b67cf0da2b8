from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class WebhookContact(Model, AdditionalProperties[Any]):
    """The contact fields of a contact webhook event, with the delivery's `type`, `timestamp`
    and `webhookId`. Fields a create or an update may clear are nullable, as in answers.

        Example:
            {'timestamp': '2025-01-28T14:35:00Z', 'webhookId': '9f2c4e1a-6b7d-4c3e-8a5f-0d1e2f3a4b5c', 'locationId':
                've9EPM428h8vShlRW1KT', 'id': 'nmFmQEsNgz6AVpgLVUJ0', 'address1': '3535 1st St N', 'city': 'Dolomite', 'state':
                'AL', 'companyName': 'Deo Dental', 'country': 'DE', 'source': 'xyz form', 'dateAdded':
                '2021-11-26T12:41:02.193Z', 'dateOfBirth': '2000-01-05T00:00:00.000Z', 'dnd': True, 'email': 'john@deo.example',
                'name': 'John Deo', 'firstName': 'John', 'lastName': 'Deo', 'phone': '+919509597501', 'postalCode': '452001',
                'tags': ['vip', 'newsletter'], 'website': 'https://www.example.com/', 'attachments': [], 'assignedTo':
                'nmFmQEsNgz6AVpgLVUJ0', 'customFields': [{'id': 'BcdmQEsNgz6AVpgLVUJ0', 'value': 'XYZ Corp'}]}

        Attributes:
            timestamp (str | Unset): When HighLevel sent the event (ISO 8601); checked against replays.
            webhook_id (str | Unset): Identifier of the delivery; a repeated one is a replay.
            location_id (str | Unset):
            id (str | Unset): Identifier of the contact.
            address1 (None | str | Unset):
            city (None | str | Unset):
            company_name (None | str | Unset):
            country (str | Unset):
            source (None | str | Unset):
            date_added (str | Unset): When the contact was created (ISO 8601).
            date_of_birth (None | str | Unset):
            dnd (bool | Unset):
            email (None | str | Unset):
            name (None | str | Unset):
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            phone (None | str | Unset):
            postal_code (str | Unset):
            state (None | str | Unset):
            tags (list[str] | Unset):
            website (None | str | Unset):
            attachments (list[Any] | Unset): HighLevel does not describe the items.
            assigned_to (None | str | Unset):
            custom_fields (list[CustomFieldValue] | Unset):
    """

    timestamp: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    id: str | Unset = UNSET
    address1: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    company_name: str | Unset | None = UNSET
    country: str | Unset = UNSET
    source: str | Unset | None = UNSET
    date_added: str | Unset = UNSET
    date_of_birth: str | Unset | None = UNSET
    dnd: bool | Unset = UNSET
    email: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset | None = UNSET
    tags: list[str] | Unset = UNSET
    website: str | Unset | None = UNSET
    attachments: list[Any] | Unset = UNSET
    assigned_to: str | Unset | None = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_value import CustomFieldValue  # noqa: E402

WebhookContact.__tolerant__ = _tolerant.TolerantModel(
    WebhookContact,
    (
        _tolerant.Field("timestamp", "timestamp", _tolerant.string(), required=False),
        _tolerant.Field("webhookId", "webhook_id", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("address1", "address1", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("city", "city", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("companyName", "company_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("source", "source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("dateOfBirth", "date_of_birth", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dnd", "dnd", _tolerant.boolean(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("name", "name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("phone", "phone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("postalCode", "postal_code", _tolerant.string(), required=False),
        _tolerant.Field("state", "state", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("website", "website", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("attachments", "attachments", _tolerant.array(_tolerant.any_value()), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(nullable=True), required=False),
        _tolerant.Field(
            "customFields", "custom_fields", _tolerant.array(_tolerant.model(CustomFieldValue)), required=False
        ),
    ),
    additional=None,
)
