from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class UnauthorizedErrorBody(Model, AdditionalProperties[Any]):
    """Body of a 401 answer.

    Example:
        {'statusCode': 401, 'message': 'Invalid token: access token is invalid', 'error': 'Unauthorized'}

    Attributes:
        status_code (float | Unset):
        message (str | Unset):
        error (str | Unset):
    """

    status_code: float | Unset = UNSET
    message: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


UnauthorizedErrorBody.__tolerant__ = _tolerant.TolerantModel(
    UnauthorizedErrorBody,
    (
        _tolerant.Field("statusCode", "status_code", _tolerant.number(), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
        _tolerant.Field("error", "error", _tolerant.string(), required=False),
    ),
    additional=None,
)
