from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class InboundDndSettings(Model, AdditionalProperties[Any]):
    """Inbound do-not-disturb settings; `all` covers every channel.

    Example:
        {'all': {'status': 'active', 'message': 'No inbound messages'}}

    Attributes:
        all_ (InboundDndSetting | Unset): The inbound do-not-disturb setting. Example: {'status': 'active', 'message':
            'No inbound messages'}.
    """

    all_: InboundDndSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.inbound_dnd_setting import InboundDndSetting  # noqa: E402

InboundDndSettings.__tolerant__ = _tolerant.TolerantModel(
    InboundDndSettings,
    (_tolerant.Field("all", "all_", _tolerant.model(InboundDndSetting), required=False),),
    additional=None,
)
