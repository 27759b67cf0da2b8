from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Mobile(Model, AdditionalProperties[Any]):
    """A contact's mobile number and what is known about it.

    Example:
        {'country': '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType':
            'mobile'}

    Attributes:
        country (str | Unset): Country of the number (ISO 3166-1 alpha-2 code).
        number (str | Unset): The number, as entered.
        verified (datetime.datetime | Unset): When the number was last verified.
        valid (bool | Unset): Whether the number is a valid phone number.
        line_type (str | Unset): Kind of line, such as `mobile`.
    """

    country: str | Unset = UNSET
    number: str | Unset = UNSET
    verified: datetime.datetime | Unset = UNSET
    valid: bool | Unset = UNSET
    line_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Mobile.__tolerant__ = _tolerant.TolerantModel(
    Mobile,
    (
        _tolerant.Field("country", "country", _tolerant.string(), required=False),
        _tolerant.Field("number", "number", _tolerant.string(), required=False),
        _tolerant.Field("verified", "verified", _tolerant.date_time(), required=False),
        _tolerant.Field("valid", "valid", _tolerant.boolean(), required=False),
        _tolerant.Field("lineType", "line_type", _tolerant.string(), required=False),
    ),
    additional=None,
)
