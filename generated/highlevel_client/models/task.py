from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "body",
        "assignedTo",
        "dueDate",
        "completed",
        "contactId",
    }
)


@_attrs_define
class Task:
    """A task about a contact, for a user to do by a date.

    Example:
        {'id': 'lJpzYrWdpkC2hX6t2yue', 'title': 'Send the quote', 'body': 'Price list for 20 seats', 'assignedTo':
            'hxHGVRb1YJUscrCB8eXK', 'dueDate': '2021-07-08T02:30:00.000Z', 'completed': False, 'contactId':
            'seD4PfOuKoVMLkEZqohJ'}

    Attributes:
        id (str):
        title (str | Unset):
        body (str | Unset): What is to be done, in words.
        assigned_to (str | Unset): Identifier of the user the task is for.
        due_date (str | Unset): When the task is due (ISO 8601).
        completed (bool | Unset):
        contact_id (str | Unset):
    """

    id: str
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    due_date: str | Unset = UNSET
    completed: bool | Unset = UNSET
    contact_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        body = self.body

        assigned_to = self.assigned_to

        due_date = self.due_date

        completed = self.completed

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if completed is not UNSET:
            field_dict["completed"] = completed
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
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

        if "title" in src_dict:
            title = src_dict["title"]
            if not (title.__class__ is str or isinstance(title, str)):
                raise DecodeError("string", title, "title")
        else:
            title = UNSET
            _absent += 1

        if "body" in src_dict:
            body = src_dict["body"]
            if not (body.__class__ is str or isinstance(body, str)):
                raise DecodeError("string", body, "body")
        else:
            body = UNSET
            _absent += 1

        if "assignedTo" in src_dict:
            assigned_to = src_dict["assignedTo"]
            if not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
                raise DecodeError("string", assigned_to, "assignedTo")
        else:
            assigned_to = UNSET
            _absent += 1

        if "dueDate" in src_dict:
            due_date = src_dict["dueDate"]
            if not (due_date.__class__ is str or isinstance(due_date, str)):
                raise DecodeError("string", due_date, "dueDate")
        else:
            due_date = UNSET
            _absent += 1

        if "completed" in src_dict:
            completed = src_dict["completed"]
            if not (completed is True or completed is False):
                raise DecodeError("boolean", completed, "completed")
        else:
            completed = UNSET
            _absent += 1

        if "contactId" in src_dict:
            contact_id = src_dict["contactId"]
            if not (contact_id.__class__ is str or isinstance(contact_id, str)):
                raise DecodeError("string", contact_id, "contactId")
        else:
            contact_id = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.title = title
        _instance.body = body
        _instance.assigned_to = assigned_to
        _instance.due_date = due_date
        _instance.completed = completed
        _instance.contact_id = contact_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
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


Task.__tolerant__ = _tolerant.TolerantModel(
    Task,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=True),
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("body", "body", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=False),
        _tolerant.Field("completed", "completed", _tolerant.boolean(), required=False),
        _tolerant.Field("contactId", "contact_id", _tolerant.string(), required=False),
    ),
    additional=None,
)
