from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class InstalledLocation(Model, AdditionalProperties[Any]):
    """A location of the company, and the app's installation on it.

    Example:
        {'_id': '0IHuJvc2ofPAAA8GzTRi', 'name': 'Deo Dental', 'address': '47 W 13th St, New York, NY 10011, USA',
            'isInstalled': True, 'versionId': '6578278e879ad2646715ba9c', 'installedAt': '2024-01-15T10:30:00.000Z'}

    Attributes:
        id (str): Identifier of the location.
        name (str):
        address (str):
        is_installed (bool | Unset):
        version_id (str | Unset):
        installed_at (str | Unset): When the app was installed on the location (ISO 8601).
    """

    id: str
    name: str
    address: str
    is_installed: bool | Unset = UNSET
    version_id: str | Unset = UNSET
    installed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


InstalledLocation.__tolerant__ = _tolerant.TolerantModel(
    InstalledLocation,
    (
        _tolerant.Field("_id", "id", _tolerant.string(), required=True),
        _tolerant.Field("name", "name", _tolerant.string(), required=True),
        _tolerant.Field("address", "address", _tolerant.string(), required=True),
        _tolerant.Field("isInstalled", "is_installed", _tolerant.boolean(), required=False),
        _tolerant.Field("versionId", "version_id", _tolerant.string(), required=False),
        _tolerant.Field("installedAt", "installed_at", _tolerant.string(), required=False),
    ),
    additional=None,
)
