from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class NotesResponse(Model, AdditionalProperties[Any]):
    """The notes of a contact.

    Example:
        {'notes': [{'id': 'HGPcayliwcdoUFzvbTok', 'body': 'Called back, wants a quote', 'contactId':
            'seD4PfOuKoVMLkEZqohJ'}]}

    Attributes:
        notes (list[Note] | Unset):
    """

    notes: list[Note] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.note import Note  # noqa: E402

NotesResponse.__tolerant__ = _tolerant.TolerantModel(
    NotesResponse,
    (_tolerant.Field("notes", "notes", _tolerant.array(_tolerant.model(Note)), required=False),),
    additional=None,
)
