from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSource")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "integration",
        "lastSynced",
    }
)


@_attrs_define
class ListSource:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        integration = self.integration

        last_synced = self.last_synced

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if integration is not UNSET:
            field_dict["integration"] = integration
        if last_synced is not UNSET:
            field_dict["lastSynced"] = last_synced
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

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
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "integration" in src_dict:
            integration = src_dict["integration"]
            if not (integration.__class__ is str or isinstance(integration, str)):
                raise DecodeError("string", integration, "integration")
        else:
            integration = UNSET
            _absent += 1

        if "lastSynced" in src_dict:
            last_synced = src_dict["lastSynced"]
            if not (last_synced.__class__ is str or isinstance(last_synced, str)):
                raise DecodeError("string", last_synced, "lastSynced")
        else:
            last_synced = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.integration = integration
        _instance.last_synced = last_synced
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


ListSource.__tolerant__ = _tolerant.TolerantModel(
    ListSource,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("integration", "integration", _tolerant.string(), required=False),
        _tolerant.Field("lastSynced", "last_synced", _tolerant.string(), required=False),
    ),
    additional=None,
)
