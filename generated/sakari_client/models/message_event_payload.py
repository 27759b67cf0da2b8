from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class MessageEventPayload(Model, AdditionalProperties[Any]):
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
