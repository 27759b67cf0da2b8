from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributionSource")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "url",
        "campaign",
        "utmSource",
        "utmMedium",
        "utmContent",
        "referrer",
        "campaignId",
        "fbclid",
        "gclid",
        "msclikid",
        "dclid",
        "fbc",
        "fbp",
        "fbEventId",
        "userAgent",
        "ip",
        "medium",
        "mediumId",
    }
)


@_attrs_define
class AttributionSource:
    """Where a contact came from (the first or the latest touch).

    Example:
        {'url': 'https://example.com/landing', 'campaign': None, 'utmSource': 'newsletter', 'referrer':
            'https://www.google.com', 'ip': '58.111.106.198', 'medium': 'survey', 'mediumId': 'FglfHAn30PRwsZVyQlKp'}

    Attributes:
        url (str):
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

    url: str
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        campaign: Any = self.campaign

        utm_source: Any = self.utm_source

        utm_medium: Any = self.utm_medium

        utm_content: Any = self.utm_content

        referrer: Any = self.referrer

        campaign_id: Any = self.campaign_id

        fbclid: Any = self.fbclid

        gclid: Any = self.gclid

        msclikid: Any = self.msclikid

        dclid: Any = self.dclid

        fbc: Any = self.fbc

        fbp: Any = self.fbp

        fb_event_id: Any = self.fb_event_id

        user_agent: Any = self.user_agent

        ip: Any = self.ip

        medium: Any = self.medium

        medium_id: Any = self.medium_id

        field_dict: dict[str, Any] = {}
        if not isinstance(url, Unset):
            field_dict["url"] = url
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if utm_source is not UNSET:
            field_dict["utmSource"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utmMedium"] = utm_medium
        if utm_content is not UNSET:
            field_dict["utmContent"] = utm_content
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if campaign_id is not UNSET:
            field_dict["campaignId"] = campaign_id
        if fbclid is not UNSET:
            field_dict["fbclid"] = fbclid
        if gclid is not UNSET:
            field_dict["gclid"] = gclid
        if msclikid is not UNSET:
            field_dict["msclikid"] = msclikid
        if dclid is not UNSET:
            field_dict["dclid"] = dclid
        if fbc is not UNSET:
            field_dict["fbc"] = fbc
        if fbp is not UNSET:
            field_dict["fbp"] = fbp
        if fb_event_id is not UNSET:
            field_dict["fbEventId"] = fb_event_id
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if ip is not UNSET:
            field_dict["ip"] = ip
        if medium is not UNSET:
            field_dict["medium"] = medium
        if medium_id is not UNSET:
            field_dict["mediumId"] = medium_id
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from its JSON form, checking every field against the spec.

        Raises:
            DecodeError: a field is missing or has the wrong type; the error names its JSON path.
        """
        # Built without __init__ (every field is set below): it is the hot path of parsing an answer.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        try:
            url = src_dict["url"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "url") from None
        if not (url.__class__ is str or isinstance(url, str)):
            raise DecodeError("string", url, "url")

        if "campaign" in src_dict:
            campaign = src_dict["campaign"]
            if campaign.__class__ is str or isinstance(campaign, str):
                if not (campaign.__class__ is str or isinstance(campaign, str)):
                    raise DecodeError("string", campaign, "campaign")

            elif campaign is None:
                if campaign is not None:
                    raise DecodeError("null", campaign, "campaign")

            else:
                raise DecodeError("string or null", campaign, "campaign")
        else:
            campaign = UNSET
            _absent += 1

        if "utmSource" in src_dict:
            utm_source = src_dict["utmSource"]
            if utm_source.__class__ is str or isinstance(utm_source, str):
                if not (utm_source.__class__ is str or isinstance(utm_source, str)):
                    raise DecodeError("string", utm_source, "utmSource")

            elif utm_source is None:
                if utm_source is not None:
                    raise DecodeError("null", utm_source, "utmSource")

            else:
                raise DecodeError("string or null", utm_source, "utmSource")
        else:
            utm_source = UNSET
            _absent += 1

        if "utmMedium" in src_dict:
            utm_medium = src_dict["utmMedium"]
            if utm_medium.__class__ is str or isinstance(utm_medium, str):
                if not (utm_medium.__class__ is str or isinstance(utm_medium, str)):
                    raise DecodeError("string", utm_medium, "utmMedium")

            elif utm_medium is None:
                if utm_medium is not None:
                    raise DecodeError("null", utm_medium, "utmMedium")

            else:
                raise DecodeError("string or null", utm_medium, "utmMedium")
        else:
            utm_medium = UNSET
            _absent += 1

        if "utmContent" in src_dict:
            utm_content = src_dict["utmContent"]
            if utm_content.__class__ is str or isinstance(utm_content, str):
                if not (utm_content.__class__ is str or isinstance(utm_content, str)):
                    raise DecodeError("string", utm_content, "utmContent")

            elif utm_content is None:
                if utm_content is not None:
                    raise DecodeError("null", utm_content, "utmContent")

            else:
                raise DecodeError("string or null", utm_content, "utmContent")
        else:
            utm_content = UNSET
            _absent += 1

        if "referrer" in src_dict:
            referrer = src_dict["referrer"]
            if referrer.__class__ is str or isinstance(referrer, str):
                if not (referrer.__class__ is str or isinstance(referrer, str)):
                    raise DecodeError("string", referrer, "referrer")

            elif referrer is None:
                if referrer is not None:
                    raise DecodeError("null", referrer, "referrer")

            else:
                raise DecodeError("string or null", referrer, "referrer")
        else:
            referrer = UNSET
            _absent += 1

        if "campaignId" in src_dict:
            campaign_id = src_dict["campaignId"]
            if campaign_id.__class__ is str or isinstance(campaign_id, str):
                if not (campaign_id.__class__ is str or isinstance(campaign_id, str)):
                    raise DecodeError("string", campaign_id, "campaignId")

            elif campaign_id is None:
                if campaign_id is not None:
                    raise DecodeError("null", campaign_id, "campaignId")

            else:
                raise DecodeError("string or null", campaign_id, "campaignId")
        else:
            campaign_id = UNSET
            _absent += 1

        if "fbclid" in src_dict:
            fbclid = src_dict["fbclid"]
            if fbclid.__class__ is str or isinstance(fbclid, str):
                if not (fbclid.__class__ is str or isinstance(fbclid, str)):
                    raise DecodeError("string", fbclid, "fbclid")

            elif fbclid is None:
                if fbclid is not None:
                    raise DecodeError("null", fbclid, "fbclid")

            else:
                raise DecodeError("string or null", fbclid, "fbclid")
        else:
            fbclid = UNSET
            _absent += 1

        if "gclid" in src_dict:
            gclid = src_dict["gclid"]
            if gclid.__class__ is str or isinstance(gclid, str):
                if not (gclid.__class__ is str or isinstance(gclid, str)):
                    raise DecodeError("string", gclid, "gclid")

            elif gclid is None:
                if gclid is not None:
                    raise DecodeError("null", gclid, "gclid")

            else:
                raise DecodeError("string or null", gclid, "gclid")
        else:
            gclid = UNSET
            _absent += 1

        if "msclikid" in src_dict:
            msclikid = src_dict["msclikid"]
            if msclikid.__class__ is str or isinstance(msclikid, str):
                if not (msclikid.__class__ is str or isinstance(msclikid, str)):
                    raise DecodeError("string", msclikid, "msclikid")

            elif msclikid is None:
                if msclikid is not None:
                    raise DecodeError("null", msclikid, "msclikid")

            else:
                raise DecodeError("string or null", msclikid, "msclikid")
        else:
            msclikid = UNSET
            _absent += 1

        if "dclid" in src_dict:
            dclid = src_dict["dclid"]
            if dclid.__class__ is str or isinstance(dclid, str):
                if not (dclid.__class__ is str or isinstance(dclid, str)):
                    raise DecodeError("string", dclid, "dclid")

            elif dclid is None:
                if dclid is not None:
                    raise DecodeError("null", dclid, "dclid")

            else:
                raise DecodeError("string or null", dclid, "dclid")
        else:
            dclid = UNSET
            _absent += 1

        if "fbc" in src_dict:
            fbc = src_dict["fbc"]
            if fbc.__class__ is str or isinstance(fbc, str):
                if not (fbc.__class__ is str or isinstance(fbc, str)):
                    raise DecodeError("string", fbc, "fbc")

            elif fbc is None:
                if fbc is not None:
                    raise DecodeError("null", fbc, "fbc")

            else:
                raise DecodeError("string or null", fbc, "fbc")
        else:
            fbc = UNSET
            _absent += 1

        if "fbp" in src_dict:
            fbp = src_dict["fbp"]
            if fbp.__class__ is str or isinstance(fbp, str):
                if not (fbp.__class__ is str or isinstance(fbp, str)):
                    raise DecodeError("string", fbp, "fbp")

            elif fbp is None:
                if fbp is not None:
                    raise DecodeError("null", fbp, "fbp")

            else:
                raise DecodeError("string or null", fbp, "fbp")
        else:
            fbp = UNSET
            _absent += 1

        if "fbEventId" in src_dict:
            fb_event_id = src_dict["fbEventId"]
            if fb_event_id.__class__ is str or isinstance(fb_event_id, str):
                if not (fb_event_id.__class__ is str or isinstance(fb_event_id, str)):
                    raise DecodeError("string", fb_event_id, "fbEventId")

            elif fb_event_id is None:
                if fb_event_id is not None:
                    raise DecodeError("null", fb_event_id, "fbEventId")

            else:
                raise DecodeError("string or null", fb_event_id, "fbEventId")
        else:
            fb_event_id = UNSET
            _absent += 1

        if "userAgent" in src_dict:
            user_agent = src_dict["userAgent"]
            if user_agent.__class__ is str or isinstance(user_agent, str):
                if not (user_agent.__class__ is str or isinstance(user_agent, str)):
                    raise DecodeError("string", user_agent, "userAgent")

            elif user_agent is None:
                if user_agent is not None:
                    raise DecodeError("null", user_agent, "userAgent")

            else:
                raise DecodeError("string or null", user_agent, "userAgent")
        else:
            user_agent = UNSET
            _absent += 1

        if "ip" in src_dict:
            ip = src_dict["ip"]
            if ip.__class__ is str or isinstance(ip, str):
                if not (ip.__class__ is str or isinstance(ip, str)):
                    raise DecodeError("string", ip, "ip")

            elif ip is None:
                if ip is not None:
                    raise DecodeError("null", ip, "ip")

            else:
                raise DecodeError("string or null", ip, "ip")
        else:
            ip = UNSET
            _absent += 1

        if "medium" in src_dict:
            medium = src_dict["medium"]
            if medium.__class__ is str or isinstance(medium, str):
                if not (medium.__class__ is str or isinstance(medium, str)):
                    raise DecodeError("string", medium, "medium")

            elif medium is None:
                if medium is not None:
                    raise DecodeError("null", medium, "medium")

            else:
                raise DecodeError("string or null", medium, "medium")
        else:
            medium = UNSET
            _absent += 1

        if "mediumId" in src_dict:
            medium_id = src_dict["mediumId"]
            if medium_id.__class__ is str or isinstance(medium_id, str):
                if not (medium_id.__class__ is str or isinstance(medium_id, str)):
                    raise DecodeError("string", medium_id, "mediumId")

            elif medium_id is None:
                if medium_id is not None:
                    raise DecodeError("null", medium_id, "mediumId")

            else:
                raise DecodeError("string or null", medium_id, "mediumId")
        else:
            medium_id = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.url = url
        _instance.campaign = campaign
        _instance.utm_source = utm_source
        _instance.utm_medium = utm_medium
        _instance.utm_content = utm_content
        _instance.referrer = referrer
        _instance.campaign_id = campaign_id
        _instance.fbclid = fbclid
        _instance.gclid = gclid
        _instance.msclikid = msclikid
        _instance.dclid = dclid
        _instance.fbc = fbc
        _instance.fbp = fbp
        _instance.fb_event_id = fb_event_id
        _instance.user_agent = user_agent
        _instance.ip = ip
        _instance.medium = medium
        _instance.medium_id = medium_id
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 18:
            _instance.additional_properties = {}
        else:
            note_undocumented()
            extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
            _instance.additional_properties = extra
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


AttributionSource.__tolerant__ = _tolerant.TolerantModel(
    AttributionSource,
    (
        _tolerant.Field("url", "url", _tolerant.string(), required=True),
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
