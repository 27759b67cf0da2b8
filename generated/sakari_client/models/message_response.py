from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class MessageResponse(Model, AdditionalProperties[Any]):
    """One message.

    Example:
        {'success': True, 'data': {'id': 'm-1', 'message': 'Hi Chris', 'outgoing': True, 'status': 'delivered'}}

    Attributes:
        success (bool | Unset):
        data (Message | Unset): One message, sent or received. Example: {'id': 'm-1', 'contact': {'id': 'c-1',
            'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country': 'US', 'number': '+1234567890'}},
            'conversation': {'id': 'conv-1'}, 'message': 'Hi Chris, Welcome to Sakari!', 'template': 'Hi {{ firstName }},
            Welcome to Sakari!', 'outgoing': True, 'phoneNumber': '+15550100', 'price': 0.0075, 'segments': 1, 'read':
            False, 'status': 'delivered', 'media': [], 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': 'user-1',
            'firstName': 'Joe', 'lastName': 'Bloggs'}}, 'updated': {'at': '2023-11-07T05:32:10Z', 'by': {'id': 'user-1'}}}.
    """

    success: bool | Unset = UNSET
    data: Message | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.message import Message  # noqa: E402

MessageResponse.__tolerant__ = _tolerant.TolerantModel(
    MessageResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Message), required=False),
    ),
    additional=None,
)
