from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.inbound_dnd_status import InboundDndStatus
from ..types import UNSET, Unset


@_attrs_define
class InboundDndSetting(Model, AdditionalProperties[Any]):
    """The inbound do-not-disturb setting.

    Example:
        {'status': 'active', 'message': 'No inbound messages'}

    Attributes:
        status (InboundDndStatus): State of the inbound do-not-disturb setting. Example: active.
        message (str | Unset):
    """

    status: InboundDndStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


InboundDndSetting.__tolerant__ = _tolerant.TolerantModel(
    InboundDndSetting,
    (
        _tolerant.Field("status", "status", _tolerant.enum(InboundDndStatus), required=True),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
    ),
    additional=None,
)
