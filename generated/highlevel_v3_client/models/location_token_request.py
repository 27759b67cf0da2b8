from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class LocationTokenRequest(Model, AdditionalProperties[Any]):
    """A form-encoded request for a location token.

    Example:
        {'companyId': 'c2D19ouCsGkMT1fmMJZV', 'locationId': 'l1C08ntBrFjLS0elLIYU'}

    Attributes:
        company_id (str): The company of the agency token.
        location_id (str): The location to get a token for.
    """

    company_id: str
    location_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


LocationTokenRequest.__tolerant__ = _tolerant.TolerantModel(
    LocationTokenRequest,
    (
        _tolerant.Field("companyId", "company_id", _tolerant.string(), required=True),
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
    ),
    additional=None,
)
