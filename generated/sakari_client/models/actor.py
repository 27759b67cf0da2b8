from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Actor(Model, AdditionalProperties[Any]):
    """Who made a change.

    Example:
        {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com',
            'source': '<string>', 'subSource': '<string>'}

    Attributes:
        id (str | Unset):
        name (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        source (str | Unset):
        sub_source (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    source: str | Unset = UNSET
    sub_source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


Actor.__tolerant__ = _tolerant.TolerantModel(
    Actor,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(), required=False),
        _tolerant.Field("source", "source", _tolerant.string(), required=False),
        _tolerant.Field("subSource", "sub_source", _tolerant.string(), required=False),
    ),
    additional=None,
)
