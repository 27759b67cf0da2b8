from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class LocationTokenResponse(Model, AdditionalProperties[Any]):
    """A location access token obtained with an agency token (no refresh token).

    Example:
        {'access_token': 'ab12dc0ae1234a7898f9ff06d4f69gh', 'token_type': 'Bearer', 'expires_in': 86399, 'scope':
            'contacts.readonly contacts.write', 'locationId': 'l1C08ntBrFjLS0elLIYU', 'userId': 'u3E20pvDtHlNU2gnNKAW',
            'appId': '6578278e879ad2646715ba9c', 'versionId': '6578278e879ad2646715ba9c'}

    Attributes:
        user_id (str):
        access_token (str | Unset):
        token_type (str | Unset):
        expires_in (float | Unset): Seconds until the access token expires.
        scope (str | Unset): The granted scopes, separated by spaces.
        location_id (str | Unset):
        plan_id (str | Unset):
        app_id (str | Unset):
        version_id (str | Unset):
    """

    user_id: str
    access_token: str | Unset = UNSET
    token_type: str | Unset = UNSET
    expires_in: float | Unset = UNSET
    scope: str | Unset = UNSET
    location_id: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


LocationTokenResponse.__tolerant__ = _tolerant.TolerantModel(
    LocationTokenResponse,
    (
        _tolerant.Field("access_token", "access_token", _tolerant.string(), required=False),
        _tolerant.Field("token_type", "token_type", _tolerant.string(), required=False),
        _tolerant.Field("expires_in", "expires_in", _tolerant.number(), required=False),
        _tolerant.Field("scope", "scope", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("planId", "plan_id", _tolerant.string(), required=False),
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=True),
        _tolerant.Field("appId", "app_id", _tolerant.string(), required=False),
        _tolerant.Field("versionId", "version_id", _tolerant.string(), required=False),
    ),
    additional=None,
)
