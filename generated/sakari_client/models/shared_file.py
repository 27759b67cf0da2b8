from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class SharedFile(Model, AdditionalProperties[Any]):
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


SharedFile.__tolerant__ = _tolerant.TolerantModel(
    SharedFile,
    (
        _tolerant.Field("link", "link", _tolerant.string(), required=False),
        _tolerant.Field("expires", "expires", _tolerant.date_time(), required=False),
    ),
    additional=None,
)
