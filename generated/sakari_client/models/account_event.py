from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.event_type import EventType
from ..types import UNSET, Unset


@_attrs_define
class AccountEvent(Model, AdditionalProperties[Any]):
    """A delivery about the account, such as its balance.

    Example:
        {'eventId': 'ev-3', 'type': 'account', 'accountId': 'acct-1', 'data': {'balance': 12.5}}

    Attributes:
        event_id (str | Unset):
        type_ (EventType | Unset): The `type` of a delivered event, as Sakari's description names it (camelCase, unlike
            the
            hyphenated subscription names of `WebhookEventName`).
             Example: messageStatus.
        account_id (str | Unset):
        data (AccountEventPayload | Unset): What an account event carries. Example: {'balance': 12.5}.
    """

    event_id: str | Unset = UNSET
    type_: EventType | Unset = UNSET
    account_id: str | Unset = UNSET
    data: AccountEventPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.account_event_payload import AccountEventPayload  # noqa: E402

AccountEvent.__tolerant__ = _tolerant.TolerantModel(
    AccountEvent,
    (
        _tolerant.Field("eventId", "event_id", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.enum(EventType), required=False),
        _tolerant.Field("accountId", "account_id", _tolerant.string(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(AccountEventPayload), required=False),
    ),
    additional=None,
)
