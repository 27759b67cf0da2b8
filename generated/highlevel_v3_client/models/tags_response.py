from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class TagsResponse(Model, AdditionalProperties[Any]):
    """The tags of the contact after the change.

    Example:
        {'tags': ['minim', 'velit magna']}

    Attributes:
        tags (list[str] | Unset):
    """

    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TagsResponse.__tolerant__ = _tolerant.TolerantModel(
    TagsResponse,
    (_tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=False),),
    additional=None,
)
