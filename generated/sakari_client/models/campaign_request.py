from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class CampaignRequest(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.trigger is not UNSET:
            field_dict["trigger"] = (
                self.trigger.to_dict() if isinstance(self.trigger, CampaignTrigger) else self.trigger
            )
        if self.filters is not UNSET:
            field_dict["filters"] = (
                self.filters.to_dict() if isinstance(self.filters, CampaignFilters) else self.filters
            )
        if self.template is not UNSET:
            field_dict["template"] = self.template
        if self.reporting is not UNSET:
            field_dict["reporting"] = (
                self.reporting.to_dict() if isinstance(self.reporting, CampaignReporting) else self.reporting
            )
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
        if (name := src_dict.get("name", UNSET)) is UNSET:
            _absent += 1
        elif not (name.__class__ is str or isinstance(name, str)):
            raise DecodeError("string", name, "name")
        if (trigger := src_dict.get("trigger", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                trigger = _CampaignTrigger_from_dict(trigger)
            except DecodeError as _decode_error:
                raise _decode_error.within("trigger") from None
        if (filters := src_dict.get("filters", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                filters = _CampaignFilters_from_dict(filters)
            except DecodeError as _decode_error:
                raise _decode_error.within("filters") from None
        if (template := src_dict.get("template", UNSET)) is UNSET:
            _absent += 1
        elif not (template.__class__ is str or isinstance(template, str)):
            raise DecodeError("string", template, "template")
        if (reporting := src_dict.get("reporting", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                reporting = _CampaignReporting_from_dict(reporting)
            except DecodeError as _decode_error:
                raise _decode_error.within("reporting") from None
        _instance = _new(cls)
        _instance.name = name
        _instance.trigger = trigger
        _instance.filters = filters
        _instance.template = template
        _instance.reporting = reporting
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = CampaignRequest.__tolerant__.names
_CampaignFilters_from_dict = CampaignFilters.from_dict
_CampaignReporting_from_dict = CampaignReporting.from_dict
_CampaignTrigger_from_dict = CampaignTrigger.from_dict
