from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class AttributionSource(Model, AdditionalProperties[Any]):
    """Where a contact came from (the first or the latest touch). HighLevel's description requires
    `url`, but answers of the live service carry touches with only `sessionSource` and
    `medium`, so no field is required here.

        Example:
            {'url': 'https://example.com/landing', 'campaign': None, 'utmSource': 'newsletter', 'referrer':
                'https://www.google.com', 'ip': '58.111.106.198', 'medium': 'survey', 'mediumId': 'FglfHAn30PRwsZVyQlKp'}

        Attributes:
            url (None | str | Unset):
            session_source (None | str | Unset): The kind of visit the touch came from, such as `CRM UI` or `Direct
                traffic`.
            campaign (None | str | Unset):
            utm_source (None | str | Unset):
            utm_medium (None | str | Unset):
            utm_content (None | str | Unset):
            referrer (None | str | Unset):
            campaign_id (None | str | Unset):
            fbclid (None | str | Unset):
            gclid (None | str | Unset):
            msclikid (None | str | Unset):
            dclid (None | str | Unset):
            fbc (None | str | Unset):
            fbp (None | str | Unset):
            fb_event_id (None | str | Unset):
            user_agent (None | str | Unset):
            ip (None | str | Unset):
            medium (None | str | Unset):
            medium_id (None | str | Unset):
    """

    url: str | Unset | None = UNSET
    session_source: str | Unset | None = UNSET
    campaign: str | Unset | None = UNSET
    utm_source: str | Unset | None = UNSET
    utm_medium: str | Unset | None = UNSET
    utm_content: str | Unset | None = UNSET
    referrer: str | Unset | None = UNSET
    campaign_id: str | Unset | None = UNSET
    fbclid: str | Unset | None = UNSET
    gclid: str | Unset | None = UNSET
    msclikid: str | Unset | None = UNSET
    dclid: str | Unset | None = UNSET
    fbc: str | Unset | None = UNSET
    fbp: str | Unset | None = UNSET
    fb_event_id: str | Unset | None = UNSET
    user_agent: str | Unset | None = UNSET
    ip: str | Unset | None = UNSET
    medium: str | Unset | None = UNSET
    medium_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


AttributionSource.__tolerant__ = _tolerant.TolerantModel(
    AttributionSource,
    (
        _tolerant.Field("url", "url", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("sessionSource", "session_source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("campaign", "campaign", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("utmSource", "utm_source", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("utmMedium", "utm_medium", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("utmContent", "utm_content", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("referrer", "referrer", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("campaignId", "campaign_id", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("fbclid", "fbclid", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("gclid", "gclid", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("msclikid", "msclikid", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("dclid", "dclid", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("fbc", "fbc", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("fbp", "fbp", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("fbEventId", "fb_event_id", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("userAgent", "user_agent", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("ip", "ip", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("medium", "medium", _tolerant.string(nullable=True), required=False),
        _tolerant.Field("mediumId", "medium_id", _tolerant.string(nullable=True), required=False),
    ),
    additional=None,
)
