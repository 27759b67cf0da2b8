from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, MISSING, DecodeError
from ..models.token_grant_type import TokenGrantType
from ..models.token_user_type import TokenUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "client_id",
        "client_secret",
        "grant_type",
        "code",
        "refresh_token",
        "user_type",
        "redirect_uri",
    }
)


@_attrs_define
class TokenRequest:
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
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type: Any = self.grant_type
        if isinstance(self.grant_type, TokenGrantType):
            grant_type = self.grant_type.value

        code = self.code

        refresh_token = self.refresh_token

        user_type: Any = self.user_type
        if isinstance(self.user_type, TokenUserType):
            user_type = self.user_type.value

        redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        if not isinstance(client_id, Unset):
            field_dict["client_id"] = client_id
        if not isinstance(client_secret, Unset):
            field_dict["client_secret"] = client_secret
        if not isinstance(grant_type, Unset):
            field_dict["grant_type"] = grant_type
        if code is not UNSET:
            field_dict["code"] = code
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
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
            client_id = src_dict["client_id"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "client_id") from None
        if not (client_id.__class__ is str or isinstance(client_id, str)):
            raise DecodeError("string", client_id, "client_id")

        try:
            client_secret = src_dict["client_secret"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "client_secret") from None
        if not (client_secret.__class__ is str or isinstance(client_secret, str)):
            raise DecodeError("string", client_secret, "client_secret")

        try:
            grant_type = src_dict["grant_type"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "grant_type") from None
        try:
            grant_type = TokenGrantType(grant_type)
        except ValueError:
            raise DecodeError(
                "one of 'authorization_code', 'refresh_token'",
                MALFORMED if (grant_type.__class__ is str or isinstance(grant_type, str)) else grant_type,
                "grant_type",
            ) from None

        if "code" in src_dict:
            code = src_dict["code"]
            if not (code.__class__ is str or isinstance(code, str)):
                raise DecodeError("string", code, "code")
        else:
            code = UNSET
            _absent += 1

        if "refresh_token" in src_dict:
            refresh_token = src_dict["refresh_token"]
            if not (refresh_token.__class__ is str or isinstance(refresh_token, str)):
                raise DecodeError("string", refresh_token, "refresh_token")
        else:
            refresh_token = UNSET
            _absent += 1

        if "user_type" in src_dict:
            user_type = src_dict["user_type"]
            try:
                user_type = TokenUserType(user_type)
            except ValueError:
                raise DecodeError(
                    "one of 'Company', 'Location'",
                    MALFORMED if (user_type.__class__ is str or isinstance(user_type, str)) else user_type,
                    "user_type",
                ) from None
        else:
            user_type = UNSET
            _absent += 1

        if "redirect_uri" in src_dict:
            redirect_uri = src_dict["redirect_uri"]
            if not (redirect_uri.__class__ is str or isinstance(redirect_uri, str)):
                raise DecodeError("string", redirect_uri, "redirect_uri")
        else:
            redirect_uri = UNSET
            _absent += 1

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
