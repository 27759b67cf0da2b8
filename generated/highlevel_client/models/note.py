from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Note")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Note(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if self.body is not UNSET:
            field_dict["body"] = self.body
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.date_added is not UNSET:
            field_dict["dateAdded"] = self.date_added
        if self.contact_id is not UNSET:
            field_dict["contactId"] = self.contact_id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.color is not UNSET:
            field_dict["color"] = self.color
        if self.pinned is not UNSET:
            field_dict["pinned"] = self.pinned
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "id")
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (body := src_dict.get("body", UNSET)) is UNSET:
            _absent += 1
        elif not (body.__class__ is str or isinstance(body, str)):
            raise DecodeError("string", body, "body")
        if (user_id := src_dict.get("userId", UNSET)) is UNSET:
            _absent += 1
        elif not (user_id.__class__ is str or isinstance(user_id, str)):
            raise DecodeError("string", user_id, "userId")
        if (date_added := src_dict.get("dateAdded", UNSET)) is UNSET:
            _absent += 1
        elif not (date_added.__class__ is str or isinstance(date_added, str)):
            raise DecodeError("string", date_added, "dateAdded")
        if (contact_id := src_dict.get("contactId", UNSET)) is UNSET:
            _absent += 1
        elif not (contact_id.__class__ is str or isinstance(contact_id, str)):
            raise DecodeError("string", contact_id, "contactId")
        if (title := src_dict.get("title", UNSET)) is UNSET:
            _absent += 1
        elif not (title.__class__ is str or isinstance(title, str)):
            raise DecodeError("string", title, "title")
        if (color := src_dict.get("color", UNSET)) is UNSET:
            _absent += 1
        elif not (color.__class__ is str or isinstance(color, str)):
            raise DecodeError("string", color, "color")
        if (pinned := src_dict.get("pinned", UNSET)) is UNSET:
            _absent += 1
        elif not (pinned is True or pinned is False):
            raise DecodeError("boolean", pinned, "pinned")
        _instance = _new(cls)
        _instance.id = id
        _instance.body = body
        _instance.user_id = user_id
        _instance.date_added = date_added
        _instance.contact_id = contact_id
        _instance.title = title
        _instance.color = color
        _instance.pinned = pinned
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 8:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Note.__tolerant__.names
