from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageEventPayload")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "contact",
        "message",
        "status",
        "error",
    }
)


@_attrs_define
class MessageEventPayload:
    """What a message event carries. `error` is a string here, not the `{code, description}`
    object of a message's `error`.

        Example:
            {'contact': {'id': 'c-1', 'firstName': 'Chris', 'mobile': {'number': '+1234567890'}}, 'message': 'Hi Chris',
                'status': 'delivered'}

        Attributes:
            contact (ContactIdentifiers | Unset): What identifies a contact inside a message or a conversation. Example:
                {'id': 'c-1', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
                'US', 'number': '123-456-7890'}}.
            message (str | Unset):
            status (str | Unset):
            error (str | Unset):
    """

    contact: ContactIdentifiers | Unset = UNSET
    message: str | Unset = UNSET
    status: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        contact: Any = self.contact
        if isinstance(self.contact, ContactIdentifiers):
            contact = self.contact.to_dict()

        message = self.message

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        if contact is not UNSET:
            field_dict["contact"] = contact
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
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
        if "contact" in src_dict:
            contact = src_dict["contact"]
            try:
                contact = _ContactIdentifiers_from_dict(contact)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "contact")
                raise
        else:
            contact = UNSET
            _absent += 1

        if "message" in src_dict:
            message = src_dict["message"]
            if not (message.__class__ is str or isinstance(message, str)):
                raise DecodeError("string", message, "message")
        else:
            message = UNSET
            _absent += 1

        if "status" in src_dict:
            status = src_dict["status"]
            if not (status.__class__ is str or isinstance(status, str)):
                raise DecodeError("string", status, "status")
        else:
            status = UNSET
            _absent += 1

        if "error" in src_dict:
            error = src_dict["error"]
            if not (error.__class__ is str or isinstance(error, str)):
                raise DecodeError("string", error, "error")
        else:
            error = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.contact = contact
        _instance.message = message
        _instance.status = status
        _instance.error = error
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
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
from ..models.contact_identifiers import ContactIdentifiers  # noqa: E402

MessageEventPayload.__tolerant__ = _tolerant.TolerantModel(
    MessageEventPayload,
    (
        _tolerant.Field("contact", "contact", _tolerant.model(ContactIdentifiers), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
        _tolerant.Field("status", "status", _tolerant.string(), required=False),
        _tolerant.Field("error", "error", _tolerant.string(), required=False),
    ),
    additional=None,
)

_ContactIdentifiers_from_dict = ContactIdentifiers.from_dict
