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
from ..models.token_grant_type import TokenGrantType
from ..models.token_user_type import TokenUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class TokenRequest(AdditionalProperties[Any]):
    """A form-encoded token request. With `grant_type=authorization_code`, `code` is required
    (and `redirect_uri` when the authorization request had one); with
    `grant_type=refresh_token`, `refresh_token` is required.

        Example:
            {'client_id': '65f8a0f1b2c3d4e5f6a7b8c9-lk2m3n4o', 'client_secret': '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
                'grant_type': 'authorization_code', 'code': '7676cjcbdc6t76cdcbkjcd09821jknnkj', 'user_type': 'Location',
                'redirect_uri': 'https://myapp.com/oauth/callback/gohighlevel'}

        Attributes:
            client_id (str): The app's client id, from the Marketplace.
            client_secret (str): The app's client secret.
            grant_type (TokenGrantType): How a token request authenticates the grant. Example: authorization_code.
            code (str | Unset): The authorization code the redirect URI received.
            refresh_token (str | Unset): The latest refresh token of the installation.
            user_type (TokenUserType | Unset): Whether the token acts for a company (agency) or for a location (sub-
                account). Example: Location.
            redirect_uri (str | Unset): The redirect URI of the authorization request.
    """

    client_id: str
    client_secret: str
    grant_type: TokenGrantType
    code: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    user_type: TokenUserType | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.client_id, Unset):
            field_dict["client_id"] = self.client_id
        if not isinstance(self.client_secret, Unset):
            field_dict["client_secret"] = self.client_secret
        if not isinstance(self.grant_type, Unset):
            field_dict["grant_type"] = (
                self.grant_type.value if isinstance(self.grant_type, TokenGrantType) else self.grant_type
            )
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.refresh_token is not UNSET:
            field_dict["refresh_token"] = self.refresh_token
        if self.user_type is not UNSET:
            field_dict["user_type"] = (
                self.user_type.value if isinstance(self.user_type, TokenUserType) else self.user_type
            )
        if self.redirect_uri is not UNSET:
            field_dict["redirect_uri"] = self.redirect_uri
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
        if (client_id := src_dict.get("client_id", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "client_id")
        elif not (client_id.__class__ is str or isinstance(client_id, str)):
            raise DecodeError("string", client_id, "client_id")
        if (client_secret := src_dict.get("client_secret", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "client_secret")
        elif not (client_secret.__class__ is str or isinstance(client_secret, str)):
            raise DecodeError("string", client_secret, "client_secret")
        if (grant_type := src_dict.get("grant_type", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "grant_type")
        else:
            grant_type = _decode_grant_type(grant_type, "grant_type")
        if (code := src_dict.get("code", UNSET)) is UNSET:
            _absent += 1
        elif not (code.__class__ is str or isinstance(code, str)):
            raise DecodeError("string", code, "code")
        if (refresh_token := src_dict.get("refresh_token", UNSET)) is UNSET:
            _absent += 1
        elif not (refresh_token.__class__ is str or isinstance(refresh_token, str)):
            raise DecodeError("string", refresh_token, "refresh_token")
        if (user_type := src_dict.get("user_type", UNSET)) is UNSET:
            _absent += 1
        else:
            user_type = _decode_user_type(user_type, "user_type")
        if (redirect_uri := src_dict.get("redirect_uri", UNSET)) is UNSET:
            _absent += 1
        elif not (redirect_uri.__class__ is str or isinstance(redirect_uri, str)):
            raise DecodeError("string", redirect_uri, "redirect_uri")
        _instance = _new(cls)
        _instance.client_id = client_id
        _instance.client_secret = client_secret
        _instance.grant_type = grant_type
        _instance.code = code
        _instance.refresh_token = refresh_token
        _instance.user_type = user_type
        _instance.redirect_uri = redirect_uri
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


TokenRequest.__tolerant__ = _tolerant.TolerantModel(
    TokenRequest,
    (
        _tolerant.Field("client_id", "client_id", _tolerant.string(), required=True),
        _tolerant.Field("client_secret", "client_secret", _tolerant.string(), required=True),
        _tolerant.Field("grant_type", "grant_type", _tolerant.enum(TokenGrantType), required=True),
        _tolerant.Field("code", "code", _tolerant.string(), required=False),
        _tolerant.Field("refresh_token", "refresh_token", _tolerant.string(), required=False),
        _tolerant.Field("user_type", "user_type", _tolerant.enum(TokenUserType), required=False),
        _tolerant.Field("redirect_uri", "redirect_uri", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = TokenRequest.__tolerant__.names
_decode_grant_type = _decode.enum(TokenGrantType)
_decode_user_type = _decode.enum(TokenUserType)
