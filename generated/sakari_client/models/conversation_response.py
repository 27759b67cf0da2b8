from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ConversationResponse(Model, AdditionalProperties[Any]):
    """One conversation.

    Example:
        {'success': True, 'data': {'id': 'conv-1', 'closed': True}}

    Attributes:
        success (bool | Unset):
        data (Conversation | Unset): The thread of messages between the account and one contact. Example: {'id':
            'conv-1', 'contact': {'id': 'c-1', 'firstName': 'Chris'}, 'closed': False, 'lastMessage': {'id': 'm-1',
            'message': 'Hi Chris', 'outgoing': True, 'status': 'sent'}, 'phoneNumber': {'country': 'US', 'number':
            '+15550100', 'active': True}, 'unread': [], 'created': {'at': '2023-11-07T05:31:56Z'}, 'updated': {'at':
            '2023-11-07T05:31:56Z'}}.
    """

    success: bool | Unset = UNSET
    data: Conversation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.conversation import Conversation  # noqa: E402

ConversationResponse.__tolerant__ = _tolerant.TolerantModel(
    ConversationResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Conversation), required=False),
    ),
    additional=None,
)
