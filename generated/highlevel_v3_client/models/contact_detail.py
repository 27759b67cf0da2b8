from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactDetail(Model, AdditionalProperties[Any]):
    """A whole contact, as HighLevel answers a create, a read, an update or an upsert (search
    items, `SearchedContact`, build on this schema).
    Fields that a create or an update may set to null (HighLevel's request descriptions mark
    them nullable) are nullable here too: the service answers a cleared field as null.
    Beside the fields HighLevel's descriptions list, it has those that answers of the live
    service carry (`createdBy`, `followers`, `additionalEmails`, `additionalPhones`,
    `businessName`); every one is optional.

        Example:
            {'id': 'seD4PfOuKoVMLkEZqohJ', 'name': 'rubika deo', 'locationId': 've9EPM428h8vShlRW1KT', 'firstName':
                'rubika', 'lastName': 'Deo', 'email': 'rubika@deos.com', 'timezone': 'Asia/Calcutta', 'phone': '+18832327657',
                'dnd': True, 'tags': ['nisi sint commodo amet'], 'dateAdded': '2021-07-02T05:18:26.704Z', 'customFields':
                [{'id': 'MgobCB14YMVKuE4Ka8p1', 'value': 'name'}], 'attributionSource': {'url': 'https://example.com/landing',
                'utmSource': 'newsletter'}, 'visitorId': 've9EPM428h8vShlRW1KT', 'dndSettings': {'sms': {'status': 'active',
                'message': 'STOP received', 'code': 'SMS-2'}}}

        Attributes:
            id (str):
            name (None | str | Unset):
            location_id (str | Unset):
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            email (None | str | Unset):
            email_lower_case (str | Unset):
            timezone (None | str | Unset):
            company_name (None | str | Unset):
            phone (None | str | Unset):
            dnd (bool | Unset):
            dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel (lower-case names in v3). Example:
                {'sms': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'email': {'status': 'inactive',
                'message': '', 'code': ''}}.
            type_ (str | Unset):
            source (None | str | Unset):
            assigned_to (None | str | Unset): Identifier of the user the contact is assigned to.
            address1 (None | str | Unset):
            city (None | str | Unset):
            state (None | str | Unset):
            country (str | Unset):
            postal_code (str | Unset):
            website (None | str | Unset):
            tags (list[str] | Unset):
            date_of_birth (None | str | Unset):
            date_added (str | Unset): When the contact was created (ISO 8601).
            date_updated (str | Unset): When the contact was last changed (ISO 8601).
            ssn (str | Unset):
            keyword (str | Unset):
            first_name_lower_case (str | Unset):
            full_name_lower_case (str | Unset):
            last_name_lower_case (str | Unset):
            last_activity (str | Unset): When the contact was last active (ISO 8601).
            custom_fields (list[CustomFieldValue] | Unset):
            business_id (str | Unset):
            attribution_source (AttributionSource | Unset): Where a contact came from (the first or the latest touch).
                HighLevel's description requires
                `url`, but answers of the live service carry touches with only `sessionSource` and
                `medium`, so no field is required here.
                 Example: {'url': 'https://example.com/landing', 'campaign': None, 'utmSource': 'newsletter', 'referrer':
                'https://www.google.com', 'ip': '58.111.106.198', 'medium': 'survey', 'mediumId': 'FglfHAn30PRwsZVyQlKp'}.
            last_attribution_source (AttributionSource | Unset): Where a contact came from (the first or the latest touch).
                HighLevel's description requires
                `url`, but answers of the live service carry touches with only `sessionSource` and
                `medium`, so no field is required here.
                 Example: {'url': 'https://example.com/landing', 'campaign': None, 'utmSource': 'newsletter', 'referrer':
                'https://www.google.com', 'ip': '58.111.106.198', 'medium': 'survey', 'mediumId': 'FglfHAn30PRwsZVyQlKp'}.
            visitor_id (str | Unset): Identifier of the contact as a live-chat visitor.
            deleted (bool | Unset):
            bounce_email (bool | Unset):
            unsubscribe_email (bool | Unset):
            birth_month (float | Unset):
            birth_day (float | Unset):
            last_session_activity_at (str | Unset): When the contact was last active (ISO 8601).
            offers (list[str] | Unset):
            products (list[str] | Unset):
            business_name (None | str | Unset):
            created_by (ContactCreatedBy | Unset): Who or what created a contact. Not in HighLevel's descriptions; answers
                of the live
                service carry it.
                 Example: {'source': 'INTEGRATION', 'channel': 'OAUTH', 'sourceId': '65f0a1b2c3d4e5f6a7b8c9d0', 'sourceName':
                'Contact sync', 'timestamp': '2024-03-12T10:15:00.000Z'}.
            followers (list[str] | Unset): Identifiers of the users who follow the contact.
            additional_emails (list[AdditionalEmail | str] | Unset): More e-mail addresses: `{"email": ...}` objects, or
                plain strings in older records.
            additional_phones (list[AdditionalPhone | str] | Unset): More phone numbers: `{"phone": ...}` objects, or plain
                strings in older records.
            attachments (list[str] | str | Unset): Files of the contact. HighLevel's v3 description types it as a string but
                describes
                and shows a list of strings; either is taken.
    """

    id: str
    name: str | Unset | None = UNSET
    location_id: str | Unset = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    email_lower_case: str | Unset = UNSET
    timezone: str | Unset | None = UNSET
    company_name: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    dnd: bool | Unset = UNSET
    dnd_settings: DndSettings | Unset = UNSET
    type_: str | Unset = UNSET
    source: str | Unset | None = UNSET
    assigned_to: str | Unset | None = UNSET
    address1: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    website: str | Unset | None = UNSET
    tags: list[str] | Unset = UNSET
    date_of_birth: str | Unset | None = UNSET
    date_added: str | Unset = UNSET
    date_updated: str | Unset = UNSET
    ssn: str | Unset = UNSET
    keyword: str | Unset = UNSET
    first_name_lower_case: str | Unset = UNSET
    full_name_lower_case: str | Unset = UNSET
    last_name_lower_case: str | Unset = UNSET
    last_activity: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    business_id: str | Unset = UNSET
    attribution_source: AttributionSource | Unset = UNSET
    last_attribution_source: AttributionSource | Unset = UNSET
    visitor_id: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    bounce_email: bool | Unset = UNSET
    unsubscribe_email: bool | Unset = UNSET
    birth_month: float | Unset = UNSET
    birth_day: float | Unset = UNSET
    last_session_activity_at: str | Unset = UNSET
    offers: list[str] | Unset = UNSET
    products: list[str] | Unset = UNSET
    business_name: str | Unset | None = UNSET
    created_by: ContactCreatedBy | Unset = UNSET
    followers: list[str] | Unset = UNSET
    additional_emails: list[AdditionalEmail | str] | Unset = UNSET
    additional_phones: list[AdditionalPhone | str] | Unset = UNSET
    attachments: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.additional_email import AdditionalEmail  # noqa: E402
