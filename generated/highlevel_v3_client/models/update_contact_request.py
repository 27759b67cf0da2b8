from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class UpdateContactRequest(Model, AdditionalProperties[Any]):
    """The fields of a contact to change. Unlike a create it has no `locationId`, `gender` or
    `companyName`, and `tags` replaces every tag of the contact.

        Example:
            {'firstName': 'rosan', 'email': None, 'tags': ['vip'], 'customFields': [{'id': '6dvNaf7VhkQ9snc5vnjJ',
                'field_value': ['test', 'test2']}]}

        Attributes:
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            name (None | str | Unset):
            email (None | str | Unset):
            phone (None | str | Unset):
            address1 (None | str | Unset):
            city (None | str | Unset):
            state (None | str | Unset):
            postal_code (str | Unset):
            website (None | str | Unset):
            timezone (None | str | Unset):
            dnd (bool | Unset):
            dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel (lower-case names in v3). Example:
                {'sms': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'email': {'status': 'inactive',
                'message': '', 'code': ''}}.
            inbound_dnd_settings (InboundDndSettings | Unset): Inbound do-not-disturb settings; `all` covers every channel.
                Example: {'all': {'status': 'active', 'message': 'No inbound messages'}}.
            tags (list[str] | Unset): Replaces every tag of the contact.
            custom_fields (list[CustomFieldInput] | Unset):
            source (None | str | Unset):
            date_of_birth (None | str | Unset): Birth date, in one of the formats a create takes.
            country (str | Unset):
            assigned_to (None | str | Unset): Identifier of the user the contact is assigned to.
    """

    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    address1: str | Unset | None = UNSET
    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    postal_code: str | Unset = UNSET
    website: str | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    dnd: bool | Unset = UNSET
    dnd_settings: DndSettings | Unset = UNSET
    inbound_dnd_settings: InboundDndSettings | Unset = UNSET
    tags: list[str] | Unset = UNSET
    custom_fields: list[CustomFieldInput] | Unset = UNSET
    source: str | Unset | None = UNSET
    date_of_birth: str | Unset | None = UNSET
    country: str | Unset = UNSET
    assigned_to: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_input import CustomFieldInput  # noqa: E402
from ..models.dnd_settings import DndSettings  # noqa: E402
from ..models.inbound_dnd_settings import InboundDndSettings  # noqa: E402

UpdateContactRequest.__tolerant__ = _tolerant.TolerantModel(
    UpdateContactRequest,
    (
        _tolerant.Field("firstName", "first_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("name", "name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("email", "email", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("phone", "phone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("address1", "address1", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("city", "city", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("state", "state", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("postalCode", "postal_code", _tolerant.string(), required=False),
        _tolerant.Field("website", "website", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("timezone", "timezone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dnd", "dnd", _tolerant.boolean(), required=False),
        _tolerant.Field("dndSettings", "dnd_settings", _tolerant.model(DndSettings), required=False),
        _tolerant.Field(
            "inboundDndSettings", "inbound_dnd_settings", _tolerant.model(InboundDndSettings), required=False
        ),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field(
            "customFields", "custom_fields", _tolerant.array(_tolerant.model(CustomFieldInput)), required=False
        ),
        _tolerant.Field("source", "source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dateOfBirth", "date_of_birth", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(nullable=True), required=False),
    ),
    additional=None,
)
