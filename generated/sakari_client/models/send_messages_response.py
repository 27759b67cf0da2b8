from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SendMessagesResponse(Model, AdditionalProperties[Any]):
    """The answer to a send. Unlike every other answer in Sakari's description it has no
    `success` field; only `data` is documented.

        Example:
            {'data': {'messages': [{'id': 'm-1', 'message': 'Congratulations! You just sent your first message', 'outgoing':
                True, 'status': 'queued'}], 'jobId': 'job-1', 'queued': 1, 'estimatedPrice': 0.0075}}

        Attributes:
            data (SendMessagesResult | Unset): What a send created. Example: {'messages': [{'id': 'm-1', 'contact': {'id':
                'c-1', 'firstName': 'Chris'}, 'conversation': {'id': 'conv-1'}, 'message': 'Congratulations! You just sent your
                first message', 'outgoing': True, 'status': 'queued'}], 'jobId': 'job-1', 'queued': 1, 'estimatedPrice':
                0.0075}.
    """

    data: SendMessagesResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.send_messages_result import SendMessagesResult  # noqa: E402

SendMessagesResponse.__tolerant__ = _tolerant.TolerantModel(
    SendMessagesResponse,
    (_tolerant.Field("data", "data", _tolerant.model(SendMessagesResult), required=False),),
    additional=None,
)
