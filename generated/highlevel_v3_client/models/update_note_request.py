from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class UpdateNoteRequest(Model, AdditionalProperties[Any]):
    """The fields of a note to change.

    Example:
        {'body': 'Sent the quote', 'pinned': False}

    Attributes:
        user_id (str | Unset):
        body_text (str | Unset):
        title (str | Unset):
        color (str | Unset):
        pinned (bool | Unset):
    """

    user_id: str | Unset = UNSET
    body_text: str | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


UpdateNoteRequest.__tolerant__ = _tolerant.TolerantModel(
    UpdateNoteRequest,
    (
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=False),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("color", "color", _tolerant.string(), required=False),
        _tolerant.Field("pinned", "pinned", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
