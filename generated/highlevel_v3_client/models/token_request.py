from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.token_grant_type import TokenGrantType
from ..models.token_user_type import TokenUserType
from ..types import UNSET, Unset


@_attrs_define
class TokenRequest(Model, AdditionalProperties[Any]):
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
