from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Note")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "body",
        "userId",
        "dateAdded",
        "contactId",
        "title",
        "color",
        "pinned",
    }
)


@_attrs_define
class Note:
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
        id = self.id

        body = self.body

        user_id = self.user_id

        date_added = self.date_added

        contact_id = self.contact_id

        title = self.title

        color = self.color

        pinned = self.pinned

        field_dict: dict[str, Any] = {}
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if body is not UNSET:
            field_dict["body"] = body
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if title is not UNSET:
            field_dict["title"] = title
        if color is not UNSET:
            field_dict["color"] = color
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
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
            id = src_dict["id"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "id") from None
        if not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")

        if "body" in src_dict:
            body = src_dict["body"]
            if not (body.__class__ is str or isinstance(body, str)):
                raise DecodeError("string", body, "body")
        else:
            body = UNSET
            _absent += 1

        if "userId" in src_dict:
            user_id = src_dict["userId"]
            if not (user_id.__class__ is str or isinstance(user_id, str)):
                raise DecodeError("string", user_id, "userId")
        else:
            user_id = UNSET
            _absent += 1

        if "dateAdded" in src_dict:
            date_added = src_dict["dateAdded"]
            if not (date_added.__class__ is str or isinstance(date_added, str)):
                raise DecodeError("string", date_added, "dateAdded")
        else:
            date_added = UNSET
            _absent += 1

        if "contactId" in src_dict:
            contact_id = src_dict["contactId"]
            if not (contact_id.__class__ is str or isinstance(contact_id, str)):
                raise DecodeError("string", contact_id, "contactId")
        else:
            contact_id = UNSET
            _absent += 1

        if "title" in src_dict:
            title = src_dict["title"]
            if not (title.__class__ is str or isinstance(title, str)):
                raise DecodeError("string", title, "title")
        else:
            title = UNSET
            _absent += 1

        if "color" in src_dict:
            color = src_dict["color"]
            if not (color.__class__ is str or isinstance(color, str)):
                raise DecodeError("string", color, "color")
        else:
            color = UNSET
            _absent += 1

        if "pinned" in src_dict:
            pinned = src_dict["pinned"]
            if not (pinned is True or pinned is False):
                raise DecodeError("boolean", pinned, "pinned")
        else:
            pinned = UNSET
            _absent += 1

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
