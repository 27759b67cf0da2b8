from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class LocationTagsResponse(Model, AdditionalProperties[Any]):
    """The tags of a location.

    Example:
        {'tags': [{'id': 'flGwEuzsfJOia1i1ikRN', 'name': 'customer', 'locationId': 've9EPM428h8vShlRW1KT'}]}

    Attributes:
        tags (list[LocationTag] | Unset):
    """

    tags: list[LocationTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.location_tag import LocationTag  # noqa: E402

LocationTagsResponse.__tolerant__ = _tolerant.TolerantModel(
    LocationTagsResponse,
    (_tolerant.Field("tags", "tags", _tolerant.array(_tolerant.model(LocationTag)), required=False),),
    additional=None,
)
