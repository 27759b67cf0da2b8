from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "dateAdded",
        "dateUpdated",
        "deleted",
        "tags",
        "type",
        "customFields",
        "locationId",
        "firstName",
        "firstNameLowerCase",
        "fullNameLowerCase",
        "lastName",
        "lastNameLowerCase",
        "email",
        "emailLowerCase",
        "bounceEmail",
        "unsubscribeEmail",
        "dnd",
        "dndSettings",
        "phone",
        "address1",
        "city",
        "state",
        "country",
        "postalCode",
        "website",
        "source",
        "companyName",
        "dateOfBirth",
        "birthMonth",
        "birthDay",
        "lastSessionActivityAt",
        "offers",
        "products",
        "businessId",
        "assignedTo",
    }
)


@_attrs_define
class Contact:
    """A contact as HighLevel answers it.

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
        id (str | Unset):
        date_added (str | Unset): When the contact was created (ISO 8601).
        date_updated (str | Unset): When the contact was last changed (ISO 8601).
        deleted (bool | Unset):
        tags (list[str] | Unset):
        type_ (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        location_id (str | Unset):
        first_name (str | Unset):
        first_name_lower_case (str | Unset):
        full_name_lower_case (str | Unset):
        last_name (str | Unset):
        last_name_lower_case (str | Unset):
        email (str | Unset):
        email_lower_case (str | Unset):
        bounce_email (bool | Unset):
        unsubscribe_email (bool | Unset):
        dnd (bool | Unset):
        dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel. Example: {'Call': {'status':
            'active', 'message': 'Call opted out', 'code': 'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code':
            ''}, 'SMS': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
            'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '', 'code': ''}, 'FB':
            {'status': 'active', 'message': 'Blocked on Messenger', 'code': 'FB-1'}}.
        phone (str | Unset):
        address1 (str | Unset):
        city (str | Unset):
        state (str | Unset):
        country (str | Unset):
        postal_code (str | Unset):
        website (str | Unset):
        source (str | Unset):
        company_name (str | Unset):
        date_of_birth (str | Unset): Birth date (ISO 8601, such as `1990-09-25T00:00:00.000Z`).
        birth_month (float | Unset):
        birth_day (float | Unset):
        last_session_activity_at (str | Unset): When the contact was last active (ISO 8601).
        offers (list[str] | Unset):
        products (list[str] | Unset):
        business_id (str | Unset):
        assigned_to (str | Unset): Identifier of the user the contact is assigned to.
    """

    id: str | Unset = UNSET
    date_added: str | Unset = UNSET
    date_updated: str | Unset = UNSET
    deleted: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    type_: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    location_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    first_name_lower_case: str | Unset = UNSET
    full_name_lower_case: str | Unset = UNSET
    last_name: str | Unset = UNSET
    last_name_lower_case: str | Unset = UNSET
    email: str | Unset = UNSET
    email_lower_case: str | Unset = UNSET
    bounce_email: bool | Unset = UNSET
    unsubscribe_email: bool | Unset = UNSET
    dnd: bool | Unset = UNSET
    dnd_settings: DndSettings | Unset = UNSET
    phone: str | Unset = UNSET
    address1: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    website: str | Unset = UNSET
    source: str | Unset = UNSET
    company_name: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    birth_month: float | Unset = UNSET
    birth_day: float | Unset = UNSET
    last_session_activity_at: str | Unset = UNSET
    offers: list[str] | Unset = UNSET
    products: list[str] | Unset = UNSET
    business_id: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_added = self.date_added

        date_updated = self.date_updated

        deleted = self.deleted

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        type_ = self.type_

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        location_id = self.location_id

        first_name = self.first_name

        first_name_lower_case = self.first_name_lower_case

        full_name_lower_case = self.full_name_lower_case

        last_name = self.last_name

        last_name_lower_case = self.last_name_lower_case

        email = self.email

        email_lower_case = self.email_lower_case

        bounce_email = self.bounce_email

        unsubscribe_email = self.unsubscribe_email

        dnd = self.dnd

        dnd_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dnd_settings, Unset):
            dnd_settings = self.dnd_settings.to_dict()

        phone = self.phone

        address1 = self.address1

        city = self.city

        state = self.state

        country = self.country

        postal_code = self.postal_code

        website = self.website

        source = self.source

        company_name = self.company_name

        date_of_birth = self.date_of_birth

        birth_month = self.birth_month

        birth_day = self.birth_day

        last_session_activity_at = self.last_session_activity_at

        offers: list[str] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = self.offers

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products

        business_id = self.business_id

        assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_updated is not UNSET:
            field_dict["dateUpdated"] = date_updated
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if first_name_lower_case is not UNSET:
            field_dict["firstNameLowerCase"] = first_name_lower_case
        if full_name_lower_case is not UNSET:
            field_dict["fullNameLowerCase"] = full_name_lower_case
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if last_name_lower_case is not UNSET:
            field_dict["lastNameLowerCase"] = last_name_lower_case
        if email is not UNSET:
            field_dict["email"] = email
        if email_lower_case is not UNSET:
            field_dict["emailLowerCase"] = email_lower_case
        if bounce_email is not UNSET:
            field_dict["bounceEmail"] = bounce_email
        if unsubscribe_email is not UNSET:
            field_dict["unsubscribeEmail"] = unsubscribe_email
        if dnd is not UNSET:
            field_dict["dnd"] = dnd
        if dnd_settings is not UNSET:
            field_dict["dndSettings"] = dnd_settings
        if phone is not UNSET:
            field_dict["phone"] = phone
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
        if source is not UNSET:
            field_dict["source"] = source
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if birth_month is not UNSET:
            field_dict["birthMonth"] = birth_month
        if birth_day is not UNSET:
            field_dict["birthDay"] = birth_day
        if last_session_activity_at is not UNSET:
            field_dict["lastSessionActivityAt"] = last_session_activity_at
        if offers is not UNSET:
            field_dict["offers"] = offers
        if products is not UNSET:
            field_dict["products"] = products
        if business_id is not UNSET:
            field_dict["businessId"] = business_id
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _field, _unset, _absent = src_dict.get, UNSET, 0
        id = _field("id", _unset)
        if id is _unset:
            _absent += 1
        elif not isinstance(id, str):
            raise DecodeError("string", id, "id")

        date_added = _field("dateAdded", _unset)
        if date_added is _unset:
            _absent += 1
        elif not isinstance(date_added, str):
            raise DecodeError("string", date_added, "dateAdded")

        date_updated = _field("dateUpdated", _unset)
        if date_updated is _unset:
            _absent += 1
        elif not isinstance(date_updated, str):
            raise DecodeError("string", date_updated, "dateUpdated")

        deleted = _field("deleted", _unset)
        if deleted is _unset:
            _absent += 1
        elif not isinstance(deleted, bool):
            raise DecodeError("boolean", deleted, "deleted")

        tags = _field("tags", _unset)
        if tags is _unset:
            _absent += 1
        else:
            if not isinstance(tags, list):
                raise DecodeError("array", tags, "tags")
            try:
                for tags_index, tags_item in enumerate(tags):
                    if not isinstance(tags_item, str):
                        raise DecodeError("string", tags_item, tags_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "tags")
                raise

        type_ = _field("type", _unset)
        if type_ is _unset:
            _absent += 1
        elif not isinstance(type_, str):
            raise DecodeError("string", type_, "type")

        custom_fields = _field("customFields", _unset)
        if custom_fields is _unset:
            _absent += 1
        else:
            if not isinstance(custom_fields, list):
                raise DecodeError("array", custom_fields, "customFields")
            try:
                custom_fields_decoded: list[Any] = []
                for custom_fields_index, custom_fields_item in enumerate(custom_fields):
                    try:
                        custom_fields_item = CustomFieldValue.from_dict(custom_fields_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, custom_fields_index)
                        raise

                    custom_fields_decoded.append(custom_fields_item)
                custom_fields = custom_fields_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "customFields")
                raise

        location_id = _field("locationId", _unset)
        if location_id is _unset:
            _absent += 1
        elif not isinstance(location_id, str):
            raise DecodeError("string", location_id, "locationId")

        first_name = _field("firstName", _unset)
        if first_name is _unset:
            _absent += 1
        elif not isinstance(first_name, str):
            raise DecodeError("string", first_name, "firstName")

        first_name_lower_case = _field("firstNameLowerCase", _unset)
        if first_name_lower_case is _unset:
            _absent += 1
        elif not isinstance(first_name_lower_case, str):
            raise DecodeError("string", first_name_lower_case, "firstNameLowerCase")

        full_name_lower_case = _field("fullNameLowerCase", _unset)
        if full_name_lower_case is _unset:
            _absent += 1
        elif not isinstance(full_name_lower_case, str):
            raise DecodeError("string", full_name_lower_case, "fullNameLowerCase")

        last_name = _field("lastName", _unset)
        if last_name is _unset:
            _absent += 1
        elif not isinstance(last_name, str):
            raise DecodeError("string", last_name, "lastName")

        last_name_lower_case = _field("lastNameLowerCase", _unset)
        if last_name_lower_case is _unset:
            _absent += 1
        elif not isinstance(last_name_lower_case, str):
            raise DecodeError("string", last_name_lower_case, "lastNameLowerCase")

        email = _field("email", _unset)
        if email is _unset:
            _absent += 1
        elif not isinstance(email, str):
            raise DecodeError("string", email, "email")

        email_lower_case = _field("emailLowerCase", _unset)
        if email_lower_case is _unset:
            _absent += 1
        elif not isinstance(email_lower_case, str):
            raise DecodeError("string", email_lower_case, "emailLowerCase")

        bounce_email = _field("bounceEmail", _unset)
        if bounce_email is _unset:
            _absent += 1
        elif not isinstance(bounce_email, bool):
            raise DecodeError("boolean", bounce_email, "bounceEmail")

        unsubscribe_email = _field("unsubscribeEmail", _unset)
        if unsubscribe_email is _unset:
            _absent += 1
        elif not isinstance(unsubscribe_email, bool):
            raise DecodeError("boolean", unsubscribe_email, "unsubscribeEmail")

        dnd = _field("dnd", _unset)
        if dnd is _unset:
            _absent += 1
        elif not isinstance(dnd, bool):
            raise DecodeError("boolean", dnd, "dnd")

        dnd_settings = _field("dndSettings", _unset)
        if dnd_settings is _unset:
            _absent += 1
        else:
            try:
                dnd_settings = DndSettings.from_dict(dnd_settings)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "dndSettings")
                raise

        phone = _field("phone", _unset)
        if phone is _unset:
            _absent += 1
        elif not isinstance(phone, str):
            raise DecodeError("string", phone, "phone")

        address1 = _field("address1", _unset)
        if address1 is _unset:
            _absent += 1
        elif not isinstance(address1, str):
            raise DecodeError("string", address1, "address1")

        city = _field("city", _unset)
        if city is _unset:
            _absent += 1
        elif not isinstance(city, str):
            raise DecodeError("string", city, "city")

        state = _field("state", _unset)
        if state is _unset:
            _absent += 1
        elif not isinstance(state, str):
            raise DecodeError("string", state, "state")

        country = _field("country", _unset)
        if country is _unset:
            _absent += 1
        elif not isinstance(country, str):
            raise DecodeError("string", country, "country")

        postal_code = _field("postalCode", _unset)
        if postal_code is _unset:
            _absent += 1
        elif not isinstance(postal_code, str):
            raise DecodeError("string", postal_code, "postalCode")

        website = _field("website", _unset)
        if website is _unset:
            _absent += 1
        elif not isinstance(website, str):
            raise DecodeError("string", website, "website")

        source = _field("source", _unset)
        if source is _unset:
            _absent += 1
        elif not isinstance(source, str):
            raise DecodeError("string", source, "source")

        company_name = _field("companyName", _unset)
        if company_name is _unset:
            _absent += 1
        elif not isinstance(company_name, str):
            raise DecodeError("string", company_name, "companyName")

        date_of_birth = _field("dateOfBirth", _unset)
        if date_of_birth is _unset:
            _absent += 1
        elif not isinstance(date_of_birth, str):
            raise DecodeError("string", date_of_birth, "dateOfBirth")

        birth_month = _field("birthMonth", _unset)
        if birth_month is _unset:
            _absent += 1
        elif not (isinstance(birth_month, (int, float)) and not isinstance(birth_month, bool)):
            raise DecodeError("number", birth_month, "birthMonth")

        birth_day = _field("birthDay", _unset)
        if birth_day is _unset:
            _absent += 1
        elif not (isinstance(birth_day, (int, float)) and not isinstance(birth_day, bool)):
            raise DecodeError("number", birth_day, "birthDay")

        last_session_activity_at = _field("lastSessionActivityAt", _unset)
        if last_session_activity_at is _unset:
            _absent += 1
        elif not isinstance(last_session_activity_at, str):
            raise DecodeError("string", last_session_activity_at, "lastSessionActivityAt")

        offers = _field("offers", _unset)
        if offers is _unset:
            _absent += 1
        else:
            if not isinstance(offers, list):
                raise DecodeError("array", offers, "offers")
            try:
                for offers_index, offers_item in enumerate(offers):
                    if not isinstance(offers_item, str):
                        raise DecodeError("string", offers_item, offers_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "offers")
                raise

        products = _field("products", _unset)
        if products is _unset:
            _absent += 1
        else:
            if not isinstance(products, list):
                raise DecodeError("array", products, "products")
            try:
                for products_index, products_item in enumerate(products):
                    if not isinstance(products_item, str):
                        raise DecodeError("string", products_item, products_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "products")
                raise

        business_id = _field("businessId", _unset)
        if business_id is _unset:
            _absent += 1
        elif not isinstance(business_id, str):
            raise DecodeError("string", business_id, "businessId")

        assigned_to = _field("assignedTo", _unset)
        if assigned_to is _unset:
            _absent += 1
        elif not isinstance(assigned_to, str):
            raise DecodeError("string", assigned_to, "assignedTo")

        _instance = object.__new__(cls)
        _instance.id = id
        _instance.date_added = date_added
        _instance.date_updated = date_updated
        _instance.deleted = deleted
        _instance.tags = tags
        _instance.type_ = type_
        _instance.custom_fields = custom_fields
        _instance.location_id = location_id
        _instance.first_name = first_name
        _instance.first_name_lower_case = first_name_lower_case
        _instance.full_name_lower_case = full_name_lower_case
        _instance.last_name = last_name
        _instance.last_name_lower_case = last_name_lower_case
        _instance.email = email
        _instance.email_lower_case = email_lower_case
        _instance.bounce_email = bounce_email
        _instance.unsubscribe_email = unsubscribe_email
        _instance.dnd = dnd
        _instance.dnd_settings = dnd_settings
        _instance.phone = phone
        _instance.address1 = address1
        _instance.city = city
        _instance.state = state
        _instance.country = country
        _instance.postal_code = postal_code
        _instance.website = website
        _instance.source = source
        _instance.company_name = company_name
        _instance.date_of_birth = date_of_birth
        _instance.birth_month = birth_month
        _instance.birth_day = birth_day
        _instance.last_session_activity_at = last_session_activity_at
        _instance.offers = offers
        _instance.products = products
        _instance.business_id = business_id
        _instance.assigned_to = assigned_to
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 36:
            _instance.additional_properties = {}
        else:
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
from ..models.dnd_settings import DndSettings  # noqa: E402
