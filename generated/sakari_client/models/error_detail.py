from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ErrorDetail(Model, AdditionalProperties[Any]):
    """What went wrong with a request.

    Example:
        {'code': 'CONT-001', 'message': 'Invalid mobile number'}

    Attributes:
        code (str | Unset): Machine-readable error code, such as `CONT-001`.
        message (str | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


ErrorDetail.__tolerant__ = _tolerant.TolerantModel(
    ErrorDetail,
    (
        _tolerant.Field("code", "code", _tolerant.string(), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
    ),
    additional=None,
)
