from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class NoteResponse(Model, AdditionalProperties[Any]):
    """One note.

    Example:
        {'note': {'id': 'HGPcayliwcdoUFzvbTok', 'body': 'Called back, wants a quote', 'contactId':
            'seD4PfOuKoVMLkEZqohJ'}}

    Attributes:
        note (Note): A note written on a contact. Example: {'id': 'HGPcayliwcdoUFzvbTok', 'body': 'Called back, wants a
            quote', 'userId': 'TUcmRxWrjqzJS8EjkxNK', 'dateAdded': '2021-07-08T12:02:11.285Z', 'contactId':
            'seD4PfOuKoVMLkEZqohJ', 'title': 'Call summary', 'color': '#FFAA00', 'pinned': False}.
    """

    note: Note
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.note import Note  # noqa: E402

NoteResponse.__tolerant__ = _tolerant.TolerantModel(
    NoteResponse,
    (_tolerant.Field("note", "note", _tolerant.model(Note), required=True),),
    additional=None,
)
