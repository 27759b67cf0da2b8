from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "success",
        "data",
    }
)


@_attrs_define
class CampaignResponse:
    """One campaign.

    Example:
        {'success': True, 'data': {'id': 'camp-1', 'name': 'Marketing Campaign'}}

    Attributes:
        success (bool | Unset):
        data (Campaign | Unset): A stored campaign. Sakari's description documents only its `id`; the other fields are
            those of the request.
             Example: {'id': 'camp-1', 'name': 'Marketing Campaign', 'trigger': {'code': 'M'}, 'template': 'Hi
            {{{contact.firstName}}}'}.
    """

    success: bool | Unset = UNSET
    data: Campaign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: Any = self.data
        if isinstance(self.data, Campaign):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
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
        if "success" in src_dict:
            success = src_dict["success"]
            if not (success is True or success is False):
                raise DecodeError("boolean", success, "success")
        else:
            success = UNSET
            _absent += 1

        if "data" in src_dict:
            data = src_dict["data"]
            try:
                data = _Campaign_from_dict(data)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "data")
                raise
        else:
            data = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.success = success
        _instance.data = data
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
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
from ..models.campaign import Campaign  # noqa: E402

CampaignResponse.__tolerant__ = _tolerant.TolerantModel(
    CampaignResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Campaign), required=False),
    ),
    additional=None,
)

_Campaign_from_dict = Campaign.from_dict
