from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class CampaignEnrollmentRequest(Model, AdditionalProperties[Any]):
    """The body of an enrolment in a campaign; the reference gives it no fields.

    Example:
        {}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


CampaignEnrollmentRequest.__tolerant__ = _tolerant.TolerantModel(
    CampaignEnrollmentRequest,
    (),
    additional=None,
)
