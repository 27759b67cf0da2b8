from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageIncomingEvent")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "eventId",
        "type",
        "accountId",
        "data",
    }
)


@_attrs_define
class MessageIncomingEvent:
    """A delivery: a contact sent the account a message.

    Example:
        {'eventId': 'ev-2', 'type': 'messageIncoming', 'accountId': 'acct-1', 'data': {'contact': {'id': 'c-1',
            'mobile': {'number': '+1234567890'}}, 'message': 'STOP'}}

    Attributes:
        event_id (str | Unset):
        type_ (EventType | Unset): The `type` of a delivered event, as Sakari's description names it (camelCase, unlike
            the
            hyphenated subscription names of `WebhookEventName`).
             Example: messageStatus.
        account_id (str | Unset):
        data (MessageEventPayload | Unset): What a message event carries. `error` is a string here, not the `{code,
            description}`
            object of a message's `error`.
             Example: {'contact': {'id': 'c-1', 'firstName': 'Chris', 'mobile': {'number': '+1234567890'}}, 'message': 'Hi
            Chris', 'status': 'delivered'}.
    """

    event_id: str | Unset = UNSET
    type_: EventType | Unset = UNSET
    account_id: str | Unset = UNSET
    data: MessageEventPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_: Any = self.type_
        if isinstance(self.type_, EventType):
            type_ = self.type_.value

        account_id = self.account_id

        data: Any = self.data
        if isinstance(self.data, MessageEventPayload):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if data is not UNSET:
            field_dict["data"] = data
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
        if "eventId" in src_dict:
            event_id = src_dict["eventId"]
            if not (event_id.__class__ is str or isinstance(event_id, str)):
                raise DecodeError("string", event_id, "eventId")
        else:
            event_id = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            try:
                type_ = EventType(type_)
            except ValueError:
                raise DecodeError(
                    "one of 'account', 'messageStatus', 'messageIncoming'",
                    MALFORMED if (type_.__class__ is str or isinstance(type_, str)) else type_,
                    "type",
                ) from None
        else:
            type_ = UNSET
            _absent += 1

        if "accountId" in src_dict:
            account_id = src_dict["accountId"]
            if not (account_id.__class__ is str or isinstance(account_id, str)):
                raise DecodeError("string", account_id, "accountId")
        else:
            account_id = UNSET
            _absent += 1

        if "data" in src_dict:
            data = src_dict["data"]
            try:
                data = _MessageEventPayload_from_dict(data)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "data")
                raise
        else:
            data = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.event_id = event_id
        _instance.type_ = type_
        _instance.account_id = account_id
        _instance.data = data
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
from ..models.message_event_payload import MessageEventPayload  # noqa: E402

MessageIncomingEvent.__tolerant__ = _tolerant.TolerantModel(
    MessageIncomingEvent,
    (
        _tolerant.Field("eventId", "event_id", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(EventType), required=False),
        _tolerant.Field("accountId", "account_id", _tolerant.string(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(MessageEventPayload), required=False),
    ),
    additional=None,
)

_MessageEventPayload_from_dict = MessageEventPayload.from_dict
