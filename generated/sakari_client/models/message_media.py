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

T = TypeVar("T", bound="MessageMedia")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class MessageMedia(AdditionalProperties[Any]):
    """A file attached to a message.

    Example:
        {'url': 'https://link.sakari.io/abc123', 'type': 'image/png', 'filename': 'offer.png'}

    Attributes:
        url (str | Unset):
        type_ (str | Unset): Media type of the file.
        filename (str | Unset):
    """

    url: str | Unset = UNSET
    type_: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.filename is not UNSET:
            field_dict["filename"] = self.filename
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
        if (url := src_dict.get("url", UNSET)) is UNSET:
            _absent += 1
        elif not (url.__class__ is str or isinstance(url, str)):
            raise DecodeError("string", url, "url")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        elif not (type_.__class__ is str or isinstance(type_, str)):
            raise DecodeError("string", type_, "type")
        if (filename := src_dict.get("filename", UNSET)) is UNSET:
            _absent += 1
        elif not (filename.__class__ is str or isinstance(filename, str)):
            raise DecodeError("string", filename, "filename")
        _instance = _new(cls)
        _instance.url = url
        _instance.type_ = type_
        _instance.filename = filename
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 3:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


MessageMedia.__tolerant__ = _tolerant.TolerantModel(
    MessageMedia,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.string(), required=False),
        _tolerant.Field("filename", "filename", _tolerant.string(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = MessageMedia.__tolerant__.names
