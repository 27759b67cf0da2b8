from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Tag(Model, AdditionalProperties[Any]):
    """A tag on a contact (from Sakari's own OpenAPI description).

    Example:
        {'tag': 'vip', 'visible': True}

    Attributes:
        tag (str | Unset):
        visible (bool | Unset):
    """

    tag: str | Unset = UNSET
    visible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Tag.__tolerant__ = _tolerant.TolerantModel(
    Tag,
    (
        _tolerant.Field("tag", "tag", _tolerant.string(), required=False),
        _tolerant.Field("visible", "visible", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
