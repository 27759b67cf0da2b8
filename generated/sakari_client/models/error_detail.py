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

T = TypeVar("T", bound="ErrorDetail")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ErrorDetail(AdditionalProperties[Any]):
    """What went wrong with a request.

    Example:
        {'code': 'CONT-001', 'message': 'Invalid mobile number'}

    Attributes:
        code (str | Unset): Machine-readable error code, such as `CONT-001`.
        message (str | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.message is not UNSET:
            field_dict["message"] = self.message
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
        if (code := src_dict.get("code", UNSET)) is UNSET:
            _absent += 1
        elif not (code.__class__ is str or isinstance(code, str)):
            raise DecodeError("string", code, "code")
        if (message := src_dict.get("message", UNSET)) is UNSET:
            _absent += 1
        elif not (message.__class__ is str or isinstance(message, str)):
            raise DecodeError("string", message, "message")
        _instance = _new(cls)
        _instance.code = code
        _instance.message = message
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


ErrorDetail.__tolerant__ = _tolerant.TolerantModel(
    ErrorDetail,
    (
        _tolerant.Field("code", "code", _tolerant.string(), required=False),
        _tolerant.Field("message", "message", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ErrorDetail.__tolerant__.names
