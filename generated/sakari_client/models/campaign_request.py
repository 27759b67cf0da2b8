from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class CampaignRequest(Model, AdditionalProperties[Any]):
    """The fields of a campaign. `trigger`, `filters` and `template` are in Sakari's schema;
    `name` and `reporting` appear only in its samples. None is marked required.

        Example:
            {'name': 'Marketing Campaign', 'trigger': {'code': 'M'}, 'template': 'Hi {{{contact.firstName}}}', 'reporting':
                {'when': 'NoReport'}}

        Attributes:
            name (str | Unset):
            trigger (CampaignTrigger | Unset): What starts a campaign. Example: {'code': 'M'}.
            filters (CampaignFilters | Unset): Who a campaign reaches. Unlike a send's filters, Sakari's description types
                each attribute
                condition here as a string.
                 Example: {'contacts': ['c-1'], 'tags': ['vip'], 'attributes': []}.
            template (str | Unset): The text the campaign sends, with placeholders.
            reporting (CampaignReporting | Unset): When a campaign reports (only in Sakari's samples, which send
                `NoReport`). Example: {'when': 'NoReport'}.
    """

    name: str | Unset = UNSET
    trigger: CampaignTrigger | Unset = UNSET
    filters: CampaignFilters | Unset = UNSET
    template: str | Unset = UNSET
    reporting: CampaignReporting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.campaign_filters import CampaignFilters  # noqa: E402
from ..models.campaign_reporting import CampaignReporting  # noqa: E402
from ..models.campaign_trigger import CampaignTrigger  # noqa: E402

CampaignRequest.__tolerant__ = _tolerant.TolerantModel(
    CampaignRequest,
    (
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("trigger", "trigger", _tolerant.model(CampaignTrigger), required=False),
        _tolerant.Field("filters", "filters", _tolerant.model(CampaignFilters), required=False),
        _tolerant.Field("template", "template", _tolerant.string(), required=False),
        _tolerant.Field("reporting", "reporting", _tolerant.model(CampaignReporting), required=False),
    ),
    additional=None,
)
