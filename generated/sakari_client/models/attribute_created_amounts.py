from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributeCreatedAmounts")


@_attrs_define
class AttributeCreatedAmounts:
    """The `data` of the create-attribute answer, as the page documents it.

    Example:
        {'amount': 123, 'below': 123}

    Attributes:
        amount (int | Unset):
        below (int | Unset):
    """

    amount: int | Unset = UNSET
    below: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        below = self.below

        field_dict: dict[str, Any] = {}
        if amount is not UNSET:
            field_dict["amount"] = amount
        if below is not UNSET:
            field_dict["below"] = below
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
        amount = d.pop("amount", UNSET)
        if amount is not UNSET and not (isinstance(amount, int) and not isinstance(amount, bool)):
            raise DecodeError("integer", amount, "amount")

        below = d.pop("below", UNSET)
        if below is not UNSET and not (isinstance(below, int) and not isinstance(below, bool)):
            raise DecodeError("integer", below, "below")

        attribute_created_amounts = cls(
            amount=amount,
            below=below,
        )

        for prop_name, prop_value in d.items():
            d[prop_name] = prop_value
        attribute_created_amounts.additional_properties = d
        return attribute_created_amounts

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
