from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "url",
        "callbackUrl",
        "eventTypes",
    }
)


@_attrs_define
class WebhookRequest:
    """A subscription request. Sakari's description defines `url` but requires `callbackUrl`
    (see `subscribeWebhook`); both are here, neither required. Event types are plain strings
    in the request; the answer lists them with the `WebhookEventName` values.

        Example:
            {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-received', 'message-status']}

        Attributes:
            url (str | Unset): Where events are posted.
            callback_url (str | Unset): The name the description's `required` list and callback use for `url`.
            event_types (list[str] | Unset):
    """

    url: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    event_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        callback_url = self.callback_url

        event_types: Any = self.event_types

        field_dict: dict[str, Any] = {}
        if url is not UNSET:
            field_dict["url"] = url
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if event_types is not UNSET:
            field_dict["eventTypes"] = event_types
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
        if "url" in src_dict:
            url = src_dict["url"]
            if not (url.__class__ is str or isinstance(url, str)):
                raise DecodeError("string", url, "url")
        else:
            url = UNSET
            _absent += 1

        if "callbackUrl" in src_dict:
            callback_url = src_dict["callbackUrl"]
            if not (callback_url.__class__ is str or isinstance(callback_url, str)):
                raise DecodeError("string", callback_url, "callbackUrl")
        else:
            callback_url = UNSET
            _absent += 1

        if "eventTypes" in src_dict:
            event_types = src_dict["eventTypes"]
            if not isinstance(event_types, list):
                raise DecodeError("array", event_types, "eventTypes")
            try:
                for event_types_item in event_types:
                    if not (event_types_item.__class__ is str or isinstance(event_types_item, str)):
                        event_types_index = next(
                            place for place, other in enumerate(event_types) if other is event_types_item
                        )
                        raise DecodeError("string", event_types_item, event_types_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "eventTypes")
                raise
        else:
            event_types = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.url = url
        _instance.callback_url = callback_url
        _instance.event_types = event_types
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
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


WebhookRequest.__tolerant__ = _tolerant.TolerantModel(
    WebhookRequest,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=False),
        _tolerant.Field("callbackUrl", "callback_url", _tolerant.string(), required=False),
        _tolerant.Field("eventTypes", "event_types", _tolerant.array(_tolerant.string()), required=False),
    ),
    additional=None,
)
