from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CampaignResponse(Model, AdditionalProperties[Any]):
    """One campaign.

    Example:
        {'success': True, 'data': {'id': 'camp-1', 'name': 'Marketing Campaign'}}

    Attributes:
        success (bool | Unset):
        data (Campaign | Unset): A stored campaign. Sakari's description documents only its `id`; the other fields are
            those of the request.
             Example: {'id': 'camp-1', 'name': 'Marketing Campaign', 'trigger': {'code': 'M'}, 'template': 'Hi
            {{{contact.firstName}}}'}.
    """

    success: bool | Unset = UNSET
    data: Campaign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.campaign import Campaign  # noqa: E402

CampaignResponse.__tolerant__ = _tolerant.TolerantModel(
    CampaignResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Campaign), required=False),
    ),
    additional=None,
)
