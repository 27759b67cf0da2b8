from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchedContact")
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "locationId",
        "firstName",
        "lastName",
        "email",
        "phone",
        "timezone",
        "country",
        "source",
        "dateAdded",
        "customFields",
        "tags",
        "businessId",
        "attributions",
        "followers",
        "searchAfter",
    }
)


@_attrs_define
class SearchedContact:
    """A contact as searches and lists answer it.

    Example:
        {'id': 'ocQHyuzHvysMo5N5VsXc', 'locationId': 'C2QujeCh8ZnC7al2InWR', 'email': 'JohnDeo@gmail.com', 'timezone':
            'Asia/Calcutta', 'country': 'DE', 'source': 'xyz form', 'dateAdded': '2020-10-29T09:31:30.255Z', 'tags': ['nisi
            sint commodo amet'], 'followers': ['641c094001436dbc2081e642'], 'searchAfter': [1603964290255,
            'ocQHyuzHvysMo5N5VsXc']}

    Attributes:
        id (str | Unset):
        location_id (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        timezone (str | Unset):
        country (str | Unset):
        source (str | Unset):
        date_added (str | Unset):
        custom_fields (list[CustomFieldValue] | Unset):
        tags (list[str] | Unset):
        business_id (str | Unset):
        attributions (list[AttributionSource] | Unset):
        followers (list[str] | Unset):
        search_after (list[float | str] | Unset): The cursor to send as `searchAfter` for the page after this contact.
    """

    id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    timezone: str | Unset = UNSET
    country: str | Unset = UNSET
    source: str | Unset = UNSET
    date_added: str | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    business_id: str | Unset = UNSET
    attributions: list[AttributionSource] | Unset = UNSET
    followers: list[str] | Unset = UNSET
    search_after: list[float | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        location_id = self.location_id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        timezone = self.timezone

        country = self.country

        source = self.source

        date_added = self.date_added

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        business_id = self.business_id

        attributions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributions, Unset):
            attributions = []
            for attributions_item_data in self.attributions:
                attributions_item = attributions_item_data.to_dict()
                attributions.append(attributions_item)

        followers: list[str] | Unset = UNSET
        if not isinstance(self.followers, Unset):
            followers = self.followers

        search_after: list[float | str] | Unset = UNSET
        if not isinstance(self.search_after, Unset):
            search_after = []
            for search_after_item_data in self.search_after:
                search_after_item: float | str
                search_after_item = search_after_item_data
                search_after.append(search_after_item)

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if country is not UNSET:
            field_dict["country"] = country
        if source is not UNSET:
            field_dict["source"] = source
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if tags is not UNSET:
            field_dict["tags"] = tags
        if business_id is not UNSET:
            field_dict["businessId"] = business_id
        if attributions is not UNSET:
            field_dict["attributions"] = attributions
        if followers is not UNSET:
            field_dict["followers"] = followers
        if search_after is not UNSET:
            field_dict["searchAfter"] = search_after
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

        last_name = _field("lastName", _unset)
        if last_name is _unset:
            _absent += 1
        elif not isinstance(last_name, str):
            raise DecodeError("string", last_name, "lastName")

        email = _field("email", _unset)
        if email is _unset:
            _absent += 1
        elif not isinstance(email, str):
            raise DecodeError("string", email, "email")

        phone = _field("phone", _unset)
        if phone is _unset:
            _absent += 1
        elif not isinstance(phone, str):
            raise DecodeError("string", phone, "phone")

        timezone = _field("timezone", _unset)
        if timezone is _unset:
            _absent += 1
        elif not isinstance(timezone, str):
            raise DecodeError("string", timezone, "timezone")

        country = _field("country", _unset)
        if country is _unset:
            _absent += 1
        elif not isinstance(country, str):
            raise DecodeError("string", country, "country")

        source = _field("source", _unset)
        if source is _unset:
            _absent += 1
        elif not isinstance(source, str):
            raise DecodeError("string", source, "source")

        date_added = _field("dateAdded", _unset)
        if date_added is _unset:
            _absent += 1
        elif not isinstance(date_added, str):
            raise DecodeError("string", date_added, "dateAdded")

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

        business_id = _field("businessId", _unset)
        if business_id is _unset:
            _absent += 1
        elif not isinstance(business_id, str):
            raise DecodeError("string", business_id, "businessId")

        attributions = _field("attributions", _unset)
        if attributions is _unset:
            _absent += 1
        else:
            if not isinstance(attributions, list):
                raise DecodeError("array", attributions, "attributions")
            try:
                attributions_decoded: list[Any] = []
                for attributions_index, attributions_item in enumerate(attributions):
                    try:
                        attributions_item = AttributionSource.from_dict(attributions_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, attributions_index)
                        raise

                    attributions_decoded.append(attributions_item)
                attributions = attributions_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributions")
                raise

        followers = _field("followers", _unset)
        if followers is _unset:
            _absent += 1
        else:
            if not isinstance(followers, list):
                raise DecodeError("array", followers, "followers")
            try:
                for followers_index, followers_item in enumerate(followers):
                    if not isinstance(followers_item, str):
                        raise DecodeError("string", followers_item, followers_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "followers")
                raise

        search_after = _field("searchAfter", _unset)
        if search_after is _unset:
            _absent += 1
        else:
            if not isinstance(search_after, list):
                raise DecodeError("array", search_after, "searchAfter")
            try:
                search_after_decoded: list[Any] = []
                for search_after_index, search_after_item in enumerate(search_after):
                    if isinstance(search_after_item, str):
                        if not isinstance(search_after_item, str):
                            raise DecodeError("string", search_after_item, search_after_index)

                    elif isinstance(search_after_item, (int, float)) and not isinstance(search_after_item, bool):
                        if not (
                            isinstance(search_after_item, (int, float)) and not isinstance(search_after_item, bool)
                        ):
                            raise DecodeError("number", search_after_item, search_after_index)

                    else:
                        raise DecodeError("string or number", search_after_item, search_after_index)

                    search_after_decoded.append(search_after_item)
                search_after = search_after_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "searchAfter")
                raise

        _instance = object.__new__(cls)
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
from ..models.attribution_source import AttributionSource  # noqa: E402
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
