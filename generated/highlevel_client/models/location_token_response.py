from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationTokenResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "userId",
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "locationId",
        "planId",
        "appId",
        "versionId",
    }
)


@_attrs_define
class LocationTokenResponse:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        scope = self.scope

        location_id = self.location_id

        plan_id = self.plan_id

        user_id = self.user_id

        app_id = self.app_id

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if not isinstance(user_id, Unset):
            field_dict["userId"] = user_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
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

        if "scope" in src_dict:
            scope = src_dict["scope"]
            if not (scope.__class__ is str or isinstance(scope, str)):
                raise DecodeError("string", scope, "scope")
        else:
            scope = UNSET
            _absent += 1

        if "locationId" in src_dict:
            location_id = src_dict["locationId"]
            if not (location_id.__class__ is str or isinstance(location_id, str)):
                raise DecodeError("string", location_id, "locationId")
        else:
            location_id = UNSET
            _absent += 1

        if "planId" in src_dict:
            plan_id = src_dict["planId"]
            if not (plan_id.__class__ is str or isinstance(plan_id, str)):
                raise DecodeError("string", plan_id, "planId")
        else:
            plan_id = UNSET
            _absent += 1

        if "appId" in src_dict:
            app_id = src_dict["appId"]
            if not (app_id.__class__ is str or isinstance(app_id, str)):
                raise DecodeError("string", app_id, "appId")
        else:
            app_id = UNSET
            _absent += 1

        if "versionId" in src_dict:
            version_id = src_dict["versionId"]
            if not (version_id.__class__ is str or isinstance(version_id, str)):
                raise DecodeError("string", version_id, "versionId")
        else:
            version_id = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.user_id = user_id
        _instance.access_token = access_token
        _instance.token_type = token_type
        _instance.expires_in = expires_in
        _instance.scope = scope
        _instance.location_id = location_id
        _instance.plan_id = plan_id
        _instance.app_id = app_id
        _instance.version_id = version_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 9:
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


LocationTokenResponse.__tolerant__ = _tolerant.TolerantModel(
    LocationTokenResponse,
    (
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=True),
        _tolerant.Field("access_token", "access_token", _tolerant.string(), required=False),
        _tolerant.Field("token_type", "token_type", _tolerant.string(), required=False),
        _tolerant.Field("expires_in", "expires_in", _tolerant.number(), required=False),
        _tolerant.Field("scope", "scope", _tolerant.string(), required=False),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=False),
        _tolerant.Field("planId", "plan_id", _tolerant.string(), required=False),
        _tolerant.Field("appId", "app_id", _tolerant.string(), required=False),
        _tolerant.Field("versionId", "version_id", _tolerant.string(), required=False),
    ),
    additional=None,
)
