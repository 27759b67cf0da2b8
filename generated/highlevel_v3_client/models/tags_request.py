from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class TagsRequest(Model, AdditionalProperties[Any]):
    """Tags to add or remove.

    Example:
        {'tags': ['minim', 'velit magna']}

    Attributes:
        tags (list[str]):
    """

    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


TagsRequest.__tolerant__ = _tolerant.TolerantModel(
    TagsRequest,
    (_tolerant.Field("tags", "tags", _tolerant.array(_tolerant.string()), required=True),),
    additional=None,
)
