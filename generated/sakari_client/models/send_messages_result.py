from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SendMessagesResult(Model, AdditionalProperties[Any]):
    """What a send created.

    Example:
        {'messages': [{'id': 'm-1', 'contact': {'id': 'c-1', 'firstName': 'Chris'}, 'conversation': {'id': 'conv-1'},
            'message': 'Congratulations! You just sent your first message', 'outgoing': True, 'status': 'queued'}], 'jobId':
            'job-1', 'queued': 1, 'estimatedPrice': 0.0075}

    Attributes:
        messages (list[Message] | Unset):
        job_id (str | Unset): Identifier of the sending job.
        queued (int | Unset): Number of messages queued.
        estimated_price (float | Unset):
    """

    messages: list[Message] | Unset = UNSET
    job_id: str | Unset = UNSET
    queued: int | Unset = UNSET
    estimated_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.message import Message  # noqa: E402

SendMessagesResult.__tolerant__ = _tolerant.TolerantModel(
    SendMessagesResult,
    (
        _tolerant.Field("messages", "messages", _tolerant.array(_tolerant.model(Message)), required=False),
        _tolerant.Field("jobId", "job_id", _tolerant.string(), required=False),
        _tolerant.Field("queued", "queued", _tolerant.integer(), required=False),
        _tolerant.Field("estimatedPrice", "estimated_price", _tolerant.number(), required=False),
    ),
    additional=None,
)
