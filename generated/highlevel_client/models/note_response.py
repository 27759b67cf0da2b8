from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import Unset

T = TypeVar("T", bound="NoteResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "note",
    }
)


@_attrs_define
class NoteResponse:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        note: Any = self.note
        if isinstance(self.note, Note):
            note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        if not isinstance(note, Unset):
            field_dict["note"] = note
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        try:
            note = src_dict["note"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "note") from None
        try:
            note = _Note_from_dict(note)
        except DecodeError as _decode_error:
            _decode_error.path.insert(0, "note")
            raise

        _instance = _new(cls)
        _instance.note = note
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 1:
            _instance.additional_properties = {}
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.note import Note  # noqa: E402

NoteResponse.__tolerant__ = _tolerant.TolerantModel(
    NoteResponse,
    (_tolerant.Field("note", "note", _tolerant.model(Note), required=True),),
    additional=None,
)

_Note_from_dict = Note.from_dict
