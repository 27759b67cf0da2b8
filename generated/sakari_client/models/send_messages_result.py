from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessagesResult")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "messages",
        "jobId",
        "queued",
        "estimatedPrice",
    }
)


@_attrs_define
class SendMessagesResult:
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
        messages: Any = self.messages
        if isinstance(self.messages, list):
            messages = []
            for messages_item_data in self.messages:
                messages_item: Any = messages_item_data
                if isinstance(messages_item_data, Message):
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

        job_id = self.job_id

        queued = self.queued

        estimated_price = self.estimated_price

        field_dict: dict[str, Any] = {}
        if messages is not UNSET:
            field_dict["messages"] = messages
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if queued is not UNSET:
            field_dict["queued"] = queued
        if estimated_price is not UNSET:
            field_dict["estimatedPrice"] = estimated_price
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
        if "messages" in src_dict:
            messages = src_dict["messages"]
            if not isinstance(messages, list):
                raise DecodeError("array", messages, "messages")
            messages_decoded: list[Any] = []
            try:
                for messages_item in messages:
                    messages_decoded.append(_Message_from_dict(messages_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("messages", len(messages_decoded))
                raise
            messages = messages_decoded
        else:
            messages = UNSET
            _absent += 1

        if "jobId" in src_dict:
            job_id = src_dict["jobId"]
            if not (job_id.__class__ is str or isinstance(job_id, str)):
                raise DecodeError("string", job_id, "jobId")
        else:
            job_id = UNSET
            _absent += 1

        if "queued" in src_dict:
            queued = src_dict["queued"]
            if not (queued.__class__ is int or (isinstance(queued, int) and not isinstance(queued, bool))):
                raise DecodeError("integer", queued, "queued")
        else:
            queued = UNSET
            _absent += 1

        if "estimatedPrice" in src_dict:
            estimated_price = src_dict["estimatedPrice"]
            if not (isinstance(estimated_price, (int, float)) and not isinstance(estimated_price, bool)):
                raise DecodeError("number", estimated_price, "estimatedPrice")
        else:
            estimated_price = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.messages = messages
        _instance.job_id = job_id
        _instance.queued = queued
        _instance.estimated_price = estimated_price
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

_Message_from_dict = Message.from_dict
