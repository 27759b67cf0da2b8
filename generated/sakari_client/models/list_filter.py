from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ListFilter(Model, AdditionalProperties[Any]):
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
