from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SearchedContact(Model, AdditionalProperties[Any]):
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
