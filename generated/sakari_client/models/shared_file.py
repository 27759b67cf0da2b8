from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented, rfc3339_fallback

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="SharedFile")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "link",
        "expires",
    }
)


@_attrs_define
class SharedFile:
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
        link = self.link

        expires: Any = self.expires
        if isinstance(self.expires, datetime.datetime):
            expires = format_datetime(self.expires)

        field_dict: dict[str, Any] = {}
        if link is not UNSET:
            field_dict["link"] = link
        if expires is not UNSET:
            field_dict["expires"] = expires
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
        if "link" in src_dict:
            link = src_dict["link"]
            if not (link.__class__ is str or isinstance(link, str)):
                raise DecodeError("string", link, "link")
        else:
            link = UNSET
            _absent += 1

        if "expires" in src_dict:
            expires = src_dict["expires"]
            try:
                expires_parsed = datetime_fromisoformat(expires)
            except (TypeError, ValueError):
                try:
                    expires_parsed = rfc3339_fallback(expires)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "RFC 3339 date-time string", MALFORMED if isinstance(expires, str) else expires, "expires"
                    ) from None
            if len(expires) < 19 or expires[10] not in "Tt " or expires_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "expires")
            expires = expires_parsed
        else:
            expires = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.link = link
        _instance.expires = expires
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


SharedFile.__tolerant__ = _tolerant.TolerantModel(
    SharedFile,
    (
        _tolerant.Field("link", "link", _tolerant.string(), required=False),
        _tolerant.Field("expires", "expires", _tolerant.date_time(), required=False),
    ),
    additional=None,
)
