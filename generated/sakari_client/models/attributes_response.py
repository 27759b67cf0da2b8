from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributesResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "success",
        "data",
    }
)


@_attrs_define
class AttributesResponse:
    """The custom attributes of one kind of record.

    Example:
        {'success': True, 'data': [{'id': 'attr-1', 'name': 'favouriteColour', 'label': 'Favourite colour', 'type':
            'contacts', 'dataType': 'text'}]}

    Attributes:
        success (bool | Unset):
        data (list[Attribute] | Unset):
    """

    success: bool | Unset = UNSET
    data: list[Attribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: Any = self.data
        if isinstance(self.data, list):
            data = []
            for data_item_data in self.data:
                data_item: Any = data_item_data
                if isinstance(data_item_data, Attribute):
                    data_item = data_item_data.to_dict()

                data.append(data_item)

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
            if not isinstance(data, list):
                raise DecodeError("array", data, "data")
            data_decoded: list[Any] = []
            try:
                for data_item in data:
                    data_decoded.append(_Attribute_from_dict(data_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("data", len(data_decoded))
                raise
            data = data_decoded
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
from ..models.attribute import Attribute  # noqa: E402

AttributesResponse.__tolerant__ = _tolerant.TolerantModel(
    AttributesResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.array(_tolerant.model(Attribute)), required=False),
    ),
    additional=None,
)

_Attribute_from_dict = Attribute.from_dict
