from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFilter")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "q",
        "attributes",
        "list",
        "valid",
        "invalid",
        "blocked",
        "unblocked",
        "optIn",
    }
)


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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        attributes: Any = self.attributes
        if isinstance(self.attributes, list):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item: Any = attributes_item_data
                if isinstance(attributes_item_data, AttributeCondition):
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
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if "q" in src_dict:
            q = src_dict["q"]
            if not (q.__class__ is str or isinstance(q, str)):
                raise DecodeError("string", q, "q")
        else:
            q = UNSET
            _absent += 1

        if "attributes" in src_dict:
            attributes = src_dict["attributes"]
            if not isinstance(attributes, list):
                raise DecodeError("array", attributes, "attributes")
            attributes_decoded: list[Any] = []
            try:
                for attributes_item in attributes:
                    attributes_decoded.append(_AttributeCondition_from_dict(attributes_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("attributes", len(attributes_decoded))
                raise
            attributes = attributes_decoded
        else:
            attributes = UNSET
            _absent += 1

        if "list" in src_dict:
            list_ = src_dict["list"]
            if not (list_.__class__ is str or isinstance(list_, str)):
                raise DecodeError("string", list_, "list")
        else:
            list_ = UNSET
            _absent += 1

        if "valid" in src_dict:
            valid = src_dict["valid"]
            if not (valid is True or valid is False):
                raise DecodeError("boolean", valid, "valid")
        else:
            valid = UNSET
            _absent += 1

        if "invalid" in src_dict:
            invalid = src_dict["invalid"]
            if not (invalid is True or invalid is False):
                raise DecodeError("boolean", invalid, "invalid")
        else:
            invalid = UNSET
            _absent += 1

        if "blocked" in src_dict:
            blocked = src_dict["blocked"]
            if not (blocked is True or blocked is False):
                raise DecodeError("boolean", blocked, "blocked")
        else:
            blocked = UNSET
            _absent += 1

        if "unblocked" in src_dict:
            unblocked = src_dict["unblocked"]
            if not (unblocked is True or unblocked is False):
                raise DecodeError("boolean", unblocked, "unblocked")
        else:
            unblocked = UNSET
            _absent += 1

        if "optIn" in src_dict:
            opt_in = src_dict["optIn"]
            if not (opt_in is True or opt_in is False):
                raise DecodeError("boolean", opt_in, "optIn")
        else:
            opt_in = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.q = q
        _instance.attributes = attributes
        _instance.list_ = list_
        _instance.valid = valid
        _instance.invalid = invalid
        _instance.blocked = blocked
        _instance.unblocked = unblocked
        _instance.opt_in = opt_in
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 8:
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
from ..models.attribute_condition import AttributeCondition  # noqa: E402

ListFilter.__tolerant__ = _tolerant.TolerantModel(
    ListFilter,
    (
        _tolerant.Field("q", "q", _tolerant.string(), required=False),
        _tolerant.Field(
            "attributes", "attributes", _tolerant.array(_tolerant.model(AttributeCondition)), required=False
        ),
        _tolerant.Field("list", "list_", _tolerant.string(), required=False),
        _tolerant.Field("valid", "valid", _tolerant.boolean(), required=False),
        _tolerant.Field("invalid", "invalid", _tolerant.boolean(), required=False),
        _tolerant.Field("blocked", "blocked", _tolerant.boolean(), required=False),
        _tolerant.Field("unblocked", "unblocked", _tolerant.boolean(), required=False),
        _tolerant.Field("optIn", "opt_in", _tolerant.boolean(), required=False),
    ),
    additional=None,
)

_AttributeCondition_from_dict = AttributeCondition.from_dict
