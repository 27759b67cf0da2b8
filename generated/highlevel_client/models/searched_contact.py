from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchedContact")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
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
        id = self.id

        location_id = self.location_id

        first_name: Any = self.first_name

        last_name: Any = self.last_name

        email: Any = self.email

        phone: Any = self.phone

        timezone: Any = self.timezone

        country = self.country

        source: Any = self.source

        date_added = self.date_added

        custom_fields: Any = self.custom_fields
        if isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item: Any = custom_fields_item_data
                if isinstance(custom_fields_item_data, CustomFieldValue):
                    custom_fields_item = custom_fields_item_data.to_dict()

                custom_fields.append(custom_fields_item)

        tags: Any = self.tags

        business_id = self.business_id

        attributions: Any = self.attributions
        if isinstance(self.attributions, list):
            attributions = []
            for attributions_item_data in self.attributions:
                attributions_item: Any = attributions_item_data
                if isinstance(attributions_item_data, AttributionSource):
                    attributions_item = attributions_item_data.to_dict()

                attributions.append(attributions_item)

        followers: Any = self.followers

        search_after: Any = self.search_after
        if isinstance(self.search_after, list):
            search_after = []
            for search_after_item_data in self.search_after:
                search_after_item: Any = search_after_item_data

                search_after.append(search_after_item)

        field_dict: dict[str, Any] = {}
        if not isinstance(id, Unset):
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        try:
            id = src_dict["id"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "id") from None
        if not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")

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

        if "businessId" in src_dict:
            business_id = src_dict["businessId"]
            if not (business_id.__class__ is str or isinstance(business_id, str)):
                raise DecodeError("string", business_id, "businessId")
        else:
            business_id = UNSET
            _absent += 1

        if "attributions" in src_dict:
            attributions = src_dict["attributions"]
            if not isinstance(attributions, list):
                raise DecodeError("array", attributions, "attributions")
            attributions_decoded: list[Any] = []
            try:
                for attributions_item in attributions:
                    attributions_decoded.append(_AttributionSource_from_dict(attributions_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("attributions", len(attributions_decoded))
                raise
            attributions = attributions_decoded
        else:
            attributions = UNSET
            _absent += 1

        if "followers" in src_dict:
            followers = src_dict["followers"]
            if not isinstance(followers, list):
                raise DecodeError("array", followers, "followers")
            try:
                for followers_item in followers:
                    if not (followers_item.__class__ is str or isinstance(followers_item, str)):
                        followers_index = next(
                            place for place, other in enumerate(followers) if other is followers_item
                        )
                        raise DecodeError("string", followers_item, followers_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "followers")
                raise
        else:
            followers = UNSET
            _absent += 1

        if "searchAfter" in src_dict:
            search_after = src_dict["searchAfter"]
            if not isinstance(search_after, list):
                raise DecodeError("array", search_after, "searchAfter")
            try:
                search_after_decoded: list[Any] = []
                for search_after_index, search_after_item in enumerate(search_after):
                    if search_after_item.__class__ is str or isinstance(search_after_item, str):
                        if not (search_after_item.__class__ is str or isinstance(search_after_item, str)):
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
        else:
            search_after = UNSET
            _absent += 1

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

_AttributionSource_from_dict = AttributionSource.from_dict
_CustomFieldValue_from_dict = CustomFieldValue.from_dict
