from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_dnd_setting import InboundDndSetting


T = TypeVar("T", bound="InboundDndSettings")


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

    def to_dict(self) -> dict[str, Any]:
        all_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_, Unset):
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
        from ..models.inbound_dnd_setting import InboundDndSetting

        if not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        d = dict(src_dict)
        all_ = d.pop("all", UNSET)
        if all_ is not UNSET:
            try:
                all_ = InboundDndSetting.from_dict(all_)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "all")
                raise

        inbound_dnd_settings = cls(
            all_=all_,
        )

        for prop_name, prop_value in d.items():
            d[prop_name] = prop_value
        inbound_dnd_settings.additional_properties = d
        return inbound_dnd_settings

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
