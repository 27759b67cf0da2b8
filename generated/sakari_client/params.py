"""The request objects of the Sakari client in their JSON form, as ``TypedDict``s.

Wherever a method takes a model (``Mobile``, a search filter, the whole ``body=``...), it also takes
the model's JSON form as a dict: ``<Model>Param`` here, so that mypy and editors check its keys (the
wire names) and values. A dict is checked against the spec before anything is sent, and sends
exactly what the equal model sends.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "ActorParam",
    "AttributeConditionParam",
    "CampaignFiltersParam",
    "CampaignReportingParam",
    "CampaignRequestParam",
    "CampaignTriggerParam",
    "ChangeStampParam",
    "ContactErrorParam",
    "ContactListParam",
    "ContactParam",
    "ContactRequestParam",
    "DoubleOptInParam",
    "IntegrationLinkParam",
    "ListFilterParam",
    "ListSourceParam",
    "MediaLinkParam",
    "MessageFiltersParam",
    "MobileParam",
    "SendMessagesRequestParam",
    "TagParam",
    "TemplateRequestParam",
    "TokenRequestParam",
    "WebhookRequestParam",
]


class ActorParam(TypedDict, total=False):
    """``Actor`` as a dict."""

    id: str
    name: str
    firstName: str
    lastName: str
    email: str
    source: str
    subSource: str


class AttributeConditionParam(TypedDict, total=False):
    """``AttributeCondition`` as a dict."""

    attribute: str
    comparator: str
    value: list[str]


class CampaignFiltersParam(TypedDict, total=False):
    """``CampaignFilters`` as a dict."""

    contacts: list[str]
    tags: list[str]
    attributes: list[str]


class CampaignReportingParam(TypedDict, total=False):
    """``CampaignReporting`` as a dict."""

    when: str


class CampaignRequestParam(TypedDict, total=False):
    """``CampaignRequest`` as a dict."""

    name: str
    trigger: CampaignTriggerParam
    filters: CampaignFiltersParam
    template: str
    reporting: CampaignReportingParam


class CampaignTriggerParam(TypedDict, total=False):
    """``CampaignTrigger`` as a dict."""

    code: Literal["M", "S", "FU"]


class ChangeStampParam(TypedDict, total=False):
    """``ChangeStamp`` as a dict."""

    at: str
    by: ActorParam


class ContactParam(TypedDict, total=False):
    """``Contact`` as a dict."""

    id: str
    email: str
    firstName: str
    lastName: str
    mobile: MobileParam
    lists: list[ContactListParam]
    attributes: Mapping[str, Any]
    tags: list[TagParam]
    optIn: str
    blocked: str
    activecampaign: IntegrationLinkParam
    hubspot: IntegrationLinkParam
    pipedrive: IntegrationLinkParam
    valid: bool
    error: ContactErrorParam
    created: ChangeStampParam
    updated: ChangeStampParam


class ContactErrorParam(TypedDict, total=False):
    """``ContactError`` as a dict."""

    code: str
    description: str


class ContactListParam(TypedDict, total=False):
    """``ContactList`` as a dict."""

    id: str
    name: str
    source: ListSourceParam
    keyword: str
    doubleOptIn: DoubleOptInParam
    filter: ListFilterParam
    optInConfirmation: str
    optIn: str
    optOut: str


class ContactRequestParam(TypedDict, total=False):
    """``ContactRequest`` as a dict."""

    id: str
    email: str
    firstName: str
    lastName: str
    mobile: MobileParam
    attributes: Mapping[str, Any]
    tags: list[TagParam]


class DoubleOptInParam(TypedDict, total=False):
    """``DoubleOptIn`` as a dict."""

    enabled: bool
    prompt: str


class IntegrationLinkParam(TypedDict, total=False):
    """``IntegrationLink`` as a dict."""

    id: int


class ListFilterParam(TypedDict, total=False):
    """``ListFilter`` as a dict."""

    q: str
    attributes: list[AttributeConditionParam]
    list: str
    valid: bool
    invalid: bool
    blocked: bool
    unblocked: bool
    optIn: bool


class ListSourceParam(TypedDict, total=False):
    """``ListSource`` as a dict."""

    id: str
    integration: str
    lastSynced: str


class MediaLinkParam(TypedDict, total=False):
    """``MediaLink`` as a dict."""

    url: str


class MessageFiltersParam(TypedDict, total=False):
    """``MessageFilters`` as a dict."""

    tags: list[str]
    attributes: list[Mapping[str, Any]]


class MobileParam(TypedDict, total=False):
    """``Mobile`` as a dict."""

    country: str
    number: str
    verified: str
    valid: bool
    lineType: str


class SendMessagesRequestParam(TypedDict, total=False):
    """``SendMessagesRequest`` as a dict."""

    conversations: list[str]
    contacts: list[ContactRequestParam]
    filters: MessageFiltersParam
    template: str
    type: Literal["SMS", "MMS"]
    media: list[MediaLinkParam]
    conversationStrategy: str


class TagParam(TypedDict, total=False):
    """``Tag`` as a dict."""

    tag: str
    visible: bool


class TemplateRequestParam(TypedDict, total=False):
    """``TemplateRequest`` as a dict."""

    name: str
    type: Literal["SMS", "Web"]
    template: str


class TokenRequestParam(TypedDict, total=False):
    """``TokenRequest`` as a dict."""

    grant_type: Required[str]
    client_id: Required[str]
    client_secret: Required[str]


class WebhookRequestParam(TypedDict, total=False):
    """``WebhookRequest`` as a dict."""

    url: str
    callbackUrl: str
    eventTypes: list[str]
