from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class MessageResponse(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.data is not UNSET:
            field_dict["data"] = self.data.to_dict() if isinstance(self.data, Message) else self.data
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
        if (success := src_dict.get("success", UNSET)) is UNSET:
            _absent += 1
        elif not (success is True or success is False):
            raise DecodeError("boolean", success, "success")
        if (data := src_dict.get("data", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                data = _Message_from_dict(data)
            except DecodeError as _decode_error:
                raise _decode_error.within("data") from None
        _instance = _new(cls)
        _instance.success = success
        _instance.data = data
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = MessageResponse.__tolerant__.names
_Message_from_dict = Message.from_dict
