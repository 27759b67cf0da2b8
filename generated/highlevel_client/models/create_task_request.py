from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "title",
        "dueDate",
        "completed",
        "body",
        "assignedTo",
    }
)


@_attrs_define
class CreateTaskRequest:
    """A new task.

    Example:
        {'title': 'Send the quote', 'body': 'Price list for 20 seats', 'dueDate': '2020-10-25T11:00:00Z', 'completed':
            False, 'assignedTo': 'hxHGVRb1YJUscrCB8eXK'}

    Attributes:
        title (str):
        due_date (str): When the task is due (ISO 8601), such as `2020-10-25T11:00:00Z`.
        completed (bool):
        body_text (str | Unset):
        assigned_to (str | Unset): Identifier of the user the task is for.
    """

    title: str
    due_date: str
    completed: bool
    body_text: str | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body_text = self.body_text

        due_date = self.due_date

        completed = self.completed

        assigned_to = self.assigned_to

        field_dict: dict[str, Any] = {}
        if not isinstance(title, Unset):
            field_dict["title"] = title
        if body_text is not UNSET:
            field_dict["body"] = body_text
        if not isinstance(due_date, Unset):
            field_dict["dueDate"] = due_date
        if not isinstance(completed, Unset):
            field_dict["completed"] = completed
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
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
            title = src_dict["title"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "title") from None
        if not (title.__class__ is str or isinstance(title, str)):
            raise DecodeError("string", title, "title")

        try:
            due_date = src_dict["dueDate"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "dueDate") from None
        if not (due_date.__class__ is str or isinstance(due_date, str)):
            raise DecodeError("string", due_date, "dueDate")

        try:
            completed = src_dict["completed"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "completed") from None
        if not (completed is True or completed is False):
            raise DecodeError("boolean", completed, "completed")

        if "body" in src_dict:
            body_text = src_dict["body"]
            if not (body_text.__class__ is str or isinstance(body_text, str)):
                raise DecodeError("string", body_text, "body")
        else:
            body_text = UNSET
            _absent += 1

        if "assignedTo" in src_dict:
            assigned_to = src_dict["assignedTo"]
            if not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
                raise DecodeError("string", assigned_to, "assignedTo")
        else:
            assigned_to = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.title = title
        _instance.due_date = due_date
        _instance.completed = completed
        _instance.body_text = body_text
        _instance.assigned_to = assigned_to
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
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


CreateTaskRequest.__tolerant__ = _tolerant.TolerantModel(
    CreateTaskRequest,
    (
        _tolerant.Field("title", "title", _tolerant.string(), required=True),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=True),
        _tolerant.Field("completed", "completed", _tolerant.boolean(), required=True),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
    ),
    additional=None,
)
