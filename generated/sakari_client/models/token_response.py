from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class TokenResponse(Model, AdditionalProperties[Any]):
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
