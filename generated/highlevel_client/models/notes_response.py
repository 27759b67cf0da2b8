from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotesResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "notes",
    }
)


@_attrs_define
class NotesResponse:
    """The notes of a contact.

    Example:
        {'notes': [{'id': 'HGPcayliwcdoUFzvbTok', 'body': 'Called back, wants a quote', 'contactId':
            'seD4PfOuKoVMLkEZqohJ'}]}

    Attributes:
        notes (list[Note] | Unset):
    """

    notes: list[Note] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        notes: Any = self.notes
        if isinstance(self.notes, list):
            notes = []
            for notes_item_data in self.notes:
                notes_item: Any = notes_item_data
                if isinstance(notes_item_data, Note):
                    notes_item = notes_item_data.to_dict()

                notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        if notes is not UNSET:
            field_dict["notes"] = notes
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
        if "notes" in src_dict:
            notes = src_dict["notes"]
            if not isinstance(notes, list):
                raise DecodeError("array", notes, "notes")
            notes_decoded: list[Any] = []
            try:
                for notes_item in notes:
                    notes_decoded.append(_Note_from_dict(notes_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("notes", len(notes_decoded))
                raise
            notes = notes_decoded
        else:
            notes = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.notes = notes
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

NotesResponse.__tolerant__ = _tolerant.TolerantModel(
    NotesResponse,
    (_tolerant.Field("notes", "notes", _tolerant.array(_tolerant.model(Note)), required=False),),
    additional=None,
)

_Note_from_dict = Note.from_dict
