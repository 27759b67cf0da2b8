from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MISSING, DecodeError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.attribute import Attribute


T = TypeVar("T", bound="AttributesResponse")


@_attrs_define
class AttributesResponse:
    """The custom attributes of one kind of record.

    Example:
        {'success': True, 'data': [{'id': 'attr-1', 'name': 'favouriteColour', 'label': 'Favourite colour', 'type':
            'contacts', 'dataType': 'text'}]}

    Attributes:
        success (bool):
        data (list[Attribute]):
    """

    success: bool
    data: list[Attribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict["success"] = success
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
        from ..models.attribute import Attribute

        if not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        d = dict(src_dict)
        success = d.pop("success", UNSET)
        if success is UNSET:
            raise DecodeError("a value (required)", MISSING, "success")
        if not isinstance(success, bool):
            raise DecodeError("boolean", success, "success")

        data = d.pop("data", UNSET)
        if data is UNSET:
            raise DecodeError("a value (required)", MISSING, "data")
        if not isinstance(data, list):
            raise DecodeError("array", data, "data")
        try:
            data_decoded: list[Any] = []
            for data_index, data_item in enumerate(data):
                try:
                    data_item = Attribute.from_dict(data_item)
                except DecodeError as _decode_error:
                    _decode_error.path.insert(0, data_index)
                    raise

                data_decoded.append(data_item)
            data = data_decoded
        except DecodeError as _decode_error:
            _decode_error.path.insert(0, "data")
            raise

        attributes_response = cls(
            success=success,
            data=data,
        )

        for prop_name, prop_value in d.items():
            d[prop_name] = prop_value
        attributes_response.additional_properties = d
        return attributes_response

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
