from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class BusinessAssignmentResponse(Model, AdditionalProperties[Any]):
    """Whether the change went through, and the contacts it changed.

    Example:
        {'success': True, 'ids': ['pOC0uJ97VYOKH2m3fkMD']}

    Attributes:
        success (bool):
        ids (list[str]):
    """

    success: bool
    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


BusinessAssignmentResponse.__tolerant__ = _tolerant.TolerantModel(
    BusinessAssignmentResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=True),
        _tolerant.Field("ids", "ids", _tolerant.array(_tolerant.string()), required=True),
    ),
    additional=None,
)
