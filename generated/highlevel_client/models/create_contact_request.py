from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContactRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "locationId",
        "firstName",
        "lastName",
        "name",
        "email",
        "gender",
        "phone",
        "address1",
        "city",
        "state",
        "postalCode",
        "website",
        "timezone",
        "dnd",
        "dndSettings",
        "inboundDndSettings",
        "tags",
        "customFields",
        "source",
        "dateOfBirth",
        "country",
        "companyName",
        "assignedTo",
    }
)


@_attrs_define
class CreateContactRequest:
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
        first_name: Any = self.first_name

        last_name: Any = self.last_name

        name: Any = self.name

        email: Any = self.email

        location_id = self.location_id

        gender = self.gender

        phone: Any = self.phone

        address1: Any = self.address1

        city: Any = self.city

        state: Any = self.state

        postal_code = self.postal_code

        website: Any = self.website

        timezone: Any = self.timezone

        dnd = self.dnd

        dnd_settings: Any = self.dnd_settings
        if isinstance(self.dnd_settings, DndSettings):
            dnd_settings = self.dnd_settings.to_dict()

        inbound_dnd_settings: Any = self.inbound_dnd_settings
        if isinstance(self.inbound_dnd_settings, InboundDndSettings):
            inbound_dnd_settings = self.inbound_dnd_settings.to_dict()

        tags: Any = self.tags

        custom_fields: Any = self.custom_fields
        if isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item: Any = custom_fields_item_data
                if isinstance(custom_fields_item_data, CustomFieldInput):
                    custom_fields_item = custom_fields_item_data.to_dict()

                custom_fields.append(custom_fields_item)

        source = self.source

        date_of_birth: Any = self.date_of_birth

        country = self.country

        company_name: Any = self.company_name

        assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if not isinstance(location_id, Unset):
            field_dict["locationId"] = location_id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if website is not UNSET:
            field_dict["website"] = website
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if dnd is not UNSET:
            field_dict["dnd"] = dnd
        if dnd_settings is not UNSET:
            field_dict["dndSettings"] = dnd_settings
        if inbound_dnd_settings is not UNSET:
            field_dict["inboundDndSettings"] = inbound_dnd_settings
        if tags is not UNSET:
            field_dict["tags"] = tags
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if source is not UNSET:
            field_dict["source"] = source
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if country is not UNSET:
            field_dict["country"] = country
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        try:
            location_id = src_dict["locationId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "locationId") from None
        if not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")

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

        if "gender" in src_dict:
            gender = src_dict["gender"]
            if not (gender.__class__ is str or isinstance(gender, str)):
                raise DecodeError("string", gender, "gender")
        else:
            gender = UNSET
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

        if "inboundDndSettings" in src_dict:
            inbound_dnd_settings = src_dict["inboundDndSettings"]
            try:
                inbound_dnd_settings = _InboundDndSettings_from_dict(inbound_dnd_settings)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "inboundDndSettings")
                raise
        else:
            inbound_dnd_settings = UNSET
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

        if "customFields" in src_dict:
            custom_fields = src_dict["customFields"]
            if not isinstance(custom_fields, list):
                raise DecodeError("array", custom_fields, "customFields")
            custom_fields_decoded: list[Any] = []
            try:
                for custom_fields_item in custom_fields:
                    custom_fields_decoded.append(_CustomFieldInput_from_dict(custom_fields_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("customFields", len(custom_fields_decoded))
                raise
            custom_fields = custom_fields_decoded
        else:
            custom_fields = UNSET
            _absent += 1

        if "source" in src_dict:
            source = src_dict["source"]
            if not (source.__class__ is str or isinstance(source, str)):
                raise DecodeError("string", source, "source")
        else:
            source = UNSET
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

        if "country" in src_dict:
            country = src_dict["country"]
            if not (country.__class__ is str or isinstance(country, str)):
                raise DecodeError("string", country, "country")
        else:
            country = UNSET
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

        if "assignedTo" in src_dict:
            assigned_to = src_dict["assignedTo"]
            if not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
                raise DecodeError("string", assigned_to, "assignedTo")
        else:
            assigned_to = UNSET
            _absent += 1

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

_CustomFieldInput_from_dict = CustomFieldInput.from_dict
_DndSettings_from_dict = DndSettings.from_dict
_InboundDndSettings_from_dict = InboundDndSettings.from_dict
