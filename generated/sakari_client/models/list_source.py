from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSource")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ListSource(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.integration is not UNSET:
            field_dict["integration"] = self.integration
        if self.last_synced is not UNSET:
            field_dict["lastSynced"] = self.last_synced
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (integration := src_dict.get("integration", UNSET)) is UNSET:
            _absent += 1
        elif not (integration.__class__ is str or isinstance(integration, str)):
            raise DecodeError("string", integration, "integration")
        if (last_synced := src_dict.get("lastSynced", UNSET)) is UNSET:
            _absent += 1
        elif not (last_synced.__class__ is str or isinstance(last_synced, str)):
            raise DecodeError("string", last_synced, "lastSynced")
        _instance = _new(cls)
        _instance.id = id
        _instance.integration = integration
        _instance.last_synced = last_synced
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


ListSource.__tolerant__ = _tolerant.TolerantModel(
    ListSource,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("integration", "integration", _tolerant.string(), required=False),
        _tolerant.Field("lastSynced", "last_synced", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ListSource.__tolerant__.names
