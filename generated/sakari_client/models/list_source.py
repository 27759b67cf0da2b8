from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ListSource(Model, AdditionalProperties[Any]):
    """Where the members of a list come from.

    Example:
        {'id': '<string>', 'integration': '<string>', 'lastSynced': '<string>'}

    Attributes:
        id (str | Unset):
        integration (str | Unset): Integration that feeds the list.
        last_synced (str | Unset): When the list was last synchronised (documented as a plain string).
    """

    id: str | Unset = UNSET
    integration: str | Unset = UNSET
    last_synced: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


ListSource.__tolerant__ = _tolerant.TolerantModel(
    ListSource,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("integration", "integration", _tolerant.string(), required=False),
        _tolerant.Field("lastSynced", "last_synced", _tolerant.string(), required=False),
    ),
    additional=None,
)
