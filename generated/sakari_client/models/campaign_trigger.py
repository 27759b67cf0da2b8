from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..models.campaign_trigger_code import CampaignTriggerCode
from ..types import UNSET, Unset


@_attrs_define
class CampaignTrigger(Model, AdditionalProperties[Any]):
    """What starts a campaign.

    Example:
        {'code': 'M'}

    Attributes:
        code (CampaignTriggerCode | Unset): How a campaign finds its contacts and what starts it: `M` manual, `S`
            scheduled, `FU` a
            file upload.
             Example: M.
    """

    code: CampaignTriggerCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CampaignTrigger.__tolerant__ = _tolerant.TolerantModel(
    CampaignTrigger,
    (_tolerant.Field("code", "code", _tolerant.enum(CampaignTriggerCode), required=False),),
    additional=None,
)
