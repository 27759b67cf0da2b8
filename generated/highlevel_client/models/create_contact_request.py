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

T = TypeVar("T", bound="CreateContactRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class CreateContactRequest(AdditionalProperties[Any]):
    """The contact to create. `locationId` is required.

    Example:
        {'firstName': 'Rosan', 'lastName': 'Deo', 'name': 'Rosan Deo', 'email': 'rosan@deos.com', 'locationId':
            've9EPM428h8vShlRW1KT', 'gender': 'male', 'phone': '+1 888-888-8888', 'address1': '3535 1st St N', 'city':
            'Dolomite', 'state': 'AL', 'postalCode': '35061', 'website': 'https://www.tesla.com', 'timezone':
            'America/Chihuahua', 'dnd': True, 'dndSettings': {'Call': {'status': 'active', 'message': 'Call opted out',
            'code': 'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code': ''}, 'SMS': {'status': 'permanent',
            'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status': 'inactive', 'message': '', 'code': ''},
            'GMB': {'status': 'inactive', 'message': '', 'code': ''}, 'FB': {'status': 'active', 'message': 'Blocked on
            Messenger', 'code': 'FB-1'}}, 'inboundDndSettings': {'all': {'status': 'active', 'message': 'No inbound
            messages'}}, 'tags': ['nisi sint commodo amet', 'consequat'], 'customFields': [{'id': '6dvNaf7VhkQ9snc5vnjJ',
            'key': 'my_custom_field', 'field_value': 'My Text'}], 'source': 'public api', 'country': 'US', 'companyName':
            'DGS VolMAX', 'assignedTo': 'y0BeYjuRIlDwsDcOHOJo'}

    Attributes:
        location_id (str): Location (sub-account) the contact belongs to.
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        name (None | str | Unset):
        email (None | str | Unset):
        gender (str | Unset):
        phone (None | str | Unset):
        address1 (None | str | Unset):
        city (None | str | Unset):
        state (None | str | Unset):
        postal_code (str | Unset):
        website (None | str | Unset):
        timezone (None | str | Unset):
        dnd (bool | Unset):
        dnd_settings (DndSettings | Unset): Do-not-disturb settings, one per channel. Example: {'Call': {'status':
            'active', 'message': 'Call opted out', 'code': 'CALL-1'}, 'Email': {'status': 'inactive', 'message': '', 'code':
            ''}, 'SMS': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'WhatsApp': {'status':
            'inactive', 'message': '', 'code': ''}, 'GMB': {'status': 'inactive', 'message': '', 'code': ''}, 'FB':
            {'status': 'active', 'message': 'Blocked on Messenger', 'code': 'FB-1'}}.
        inbound_dnd_settings (InboundDndSettings | Unset): Inbound do-not-disturb settings; `all` covers every channel.
            Example: {'all': {'status': 'active', 'message': 'No inbound messages'}}.
        tags (list[str] | Unset):
        custom_fields (list[CustomFieldInput] | Unset):
        source (str | Unset):
        date_of_birth (None | str | Unset): Birth date, in one of YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY,
            YYYY.MM.DD,
            MM.DD.YYYY, YYYY_MM_DD or MM_DD_YYYY. Not on the documentation page; HighLevel's
            own description has it (typed there as an object with a string example).
        country (str | Unset):
        company_name (None | str | Unset):
        assigned_to (str | Unset): Identifier of the user the contact is assigned to.
    """

    location_id: str
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    gender: str | Unset = UNSET
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
    source: str | Unset = UNSET
    date_of_birth: str | Unset | None = UNSET
    country: str | Unset = UNSET
    company_name: str | Unset | None = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if not isinstance(self.location_id, Unset):
            field_dict["locationId"] = self.location_id
        if self.gender is not UNSET:
            field_dict["gender"] = self.gender
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.address1 is not UNSET:
            field_dict["address1"] = self.address1
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.postal_code is not UNSET:
            field_dict["postalCode"] = self.postal_code
        if self.website is not UNSET:
            field_dict["website"] = self.website
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        if self.dnd is not UNSET:
            field_dict["dnd"] = self.dnd
        if self.dnd_settings is not UNSET:
            field_dict["dndSettings"] = (
                self.dnd_settings.to_dict() if isinstance(self.dnd_settings, DndSettings) else self.dnd_settings
            )
        if self.inbound_dnd_settings is not UNSET:
            field_dict["inboundDndSettings"] = (
                self.inbound_dnd_settings.to_dict()
                if isinstance(self.inbound_dnd_settings, InboundDndSettings)
                else self.inbound_dnd_settings
            )
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = (
                [item.to_dict() if isinstance(item, CustomFieldInput) else item for item in self.custom_fields]
                if isinstance(self.custom_fields, list)
                else self.custom_fields
            )
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = self.date_of_birth
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.company_name is not UNSET:
            field_dict["companyName"] = self.company_name
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
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "locationId")
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (first_name := src_dict.get("firstName", UNSET)) is UNSET:
            _absent += 1
        elif not ((first_name.__class__ is str or isinstance(first_name, str)) or first_name is None):
            raise DecodeError("string or null", first_name, "firstName")
        if (last_name := src_dict.get("lastName", UNSET)) is UNSET:
            _absent += 1
        elif not ((last_name.__class__ is str or isinstance(last_name, str)) or last_name is None):
            raise DecodeError("string or null", last_name, "lastName")
        if (name := src_dict.get("name", UNSET)) is UNSET:
            _absent += 1
        elif not ((name.__class__ is str or isinstance(name, str)) or name is None):
            raise DecodeError("string or null", name, "name")
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not ((email.__class__ is str or isinstance(email, str)) or email is None):
            raise DecodeError("string or null", email, "email")
        if (gender := src_dict.get("gender", UNSET)) is UNSET:
            _absent += 1
        elif not (gender.__class__ is str or isinstance(gender, str)):
            raise DecodeError("string", gender, "gender")
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
        if (postal_code := src_dict.get("postalCode", UNSET)) is UNSET:
            _absent += 1
        elif not (postal_code.__class__ is str or isinstance(postal_code, str)):
            raise DecodeError("string", postal_code, "postalCode")
        if (website := src_dict.get("website", UNSET)) is UNSET:
            _absent += 1
        elif not ((website.__class__ is str or isinstance(website, str)) or website is None):
            raise DecodeError("string or null", website, "website")
        if (timezone := src_dict.get("timezone", UNSET)) is UNSET:
            _absent += 1
        elif not ((timezone.__class__ is str or isinstance(timezone, str)) or timezone is None):
            raise DecodeError("string or null", timezone, "timezone")
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
        if (inbound_dnd_settings := src_dict.get("inboundDndSettings", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                inbound_dnd_settings = _InboundDndSettings_from_dict(inbound_dnd_settings)
            except DecodeError as _decode_error:
                raise _decode_error.within("inboundDndSettings") from None
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        else:
            tags = _decode_tags(tags, "tags")
        if (custom_fields := src_dict.get("customFields", UNSET)) is UNSET:
            _absent += 1
        elif custom_fields.__class__ is not list and not isinstance(custom_fields, list):
            raise DecodeError("array", custom_fields, "customFields")
        else:
            try:
                custom_fields = [_CustomFieldInput_from_dict(item) for item in custom_fields]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "customFields", _decode.first_failure(_CustomFieldInput_from_dict, custom_fields)
                ) from None
        if (source := src_dict.get("source", UNSET)) is UNSET:
            _absent += 1
        elif not (source.__class__ is str or isinstance(source, str)):
            raise DecodeError("string", source, "source")
        if (date_of_birth := src_dict.get("dateOfBirth", UNSET)) is UNSET:
            _absent += 1
        elif not ((date_of_birth.__class__ is str or isinstance(date_of_birth, str)) or date_of_birth is None):
            raise DecodeError("string or null", date_of_birth, "dateOfBirth")
        if (country := src_dict.get("country", UNSET)) is UNSET:
            _absent += 1
        elif not (country.__class__ is str or isinstance(country, str)):
            raise DecodeError("string", country, "country")
        if (company_name := src_dict.get("companyName", UNSET)) is UNSET:
            _absent += 1
        elif not ((company_name.__class__ is str or isinstance(company_name, str)) or company_name is None):
            raise DecodeError("string or null", company_name, "companyName")
        if (assigned_to := src_dict.get("assignedTo", UNSET)) is UNSET:
            _absent += 1
        elif not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
            raise DecodeError("string", assigned_to, "assignedTo")
        _instance = _new(cls)
        _instance.location_id = location_id
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.name = name
        _instance.email = email
        _instance.gender = gender
        _instance.phone = phone
        _instance.address1 = address1
        _instance.city = city
        _instance.state = state
        _instance.postal_code = postal_code
        _instance.website = website
        _instance.timezone = timezone
        _instance.dnd = dnd
        _instance.dnd_settings = dnd_settings
        _instance.inbound_dnd_settings = inbound_dnd_settings
        _instance.tags = tags
        _instance.custom_fields = custom_fields
        _instance.source = source
        _instance.date_of_birth = date_of_birth
        _instance.country = country
        _instance.company_name = company_name
        _instance.assigned_to = assigned_to
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 23:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.custom_field_input import CustomFieldInput  # noqa: E402
from ..models.dnd_settings import DndSettings  # noqa: E402
from ..models.inbound_dnd_settings import InboundDndSettings  # noqa: E402

CreateContactRequest.__tolerant__ = _tolerant.TolerantModel(
    CreateContactRequest,
    (
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("firstName", "first_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("name", "name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("email", "email", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("gender", "gender", _tolerant.string(), required=False),
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
        _tolerant.Field("source", "source", _tolerant.string(), required=False),
        _tolerant.Field("dateOfBirth", "date_of_birth", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("companyName", "company_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = CreateContactRequest.__tolerant__.names
_CustomFieldInput_from_dict = CustomFieldInput.from_dict
_DndSettings_from_dict = DndSettings.from_dict
_InboundDndSettings_from_dict = InboundDndSettings.from_dict
_decode_tags = _decode.scalars((_decode.is_string,), "string")
