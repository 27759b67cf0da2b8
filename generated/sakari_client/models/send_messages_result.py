from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessagesResult")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class SendMessagesResult(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.messages is not UNSET:
            field_dict["messages"] = (
                [item.to_dict() if isinstance(item, Message) else item for item in self.messages]
                if isinstance(self.messages, list)
                else self.messages
            )
        if self.job_id is not UNSET:
            field_dict["jobId"] = self.job_id
        if self.queued is not UNSET:
            field_dict["queued"] = self.queued
        if self.estimated_price is not UNSET:
            field_dict["estimatedPrice"] = self.estimated_price
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
        if (messages := src_dict.get("messages", UNSET)) is UNSET:
            _absent += 1
        elif messages.__class__ is not list and not isinstance(messages, list):
            raise DecodeError("array", messages, "messages")
        else:
            try:
                messages = [_Message_from_dict(item) for item in messages]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("messages", _decode.first_failure(_Message_from_dict, messages)) from None
        if (job_id := src_dict.get("jobId", UNSET)) is UNSET:
            _absent += 1
        elif not (job_id.__class__ is str or isinstance(job_id, str)):
            raise DecodeError("string", job_id, "jobId")
        if (queued := src_dict.get("queued", UNSET)) is UNSET:
            _absent += 1
        elif not (queued.__class__ is int or (isinstance(queued, int) and not isinstance(queued, bool))):
            raise DecodeError("integer", queued, "queued")
        if (estimated_price := src_dict.get("estimatedPrice", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(estimated_price, (int, float)) and not isinstance(estimated_price, bool)):
            raise DecodeError("number", estimated_price, "estimatedPrice")
        _instance = _new(cls)
        _instance.messages = messages
        _instance.job_id = job_id
        _instance.queued = queued
        _instance.estimated_price = estimated_price
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = SendMessagesResult.__tolerant__.names
_Message_from_dict = Message.from_dict
