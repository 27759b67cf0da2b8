from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class MessagesResponse(Model, AdditionalProperties[Any]):
    """One page of messages.

    Example:
        {'success': True, 'pagination': {'totalCount': 1, 'limit': 10, 'offset': 0, 'hasNext': False}, 'data': [{'id':
            'm-1', 'message': 'Hi Chris', 'outgoing': True, 'status': 'delivered'}]}

    Attributes:
        data (list[Message]):
        success (bool | Unset):
        pagination (Pagination | Unset): Where a page sits in the whole result set. `totalCount` is absent from the list
            page's
            sample but present on the create page's and in Sakari's own description.
             Example: {'totalCount': 123, 'limit': 123, 'offset': 123, 'hasNext': True}.
        error (ErrorDetail | Unset): What went wrong with a request. Example: {'code': 'CONT-001', 'message': 'Invalid
            mobile number'}.
    """

    data: list[Message]
    success: bool | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402

MessagesResponse.__tolerant__ = _tolerant.TolerantModel(
    MessagesResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("pagination", "pagination", _tolerant.model(Pagination), required=False),
        _tolerant.Field("data", "data", _tolerant.array(_tolerant.model(Message)), required=True),
        _tolerant.Field("error", "error", _tolerant.model(ErrorDetail), required=False),
    ),
    additional=None,
)
