from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactCreatedBy(Model, AdditionalProperties[Any]):
    """Who or what created a contact. Not in HighLevel's descriptions; answers of the live
    service carry it.

        Example:
            {'source': 'INTEGRATION', 'channel': 'OAUTH', 'sourceId': '65f0a1b2c3d4e5f6a7b8c9d0', 'sourceName': 'Contact
                sync', 'timestamp': '2024-03-12T10:15:00.000Z'}

        Attributes:
            source (None | str | Unset):
            channel (None | str | Unset):
            source_id (None | str | Unset):
            source_name (None | str | Unset):
            timestamp (None | str | Unset): When the contact was created (ISO 8601).
    """

    source: str | Unset | None = UNSET
    channel: str | Unset | None = UNSET
    source_id: str | Unset | None = UNSET
    source_name: str | Unset | None = UNSET
    timestamp: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


ContactCreatedBy.__tolerant__ = _tolerant.TolerantModel(
    ContactCreatedBy,
    (
        _tolerant.Field("source", "source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("channel", "channel", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("sourceId", "source_id", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("sourceName", "source_name", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("timestamp", "timestamp", _tolerant.string(nullable=True), required=False),
    ),
    additional=None,
)
