from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ErrorResponse(Model, AdditionalProperties[Any]):
    """The body of every error answer.

    Example:
        {'success': False, 'error': {'code': 'CONT-001', 'message': 'Invalid mobile number'}}

    Attributes:
        success (bool | Unset):
        error (ErrorDetail | Unset): What went wrong with a request. Example: {'code': 'CONT-001', 'message': 'Invalid
            mobile number'}.
    """

    success: bool | Unset = UNSET
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.error_detail import ErrorDetail  # noqa: E402

ErrorResponse.__tolerant__ = _tolerant.TolerantModel(
    ErrorResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("error", "error", _tolerant.model(ErrorDetail), required=False),
    ),
    additional=None,
)
