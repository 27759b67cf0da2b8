from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_condition import AttributeCondition


T = TypeVar("T", bound="ListFilter")


@_attrs_define
class ListFilter:
    """The filter that selects the members of a dynamic list.

    Example:
        {'q': '<string>', 'attributes': [{'attribute': '<string>', 'comparator': '<string>', 'value': ['<string>']}],
            'list': '<string>', 'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True, 'optIn': True}

    Attributes:
        q (str | Unset): Free-text query.
        attributes (list[AttributeCondition] | Unset):
        list_ (str | Unset): Identifier of a list the contacts must belong to.
        valid (bool | Unset):
        invalid (bool | Unset):
        blocked (bool | Unset):
        unblocked (bool | Unset):
        opt_in (bool | Unset):
    """

    q: str | Unset = UNSET
    attributes: list[AttributeCondition] | Unset = UNSET
    list_: str | Unset = UNSET
    valid: bool | Unset = UNSET
    invalid: bool | Unset = UNSET
    blocked: bool | Unset = UNSET
    unblocked: bool | Unset = UNSET
    opt_in: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        list_ = self.list_

        valid = self.valid

        invalid = self.invalid

        blocked = self.blocked

        unblocked = self.unblocked

        opt_in = self.opt_in

        field_dict: dict[str, Any] = {}
        if q is not UNSET:
            field_dict["q"] = q
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if list_ is not UNSET:
            field_dict["list"] = list_
        if valid is not UNSET:
            field_dict["valid"] = valid
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if unblocked is not UNSET:
            field_dict["unblocked"] = unblocked
        if opt_in is not UNSET:
            field_dict["optIn"] = opt_in
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
        from ..models.attribute_condition import AttributeCondition

        if not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        d = dict(src_dict)
        q = d.pop("q", UNSET)
        if q is not UNSET and not isinstance(q, str):
            raise DecodeError("string", q, "q")

        attributes = d.pop("attributes", UNSET)
        if attributes is not UNSET:
            if not isinstance(attributes, list):
                raise DecodeError("array", attributes, "attributes")
            try:
                attributes_decoded: list[Any] = []
                for attributes_index, attributes_item in enumerate(attributes):
                    try:
                        attributes_item = AttributeCondition.from_dict(attributes_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, attributes_index)
                        raise

                    attributes_decoded.append(attributes_item)
                attributes = attributes_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributes")
                raise

        list_ = d.pop("list", UNSET)
        if list_ is not UNSET and not isinstance(list_, str):
            raise DecodeError("string", list_, "list")

        valid = d.pop("valid", UNSET)
        if valid is not UNSET and not isinstance(valid, bool):
            raise DecodeError("boolean", valid, "valid")

        invalid = d.pop("invalid", UNSET)
        if invalid is not UNSET and not isinstance(invalid, bool):
            raise DecodeError("boolean", invalid, "invalid")

        blocked = d.pop("blocked", UNSET)
        if blocked is not UNSET and not isinstance(blocked, bool):
            raise DecodeError("boolean", blocked, "blocked")

        unblocked = d.pop("unblocked", UNSET)
        if unblocked is not UNSET and not isinstance(unblocked, bool):
            raise DecodeError("boolean", unblocked, "unblocked")

        opt_in = d.pop("optIn", UNSET)
        if opt_in is not UNSET and not isinstance(opt_in, bool):
            raise DecodeError("boolean", opt_in, "optIn")

        list_filter = cls(
            q=q,
            attributes=attributes,
            list_=list_,
            valid=valid,
            invalid=invalid,
            blocked=blocked,
            unblocked=unblocked,
            opt_in=opt_in,
        )

        for prop_name, prop_value in d.items():
            d[prop_name] = prop_value
        list_filter.additional_properties = d
        return list_filter

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
