from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class BusinessContactsResponse(Model, AdditionalProperties[Any]):
    """One page of the contacts of a business.

    Example:
        {'contacts': [{'id': 'ocQHyuzHvysMo5N5VsXc', 'locationId': 'C2QujeCh8ZnC7al2InWR', 'email': 'JohnDeo@gmail.com',
            'businessId': '641c094001436dbc2081e642'}], 'count': 1}

    Attributes:
        contacts (list[SearchedContact] | Unset):
        count (float | Unset): A number of contacts; the reference does not say whether of the page or of every match.
    """

    contacts: list[SearchedContact] | Unset = UNSET
    count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.searched_contact import SearchedContact  # noqa: E402

BusinessContactsResponse.__tolerant__ = _tolerant.TolerantModel(
    BusinessContactsResponse,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(SearchedContact)), required=False),
        _tolerant.Field("count", "count", _tolerant.number(), required=False),
    ),
    additional=None,
)
