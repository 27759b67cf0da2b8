from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundDndSettings")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "all",
    }
)


@_attrs_define
class InboundDndSettings:
    """Inbound do-not-disturb settings; `all` covers every channel.

    Example:
        {'all': {'status': 'active', 'message': 'No inbound messages'}}

    Attributes:
        all_ (InboundDndSetting | Unset): The inbound do-not-disturb setting. Example: {'status': 'active', 'message':
            'No inbound messages'}.
    """

    all_: InboundDndSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        all_: Any = self.all_
        if isinstance(self.all_, InboundDndSetting):
            all_ = self.all_.to_dict()

        field_dict: dict[str, Any] = {}
        if all_ is not UNSET:
            field_dict["all"] = all_
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
        if "all" in src_dict:
            all_ = src_dict["all"]
            try:
                all_ = _InboundDndSetting_from_dict(all_)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "all")
                raise
        else:
            all_ = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.all_ = all_
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 1:
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


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.inbound_dnd_setting import InboundDndSetting  # noqa: E402

InboundDndSettings.__tolerant__ = _tolerant.TolerantModel(
    InboundDndSettings,
    (_tolerant.Field("all", "all_", _tolerant.model(InboundDndSetting), required=False),),
    additional=None,
)

_InboundDndSetting_from_dict = InboundDndSetting.from_dict
