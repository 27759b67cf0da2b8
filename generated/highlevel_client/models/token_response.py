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
from ..models.token_user_type import TokenUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class TokenResponse(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.access_token is not UNSET:
            field_dict["access_token"] = self.access_token
        if self.token_type is not UNSET:
            field_dict["token_type"] = self.token_type
        if self.expires_in is not UNSET:
            field_dict["expires_in"] = self.expires_in
        if self.refresh_token is not UNSET:
            field_dict["refresh_token"] = self.refresh_token
        if self.scope is not UNSET:
            field_dict["scope"] = self.scope
        if self.user_type is not UNSET:
            field_dict["userType"] = (
                self.user_type.value if isinstance(self.user_type, TokenUserType) else self.user_type
            )
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.company_id is not UNSET:
            field_dict["companyId"] = self.company_id
        if self.approved_locations is not UNSET:
            field_dict["approvedLocations"] = self.approved_locations
        if not isinstance(self.user_id, Unset):
            field_dict["userId"] = self.user_id
        if self.plan_id is not UNSET:
            field_dict["planId"] = self.plan_id
        if self.is_bulk_installation is not UNSET:
            field_dict["isBulkInstallation"] = self.is_bulk_installation
        if self.install_to_future_locations is not UNSET:
            field_dict["installToFutureLocations"] = self.install_to_future_locations
        if self.approve_all_locations is not UNSET:
            field_dict["approveAllLocations"] = self.approve_all_locations
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
        if (user_id := src_dict.get("userId", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "userId")
        elif not (user_id.__class__ is str or isinstance(user_id, str)):
            raise DecodeError("string", user_id, "userId")
        if (access_token := src_dict.get("access_token", UNSET)) is UNSET:
            _absent += 1
        elif not (access_token.__class__ is str or isinstance(access_token, str)):
            raise DecodeError("string", access_token, "access_token")
        if (token_type := src_dict.get("token_type", UNSET)) is UNSET:
            _absent += 1
        elif not (token_type.__class__ is str or isinstance(token_type, str)):
            raise DecodeError("string", token_type, "token_type")
        if (expires_in := src_dict.get("expires_in", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool)):
            raise DecodeError("number", expires_in, "expires_in")
        if (refresh_token := src_dict.get("refresh_token", UNSET)) is UNSET:
            _absent += 1
        elif not (refresh_token.__class__ is str or isinstance(refresh_token, str)):
            raise DecodeError("string", refresh_token, "refresh_token")
        if (scope := src_dict.get("scope", UNSET)) is UNSET:
            _absent += 1
        elif not (scope.__class__ is str or isinstance(scope, str)):
            raise DecodeError("string", scope, "scope")
        if (user_type := src_dict.get("userType", UNSET)) is UNSET:
            _absent += 1
        else:
            user_type = _decode_user_type(user_type, "userType")
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (company_id := src_dict.get("companyId", UNSET)) is UNSET:
            _absent += 1
        elif not (company_id.__class__ is str or isinstance(company_id, str)):
            raise DecodeError("string", company_id, "companyId")
        if (approved_locations := src_dict.get("approvedLocations", UNSET)) is UNSET:
            _absent += 1
        else:
            approved_locations = _decode_approved_locations(approved_locations, "approvedLocations")
        if (plan_id := src_dict.get("planId", UNSET)) is UNSET:
            _absent += 1
        elif not (plan_id.__class__ is str or isinstance(plan_id, str)):
            raise DecodeError("string", plan_id, "planId")
        if (is_bulk_installation := src_dict.get("isBulkInstallation", UNSET)) is UNSET:
            _absent += 1
        elif not (is_bulk_installation is True or is_bulk_installation is False):
            raise DecodeError("boolean", is_bulk_installation, "isBulkInstallation")
        if (install_to_future_locations := src_dict.get("installToFutureLocations", UNSET)) is UNSET:
            _absent += 1
        elif not (install_to_future_locations is True or install_to_future_locations is False):
            raise DecodeError("boolean", install_to_future_locations, "installToFutureLocations")
        if (approve_all_locations := src_dict.get("approveAllLocations", UNSET)) is UNSET:
            _absent += 1
        elif not (approve_all_locations is True or approve_all_locations is False):
            raise DecodeError("boolean", approve_all_locations, "approveAllLocations")
        _instance = _new(cls)
        _instance.user_id = user_id
        _instance.access_token = access_token
        _instance.token_type = token_type
        _instance.expires_in = expires_in
        _instance.refresh_token = refresh_token
        _instance.scope = scope
        _instance.user_type = user_type
        _instance.location_id = location_id
        _instance.company_id = company_id
        _instance.approved_locations = approved_locations
        _instance.plan_id = plan_id
        _instance.is_bulk_installation = is_bulk_installation
        _instance.install_to_future_locations = install_to_future_locations
        _instance.approve_all_locations = approve_all_locations
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 14:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


TokenResponse.__tolerant__ = _tolerant.TolerantModel(
    TokenResponse,
    (
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=True),
        _tolerant.Field("access_token", "access_token", _tolerant.string(), required=False),
        _tolerant.Field("token_type", "token_type", _tolerant.string(), required=False),
        _tolerant.Field("expires_in", "expires_in", _tolerant.number(), required=False),
        _tolerant.Field("refresh_token", "refresh_token", _tolerant.string(), required=False),
        _tolerant.Field("scope", "scope", _tolerant.string(), required=False),
        _tolerant.Field("userType", "user_type", _tolerant.enum(TokenUserType), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("companyId", "company_id", _tolerant.string(), required=False),
        _tolerant.Field("approvedLocations", "approved_locations", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("planId", "plan_id", _tolerant.string(), required=False),
        _tolerant.Field("isBulkInstallation", "is_bulk_installation", _tolerant.boolean(), required=False),
        _tolerant.Field("installToFutureLocations", "install_to_future_locations", _tolerant.boolean(), required=False),
        _tolerant.Field("approveAllLocations", "approve_all_locations", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = TokenResponse.__tolerant__.names
_decode_user_type = _decode.enum(TokenUserType)
_decode_approved_locations = _decode.scalars((_decode.is_string,), "string")
