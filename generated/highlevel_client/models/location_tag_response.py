from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class LocationTagResponse(Model, AdditionalProperties[Any]):
    """One tag.

    Example:
        {'tag': {'id': 'flGwEuzsfJOia1i1ikRN', 'name': 'customer', 'locationId': 've9EPM428h8vShlRW1KT'}}

    Attributes:
        tag (LocationTag): A tag defined in a location. Example: {'id': 'flGwEuzsfJOia1i1ikRN', 'name': 'customer',
            'locationId': 've9EPM428h8vShlRW1KT'}.
    """

    tag: LocationTag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.location_tag import LocationTag  # noqa: E402

LocationTagResponse.__tolerant__ = _tolerant.TolerantModel(
    LocationTagResponse,
    (_tolerant.Field("tag", "tag", _tolerant.model(LocationTag), required=True),),
    additional=None,
)
