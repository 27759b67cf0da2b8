from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..models.contact_update_event_type import ContactUpdateEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdateEvent")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactUpdateEvent(AdditionalProperties[Any]):
    """Webhook event `ContactUpdate`, sent when fields of a contact changed.

    Example:
        {'type': 'ContactUpdate', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId':
            '9f2c4e1a-6b7d-4c3e-8a5f-0d1e2f3a4b5c', 'locationId': 've9EPM428h8vShlRW1KT', 'id': 'nmFmQEsNgz6AVpgLVUJ0',
            'address1': '3535 1st St N', 'city': 'Dolomite', 'state': 'AL', 'companyName': 'Deo Dental', 'country': 'DE',
            'source': 'xyz form', 'dateAdded': '2021-11-26T12:41:02.193Z', 'dateOfBirth': '2000-01-05T00:00:00.000Z', 'dnd':
            True, 'email': 'john@deo.example', 'name': 'John Deo', 'firstName': 'John', 'lastName': 'Deo', 'phone':
            '+919509597501', 'postalCode': '452001', 'tags': ['vip', 'newsletter'], 'website': 'https://www.example.com/',
            'attachments': [], 'assignedTo': 'nmFmQEsNgz6AVpgLVUJ0', 'customFields': [{'id': 'BcdmQEsNgz6AVpgLVUJ0',
            'value': 'XYZ Corp'}]}

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
        type_ (ContactUpdateEventType | Unset): The event type.
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
    type_: ContactUpdateEventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.webhook_id is not UNSET:
            field_dict["webhookId"] = self.webhook_id
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.address1 is not UNSET:
            field_dict["address1"] = self.address1
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.company_name is not UNSET:
            field_dict["companyName"] = self.company_name
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.date_added is not UNSET:
            field_dict["dateAdded"] = self.date_added
        if self.date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = self.date_of_birth
        if self.dnd is not UNSET:
            field_dict["dnd"] = self.dnd
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.website is not UNSET:
            field_dict["website"] = self.website
        if self.attachments is not UNSET:
            field_dict["attachments"] = self.attachments
        if self.assigned_to is not UNSET:
            field_dict["assignedTo"] = self.assigned_to
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = (
                [item.to_dict() if isinstance(item, CustomFieldValue) else item for item in self.custom_fields]
                if isinstance(self.custom_fields, list)
                else self.custom_fields
            )
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_.value if isinstance(self.type_, ContactUpdateEventType) else self.type_
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if (timestamp := src_dict.get("timestamp", UNSET)) is UNSET:
            _absent += 1
        elif not (timestamp.__class__ is str or isinstance(timestamp, str)):
            raise DecodeError("string", timestamp, "timestamp")
        if (webhook_id := src_dict.get("webhookId", UNSET)) is UNSET:
            _absent += 1
        elif not (webhook_id.__class__ is str or isinstance(webhook_id, str)):
            raise DecodeError("string", webhook_id, "webhookId")
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (address1 := src_dict.get("address1", UNSET)) is UNSET:
            _absent += 1
        elif not ((address1.__class__ is str or isinstance(address1, str)) or address1 is None):
            raise DecodeError("string or null", address1, "address1")
        if (city := src_dict.get("city", UNSET)) is UNSET:
            _absent += 1
        elif not ((city.__class__ is str or isinstance(city, str)) or city is None):
            raise DecodeError("string or null", city, "city")
        if (company_name := src_dict.get("companyName", UNSET)) is UNSET:
            _absent += 1
        elif not ((company_name.__class__ is str or isinstance(company_name, str)) or company_name is None):
            raise DecodeError("string or null", company_name, "companyName")
        if (country := src_dict.get("country", UNSET)) is UNSET:
            _absent += 1
        elif not (country.__class__ is str or isinstance(country, str)):
            raise DecodeError("string", country, "country")
        if (source := src_dict.get("source", UNSET)) is UNSET:
            _absent += 1
        elif not ((source.__class__ is str or isinstance(source, str)) or source is None):
            raise DecodeError("string or null", source, "source")
        if (date_added := src_dict.get("dateAdded", UNSET)) is UNSET:
            _absent += 1
        elif not (date_added.__class__ is str or isinstance(date_added, str)):
            raise DecodeError("string", date_added, "dateAdded")
        if (date_of_birth := src_dict.get("dateOfBirth", UNSET)) is UNSET:
            _absent += 1
        elif not ((date_of_birth.__class__ is str or isinstance(date_of_birth, str)) or date_of_birth is None):
            raise DecodeError("string or null", date_of_birth, "dateOfBirth")
        if (dnd := src_dict.get("dnd", UNSET)) is UNSET:
            _absent += 1
        elif not (dnd is True or dnd is False):
            raise DecodeError("boolean", dnd, "dnd")
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not ((email.__class__ is str or isinstance(email, str)) or email is None):
            raise DecodeError("string or null", email, "email")
        if (name := src_dict.get("name", UNSET)) is UNSET:
            _absent += 1
        elif not ((name.__class__ is str or isinstance(name, str)) or name is None):
            raise DecodeError("string or null", name, "name")
        if (first_name := src_dict.get("firstName", UNSET)) is UNSET:
            _absent += 1
        elif not ((first_name.__class__ is str or isinstance(first_name, str)) or first_name is None):
            raise DecodeError("string or null", first_name, "firstName")
        if (last_name := src_dict.get("lastName", UNSET)) is UNSET:
            _absent += 1
        elif not ((last_name.__class__ is str or isinstance(last_name, str)) or last_name is None):
            raise DecodeError("string or null", last_name, "lastName")
        if (phone := src_dict.get("phone", UNSET)) is UNSET:
            _absent += 1
        elif not ((phone.__class__ is str or isinstance(phone, str)) or phone is None):
            raise DecodeError("string or null", phone, "phone")
        if (postal_code := src_dict.get("postalCode", UNSET)) is UNSET:
            _absent += 1
        elif not (postal_code.__class__ is str or isinstance(postal_code, str)):
            raise DecodeError("string", postal_code, "postalCode")
        if (state := src_dict.get("state", UNSET)) is UNSET:
            _absent += 1
        elif not ((state.__class__ is str or isinstance(state, str)) or state is None):
            raise DecodeError("string or null", state, "state")
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        else:
            tags = _decode_tags(tags, "tags")
        if (website := src_dict.get("website", UNSET)) is UNSET:
            _absent += 1
        elif not ((website.__class__ is str or isinstance(website, str)) or website is None):
            raise DecodeError("string or null", website, "website")
        if (attachments := src_dict.get("attachments", UNSET)) is UNSET:
            _absent += 1
        else:
            attachments = _decode_attachments(attachments, "attachments")
        if (assigned_to := src_dict.get("assignedTo", UNSET)) is UNSET:
            _absent += 1
        elif not ((assigned_to.__class__ is str or isinstance(assigned_to, str)) or assigned_to is None):
            raise DecodeError("string or null", assigned_to, "assignedTo")
        if (custom_fields := src_dict.get("customFields", UNSET)) is UNSET:
            _absent += 1
        elif custom_fields.__class__ is not list and not isinstance(custom_fields, list):
            raise DecodeError("array", custom_fields, "customFields")
        else:
            try:
                custom_fields = [_CustomFieldValue_from_dict(item) for item in custom_fields]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "customFields", _decode.first_failure(_CustomFieldValue_from_dict, custom_fields)
                ) from None
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        else:
            type_ = _decode_type_(type_, "type")
        _instance = _new(cls)
        _instance.timestamp = timestamp
        _instance.webhook_id = webhook_id
        _instance.location_id = location_id
        _instance.id = id
        _instance.address1 = address1
        _instance.city = city
        _instance.company_name = company_name
        _instance.country = country
        _instance.source = source
        _instance.date_added = date_added
        _instance.date_of_birth = date_of_birth
        _instance.dnd = dnd
        _instance.email = email
        _instance.name = name
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.phone = phone
        _instance.postal_code = postal_code
        _instance.state = state
        _instance.tags = tags
        _instance.website = website
        _instance.attachments = attachments
        _instance.assigned_to = assigned_to
        _instance.custom_fields = custom_fields
        _instance.type_ = type_
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 25:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_value import CustomFieldValue  # noqa: E402

ContactUpdateEvent.__tolerant__ = _tolerant.TolerantModel(
    ContactUpdateEvent,
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
        _tolerant.Field("type", "type_", _tolerant.enum(ContactUpdateEventType), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ContactUpdateEvent.__tolerant__.names
_CustomFieldValue_from_dict = CustomFieldValue.from_dict
_decode_tags = _decode.scalars((_decode.is_string,), "string")
_decode_attachments = _decode.array(None)
_decode_type_ = _decode.enum(ContactUpdateEventType)
