from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CreateNoteRequest(Model, AdditionalProperties[Any]):
    """A new note; only its text is required.

    Example:
        {'body': 'Called back, wants a quote', 'title': 'Call summary', 'pinned': True}

    Attributes:
        body_text (str): The text of the note.
        user_id (str | Unset): Identifier of the user writing the note.
        title (str | Unset):
        color (str | Unset): Colour of the note, as a hex code such as `#FFAA00`.
        pinned (bool | Unset):
    """

    body_text: str
    user_id: str | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CreateNoteRequest.__tolerant__ = _tolerant.TolerantModel(
    CreateNoteRequest,
    (
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=False),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=True),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("color", "color", _tolerant.string(), required=False),
        _tolerant.Field("pinned", "pinned", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
