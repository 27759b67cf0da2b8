from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class LocationTagRequest(Model, AdditionalProperties[Any]):
    """The name of a tag to create, or the new name of one.

    Example:
        {'name': 'customer'}

    Attributes:
        name (str):
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


LocationTagRequest.__tolerant__ = _tolerant.TolerantModel(
    LocationTagRequest,
    (_tolerant.Field("name", "name", _tolerant.string(), required=True),),
    additional=None,
)
