from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Contact(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if self.date_added is not UNSET:
            field_dict["dateAdded"] = self.date_added
        if self.date_updated is not UNSET:
            field_dict["dateUpdated"] = self.date_updated
        if self.deleted is not UNSET:
            field_dict["deleted"] = self.deleted
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = (
                [item.to_dict() if isinstance(item, CustomFieldValue) else item for item in self.custom_fields]
                if isinstance(self.custom_fields, list)
                else self.custom_fields
            )
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.first_name_lower_case is not UNSET:
            field_dict["firstNameLowerCase"] = self.first_name_lower_case
        if self.full_name_lower_case is not UNSET:
            field_dict["fullNameLowerCase"] = self.full_name_lower_case
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.last_name_lower_case is not UNSET:
            field_dict["lastNameLowerCase"] = self.last_name_lower_case
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.email_lower_case is not UNSET:
            field_dict["emailLowerCase"] = self.email_lower_case
        if self.bounce_email is not UNSET:
            field_dict["bounceEmail"] = self.bounce_email
        if self.unsubscribe_email is not UNSET:
            field_dict["unsubscribeEmail"] = self.unsubscribe_email
        if self.dnd is not UNSET:
            field_dict["dnd"] = self.dnd
        if self.dnd_settings is not UNSET:
            field_dict["dndSettings"] = (
                self.dnd_settings.to_dict() if isinstance(self.dnd_settings, DndSettings) else self.dnd_settings
            )
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.address1 is not UNSET:
            field_dict["address1"] = self.address1
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.website is not UNSET:
            field_dict["website"] = self.website
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.company_name is not UNSET:
            field_dict["companyName"] = self.company_name
        if self.date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = self.date_of_birth
        if self.birth_month is not UNSET:
            field_dict["birthMonth"] = self.birth_month
        if self.birth_day is not UNSET:
            field_dict["birthDay"] = self.birth_day
        if self.last_session_activity_at is not UNSET:
            field_dict["lastSessionActivityAt"] = self.last_session_activity_at
        if self.offers is not UNSET:
            field_dict["offers"] = self.offers
        if self.products is not UNSET:
            field_dict["products"] = self.products
        if self.business_id is not UNSET:
            field_dict["businessId"] = self.business_id
        if self.assigned_to is not UNSET:
            field_dict["assignedTo"] = self.assigned_to
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "id")
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (date_added := src_dict.get("dateAdded", UNSET)) is UNSET:
            _absent += 1
        elif not (date_added.__class__ is str or isinstance(date_added, str)):
            raise DecodeError("string", date_added, "dateAdded")
        if (date_updated := src_dict.get("dateUpdated", UNSET)) is UNSET:
            _absent += 1
        elif not (date_updated.__class__ is str or isinstance(date_updated, str)):
            raise DecodeError("string", date_updated, "dateUpdated")
        if (deleted := src_dict.get("deleted", UNSET)) is UNSET:
            _absent += 1
        elif not (deleted is True or deleted is False):
            raise DecodeError("boolean", deleted, "deleted")
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        else:
            tags = _decode_tags(tags, "tags")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        elif not (type_.__class__ is str or isinstance(type_, str)):
            raise DecodeError("string", type_, "type")
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
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (first_name := src_dict.get("firstName", UNSET)) is UNSET:
            _absent += 1
        elif not ((first_name.__class__ is str or isinstance(first_name, str)) or first_name is None):
            raise DecodeError("string or null", first_name, "firstName")
        if (first_name_lower_case := src_dict.get("firstNameLowerCase", UNSET)) is UNSET:
            _absent += 1
        elif not (first_name_lower_case.__class__ is str or isinstance(first_name_lower_case, str)):
            raise DecodeError("string", first_name_lower_case, "firstNameLowerCase")
        if (full_name_lower_case := src_dict.get("fullNameLowerCase", UNSET)) is UNSET:
            _absent += 1
        elif not (full_name_lower_case.__class__ is str or isinstance(full_name_lower_case, str)):
            raise DecodeError("string", full_name_lower_case, "fullNameLowerCase")
        if (last_name := src_dict.get("lastName", UNSET)) is UNSET:
            _absent += 1
        elif not ((last_name.__class__ is str or isinstance(last_name, str)) or last_name is None):
            raise DecodeError("string or null", last_name, "lastName")
        if (last_name_lower_case := src_dict.get("lastNameLowerCase", UNSET)) is UNSET:
            _absent += 1
        elif not (last_name_lower_case.__class__ is str or isinstance(last_name_lower_case, str)):
            raise DecodeError("string", last_name_lower_case, "lastNameLowerCase")
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not ((email.__class__ is str or isinstance(email, str)) or email is None):
            raise DecodeError("string or null", email, "email")
        if (email_lower_case := src_dict.get("emailLowerCase", UNSET)) is UNSET:
            _absent += 1
        elif not (email_lower_case.__class__ is str or isinstance(email_lower_case, str)):
            raise DecodeError("string", email_lower_case, "emailLowerCase")
        if (bounce_email := src_dict.get("bounceEmail", UNSET)) is UNSET:
            _absent += 1
        elif not (bounce_email is True or bounce_email is False):
            raise DecodeError("boolean", bounce_email, "bounceEmail")
        if (unsubscribe_email := src_dict.get("unsubscribeEmail", UNSET)) is UNSET:
            _absent += 1
        elif not (unsubscribe_email is True or unsubscribe_email is False):
            raise DecodeError("boolean", unsubscribe_email, "unsubscribeEmail")
        if (dnd := src_dict.get("dnd", UNSET)) is UNSET:
            _absent += 1
        elif not (dnd is True or dnd is False):
            raise DecodeError("boolean", dnd, "dnd")
        if (dnd_settings := src_dict.get("dndSettings", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                dnd_settings = _DndSettings_from_dict(dnd_settings)
            except DecodeError as _decode_error:
                raise _decode_error.within("dndSettings") from None
        if (phone := src_dict.get("phone", UNSET)) is UNSET:
            _absent += 1
        elif not ((phone.__class__ is str or isinstance(phone, str)) or phone is None):
            raise DecodeError("string or null", phone, "phone")
        if (address1 := src_dict.get("address1", UNSET)) is UNSET:
            _absent += 1
        elif not ((address1.__class__ is str or isinstance(address1, str)) or address1 is None):
            raise DecodeError("string or null", address1, "address1")
        if (city := src_dict.get("city", UNSET)) is UNSET:
            _absent += 1
        elif not ((city.__class__ is str or isinstance(city, str)) or city is None):
            raise DecodeError("string or null", city, "city")
        if (state := src_dict.get("state", UNSET)) is UNSET:
            _absent += 1
        elif not ((state.__class__ is str or isinstance(state, str)) or state is None):
            raise DecodeError("string or null", state, "state")
        if (country := src_dict.get("country", UNSET)) is UNSET:
            _absent += 1
        elif not (country.__class__ is str or isinstance(country, str)):
            raise DecodeError("string", country, "country")
        if (postal_code := src_dict.get("postalCode", UNSET)) is UNSET:
            _absent += 1
        elif not (postal_code.__class__ is str or isinstance(postal_code, str)):
            raise DecodeError("string", postal_code, "postalCode")
        if (website := src_dict.get("website", UNSET)) is UNSET:
            _absent += 1
        elif not ((website.__class__ is str or isinstance(website, str)) or website is None):
            raise DecodeError("string or null", website, "website")
        if (source := src_dict.get("source", UNSET)) is UNSET:
            _absent += 1
        elif not ((source.__class__ is str or isinstance(source, str)) or source is None):
            raise DecodeError("string or null", source, "source")
        if (company_name := src_dict.get("companyName", UNSET)) is UNSET:
            _absent += 1
        elif not ((company_name.__class__ is str or isinstance(company_name, str)) or company_name is None):
            raise DecodeError("string or null", company_name, "companyName")
        if (date_of_birth := src_dict.get("dateOfBirth", UNSET)) is UNSET:
            _absent += 1
        elif not ((date_of_birth.__class__ is str or isinstance(date_of_birth, str)) or date_of_birth is None):
            raise DecodeError("string or null", date_of_birth, "dateOfBirth")
        if (birth_month := src_dict.get("birthMonth", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(birth_month, (int, float)) and not isinstance(birth_month, bool)):
            raise DecodeError("number", birth_month, "birthMonth")
        if (birth_day := src_dict.get("birthDay", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(birth_day, (int, float)) and not isinstance(birth_day, bool)):
            raise DecodeError("number", birth_day, "birthDay")
        if (last_session_activity_at := src_dict.get("lastSessionActivityAt", UNSET)) is UNSET:
            _absent += 1
        elif not (last_session_activity_at.__class__ is str or isinstance(last_session_activity_at, str)):
            raise DecodeError("string", last_session_activity_at, "lastSessionActivityAt")
        if (offers := src_dict.get("offers", UNSET)) is UNSET:
            _absent += 1
        else:
            offers = _decode_offers(offers, "offers")
        if (products := src_dict.get("products", UNSET)) is UNSET:
            _absent += 1
        else:
            products = _decode_products(products, "products")
        if (business_id := src_dict.get("businessId", UNSET)) is UNSET:
            _absent += 1
        elif not (business_id.__class__ is str or isinstance(business_id, str)):
            raise DecodeError("string", business_id, "businessId")
        if (assigned_to := src_dict.get("assignedTo", UNSET)) is UNSET:
            _absent += 1
        elif not ((assigned_to.__class__ is str or isinstance(assigned_to, str)) or assigned_to is None):
            raise DecodeError("string or null", assigned_to, "assignedTo")
        _instance = _new(cls)
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Contact.__tolerant__.names
_CustomFieldValue_from_dict = CustomFieldValue.from_dict
_DndSettings_from_dict = DndSettings.from_dict
_decode_tags = _decode.scalars((_decode.is_string,), "string")
_decode_offers = _decode.scalars((_decode.is_string,), "string")
_decode_products = _decode.scalars((_decode.is_string,), "string")
