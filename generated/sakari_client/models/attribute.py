from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class Attribute(Model, AdditionalProperties[Any]):
    """A custom attribute of contacts, deals or tickets.

    Example:
        {'id': 'attr-1', 'name': 'favouriteColour', 'label': 'Favourite colour', 'type': 'contacts', 'dataType': 'text',
            'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': 'user-1', 'name': 'Joe Bloggs'}}, 'updated': {'at':
            '2023-11-08T10:00:00Z', 'by': {'id': 'user-1', 'name': 'Joe Bloggs'}}}

    Attributes:
        id (str | Unset):
        name (str | Unset): Name used in the `attributes` of records.
        label (str | Unset): Name shown to people.
        type_ (str | Unset): Kind of record the attribute extends.
        data_type (str | Unset): Type of the attribute's values, such as `text` or `number`.
        created (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
        updated (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    type_: str | Unset = UNSET
    data_type: str | Unset = UNSET
    created: ChangeStamp | Unset = UNSET
    updated: ChangeStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.change_stamp import ChangeStamp  # noqa: E402

Attribute.__tolerant__ = _tolerant.TolerantModel(
    Attribute,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("name", "name", _tolerant.string(), required=False),
        _tolerant.Field("label", "label", _tolerant.string(), required=False),
        _tolerant.Field("type", "type_", _tolerant.string(), required=False),
        _tolerant.Field("dataType", "data_type", _tolerant.string(), required=False),
        _tolerant.Field("created", "created", _tolerant.model(ChangeStamp), required=False),
        _tolerant.Field("updated", "updated", _tolerant.model(ChangeStamp), required=False),
    ),
    additional=None,
)
