from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeCondition")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "attribute",
        "comparator",
        "value",
    }
)


@_attrs_define
class AttributeCondition:
    """One condition of a list filter on a contact attribute.

    Example:
        {'attribute': '<string>', 'comparator': '<string>', 'value': ['<string>']}

    Attributes:
        attribute (str | Unset): Name of the attribute compared.
        comparator (str | Unset): How the attribute is compared with the values.
        value (list[str] | Unset): Values the attribute is compared with.
    """

    attribute: str | Unset = UNSET
    comparator: str | Unset = UNSET
    value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        comparator = self.comparator

        value: Any = self.value

        field_dict: dict[str, Any] = {}
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if value is not UNSET:
            field_dict["value"] = value
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
        if "attribute" in src_dict:
            attribute = src_dict["attribute"]
            if not (attribute.__class__ is str or isinstance(attribute, str)):
                raise DecodeError("string", attribute, "attribute")
        else:
            attribute = UNSET
            _absent += 1

        if "comparator" in src_dict:
            comparator = src_dict["comparator"]
            if not (comparator.__class__ is str or isinstance(comparator, str)):
                raise DecodeError("string", comparator, "comparator")
        else:
            comparator = UNSET
            _absent += 1

        if "value" in src_dict:
            value = src_dict["value"]
            if not isinstance(value, list):
                raise DecodeError("array", value, "value")
            try:
                for value_item in value:
                    if not (value_item.__class__ is str or isinstance(value_item, str)):
                        value_index = next(place for place, other in enumerate(value) if other is value_item)
                        raise DecodeError("string", value_item, value_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "value")
                raise
        else:
            value = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.attribute = attribute
        _instance.comparator = comparator
        _instance.value = value
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


AttributeCondition.__tolerant__ = _tolerant.TolerantModel(
    AttributeCondition,
    (
        _tolerant.Field("attribute", "attribute", _tolerant.string(), required=False),
        _tolerant.Field("comparator", "comparator", _tolerant.string(), required=False),
        _tolerant.Field("value", "value", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
