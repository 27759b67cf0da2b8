from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Note(Model, AdditionalProperties[Any]):
    """A note written on a contact.

    Example:
        {'id': 'HGPcayliwcdoUFzvbTok', 'body': 'Called back, wants a quote', 'userId': 'TUcmRxWrjqzJS8EjkxNK',
            'dateAdded': '2021-07-08T12:02:11.285Z', 'contactId': 'seD4PfOuKoVMLkEZqohJ', 'title': 'Call summary', 'color':
            '#FFAA00', 'pinned': False}

    Attributes:
        id (str):
        body (str | Unset): The text of the note.
        user_id (str | Unset): Identifier of the user who wrote the note.
        date_added (str | Unset): When the note was written (ISO 8601).
        contact_id (str | Unset):
        title (str | Unset):
        color (str | Unset): Colour of the note, as a hex code such as `#FFAA00`.
        pinned (bool | Unset): Whether the note is pinned to the top of the contact's notes.
    """

    id: str
    body: str | Unset = UNSET
    user_id: str | Unset = UNSET
    date_added: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    title: str | Unset = UNSET
    color: str | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Note.__tolerant__ = _tolerant.TolerantModel(
    Note,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("userId", "user_id", _tolerant.string(), required=False),
        _tolerant.Field("dateAdded", "date_added", _tolerant.string(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("color", "color", _tolerant.string(), required=False),
        _tolerant.Field("pinned", "pinned", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
