from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstalledLocation")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class InstalledLocation(AdditionalProperties[Any]):
    """A location of the company, and the app's installation on it.

    Example:
        {'_id': '0IHuJvc2ofPAAA8GzTRi', 'name': 'Deo Dental', 'address': '47 W 13th St, New York, NY 10011, USA',
            'isInstalled': True, 'versionId': '6578278e879ad2646715ba9c', 'installedAt': '2024-01-15T10:30:00.000Z'}

    Attributes:
        location_id (str): Identifier of the location.
        name (str):
        address (str):
        is_installed (bool | Unset):
        version_id (str | Unset):
        installed_at (str | Unset): When the app was installed on the location (ISO 8601).
    """

    location_id: str
    name: str
    address: str
    is_installed: bool | Unset = UNSET
    version_id: str | Unset = UNSET
    installed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.location_id, Unset):
            field_dict["_id"] = self.location_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.address, Unset):
            field_dict["address"] = self.address
        if self.is_installed is not UNSET:
            field_dict["isInstalled"] = self.is_installed
        if self.version_id is not UNSET:
            field_dict["versionId"] = self.version_id
        if self.installed_at is not UNSET:
            field_dict["installedAt"] = self.installed_at
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if (location_id := src_dict.get("_id", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "_id")
        elif not (location_id.__class__ is str or isinstance(location_id, str)):
            raise DecodeError("string", location_id, "_id")
        if (name := src_dict.get("name", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "name")
        elif not (name.__class__ is str or isinstance(name, str)):
            raise DecodeError("string", name, "name")
        if (address := src_dict.get("address", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "address")
        elif not (address.__class__ is str or isinstance(address, str)):
            raise DecodeError("string", address, "address")
        if (is_installed := src_dict.get("isInstalled", UNSET)) is UNSET:
            _absent += 1
        elif not (is_installed is True or is_installed is False):
            raise DecodeError("boolean", is_installed, "isInstalled")
        if (version_id := src_dict.get("versionId", UNSET)) is UNSET:
            _absent += 1
        elif not (version_id.__class__ is str or isinstance(version_id, str)):
            raise DecodeError("string", version_id, "versionId")
        if (installed_at := src_dict.get("installedAt", UNSET)) is UNSET:
            _absent += 1
        elif not (installed_at.__class__ is str or isinstance(installed_at, str)):
            raise DecodeError("string", installed_at, "installedAt")
        _instance = _new(cls)
        _instance.location_id = location_id
        _instance.name = name
        _instance.address = address
        _instance.is_installed = is_installed
        _instance.version_id = version_id
        _instance.installed_at = installed_at
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 6:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


InstalledLocation.__tolerant__ = _tolerant.TolerantModel(
    InstalledLocation,
    (
        _tolerant.Field("_id", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("name", "name", _tolerant.string(), required=True),
        _tolerant.Field("address", "address", _tolerant.string(), required=True),
        _tolerant.Field("isInstalled", "is_installed", _tolerant.boolean(), required=False),
        _tolerant.Field("versionId", "version_id", _tolerant.string(), required=False),
        _tolerant.Field("installedAt", "installed_at", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = InstalledLocation.__tolerant__.names
