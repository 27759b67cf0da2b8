from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaskRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class UpdateTaskRequest(AdditionalProperties[Any]):
    """The fields of a task to change.

    Example:
        {'dueDate': '2020-10-26T11:00:00Z'}

    Attributes:
        title (str | Unset):
        body_text (str | Unset):
        due_date (str | Unset): When the task is due (ISO 8601).
        completed (bool | Unset):
        assigned_to (str | Unset):
    """

    title: str | Unset = UNSET
    body_text: str | Unset = UNSET
    due_date: str | Unset = UNSET
    completed: bool | Unset = UNSET
    assigned_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.body_text is not UNSET:
            field_dict["body"] = self.body_text
        if self.due_date is not UNSET:
            field_dict["dueDate"] = self.due_date
        if self.completed is not UNSET:
            field_dict["completed"] = self.completed
        if self.assigned_to is not UNSET:
            field_dict["assignedTo"] = self.assigned_to
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
        if (title := src_dict.get("title", UNSET)) is UNSET:
            _absent += 1
        elif not (title.__class__ is str or isinstance(title, str)):
            raise DecodeError("string", title, "title")
        if (body_text := src_dict.get("body", UNSET)) is UNSET:
            _absent += 1
        elif not (body_text.__class__ is str or isinstance(body_text, str)):
            raise DecodeError("string", body_text, "body")
        if (due_date := src_dict.get("dueDate", UNSET)) is UNSET:
            _absent += 1
        elif not (due_date.__class__ is str or isinstance(due_date, str)):
            raise DecodeError("string", due_date, "dueDate")
        if (completed := src_dict.get("completed", UNSET)) is UNSET:
            _absent += 1
        elif not (completed is True or completed is False):
            raise DecodeError("boolean", completed, "completed")
        if (assigned_to := src_dict.get("assignedTo", UNSET)) is UNSET:
            _absent += 1
        elif not (assigned_to.__class__ is str or isinstance(assigned_to, str)):
            raise DecodeError("string", assigned_to, "assignedTo")
        _instance = _new(cls)
        _instance.title = title
        _instance.body_text = body_text
        _instance.due_date = due_date
        _instance.completed = completed
        _instance.assigned_to = assigned_to
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


UpdateTaskRequest.__tolerant__ = _tolerant.TolerantModel(
    UpdateTaskRequest,
    (
        _tolerant.Field("title", "title", _tolerant.string(), required=False),
        _tolerant.Field("body", "body_text", _tolerant.string(), required=False),
        _tolerant.Field("dueDate", "due_date", _tolerant.string(), required=False),
        _tolerant.Field("completed", "completed", _tolerant.boolean(), required=False),
        _tolerant.Field("assignedTo", "assigned_to", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = UpdateTaskRequest.__tolerant__.names
