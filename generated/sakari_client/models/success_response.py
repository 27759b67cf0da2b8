from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SuccessResponse(Model, AdditionalProperties[Any]):
    """An answer that carries only whether the operation succeeded.

    Example:
        {'success': True}

    Attributes:
        success (bool | Unset):
    """

    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


SuccessResponse.__tolerant__ = _tolerant.TolerantModel(
    SuccessResponse,
    (_tolerant.Field("success", "success", _tolerant.boolean(), required=False),),
    additional=None,
)
