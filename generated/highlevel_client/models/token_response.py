from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, MISSING, DecodeError
from ..models.token_user_type import TokenUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "userId",
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "scope",
        "userType",
        "locationId",
        "companyId",
        "approvedLocations",
        "planId",
        "isBulkInstallation",
        "installToFutureLocations",
        "approveAllLocations",
    }
)


@_attrs_define
class TokenResponse:
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
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        scope = self.scope

        user_type: Any = self.user_type
        if isinstance(self.user_type, TokenUserType):
            user_type = self.user_type.value

        location_id = self.location_id

        company_id = self.company_id

        approved_locations: Any = self.approved_locations

        user_id = self.user_id

        plan_id = self.plan_id

        is_bulk_installation = self.is_bulk_installation

        install_to_future_locations = self.install_to_future_locations

        approve_all_locations = self.approve_all_locations

        field_dict: dict[str, Any] = {}
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if approved_locations is not UNSET:
            field_dict["approvedLocations"] = approved_locations
        if not isinstance(user_id, Unset):
            field_dict["userId"] = user_id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if is_bulk_installation is not UNSET:
            field_dict["isBulkInstallation"] = is_bulk_installation
        if install_to_future_locations is not UNSET:
            field_dict["installToFutureLocations"] = install_to_future_locations
        if approve_all_locations is not UNSET:
            field_dict["approveAllLocations"] = approve_all_locations
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
            user_id = src_dict["userId"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "userId") from None
        if not (user_id.__class__ is str or isinstance(user_id, str)):
            raise DecodeError("string", user_id, "userId")

        if "access_token" in src_dict:
            access_token = src_dict["access_token"]
            if not (access_token.__class__ is str or isinstance(access_token, str)):
                raise DecodeError("string", access_token, "access_token")
        else:
            access_token = UNSET
            _absent += 1

        if "token_type" in src_dict:
            token_type = src_dict["token_type"]
            if not (token_type.__class__ is str or isinstance(token_type, str)):
                raise DecodeError("string", token_type, "token_type")
        else:
            token_type = UNSET
            _absent += 1

        if "expires_in" in src_dict:
            expires_in = src_dict["expires_in"]
            if not (isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool)):
                raise DecodeError("number", expires_in, "expires_in")
        else:
            expires_in = UNSET
            _absent += 1

        if "refresh_token" in src_dict:
            refresh_token = src_dict["refresh_token"]
            if not (refresh_token.__class__ is str or isinstance(refresh_token, str)):
                raise DecodeError("string", refresh_token, "refresh_token")
        else:
            refresh_token = UNSET
            _absent += 1

        if "scope" in src_dict:
            scope = src_dict["scope"]
            if not (scope.__class__ is str or isinstance(scope, str)):
                raise DecodeError("string", scope, "scope")
        else:
            scope = UNSET
            _absent += 1

        if "userType" in src_dict:
            user_type = src_dict["userType"]
            try:
                user_type = TokenUserType(user_type)
            except ValueError:
                raise DecodeError(
                    "one of 'Company', 'Location'",
                    MALFORMED if (user_type.__class__ is str or isinstance(user_type, str)) else user_type,
                    "userType",
                ) from None
        else:
            user_type = UNSET
            _absent += 1

        if "locationId" in src_dict:
            location_id = src_dict["locationId"]
            if not (location_id.__class__ is str or isinstance(location_id, str)):
                raise DecodeError("string", location_id, "locationId")
        else:
            location_id = UNSET
            _absent += 1

        if "companyId" in src_dict:
            company_id = src_dict["companyId"]
            if not (company_id.__class__ is str or isinstance(company_id, str)):
                raise DecodeError("string", company_id, "companyId")
        else:
            company_id = UNSET
            _absent += 1

        if "approvedLocations" in src_dict:
            approved_locations = src_dict["approvedLocations"]
            if not isinstance(approved_locations, list):
                raise DecodeError("array", approved_locations, "approvedLocations")
            try:
                for approved_locations_item in approved_locations:
                    if not (approved_locations_item.__class__ is str or isinstance(approved_locations_item, str)):
                        approved_locations_index = next(
                            place for place, other in enumerate(approved_locations) if other is approved_locations_item
                        )
                        raise DecodeError("string", approved_locations_item, approved_locations_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "approvedLocations")
                raise
        else:
            approved_locations = UNSET
            _absent += 1

        if "planId" in src_dict:
            plan_id = src_dict["planId"]
            if not (plan_id.__class__ is str or isinstance(plan_id, str)):
                raise DecodeError("string", plan_id, "planId")
        else:
            plan_id = UNSET
            _absent += 1

        if "isBulkInstallation" in src_dict:
            is_bulk_installation = src_dict["isBulkInstallation"]
            if not (is_bulk_installation is True or is_bulk_installation is False):
                raise DecodeError("boolean", is_bulk_installation, "isBulkInstallation")
        else:
            is_bulk_installation = UNSET
            _absent += 1

        if "installToFutureLocations" in src_dict:
            install_to_future_locations = src_dict["installToFutureLocations"]
            if not (install_to_future_locations is True or install_to_future_locations is False):
                raise DecodeError("boolean", install_to_future_locations, "installToFutureLocations")
        else:
            install_to_future_locations = UNSET
            _absent += 1

        if "approveAllLocations" in src_dict:
            approve_all_locations = src_dict["approveAllLocations"]
            if not (approve_all_locations is True or approve_all_locations is False):
                raise DecodeError("boolean", approve_all_locations, "approveAllLocations")
        else:
            approve_all_locations = UNSET
            _absent += 1

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