from ..models.additional_phone import AdditionalPhone  # noqa: E402
from ..models.attribution_source import AttributionSource  # noqa: E402
from ..models.contact_created_by import ContactCreatedBy  # noqa: E402
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
from ..models.dnd_settings import DndSettings  # noqa: E402

ContactDetail.__tolerant__ = _tolerant.TolerantModel(
    ContactDetail,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("name", "name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("email", "email", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("emailLowerCase", "email_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("timezone", "timezone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("companyName", "company_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("phone", "phone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dnd", "dnd", _tolerant.boolean(), required=False),
        _tolerant.Field("dndSettings", "dnd_settings", _tolerant.model(DndSettings), required=False),
        _tolerant.Field("type", "type_", _tolerant.string(), required=False),
        _tolerant.Field("source", "source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("address1", "address1", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("city", "city", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("state", "state", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("postalCode", "postal_code", _tolerant.string(), required=False),
        _tolerant.Field("website", "website", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("dateOfBirth", "date_of_birth", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("dateUpdated", "date_updated", _tolerant.string(), required=False),
        _tolerant.Field("ssn", "ssn", _tolerant.string(), required=False),
        _tolerant.Field("keyword", "keyword", _tolerant.string(), required=False),
        _tolerant.Field("firstNameLowerCase", "first_name_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("fullNameLowerCase", "full_name_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("lastNameLowerCase", "last_name_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("lastActivity", "last_activity", _tolerant.string(), required=False),
        _tolerant.Field(
            "customFields", "custom_fields", _tolerant.array(_tolerant.model(CustomFieldValue)), required=False
        ),
        _tolerant.Field("businessId", "business_id", _tolerant.string(), required=False),
        _tolerant.Field("attributionSource", "attribution_source", _tolerant.model(AttributionSource), required=False),
        _tolerant.Field(
            "lastAttributionSource", "last_attribution_source", _tolerant.model(AttributionSource), required=False
        ),
        _tolerant.Field("visitorId", "visitor_id", _tolerant.string(), required=False),
        _tolerant.Field("deleted", "deleted", _tolerant.boolean(), required=False),
        _tolerant.Field("bounceEmail", "bounce_email", _tolerant.boolean(), required=False),
        _tolerant.Field("unsubscribeEmail", "unsubscribe_email", _tolerant.boolean(), required=False),
        _tolerant.Field("birthMonth", "birth_month", _tolerant.number(), required=False),
        _tolerant.Field("birthDay", "birth_day", _tolerant.number(), required=False),
        _tolerant.Field("lastSessionActivityAt", "last_session_activity_at", _tolerant.string(), required=False),
        _tolerant.Field("offers", "offers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("products", "products", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("businessName", "business_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("createdBy", "created_by", _tolerant.model(ContactCreatedBy), required=False),
        _tolerant.Field("followers", "followers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field(
            "additionalEmails",
            "additional_emails",
            _tolerant.array(_tolerant.union(_tolerant.model(AdditionalEmail), _tolerant.string())),
            required=False,
        ),
        _tolerant.Field(
            "additionalPhones",
            "additional_phones",
            _tolerant.array(_tolerant.union(_tolerant.model(AdditionalPhone), _tolerant.string())),
            required=False,
        ),
        _tolerant.Field(
            "attachments",
            "attachments",
            _tolerant.union(_tolerant.string(), _tolerant.array(_tolerant.string())),
            required=False,
        ),
    ),
    additional=None,
)
