from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactDetail")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "locationId",
        "firstName",
        "lastName",
        "email",
        "emailLowerCase",
        "timezone",
        "companyName",
        "phone",
        "dnd",
        "dndSettings",
        "type",
        "source",
        "assignedTo",
        "address1",
        "city",
        "state",
        "country",
        "postalCode",
        "website",
        "tags",
        "dateOfBirth",
        "dateAdded",
        "dateUpdated",
        "attachments",
        "ssn",
        "keyword",
        "firstNameLowerCase",
        "fullNameLowerCase",
        "lastNameLowerCase",
        "lastActivity",
        "customFields",
        "businessId",
        "attributionSource",
        "lastAttributionSource",
        "visitorId",
    }
)


@_attrs_define
class ContactDetail:
    """A contact as HighLevel answers a read, an update or an upsert.
    Fields that a create or an update may set to null (HighLevel's request descriptions mark
    them nullable) are nullable here too: the service answers a cleared field as null.

        Example:
            {'id': 'seD4PfOuKoVMLkEZqohJ', 'name': 'rubika deo', 'locationId': 've9EPM428h8vShlRW1KT', 'firstName':
                'rubika', 'lastName': 'Deo', 'email': 'rubika@deos.com', 'timezone': 'Asia/Calcutta', 'phone': '+18832327657',
                'dnd': True, 'dndSettings': {'SMS': {'status': 'active', 'message': 'STOP received', 'code': 'SMS-2'}}, 'tags':
                ['nisi sint commodo amet'], 'dateAdded': '2021-07-02T05:18:26.704Z', 'customFields': [{'id':
                'MgobCB14YMVKuE4Ka8p1', 'value': 'name'}], 'attributionSource': {'url': 'https://example.com/landing',
                'utmSource': 'newsletter'}, 'visitorId': 've9EPM428h8vShlRW1KT'}

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
            dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel. Example: {'Call': {'status':
                'active', 'message': 'Call opted out', 'code': 'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code':
                ''}, 'SMS': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
                'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '', 'code': ''}, 'FB':
                {'status': 'active', 'message': 'Blocked on Messenger', 'code': 'FB-1'}}.
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
            attachments (str | Unset):
            ssn (str | Unset):
            keyword (str | Unset):
            first_name_lower_case (str | Unset):
            full_name_lower_case (str | Unset):
            last_name_lower_case (str | Unset):
            last_activity (str | Unset): When the contact was last active (ISO 8601).
            custom_fields (list[CustomFieldValue] | Unset):
            business_id (str | Unset):
            attribution_source (AttributionSource | Unset): Where a contact came from (the first or the latest touch).
                Example: {'url': 'https://example.com/landing', 'campaign': None, 'utmSource': 'newsletter', 'referrer':
                'https://www.google.com', 'ip': '58.111.106.198', 'medium': 'survey', 'mediumId': 'FglfHAn30PRwsZVyQlKp'}.
            last_attribution_source (AttributionSource | Unset): Where a contact came from (the first or the latest touch).
                Example: {'url': 'https://example.com/landing', 'campaign': None, 'utmSource': 'newsletter', 'referrer':
                'https://www.google.com', 'ip': '58.111.106.198', 'medium': 'survey', 'mediumId': 'FglfHAn30PRwsZVyQlKp'}.
            visitor_id (str | Unset): Identifier of the contact as a live-chat visitor.
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
    attachments: str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: Any = self.name

        location_id = self.location_id

        first_name: Any = self.first_name

        last_name: Any = self.last_name

        email: Any = self.email

        email_lower_case = self.email_lower_case

        timezone: Any = self.timezone

        company_name: Any = self.company_name

        phone: Any = self.phone

        dnd = self.dnd

        dnd_settings: Any = self.dnd_settings
        if isinstance(self.dnd_settings, DndSettings):
            dnd_settings = self.dnd_settings.to_dict()

        type_ = self.type_

        source: Any = self.source

        assigned_to: Any = self.assigned_to

        address1: Any = self.address1

        city: Any = self.city

        state: Any = self.state

        country = self.country

        postal_code = self.postal_code

        website: Any = self.website

        tags: Any = self.tags

        date_of_birth: Any = self.date_of_birth

        date_added = self.date_added

        date_updated = self.date_updated

        attachments = self.attachments

        ssn = self.ssn

        keyword = self.keyword

        first_name_lower_case = self.first_name_lower_case

        full_name_lower_case = self.full_name_lower_case

        last_name_lower_case = self.last_name_lower_case

        last_activity = self.last_activity

        custom_fields: Any = self.custom_fields
        if isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item: Any = custom_fields_item_data
                if isinstance(custom_fields_item_data, CustomFieldValue):
                    custom_fields_item = custom_fields_item_data.to_dict()

                custom_fields.append(custom_fields_item)

        business_id = self.business_id

        attribution_source: Any = self.attribution_source
        if isinstance(self.attribution_source, AttributionSource):
            attribution_source = self.attribution_source.to_dict()

        last_attribution_source: Any = self.last_attribution_source
        if isinstance(self.last_attribution_source, AttributionSource):
            last_attribution_source = self.last_attribution_source.to_dict()

        visitor_id = self.visitor_id

        field_dict: dict[str, Any] = {}
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if email_lower_case is not UNSET:
            field_dict["emailLowerCase"] = email_lower_case
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if dnd is not UNSET:
            field_dict["dnd"] = dnd
        if dnd_settings is not UNSET:
            field_dict["dndSettings"] = dnd_settings
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if website is not UNSET:
            field_dict["website"] = website
        if tags is not UNSET:
            field_dict["tags"] = tags
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_updated is not UNSET:
            field_dict["dateUpdated"] = date_updated
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if first_name_lower_case is not UNSET:
            field_dict["firstNameLowerCase"] = first_name_lower_case
        if full_name_lower_case is not UNSET:
            field_dict["fullNameLowerCase"] = full_name_lower_case
        if last_name_lower_case is not UNSET:
            field_dict["lastNameLowerCase"] = last_name_lower_case
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if business_id is not UNSET:
            field_dict["businessId"] = business_id
        if attribution_source is not UNSET:
            field_dict["attributionSource"] = attribution_source
        if last_attribution_source is not UNSET:
            field_dict["lastAttributionSource"] = last_attribution_source
        if visitor_id is not UNSET:
            field_dict["visitorId"] = visitor_id
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
        try:
            id = src_dict["id"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "id") from None
        if not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")

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

        if "locationId" in src_dict:
            location_id = src_dict["locationId"]
            if not (location_id.__class__ is str or isinstance(location_id, str)):
                raise DecodeError("string", location_id, "locationId")
        else:
            location_id = UNSET
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

        if "emailLowerCase" in src_dict:
            email_lower_case = src_dict["emailLowerCase"]
            if not (email_lower_case.__class__ is str or isinstance(email_lower_case, str)):
                raise DecodeError("string", email_lower_case, "emailLowerCase")
        else:
            email_lower_case = UNSET
            _absent += 1

        if "timezone" in src_dict:
            timezone = src_dict["timezone"]
            if timezone.__class__ is str or isinstance(timezone, str):
                if not (timezone.__class__ is str or isinstance(timezone, str)):
                    raise DecodeError("string", timezone, "timezone")

            elif timezone is None:
                if timezone is not None:
                    raise DecodeError("null", timezone, "timezone")

            else:
                raise DecodeError("string or null", timezone, "timezone")
        else:
            timezone = UNSET
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

        if "dnd" in src_dict:
            dnd = src_dict["dnd"]
            if not (dnd is True or dnd is False):
                raise DecodeError("boolean", dnd, "dnd")
        else:
            dnd = UNSET
            _absent += 1

        if "dndSettings" in src_dict:
            dnd_settings = src_dict["dndSettings"]
            try:
                dnd_settings = _DndSettings_from_dict(dnd_settings)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "dndSettings")
                raise
        else:
            dnd_settings = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            if not (type_.__class__ is str or isinstance(type_, str)):
                raise DecodeError("string", type_, "type")
        else:
            type_ = UNSET
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

        if "country" in src_dict:
            country = src_dict["country"]
            if not (country.__class__ is str or isinstance(country, str)):
                raise DecodeError("string", country, "country")
        else:
            country = UNSET
            _absent += 1

        if "postalCode" in src_dict:
            postal_code = src_dict["postalCode"]
            if not (postal_code.__class__ is str or isinstance(postal_code, str)):
                raise DecodeError("string", postal_code, "postalCode")
        else:
            postal_code = UNSET
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

        if "dateAdded" in src_dict:
            date_added = src_dict["dateAdded"]
            if not (date_added.__class__ is str or isinstance(date_added, str)):
                raise DecodeError("string", date_added, "dateAdded")
        else:
            date_added = UNSET
            _absent += 1

        if "dateUpdated" in src_dict:
            date_updated = src_dict["dateUpdated"]
            if not (date_updated.__class__ is str or isinstance(date_updated, str)):
                raise DecodeError("string", date_updated, "dateUpdated")
        else:
            date_updated = UNSET
            _absent += 1

        if "attachments" in src_dict:
            attachments = src_dict["attachments"]
            if not (attachments.__class__ is str or isinstance(attachments, str)):
                raise DecodeError("string", attachments, "attachments")
        else:
            attachments = UNSET
            _absent += 1

        if "ssn" in src_dict:
            ssn = src_dict["ssn"]
            if not (ssn.__class__ is str or isinstance(ssn, str)):
                raise DecodeError("string", ssn, "ssn")
        else:
            ssn = UNSET
            _absent += 1

        if "keyword" in src_dict:
            keyword = src_dict["keyword"]
            if not (keyword.__class__ is str or isinstance(keyword, str)):
                raise DecodeError("string", keyword, "keyword")
        else:
            keyword = UNSET
            _absent += 1

        if "firstNameLowerCase" in src_dict:
            first_name_lower_case = src_dict["firstNameLowerCase"]
            if not (first_name_lower_case.__class__ is str or isinstance(first_name_lower_case, str)):
                raise DecodeError("string", first_name_lower_case, "firstNameLowerCase")
        else:
            first_name_lower_case = UNSET
            _absent += 1

        if "fullNameLowerCase" in src_dict:
            full_name_lower_case = src_dict["fullNameLowerCase"]
            if not (full_name_lower_case.__class__ is str or isinstance(full_name_lower_case, str)):
                raise DecodeError("string", full_name_lower_case, "fullNameLowerCase")
        else:
            full_name_lower_case = UNSET
            _absent += 1

        if "lastNameLowerCase" in src_dict:
            last_name_lower_case = src_dict["lastNameLowerCase"]
            if not (last_name_lower_case.__class__ is str or isinstance(last_name_lower_case, str)):
                raise DecodeError("string", last_name_lower_case, "lastNameLowerCase")
        else:
            last_name_lower_case = UNSET
            _absent += 1

        if "lastActivity" in src_dict:
            last_activity = src_dict["lastActivity"]
            if not (last_activity.__class__ is str or isinstance(last_activity, str)):
                raise DecodeError("string", last_activity, "lastActivity")
        else:
            last_activity = UNSET
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

        if "businessId" in src_dict:
            business_id = src_dict["businessId"]
            if not (business_id.__class__ is str or isinstance(business_id, str)):
                raise DecodeError("string", business_id, "businessId")
        else:
            business_id = UNSET
            _absent += 1

        if "attributionSource" in src_dict:
            attribution_source = src_dict["attributionSource"]
            try:
                attribution_source = _AttributionSource_from_dict(attribution_source)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributionSource")
                raise
        else:
            attribution_source = UNSET
            _absent += 1

        if "lastAttributionSource" in src_dict:
            last_attribution_source = src_dict["lastAttributionSource"]
            try:
                last_attribution_source = _AttributionSource_from_dict(last_attribution_source)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "lastAttributionSource")
                raise
        else:
            last_attribution_source = UNSET
            _absent += 1

        if "visitorId" in src_dict:
            visitor_id = src_dict["visitorId"]
            if not (visitor_id.__class__ is str or isinstance(visitor_id, str)):
                raise DecodeError("string", visitor_id, "visitorId")
        else:
            visitor_id = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.location_id = location_id
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.email = email
        _instance.email_lower_case = email_lower_case
        _instance.timezone = timezone
        _instance.company_name = company_name
        _instance.phone = phone
        _instance.dnd = dnd
        _instance.dnd_settings = dnd_settings
        _instance.type_ = type_
        _instance.source = source
        _instance.assigned_to = assigned_to
        _instance.address1 = address1
        _instance.city = city
        _instance.state = state
        _instance.country = country
        _instance.postal_code = postal_code
        _instance.website = website
        _instance.tags = tags
        _instance.date_of_birth = date_of_birth
        _instance.date_added = date_added
        _instance.date_updated = date_updated
        _instance.attachments = attachments
        _instance.ssn = ssn
        _instance.keyword = keyword
        _instance.first_name_lower_case = first_name_lower_case
        _instance.full_name_lower_case = full_name_lower_case
        _instance.last_name_lower_case = last_name_lower_case
        _instance.last_activity = last_activity
        _instance.custom_fields = custom_fields
        _instance.business_id = business_id
        _instance.attribution_source = attribution_source
        _instance.last_attribution_source = last_attribution_source
        _instance.visitor_id = visitor_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 37:
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
from ..models.attribution_source import AttributionSource  # noqa: E402
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
        _tolerant.Field("attachments", "attachments", _tolerant.string(), required=False),
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
    ),
    additional=None,
)

_AttributionSource_from_dict = AttributionSource.from_dict
_CustomFieldValue_from_dict = CustomFieldValue.from_dict
_DndSettings_from_dict = DndSettings.from_dict
