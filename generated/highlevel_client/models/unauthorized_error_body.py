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

T = TypeVar("T", bound="UnauthorizedErrorBody")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class UnauthorizedErrorBody(AdditionalProperties[Any]):
    """Body of a 401 answer.

    Example:
        {'statusCode': 401, 'message': 'Invalid token: access token is invalid', 'error': 'Unauthorized'}

    Attributes:
        status_code (float | Unset):
        message (str | Unset):
        error (str | Unset):
    """

    status_code: float | Unset = UNSET
    message: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.status_code is not UNSET:
            field_dict["statusCode"] = self.status_code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.error is not UNSET:
            field_dict["error"] = self.error
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
        if (status_code := src_dict.get("statusCode", UNSET)) is UNSET:
            _absent += 1
        elif not (isinstance(status_code, (int, float)) and not isinstance(status_code, bool)):
            raise DecodeError("number", status_code, "statusCode")
        if (message := src_dict.get("message", UNSET)) is UNSET:
            _absent += 1
        elif not (message.__class__ is str or isinstance(message, str)):
            raise DecodeError("string", message, "message")
        if (error := src_dict.get("error", UNSET)) is UNSET:
            _absent += 1
        elif not (error.__class__ is str or isinstance(error, str)):
            raise DecodeError("string", error, "error")
        _instance = _new(cls)
        _instance.status_code = status_code
        _instance.message = message
        _instance.error = error
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


UnauthorizedErrorBody.__tolerant__ = _tolerant.TolerantModel(
    UnauthorizedErrorBody,
    (
        _tolerant.Field("statusCode", "status_code", _tolerant.number(), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
        _tolerant.Field("error", "error", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = UnauthorizedErrorBody.__tolerant__.names
