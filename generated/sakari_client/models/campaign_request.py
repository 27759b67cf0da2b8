from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "name",
        "trigger",
        "filters",
        "template",
        "reporting",
    }
)


@_attrs_define
class CampaignRequest:
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
        name = self.name

        trigger: Any = self.trigger
        if isinstance(self.trigger, CampaignTrigger):
            trigger = self.trigger.to_dict()

        filters: Any = self.filters
        if isinstance(self.filters, CampaignFilters):
            filters = self.filters.to_dict()

        template = self.template

        reporting: Any = self.reporting
        if isinstance(self.reporting, CampaignReporting):
            reporting = self.reporting.to_dict()

        field_dict: dict[str, Any] = {}
        if name is not UNSET:
            field_dict["name"] = name
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if filters is not UNSET:
            field_dict["filters"] = filters
        if template is not UNSET:
            field_dict["template"] = template
        if reporting is not UNSET:
            field_dict["reporting"] = reporting
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
        if "name" in src_dict:
            name = src_dict["name"]
            if not (name.__class__ is str or isinstance(name, str)):
                raise DecodeError("string", name, "name")
        else:
            name = UNSET
            _absent += 1

        if "trigger" in src_dict:
            trigger = src_dict["trigger"]
            try:
                trigger = _CampaignTrigger_from_dict(trigger)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "trigger")
                raise
        else:
            trigger = UNSET
            _absent += 1

        if "filters" in src_dict:
            filters = src_dict["filters"]
            try:
                filters = _CampaignFilters_from_dict(filters)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "filters")
                raise
        else:
            filters = UNSET
            _absent += 1

        if "template" in src_dict:
            template = src_dict["template"]
            if not (template.__class__ is str or isinstance(template, str)):
                raise DecodeError("string", template, "template")
        else:
            template = UNSET
            _absent += 1

        if "reporting" in src_dict:
            reporting = src_dict["reporting"]
            try:
                reporting = _CampaignReporting_from_dict(reporting)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "reporting")
                raise
        else:
            reporting = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.name = name
        _instance.trigger = trigger
        _instance.filters = filters
        _instance.template = template
        _instance.reporting = reporting
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
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

_CampaignFilters_from_dict = CampaignFilters.from_dict
_CampaignReporting_from_dict = CampaignReporting.from_dict
_CampaignTrigger_from_dict = CampaignTrigger.from_dict
