from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ConversationRef(Model, AdditionalProperties[Any]):
    """The conversation a message belongs to.

    Example:
        {'id': 'conv-1'}

    Attributes:
        id (str | Unset):
    """

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


ConversationRef.__tolerant__ = _tolerant.TolerantModel(
    ConversationRef,
    (_tolerant.Field("id", "id", _tolerant.string(), required=False),),
    additional=None,
)
