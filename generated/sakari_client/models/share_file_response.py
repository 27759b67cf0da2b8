from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ShareFileResponse(Model, AdditionalProperties[Any]):
    """The link to a shared file.

    Example:
        {'success': True, 'data': {'link': 'https://link.sakari.io/abc123', 'expires': '2023-12-07T05:31:56Z'}}

    Attributes:
        success (bool | Unset):
        data (SharedFile | Unset): A hosted file. Example: {'link': 'https://link.sakari.io/abc123', 'expires':
            '2023-12-07T05:31:56Z'}.
    """

    success: bool | Unset = UNSET
    data: SharedFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.shared_file import SharedFile  # noqa: E402

ShareFileResponse.__tolerant__ = _tolerant.TolerantModel(
    ShareFileResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(SharedFile), required=False),
    ),
    additional=None,
)
