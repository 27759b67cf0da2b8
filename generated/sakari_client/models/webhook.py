from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "url",
        "eventTypes",
    }
)


@_attrs_define
class Webhook:
    """A webhook subscription.

    Example:
        {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-received']}

    Attributes:
        url (str | Unset):
        event_types (list[WebhookEventName] | Unset):
    """

    url: str | Unset = UNSET
    event_types: list[WebhookEventName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types: Any = self.event_types
        if isinstance(self.event_types, list):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item: Any = event_types_item_data
                if isinstance(event_types_item_data, WebhookEventName):
                    event_types_item = event_types_item_data.value

                event_types.append(event_types_item)

        field_dict: dict[str, Any] = {}
        if url is not UNSET:
            field_dict["url"] = url
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

        if "eventTypes" in src_dict:
            event_types = src_dict["eventTypes"]
            if not isinstance(event_types, list):
                raise DecodeError("array", event_types, "eventTypes")
            try:
                event_types_decoded: list[Any] = []
                for event_types_index, event_types_item in enumerate(event_types):
                    try:
                        event_types_item = WebhookEventName(event_types_item)
                    except ValueError:
                        raise DecodeError(
                            "one of 'message-received', 'message-status', 'message-sent', 'conversation-closed', 'contact-created', 'contact-updated', 'contact-removed'",
                            MALFORMED
                            if (event_types_item.__class__ is str or isinstance(event_types_item, str))
                            else event_types_item,
                            event_types_index,
                        ) from None

                    event_types_decoded.append(event_types_item)
                event_types = event_types_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "eventTypes")
                raise
        else:
            event_types = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.url = url
        _instance.event_types = event_types
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
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


Webhook.__tolerant__ = _tolerant.TolerantModel(
    Webhook,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=False),
        _tolerant.Field("eventTypes", "event_types", _tolerant.array(_tolerant.enum(WebhookEventName)), required=False),
    ),
    additional=None,
)
