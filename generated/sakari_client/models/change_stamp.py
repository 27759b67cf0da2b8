from __future__ import annotations

import datetime
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ChangeStamp(Model, AdditionalProperties[Any]):
    """When a record was created or changed, and by whom.

    Example:
        {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName':
            'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}

    Attributes:
        at (datetime.datetime | Unset):
        by (Actor | Unset): Who made a change. Example: {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe',
            'lastName': 'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}.
    """

    at: datetime.datetime | Unset = UNSET
    by: Actor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.actor import Actor  # noqa: E402

ChangeStamp.__tolerant__ = _tolerant.TolerantModel(
    ChangeStamp,
    (
        _tolerant.Field("at", "at", _tolerant.date_time(), required=False),
        _tolerant.Field("by", "by", _tolerant.model(Actor), required=False),
    ),
    additional=None,
)
