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

T = TypeVar("T", bound="TokenResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class TokenResponse(AdditionalProperties[Any]):
    """An access token. Sakari's description lists `access_token` and `token_type`; `expires_in`
    (seconds, standard OAuth2) is read when present, else the JWT's `exp` claim.

        Example:
            {'access_token': 'eyJhbGciOiJub25lIn0.eyJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl', 'token_type': 'bearer',
                'expires_in': 3600}

        Attributes:
            access_token (str): A JWT, sent as `Authorization: Bearer <token>`.
            token_type (str | Unset):
            expires_in (int | Unset): Seconds until the token expires.
            scope (str | Unset):
    """

    access_token: str
    token_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.access_token, Unset):
            field_dict["access_token"] = self.access_token
        if self.token_type is not UNSET:
            field_dict["token_type"] = self.token_type
        if self.expires_in is not UNSET:
            field_dict["expires_in"] = self.expires_in
        if self.scope is not UNSET:
            field_dict["scope"] = self.scope
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
        if (access_token := src_dict.get("access_token", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "access_token")
        elif not (access_token.__class__ is str or isinstance(access_token, str)):
            raise DecodeError("string", access_token, "access_token")
        if (token_type := src_dict.get("token_type", UNSET)) is UNSET:
            _absent += 1
        elif not (token_type.__class__ is str or isinstance(token_type, str)):
            raise DecodeError("string", token_type, "token_type")
        if (expires_in := src_dict.get("expires_in", UNSET)) is UNSET:
            _absent += 1
        elif not (expires_in.__class__ is int or (isinstance(expires_in, int) and not isinstance(expires_in, bool))):
            raise DecodeError("integer", expires_in, "expires_in")
        if (scope := src_dict.get("scope", UNSET)) is UNSET:
            _absent += 1
        elif not (scope.__class__ is str or isinstance(scope, str)):
            raise DecodeError("string", scope, "scope")
        _instance = _new(cls)
        _instance.access_token = access_token
        _instance.token_type = token_type
        _instance.expires_in = expires_in
        _instance.scope = scope
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


TokenResponse.__tolerant__ = _tolerant.TolerantModel(
    TokenResponse,
    (
        _tolerant.Field("access_token", "access_token", _tolerant.string(), required=True),
        _tolerant.Field("token_type", "token_type", _tolerant.string(), required=False),
        _tolerant.Field("expires_in", "expires_in", _tolerant.integer(), required=False),
        _tolerant.Field("scope", "scope", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = TokenResponse.__tolerant__.names
