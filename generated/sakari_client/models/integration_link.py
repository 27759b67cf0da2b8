from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class IntegrationLink(Model, AdditionalProperties[Any]):
    """The identifier of the contact in a connected CRM.

    Example:
        {'id': 123}

    Attributes:
        id (int | Unset):
    """

    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


IntegrationLink.__tolerant__ = _tolerant.TolerantModel(
    IntegrationLink,
    (_tolerant.Field("id", "id", _tolerant.integer(), required=False),),
    additional=None,
)
