from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactIdentifiers(Model, AdditionalProperties[Any]):
    """What identifies a contact inside a message or a conversation.

    Example:
        {'id': 'c-1', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
            'US', 'number': '123-456-7890'}}

    Attributes:
        id (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        mobile (Mobile | Unset): A contact's mobile number and what is known about it. Example: {'country': '<string>',
            'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile: Mobile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.mobile import Mobile  # noqa: E402

ContactIdentifiers.__tolerant__ = _tolerant.TolerantModel(
    ContactIdentifiers,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(), required=False),
        _tolerant.Field("mobile", "mobile", _tolerant.model(Mobile), required=False),
    ),
    additional=None,
)
