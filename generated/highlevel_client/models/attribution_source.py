from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttributionSource")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class AttributionSource(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        if self.campaign is not UNSET:
            field_dict["campaign"] = self.campaign
        if self.utm_source is not UNSET:
            field_dict["utmSource"] = self.utm_source
        if self.utm_medium is not UNSET:
            field_dict["utmMedium"] = self.utm_medium
        if self.utm_content is not UNSET:
            field_dict["utmContent"] = self.utm_content
        if self.referrer is not UNSET:
            field_dict["referrer"] = self.referrer
        if self.campaign_id is not UNSET:
            field_dict["campaignId"] = self.campaign_id
        if self.fbclid is not UNSET:
            field_dict["fbclid"] = self.fbclid
        if self.gclid is not UNSET:
            field_dict["gclid"] = self.gclid
        if self.msclikid is not UNSET:
            field_dict["msclikid"] = self.msclikid
        if self.dclid is not UNSET:
            field_dict["dclid"] = self.dclid
        if self.fbc is not UNSET:
            field_dict["fbc"] = self.fbc
        if self.fbp is not UNSET:
            field_dict["fbp"] = self.fbp
        if self.fb_event_id is not UNSET:
            field_dict["fbEventId"] = self.fb_event_id
        if self.user_agent is not UNSET:
            field_dict["userAgent"] = self.user_agent
        if self.ip is not UNSET:
            field_dict["ip"] = self.ip
        if self.medium is not UNSET:
            field_dict["medium"] = self.medium
        if self.medium_id is not UNSET:
            field_dict["mediumId"] = self.medium_id
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
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
        if (url := src_dict.get("url", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "url")
        elif not (url.__class__ is str or isinstance(url, str)):
            raise DecodeError("string", url, "url")
        if (campaign := src_dict.get("campaign", UNSET)) is UNSET:
            _absent += 1
        elif not ((campaign.__class__ is str or isinstance(campaign, str)) or campaign is None):
            raise DecodeError("string or null", campaign, "campaign")
        if (utm_source := src_dict.get("utmSource", UNSET)) is UNSET:
            _absent += 1
        elif not ((utm_source.__class__ is str or isinstance(utm_source, str)) or utm_source is None):
            raise DecodeError("string or null", utm_source, "utmSource")
        if (utm_medium := src_dict.get("utmMedium", UNSET)) is UNSET:
            _absent += 1
        elif not ((utm_medium.__class__ is str or isinstance(utm_medium, str)) or utm_medium is None):
            raise DecodeError("string or null", utm_medium, "utmMedium")
        if (utm_content := src_dict.get("utmContent", UNSET)) is UNSET:
            _absent += 1
        elif not ((utm_content.__class__ is str or isinstance(utm_content, str)) or utm_content is None):
            raise DecodeError("string or null", utm_content, "utmContent")
        if (referrer := src_dict.get("referrer", UNSET)) is UNSET:
            _absent += 1
        elif not ((referrer.__class__ is str or isinstance(referrer, str)) or referrer is None):
            raise DecodeError("string or null", referrer, "referrer")
        if (campaign_id := src_dict.get("campaignId", UNSET)) is UNSET:
            _absent += 1
        elif not ((campaign_id.__class__ is str or isinstance(campaign_id, str)) or campaign_id is None):
            raise DecodeError("string or null", campaign_id, "campaignId")
        if (fbclid := src_dict.get("fbclid", UNSET)) is UNSET:
            _absent += 1
        elif not ((fbclid.__class__ is str or isinstance(fbclid, str)) or fbclid is None):
            raise DecodeError("string or null", fbclid, "fbclid")
        if (gclid := src_dict.get("gclid", UNSET)) is UNSET:
            _absent += 1
        elif not ((gclid.__class__ is str or isinstance(gclid, str)) or gclid is None):
            raise DecodeError("string or null", gclid, "gclid")
        if (msclikid := src_dict.get("msclikid", UNSET)) is UNSET:
            _absent += 1
        elif not ((msclikid.__class__ is str or isinstance(msclikid, str)) or msclikid is None):
            raise DecodeError("string or null", msclikid, "msclikid")
        if (dclid := src_dict.get("dclid", UNSET)) is UNSET:
            _absent += 1
        elif not ((dclid.__class__ is str or isinstance(dclid, str)) or dclid is None):
            raise DecodeError("string or null", dclid, "dclid")
        if (fbc := src_dict.get("fbc", UNSET)) is UNSET:
            _absent += 1
        elif not ((fbc.__class__ is str or isinstance(fbc, str)) or fbc is None):
            raise DecodeError("string or null", fbc, "fbc")
        if (fbp := src_dict.get("fbp", UNSET)) is UNSET:
            _absent += 1
        elif not ((fbp.__class__ is str or isinstance(fbp, str)) or fbp is None):
            raise DecodeError("string or null", fbp, "fbp")
        if (fb_event_id := src_dict.get("fbEventId", UNSET)) is UNSET:
            _absent += 1
        elif not ((fb_event_id.__class__ is str or isinstance(fb_event_id, str)) or fb_event_id is None):
            raise DecodeError("string or null", fb_event_id, "fbEventId")
        if (user_agent := src_dict.get("userAgent", UNSET)) is UNSET:
            _absent += 1
        elif not ((user_agent.__class__ is str or isinstance(user_agent, str)) or user_agent is None):
            raise DecodeError("string or null", user_agent, "userAgent")
        if (ip := src_dict.get("ip", UNSET)) is UNSET:
            _absent += 1
        elif not ((ip.__class__ is str or isinstance(ip, str)) or ip is None):
            raise DecodeError("string or null", ip, "ip")
        if (medium := src_dict.get("medium", UNSET)) is UNSET:
            _absent += 1
        elif not ((medium.__class__ is str or isinstance(medium, str)) or medium is None):
            raise DecodeError("string or null", medium, "medium")
        if (medium_id := src_dict.get("mediumId", UNSET)) is UNSET:
            _absent += 1
        elif not ((medium_id.__class__ is str or isinstance(medium_id, str)) or medium_id is None):
            raise DecodeError("string or null", medium_id, "mediumId")
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = AttributionSource.__tolerant__.names
