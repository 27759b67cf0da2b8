from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Contact(Model, AdditionalProperties[Any]):
    """A contact as HighLevel answers it.
    Fields that a create or an update may set to null (HighLevel's request descriptions mark
    them nullable) are nullable here too: the service answers a cleared field as null.

        Example:
            {'id': 'seD4PfOuKoVMLkEZqohJ', 'dateAdded': '2021-08-31T09:59:41.937Z', 'dateUpdated':
                '2021-08-31T09:59:41.937Z', 'deleted': False, 'tags': ['nisi sint commodo amet', 'consequat'], 'type': 'read',
                'customFields': [{'id': 'MgobCB14YMVKuE4Ka8p1', 'value': 'name'}], 'locationId': 've9EPM428h8vShlRW1KT',
                'firstName': 'rubika', 'firstNameLowerCase': 'rubika', 'fullNameLowerCase': 'rubika deo', 'lastName': 'Deo',
                'lastNameLowerCase': 'deo', 'email': 'rubika@deos.com', 'emailLowerCase': 'rubika@deos.com', 'bounceEmail':
                False, 'unsubscribeEmail': False, 'dnd': True, 'dndSettings': {'Call': {'status': 'active', 'message': 'Call
                opted out', 'code': 'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code': ''}, 'SMS': {'status':
                'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status': 'inactive', 'message': '',
                'code': ''}, 'GMB': {'status': 'inactive', 'message': '', 'code': ''}, 'FB': {'status': 'active', 'message':
                'Blocked on Messenger', 'code': 'FB-1'}}, 'phone': '+18832327657', 'address1': '3535 1st St N', 'city':
                'ruDolomitebika', 'state': 'AL', 'country': 'US', 'postalCode': '35061', 'website': 'https://www.tesla.com',
                'source': 'public api', 'companyName': 'DGS VolMAX', 'dateOfBirth': '1990-09-25T00:00:00.000Z', 'birthMonth': 8,
                'birthDay': 25, 'lastSessionActivityAt': '2021-07-16T11:39:30.564Z', 'offers': [], 'products': [], 'businessId':
                '641c094001436dbc2081e642', 'assignedTo': 'y0BeYjuRIlDwsDcOHOJo'}

        Attributes:
            id (str):
            date_added (str | Unset): When the contact was created (ISO 8601).
            date_updated (str | Unset): When the contact was last changed (ISO 8601).
            deleted (bool | Unset):
            tags (list[str] | Unset):
            type_ (str | Unset):
            custom_fields (list[CustomFieldValue] | Unset):
            location_id (str | Unset):
            first_name (None | str | Unset):
            first_name_lower_case (str | Unset):
            full_name_lower_case (str | Unset):
            last_name (None | str | Unset):
            last_name_lower_case (str | Unset):
            email (None | str | Unset):
            email_lower_case (str | Unset):
            bounce_email (bool | Unset):
            unsubscribe_email (bool | Unset):
            dnd (bool | Unset):
            dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel. Example: {'Call': {'status':
                'active', 'message': 'Call opted out', 'code': 'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code':
                ''}, 'SMS': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
                'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '', 'code': ''}, 'FB':
                {'status': 'active', 'message': 'Blocked on Messenger', 'code': 'FB-1'}}.
            phone (None | str | Unset):
            address1 (None | str | Unset):
            city (None | str | Unset):
            state (None | str | Unset):
            country (str | Unset):
            postal_code (str | Unset):
            website (None | str | Unset):
            source (None | str | Unset):
            company_name (None | str | Unset):
            date_of_birth (None | str | Unset): Birth date (ISO 8601, such as `1990-09-25T00:00:00.000Z`).
            birth_month (float | Unset):
            birth_day (float | Unset):
            last_session_activity_at (str | Unset): When the contact was last active (ISO 8601).
            offers (list[str] | Unset):
            products (list[str] | Unset):
            business_id (str | Unset):
            assigned_to (None | str | Unset): Identifier of the user the contact is assigned to.
    """

    id: str
    date_added: str | Unset = UNSET
    date_updated: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    location_id: str | Unset = UNSET
    first_name: str | Unset | None = UNSET
    first_name_lower_case: str | Unset = UNSET
    full_name_lower_case: str | Unset = UNSET
    last_name: str | Unset | None = UNSET
    last_name_lower_case: str | Unset = UNSET
    email: str | Unset | None = UNSET
    email_lower_case: str | Unset = UNSET
    bounce_email: bool | Unset = UNSET
    unsubscribe_email: bool | Unset = UNSET
    dnd: bool | Unset = UNSET
    dnd_settings: DndSettings | Unset = UNSET
    phone: str | Unset | None = UNSET
    address1: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    website: str | Unset | None = UNSET
    source: str | Unset | None = UNSET
    company_name: str | Unset | None = UNSET
    date_of_birth: str | Unset | None = UNSET
    birth_month: float | Unset = UNSET
    birth_day: float | Unset = UNSET
    last_session_activity_at: str | Unset = UNSET
    offers: list[str] | Unset = UNSET
    products: list[str] | Unset = UNSET
    business_id: str | Unset = UNSET
    assigned_to: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
from ..models.dnd_settings import DndSettings  # noqa: E402

Contact.__tolerant__ = _tolerant.TolerantModel(
    Contact,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("dateUpdated", "date_updated", _tolerant.string(), required=False),
        _tolerant.Field("deleted", "deleted", _tolerant.boolean(), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("type", "type_", _tolerant.string(), required=False),
        _tolerant.Field(
            "customFields", "custom_fields", _tolerant.array(_tolerant.model(CustomFieldValue)), required=False
        ),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("firstNameLowerCase", "first_name_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("fullNameLowerCase", "full_name_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("lastNameLowerCase", "last_name_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("emailLowerCase", "email_lower_case", _tolerant.string(), required=False),
        _tolerant.Field("bounceEmail", "bounce_email", _tolerant.boolean(), required=False),
        _tolerant.Field("unsubscribeEmail", "unsubscribe_email", _tolerant.boolean(), required=False),
        _tolerant.Field("dnd", "dnd", _tolerant.boolean(), required=False),
        _tolerant.Field("dndSettings", "dnd_settings", _tolerant.model(DndSettings), required=False),
        _tolerant.Field("phone", "phone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("address1", "address1", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("city", "city", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("state", "state", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("postalCode", "postal_code", _tolerant.string(), required=False),
        _tolerant.Field("website", "website", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("source", "source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("companyName", "company_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dateOfBirth", "date_of_birth", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("birthMonth", "birth_month", _tolerant.number(), required=False),
        _tolerant.Field("birthDay", "birth_day", _tolerant.number(), required=False),
        _tolerant.Field("lastSessionActivityAt", "last_session_activity_at", _tolerant.string(), required=False),
        _tolerant.Field("offers", "offers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("products", "products", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("businessId", "business_id", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(nullable=True), required=False),
    ),
    additional=None,
)
