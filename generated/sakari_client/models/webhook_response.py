from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class WebhookResponse(Model, AdditionalProperties[Any]):
    """One webhook subscription.

    Example:
        {'success': True, 'data': {'url': 'https://myserver.com/send/callback/here', 'eventTypes': ['message-
            received']}}

    Attributes:
        success (bool | Unset):
        data (Webhook | Unset): A webhook subscription. Example: {'url': 'https://myserver.com/send/callback/here',
            'eventTypes': ['message-received']}.
    """

    success: bool | Unset = UNSET
    data: Webhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.webhook import Webhook  # noqa: E402

WebhookResponse.__tolerant__ = _tolerant.TolerantModel(
    WebhookResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Webhook), required=False),
    ),
    additional=None,
)
