from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.token_user_type import TokenUserType
from ..types import UNSET, Unset


@_attrs_define
class TokenResponse(Model, AdditionalProperties[Any]):
    """Tokens for an installation. `expires_in` counts seconds (about a day); the refresh token
    lasts a year or until it is used. `locationId` is there for location tokens only;
    `approvedLocations`, `installToFutureLocations` and `approveAllLocations` for company
    tokens.

        Example:
            {'access_token': 'ab12dc0ae1234a7898f9ff06d4f69gh', 'token_type': 'Bearer', 'expires_in': 86399,
                'refresh_token': 'xy34dc0ae1234a4858f9ff06d4f66ba', 'scope': 'contacts.readonly contacts.write', 'userType':
                'Location', 'locationId': 'l1C08ntBrFjLS0elLIYU', 'companyId': 'c2D19ouCsGkMT1fmMJZV', 'userId':
                'u3E20pvDtHlNU2gnNKAW'}

        Attributes:
            user_id (str): The user who installed the app.
            access_token (str | Unset):
            token_type (str | Unset): Always `Bearer`.
            expires_in (float | Unset): Seconds until the access token expires.
            refresh_token (str | Unset):
            scope (str | Unset): The granted scopes, separated by spaces.
            user_type (TokenUserType | Unset): Whether the token acts for a company (agency) or for a location (sub-
                account). Example: Location.
            location_id (str | Unset):
            company_id (str | Unset):
            approved_locations (list[str] | Unset): Locations a company token may get location tokens for.
            plan_id (str | Unset): Plan of a paid app.
            is_bulk_installation (bool | Unset):
            install_to_future_locations (bool | Unset):
            approve_all_locations (bool | Unset):
    """

    user_id: str
    access_token: str | Unset = UNSET
    token_type: str | Unset = UNSET
    expires_in: float | Unset = UNSET
    refresh_token: str | Unset = UNSET
    scope: str | Unset = UNSET
    user_type: TokenUserType | Unset = UNSET
    location_id: str | Unset = UNSET
    company_id: str | Unset = UNSET
    approved_locations: list[str] | Unset = UNSET
    plan_id: str | Unset = UNSET
    is_bulk_installation: bool | Unset = UNSET
    install_to_future_locations: bool | Unset = UNSET
    approve_all_locations: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TokenResponse.__tolerant__ = _tolerant.TolerantModel(
    TokenResponse,
    (
        _tolerant.Field("access_token", "access_token", _tolerant.string(), required=False),
        _tolerant.Field("token_type", "token_type", _tolerant.string(), required=False),
        _tolerant.Field("expires_in", "expires_in", _tolerant.number(), required=False),
        _tolerant.Field("refresh_token", "refresh_token", _tolerant.string(), required=False),
        _tolerant.Field("scope", "scope", _tolerant.string(), required=False),
        _tolerant.Field("userType", "user_type", _tolerant.enum(TokenUserType), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("companyId", "company_id", _tolerant.string(), required=False),
        _tolerant.Field("approvedLocations", "approved_locations", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=True),
        _tolerant.Field("planId", "plan_id", _tolerant.string(), required=False),
        _tolerant.Field("isBulkInstallation", "is_bulk_installation", _tolerant.boolean(), required=False),
        _tolerant.Field("installToFutureLocations", "install_to_future_locations", _tolerant.boolean(), required=False),
        _tolerant.Field("approveAllLocations", "approve_all_locations", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
