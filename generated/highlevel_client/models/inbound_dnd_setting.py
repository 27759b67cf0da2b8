from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MISSING, DecodeError
from ..models.inbound_dnd_status import InboundDndStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundDndSetting")


@_attrs_define
class InboundDndSetting:
    """The inbound do-not-disturb setting.

    Example:
        {'status': 'active', 'message': 'No inbound messages'}

    Attributes:
        status (InboundDndStatus): State of the inbound do-not-disturb setting. Example: active.
        message (str | Unset):
    """

    status: InboundDndStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
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
        if not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if status is UNSET:
            raise DecodeError("a value (required)", MISSING, "status")
        if not isinstance(status, str):
            raise DecodeError("string", status, "status")
        status = InboundDndStatus(status)

        message = d.pop("message", UNSET)
        if message is not UNSET and not isinstance(message, str):
            raise DecodeError("string", message, "message")

        inbound_dnd_setting = cls(
            status=status,
            message=message,
        )

        for prop_name, prop_value in d.items():
            d[prop_name] = prop_value
        inbound_dnd_setting.additional_properties = d
        return inbound_dnd_setting

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
