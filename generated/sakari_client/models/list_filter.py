from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFilter")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ListFilter(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.q is not UNSET:
            field_dict["q"] = self.q
        if self.attributes is not UNSET:
            field_dict["attributes"] = (
                [item.to_dict() if isinstance(item, AttributeCondition) else item for item in self.attributes]
                if isinstance(self.attributes, list)
                else self.attributes
            )
        if self.list_ is not UNSET:
            field_dict["list"] = self.list_
        if self.valid is not UNSET:
            field_dict["valid"] = self.valid
        if self.invalid is not UNSET:
            field_dict["invalid"] = self.invalid
        if self.blocked is not UNSET:
            field_dict["blocked"] = self.blocked
        if self.unblocked is not UNSET:
            field_dict["unblocked"] = self.unblocked
        if self.opt_in is not UNSET:
            field_dict["optIn"] = self.opt_in
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
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
        if (q := src_dict.get("q", UNSET)) is UNSET:
            _absent += 1
        elif not (q.__class__ is str or isinstance(q, str)):
            raise DecodeError("string", q, "q")
        if (attributes := src_dict.get("attributes", UNSET)) is UNSET:
            _absent += 1
        elif attributes.__class__ is not list and not isinstance(attributes, list):
            raise DecodeError("array", attributes, "attributes")
        else:
            try:
                attributes = [_AttributeCondition_from_dict(item) for item in attributes]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within(
                    "attributes", _decode.first_failure(_AttributeCondition_from_dict, attributes)
                ) from None
        if (list_ := src_dict.get("list", UNSET)) is UNSET:
            _absent += 1
        elif not (list_.__class__ is str or isinstance(list_, str)):
            raise DecodeError("string", list_, "list")
        if (valid := src_dict.get("valid", UNSET)) is UNSET:
            _absent += 1
        elif not (valid is True or valid is False):
            raise DecodeError("boolean", valid, "valid")
        if (invalid := src_dict.get("invalid", UNSET)) is UNSET:
            _absent += 1
        elif not (invalid is True or invalid is False):
            raise DecodeError("boolean", invalid, "invalid")
        if (blocked := src_dict.get("blocked", UNSET)) is UNSET:
            _absent += 1
        elif not (blocked is True or blocked is False):
            raise DecodeError("boolean", blocked, "blocked")
        if (unblocked := src_dict.get("unblocked", UNSET)) is UNSET:
            _absent += 1
        elif not (unblocked is True or unblocked is False):
            raise DecodeError("boolean", unblocked, "unblocked")
        if (opt_in := src_dict.get("optIn", UNSET)) is UNSET:
            _absent += 1
        elif not (opt_in is True or opt_in is False):
            raise DecodeError("boolean", opt_in, "optIn")
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = ListFilter.__tolerant__.names
_AttributeCondition_from_dict = AttributeCondition.from_dict
