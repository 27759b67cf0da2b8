from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="SharedFile")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class SharedFile(AdditionalProperties[Any]):
    """A hosted file.

    Example:
        {'link': 'https://link.sakari.io/abc123', 'expires': '2023-12-07T05:31:56Z'}

    Attributes:
        link (str | Unset): Short link to the file.
        expires (datetime.datetime | Unset): When the link stops working.
    """

    link: str | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.link is not UNSET:
            field_dict["link"] = self.link
        if self.expires is not UNSET:
            field_dict["expires"] = (
                format_datetime(self.expires) if isinstance(self.expires, datetime.datetime) else self.expires
            )
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
        if (link := src_dict.get("link", UNSET)) is UNSET:
            _absent += 1
        elif not (link.__class__ is str or isinstance(link, str)):
            raise DecodeError("string", link, "link")
        if (expires := src_dict.get("expires", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                expires_parsed = datetime_fromisoformat(expires)
            except (TypeError, ValueError):
                expires_parsed = _decode.date_time(expires, "expires")  # RFC 3339's lowercase forms, or an error
            if len(expires) < 19 or expires[10] not in "Tt " or expires_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "expires")
            expires = expires_parsed
        _instance = _new(cls)
        _instance.link = link
        _instance.expires = expires
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


SharedFile.__tolerant__ = _tolerant.TolerantModel(
    SharedFile,
    (
        _tolerant.Field("link", "link", _tolerant.string(), required=False),
        _tolerant.Field("expires", "expires", _tolerant.date_time(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = SharedFile.__tolerant__.names
