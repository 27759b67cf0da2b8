from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class TokenRequest(Model, AdditionalProperties[Any]):
    """Client credentials exchanged for an access token.

    Example:
        {'grant_type': 'client_credentials', 'client_id': '00000000-0000-0000-0000-000000000000', 'client_secret':
            '00000000-0000-0000-0000-000000000000'}

    Attributes:
        grant_type (str): Always `client_credentials`.
        client_id (str):
        client_secret (str):
    """

    grant_type: str
    client_id: str
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TokenRequest.__tolerant__ = _tolerant.TolerantModel(
    TokenRequest,
    (
        _tolerant.Field("grant_type", "grant_type", _tolerant.string(), required=True),
        _tolerant.Field("client_id", "client_id", _tolerant.string(), required=True),
        _tolerant.Field("client_secret", "client_secret", _tolerant.string(), required=True),
    ),
    additional=None,
)
