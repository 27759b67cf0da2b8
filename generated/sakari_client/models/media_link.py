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

T = TypeVar("T", bound="MediaLink")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class MediaLink(AdditionalProperties[Any]):
    """A file to attach to a message, by its link (for example one from `shareFile`).

    Example:
        {'url': 'https://link.sakari.io/abc123'}

    Attributes:
        url (str | Unset):
    """

    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.url is not UNSET:
            field_dict["url"] = self.url
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
        _instance = _new(cls)
        _instance.url = url
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 1:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


MediaLink.__tolerant__ = _tolerant.TolerantModel(
    MediaLink,
    (_tolerant.Field("url", "url", _tolerant.string(), required=False),),
    additional=None,
)
_FIELD_NAMES = MediaLink.__tolerant__.names
