from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.dnd_status import DndStatus
from ..types import UNSET, Unset


@_attrs_define
class DndSetting(Model, AdditionalProperties[Any]):
    """The do-not-disturb setting of one channel.

    Example:
        {'status': 'active', 'message': 'Call opted out', 'code': 'CALL-1'}

    Attributes:
        status (DndStatus): State of a do-not-disturb setting for one channel. Example: active.
        message (str | Unset):
        code (str | Unset):
    """

    status: DndStatus
    message: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


DndSetting.__tolerant__ = _tolerant.TolerantModel(
    DndSetting,
    (
        _tolerant.Field("status", "status", _tolerant.enum(DndStatus), required=True),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
        _tolerant.Field("code", "code", _tolerant.string(), required=False),
    ),
    additional=None,
)
