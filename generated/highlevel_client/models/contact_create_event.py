from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.contact_create_event_type import ContactCreateEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCreateEvent")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "timestamp",
        "webhookId",
        "locationId",
        "id",
        "address1",
        "city",
        "companyName",
        "country",
        "source",
        "dateAdded",
        "dateOfBirth",
        "dnd",
        "email",
        "name",
        "firstName",
        "lastName",
        "phone",
        "postalCode",
        "state",
        "tags",
        "website",
        "attachments",
        "assignedTo",
        "customFields",
        "type",
    }
)


@_attrs_define
class ContactCreateEvent:
    """Webhook event `ContactCreate`, sent when a contact was created.

    Example:
        {'type': 'ContactCreate', 'timestamp': '2025-01-28T14:35:00Z', 'webhookId':
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
        type_ (ContactCreateEventType | Unset): The event type.
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
    type_: ContactCreateEventType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        webhook_id = self.webhook_id

        location_id = self.location_id

        id = self.id

        address1: Any = self.address1

        city: Any = self.city

        company_name: Any = self.company_name

        country = self.country

        source: Any = self.source

        date_added = self.date_added

        date_of_birth: Any = self.date_of_birth

        dnd = self.dnd

        email: Any = self.email

        name: Any = self.name

        first_name: Any = self.first_name

        last_name: Any = self.last_name

        phone: Any = self.phone

        postal_code = self.postal_code

        state: Any = self.state

        tags: Any = self.tags

        website: Any = self.website

        attachments: Any = self.attachments

        assigned_to: Any = self.assigned_to

        custom_fields: Any = self.custom_fields
        if isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item: Any = custom_fields_item_data
                if isinstance(custom_fields_item_data, CustomFieldValue):
                    custom_fields_item = custom_fields_item_data.to_dict()

                custom_fields.append(custom_fields_item)

        type_: Any = self.type_
        if isinstance(self.type_, ContactCreateEventType):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if id is not UNSET:
            field_dict["id"] = id
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if country is not UNSET:
            field_dict["country"] = country
        if source is not UNSET:
            field_dict["source"] = source
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if dnd is not UNSET:
            field_dict["dnd"] = dnd
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if website is not UNSET:
            field_dict["website"] = website
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if type_ is not UNSET:
            field_dict["type"] = type_
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

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
        if "timestamp" in src_dict:
            timestamp = src_dict["timestamp"]
            if not (timestamp.__class__ is str or isinstance(timestamp, str)):
                raise DecodeError("string", timestamp, "timestamp")
        else:
            timestamp = UNSET
            _absent += 1

        if "webhookId" in src_dict:
            webhook_id = src_dict["webhookId"]
            if not (webhook_id.__class__ is str or isinstance(webhook_id, str)):
                raise DecodeError("string", webhook_id, "webhookId")
        else:
            webhook_id = UNSET
            _absent += 1

        if "locationId" in src_dict:
            location_id = src_dict["locationId"]
            if not (location_id.__class__ is str or isinstance(location_id, str)):
                raise DecodeError("string", location_id, "locationId")
        else:
            location_id = UNSET
            _absent += 1

        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "address1" in src_dict:
            address1 = src_dict["address1"]
            if address1.__class__ is str or isinstance(address1, str):
                if not (address1.__class__ is str or isinstance(address1, str)):
                    raise DecodeError("string", address1, "address1")

            elif address1 is None:
                if address1 is not None:
                    raise DecodeError("null", address1, "address1")

            else:
                raise DecodeError("string or null", address1, "address1")
        else:
            address1 = UNSET
            _absent += 1

        if "city" in src_dict:
            city = src_dict["city"]
            if city.__class__ is str or isinstance(city, str):
                if not (city.__class__ is str or isinstance(city, str)):
                    raise DecodeError("string", city, "city")

            elif city is None:
                if city is not None:
                    raise DecodeError("null", city, "city")

            else:
                raise DecodeError("string or null", city, "city")
        else:
            city = UNSET
            _absent += 1

        if "companyName" in src_dict:
            company_name = src_dict["companyName"]
            if company_name.__class__ is str or isinstance(company_name, str):
                if not (company_name.__class__ is str or isinstance(company_name, str)):
                    raise DecodeError("string", company_name, "companyName")

            elif company_name is None:
                if company_name is not None:
                    raise DecodeError("null", company_name, "companyName")

            else:
                raise DecodeError("string or null", company_name, "companyName")
        else:
            company_name = UNSET
            _absent += 1

        if "country" in src_dict:
            country = src_dict["country"]
            if not (country.__class__ is str or isinstance(country, str)):
                raise DecodeError("string", country, "country")
        else:
            country = UNSET
            _absent += 1

        if "source" in src_dict:
            source = src_dict["source"]
            if source.__class__ is str or isinstance(source, str):
                if not (source.__class__ is str or isinstance(source, str)):
                    raise DecodeError("string", source, "source")

            elif source is None:
                if source is not None:
                    raise DecodeError("null", source, "source")

            else:
                raise DecodeError("string or null", source, "source")
        else:
            source = UNSET
            _absent += 1

        if "dateAdded" in src_dict:
            date_added = src_dict["dateAdded"]
            if not (date_added.__class__ is str or isinstance(date_added, str)):
                raise DecodeError("string", date_added, "dateAdded")
        else:
            date_added = UNSET
            _absent += 1

        if "dateOfBirth" in src_dict:
            date_of_birth = src_dict["dateOfBirth"]
            if date_of_birth.__class__ is str or isinstance(date_of_birth, str):
                if not (date_of_birth.__class__ is str or isinstance(date_of_birth, str)):
                    raise DecodeError("string", date_of_birth, "dateOfBirth")

            elif date_of_birth is None:
                if date_of_birth is not None:
                    raise DecodeError("null", date_of_birth, "dateOfBirth")

            else:
                raise DecodeError("string or null", date_of_birth, "dateOfBirth")
        else:
            date_of_birth = UNSET
            _absent += 1

        if "dnd" in src_dict:
            dnd = src_dict["dnd"]
            if not (dnd is True or dnd is False):
                raise DecodeError("boolean", dnd, "dnd")
        else:
            dnd = UNSET
            _absent += 1

        if "email" in src_dict:
            email = src_dict["email"]
            if email.__class__ is str or isinstance(email, str):
                if not (email.__class__ is str or isinstance(email, str)):
                    raise DecodeError("string", email, "email")

            elif email is None:
                if email is not None:
                    raise DecodeError("null", email, "email")

            else:
                raise DecodeError("string or null", email, "email")
        else:
            email = UNSET
            _absent += 1

        if "name" in src_dict:
            name = src_dict["name"]
            if name.__class__ is str or isinstance(name, str):
                if not (name.__class__ is str or isinstance(name, str)):
                    raise DecodeError("string", name, "name")

            elif name is None:
                if name is not None:
                    raise DecodeError("null", name, "name")

            else:
                raise DecodeError("string or null", name, "name")
        else:
            name = UNSET
            _absent += 1

        if "firstName" in src_dict:
            first_name = src_dict["firstName"]
            if first_name.__class__ is str or isinstance(first_name, str):
                if not (first_name.__class__ is str or isinstance(first_name, str)):
                    raise DecodeError("string", first_name, "firstName")

            elif first_name is None:
                if first_name is not None:
                    raise DecodeError("null", first_name, "firstName")

            else:
                raise DecodeError("string or null", first_name, "firstName")
        else:
            first_name = UNSET
            _absent += 1

        if "lastName" in src_dict:
            last_name = src_dict["lastName"]
            if last_name.__class__ is str or isinstance(last_name, str):
                if not (last_name.__class__ is str or isinstance(last_name, str)):
                    raise DecodeError("string", last_name, "lastName")

            elif last_name is None:
                if last_name is not None:
                    raise DecodeError("null", last_name, "lastName")

            else:
                raise DecodeError("string or null", last_name, "lastName")
        else:
            last_name = UNSET
            _absent += 1

        if "phone" in src_dict:
            phone = src_dict["phone"]
            if phone.__class__ is str or isinstance(phone, str):
                if not (phone.__class__ is str or isinstance(phone, str)):
                    raise DecodeError("string", phone, "phone")

            elif phone is None:
                if phone is not None:
                    raise DecodeError("null", phone, "phone")

            else:
                raise DecodeError("string or null", phone, "phone")
        else:
            phone = UNSET
            _absent += 1

        if "postalCode" in src_dict:
            postal_code = src_dict["postalCode"]
            if not (postal_code.__class__ is str or isinstance(postal_code, str)):
                raise DecodeError("string", postal_code, "postalCode")
        else:
            postal_code = UNSET
            _absent += 1

        if "state" in src_dict:
            state = src_dict["state"]
            if state.__class__ is str or isinstance(state, str):
                if not (state.__class__ is str or isinstance(state, str)):
                    raise DecodeError("string", state, "state")

            elif state is None:
                if state is not None:
                    raise DecodeError("null", state, "state")

            else:
                raise DecodeError("string or null", state, "state")
        else:
            state = UNSET
            _absent += 1

        if "tags" in src_dict:
            tags = src_dict["tags"]
            if not isinstance(tags, list):
                raise DecodeError("array", tags, "tags")
            try:
                for tags_item in tags:
                    if not (tags_item.__class__ is str or isinstance(tags_item, str)):
                        tags_index = next(place for place, other in enumerate(tags) if other is tags_item)
                        raise DecodeError("string", tags_item, tags_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "tags")
                raise
        else:
            tags = UNSET
            _absent += 1

        if "website" in src_dict:
            website = src_dict["website"]
            if website.__class__ is str or isinstance(website, str):
                if not (website.__class__ is str or isinstance(website, str)):
                    raise DecodeError("string", website, "website")

            elif website is None:
                if website is not None:
                    raise DecodeError("null", website, "website")

            else:
                raise DecodeError("string or null", website, "website")
        else:
            website = UNSET
            _absent += 1

        if "attachments" in src_dict:
            attachments = src_dict["attachments"]
            if not isinstance(attachments, list):
                raise DecodeError("array", attachments, "attachments")
        else:
            attachments = UNSET
            _absent += 1

        if "assignedTo" in src_dict:
            assigned_to = src_dict["assignedTo"]
            if assigned_to.__class__ is str or isinstance(assigned_to, str):
                if not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
                    raise DecodeError("string", assigned_to, "assignedTo")

            elif assigned_to is None:
                if assigned_to is not None:
                    raise DecodeError("null", assigned_to, "assignedTo")

            else:
                raise DecodeError("string or null", assigned_to, "assignedTo")
        else:
            assigned_to = UNSET
            _absent += 1

        if "customFields" in src_dict:
            custom_fields = src_dict["customFields"]
            if not isinstance(custom_fields, list):
                raise DecodeError("array", custom_fields, "customFields")
            custom_fields_decoded: list[Any] = []
            try:
                for custom_fields_item in custom_fields:
                    custom_fields_decoded.append(_CustomFieldValue_from_dict(custom_fields_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("customFields", len(custom_fields_decoded))
                raise
            custom_fields = custom_fields_decoded
        else:
            custom_fields = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            try:
                type_ = ContactCreateEventType(type_)
            except ValueError:
                raise DecodeError(
                    "one of 'ContactCreate'",
                    MALFORMED if (type_.__class__ is str or isinstance(type_, str)) else type_,
                    "type",
                ) from None
        else:
            type_ = UNSET
            _absent += 1

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
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_value import CustomFieldValue  # noqa: E402

ContactCreateEvent.__tolerant__ = _tolerant.TolerantModel(
    ContactCreateEvent,
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
        _tolerant.Field("type", "type_", _tolerant.enum(ContactCreateEventType), required=False),
    ),
    additional=None,
)

_CustomFieldValue_from_dict = CustomFieldValue.from_dict
