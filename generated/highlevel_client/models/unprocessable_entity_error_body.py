from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnprocessableEntityErrorBody")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "statusCode",
        "message",
        "error",
    }
)


@_attrs_define
class UnprocessableEntityErrorBody:
    """Body of a 422 answer; `message` lists what was wrong.

    Example:
        {'statusCode': 422, 'message': ['Unprocessable Entity'], 'error': 'Unprocessable Entity'}

    Attributes:
        status_code (float | Unset):
        message (list[str] | Unset):
        error (str | Unset):
    """

    status_code: float | Unset = UNSET
    message: list[str] | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message: Any = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
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
        if "statusCode" in src_dict:
            status_code = src_dict["statusCode"]
            if not (isinstance(status_code, (int, float)) and not isinstance(status_code, bool)):
                raise DecodeError("number", status_code, "statusCode")
        else:
            status_code = UNSET
            _absent += 1

        if "message" in src_dict:
            message = src_dict["message"]
            if not isinstance(message, list):
                raise DecodeError("array", message, "message")
            try:
                for message_item in message:
                    if not (message_item.__class__ is str or isinstance(message_item, str)):
                        message_index = next(place for place, other in enumerate(message) if other is message_item)
                        raise DecodeError("string", message_item, message_index)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "message")
                raise
        else:
            message = UNSET
            _absent += 1

        if "error" in src_dict:
            error = src_dict["error"]
            if not (error.__class__ is str or isinstance(error, str)):
                raise DecodeError("string", error, "error")
        else:
            error = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.status_code = status_code
        _instance.message = message
        _instance.error = error
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


UnprocessableEntityErrorBody.__tolerant__ = _tolerant.TolerantModel(
    UnprocessableEntityErrorBody,
    (
        _tolerant.Field("statusCode", "status_code", _tolerant.number(), required=False),
        _tolerant.Field("message", "message", _tolerant.array(_tolerant.string()), required=False),
        _tolerant.Field("error", "error", _tolerant.string(), required=False),
    ),
    additional=None,
)
