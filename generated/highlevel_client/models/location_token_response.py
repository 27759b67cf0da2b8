from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationTokenResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class LocationTokenResponse(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.access_token is not UNSET:
            field_dict["access_token"] = self.access_token
        if self.token_type is not UNSET:
            field_dict["token_type"] = self.token_type
        if self.expires_in is not UNSET:
            field_dict["expires_in"] = self.expires_in
        if self.scope is not UNSET:
            field_dict["scope"] = self.scope
        if self.location_id is not UNSET:
            field_dict["locationId"] = self.location_id
        if self.plan_id is not UNSET:
            field_dict["planId"] = self.plan_id
        if not isinstance(self.user_id, Unset):
            field_dict["userId"] = self.user_id
        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id
        if self.version_id is not UNSET:
            field_dict["versionId"] = self.version_id
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
        if (scope := src_dict.get("scope", UNSET)) is UNSET:
            _absent += 1
        elif not (scope.__class__ is str or isinstance(scope, str)):
            raise DecodeError("string", scope, "scope")
        if (location_id := src_dict.get("locationId", UNSET)) is UNSET:
            _absent += 1
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "locationId")
        if (plan_id := src_dict.get("planId", UNSET)) is UNSET:
            _absent += 1
        elif not (plan_id.__class__ is str or isinstance(plan_id, str)):
            raise DecodeError("string", plan_id, "planId")
        if (app_id := src_dict.get("appId", UNSET)) is UNSET:
            _absent += 1
        elif not (app_id.__class__ is str or isinstance(app_id, str)):
            raise DecodeError("string", app_id, "appId")
        if (version_id := src_dict.get("versionId", UNSET)) is UNSET:
            _absent += 1
        elif not (version_id.__class__ is str or isinstance(version_id, str)):
            raise DecodeError("string", version_id, "versionId")
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = LocationTokenResponse.__tolerant__.names
