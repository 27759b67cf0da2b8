from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class MediaLink(Model, AdditionalProperties[Any]):
    """A file to attach to a message, by its link (for example one from `shareFile`).

    Example:
        {'url': 'https://link.sakari.io/abc123'}

    Attributes:
        url (str | Unset):
    """

    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


MediaLink.__tolerant__ = _tolerant.TolerantModel(
    MediaLink,
    (_tolerant.Field("url", "url", _tolerant.string(), required=False),),
    additional=None,
)
