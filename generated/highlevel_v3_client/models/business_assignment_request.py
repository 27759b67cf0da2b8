from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class BusinessAssignmentRequest(Model, AdditionalProperties[Any]):
    """The contacts to move into a business, or out of theirs with a null `businessId`.

    Example:
        {'locationId': 'PX8m5VwxEbcpFlzYEPVG', 'ids': ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'], 'businessId':
            '63b7ec34ea409a9a8bd2a4ff'}

    Attributes:
        location_id (str): Location (sub-account) the contacts belong to.
        ids (list[str]): Identifiers of the contacts.
        business_id (None | str): The business to put the contacts in; null takes them out of their business.
    """

    location_id: str
    ids: list[str]
    business_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


BusinessAssignmentRequest.__tolerant__ = _tolerant.TolerantModel(
    BusinessAssignmentRequest,
    (
        _tolerant.Field("locationId", "location_id", _tolerant.string(), required=True),
        _tolerant.Field("ids", "ids", _tolerant.array(_tolerant.string()), required=True),
        _tolerant.Field("businessId", "business_id", _tolerant.string(nullable=True), required=True),
    ),
    additional=None,
)
