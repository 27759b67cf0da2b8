from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class DndSettings(Model, AdditionalProperties[Any]):
    """Do-not-disturb settings, one per channel (lower-case names in v3).

    Example:
        {'sms': {'status': 'permanent', 'message': 'STOP received', 'code': 'SMS-2'}, 'email': {'status': 'inactive',
            'message': '', 'code': ''}}

    Attributes:
        call (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        email (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        sms (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        whats_app (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active',
            'message': 'Call opted out', 'code': 'CALL-1'}.
        gmb (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
        fb (DndSetting | Unset): The do-not-disturb setting of one channel. Example: {'status': 'active', 'message':
            'Call opted out', 'code': 'CALL-1'}.
    """

    call: DndSetting | Unset = UNSET
    email: DndSetting | Unset = UNSET
    sms: DndSetting | Unset = UNSET
    whats_app: DndSetting | Unset = UNSET
    gmb: DndSetting | Unset = UNSET
    fb: DndSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.dnd_setting import DndSetting  # noqa: E402

DndSettings.__tolerant__ = _tolerant.TolerantModel(
    DndSettings,
    (
        _tolerant.Field("call", "call", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("email", "email", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("sms", "sms", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("whatsApp", "whats_app", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("gmb", "gmb", _tolerant.model(DndSetting), required=False),
        _tolerant.Field("fb", "fb", _tolerant.model(DndSetting), required=False),
    ),
    additional=None,
)
