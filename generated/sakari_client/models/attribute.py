from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attribute")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "label",
        "type",
        "dataType",
        "created",
        "updated",
    }
)


@_attrs_define
class Attribute:
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        label = self.label

        type_ = self.type_

        data_type = self.data_type

        created: Any = self.created
        if isinstance(self.created, ChangeStamp):
            created = self.created.to_dict()

        updated: Any = self.updated
        if isinstance(self.updated, ChangeStamp):
            updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
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
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "name" in src_dict:
            name = src_dict["name"]
            if not (name.__class__ is str or isinstance(name, str)):
                raise DecodeError("string", name, "name")
        else:
            name = UNSET
            _absent += 1

        if "label" in src_dict:
            label = src_dict["label"]
            if not (label.__class__ is str or isinstance(label, str)):
                raise DecodeError("string", label, "label")
        else:
            label = UNSET
            _absent += 1

        if "type" in src_dict:
            type_ = src_dict["type"]
            if not (type_.__class__ is str or isinstance(type_, str)):
                raise DecodeError("string", type_, "type")
        else:
            type_ = UNSET
            _absent += 1

        if "dataType" in src_dict:
            data_type = src_dict["dataType"]
            if not (data_type.__class__ is str or isinstance(data_type, str)):
                raise DecodeError("string", data_type, "dataType")
        else:
            data_type = UNSET
            _absent += 1

        if "created" in src_dict:
            created = src_dict["created"]
            try:
                created = _ChangeStamp_from_dict(created)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "created")
                raise
        else:
            created = UNSET
            _absent += 1

        if "updated" in src_dict:
            updated = src_dict["updated"]
            try:
                updated = _ChangeStamp_from_dict(updated)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "updated")
                raise
        else:
            updated = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.label = label
        _instance.type_ = type_
        _instance.data_type = data_type
        _instance.created = created
        _instance.updated = updated
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
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

_ChangeStamp_from_dict = ChangeStamp.from_dict
