from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CampaignReporting(Model, AdditionalProperties[Any]):
    """When a campaign reports (only in Sakari's samples, which send `NoReport`).

    Example:
        {'when': 'NoReport'}

    Attributes:
        when (str | Unset):
    """

    when: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CampaignReporting.__tolerant__ = _tolerant.TolerantModel(
    CampaignReporting,
    (_tolerant.Field("when", "when", _tolerant.string(), required=False),),
    additional=None,
)
