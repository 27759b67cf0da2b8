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

T = TypeVar("T", bound="SearchedContact")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class SearchedContact(AdditionalProperties[Any]):
    """A contact as searches and lists answer it.
    Fields that a create or an update may set to null (HighLevel's request descriptions mark
    them nullable) are nullable here too: the service answers a cleared field as null.

        Example:
            {'id': 'ocQHyuzHvysMo5N5VsXc', 'locationId': 'C2QujeCh8ZnC7al2InWR', 'email': 'JohnDeo@gmail.com', 'timezone':
                'Asia/Calcutta', 'country': 'DE', 'source': 'xyz form', 'dateAdded': '2020-10-29T09:31:30.255Z', 'tags': ['nisi
                sint commodo amet'], 'followers': ['641c094001436dbc2081e642'], 'searchAfter': [1603964290255,
                'ocQHyuzHvysMo5N5VsXc']}

        Attributes:
            id (str):
            location_id (str | Unset):
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            email (None | str | Unset):
            phone (None | str | Unset):
            timezone (None | str | Unset):
            country (str | Unset):
            source (None | str | Unset):
            date_added (str | Unset):
            custom_fields (list[CustomFieldValue] | Unset):
            tags (list[str] | Unset):
            business_id (str | Unset):
            attributions (list[AttributionSource] | Unset):
            followers (list[str] | Unset):
            search_after (list[float | str] | Unset): The cursor to send as `searchAfter` for the page after this contact.
    """

    id: str
    location_id: str | Unset = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    country: str | Unset = UNSET
    source: str | Unset | None = UNSET
    date_added: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    business_id: str | Unset = UNSET
    attributions: list[AttributionSource] | Unset = UNSET
    followers: list[str] | Unset = UNSET
    search_after: list[float | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.date_added is not UNSET:
            field_dict["dateAdded"] = self.date_added
        if self.custom_fields is not UNSET:
            field_dict["customFields"] = (
                [item.to_dict() if isinstance(item, CustomFieldValue) else item for item in self.custom_fields]
                if isinstance(self.custom_fields, list)
                else self.custom_fields
            )
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.business_id is not UNSET:
            field_dict["businessId"] = self.business_id
        if self.attributions is not UNSET:
            field_dict["attributions"] = (
                [item.to_dict() if isinstance(item, AttributionSource) else item for item in self.attributions]
                if isinstance(self.attributions, list)
                else self.attributions
            )
        if self.followers is not UNSET:
            field_dict["followers"] = self.followers
        if self.search_after is not UNSET:
            field_dict["searchAfter"] = self.search_after
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
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
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
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not ((email.__class__ is str or isinstance(email, str)) or email is None):
            raise DecodeError("string or null", email, "email")
        if (phone := src_dict.get("phone", UNSET)) is UNSET:
            _absent += 1
        elif not ((phone.__class__ is str or isinstance(phone, str)) or phone is None):
            raise DecodeError("string or null", phone, "phone")
        if (timezone := src_dict.get("timezone", UNSET)) is UNSET:
            _absent += 1
        elif not ((timezone.__class__ is str or isinstance(timezone, str)) or timezone is None):
            raise DecodeError("string or null", timezone, "timezone")
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
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        else:
            tags = _decode_tags(tags, "tags")
        if (business_id := src_dict.get("businessId", UNSET)) is UNSET:
            _absent += 1
        elif not (business_id.__class__ is str or isinstance(business_id, str)):
            raise DecodeError("string", business_id, "businessId")
        if (attributions := src_dict.get("attributions", UNSET)) is UNSET:
            _absent += 1
        elif attributions.__class__ is not list and not isinstance(attributions, list):
            raise DecodeError("array", attributions, "attributions")
        else:
            try:
                attributions = [_AttributionSource_from_dict(item) for item in attributions]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "attributions", _decode.first_failure(_AttributionSource_from_dict, attributions)
                ) from None
        if (followers := src_dict.get("followers", UNSET)) is UNSET:
            _absent += 1
        else:
            followers = _decode_followers(followers, "followers")
        if (search_after := src_dict.get("searchAfter", UNSET)) is UNSET:
            _absent += 1
        else:
            search_after = _decode_search_after(search_after, "searchAfter")
        _instance = _new(cls)
        _instance.id = id
        _instance.location_id = location_id
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.email = email
        _instance.phone = phone
        _instance.timezone = timezone
        _instance.country = country
        _instance.source = source
        _instance.date_added = date_added
        _instance.custom_fields = custom_fields
        _instance.tags = tags
        _instance.business_id = business_id
        _instance.attributions = attributions
        _instance.followers = followers
        _instance.search_after = search_after
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 16:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.attribution_source import AttributionSource  # noqa: E402
from ..models.custom_field_value import CustomFieldValue  # noqa: E402

SearchedContact.__tolerant__ = _tolerant.TolerantModel(
    SearchedContact,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("email", "email", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("phone", "phone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("timezone", "timezone", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("source", "source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field(
            "customFields", "custom_fields", _tolerant.array(_tolerant.model(CustomFieldValue)), required=False
        ),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("businessId", "business_id", _tolerant.string(), required=False),
        _tolerant.Field(
            "attributions", "attributions", _tolerant.array(_tolerant.model(AttributionSource)), required=False
        ),
        _tolerant.Field("followers", "followers", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field(
            "searchAfter",
            "search_after",
            _tolerant.array(_tolerant.union(_tolerant.string(), _tolerant.number())),
            required=False,
        ),
    ),
    additional=None,
)
_FIELD_NAMES = SearchedContact.__tolerant__.names
_AttributionSource_from_dict = AttributionSource.from_dict
_CustomFieldValue_from_dict = CustomFieldValue.from_dict
_decode_tags = _decode.scalars((_decode.is_string,), "string")
_decode_followers = _decode.scalars((_decode.is_string,), "string")
_decode_search_after = _decode.scalars(
    (
        _decode.is_string,
        _decode.is_number,
    ),
    "string or number",
)
