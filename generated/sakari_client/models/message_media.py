from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class MessageMedia(Model, AdditionalProperties[Any]):
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


MessageMedia.__tolerant__ = _tolerant.TolerantModel(
    MessageMedia,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.string(), required=False),
        _tolerant.Field("filename", "filename", _tolerant.string(), required=False),
    ),
    additional=None,
)
