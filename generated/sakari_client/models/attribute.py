from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attribute")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Attribute(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.data_type is not UNSET:
            field_dict["dataType"] = self.data_type
        if self.created is not UNSET:
            field_dict["created"] = self.created.to_dict() if isinstance(self.created, ChangeStamp) else self.created
        if self.updated is not UNSET:
            field_dict["updated"] = self.updated.to_dict() if isinstance(self.updated, ChangeStamp) else self.updated
        # Known fields win over an additional property of the same name.
        for prop_name, prop in self.additional_properties.items():
            if prop_name not in field_dict:
                field_dict[prop_name] = to_json(prop)
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (name := src_dict.get("name", UNSET)) is UNSET:
            _absent += 1
        elif not (name.__class__ is str or isinstance(name, str)):
            raise DecodeError("string", name, "name")
        if (label := src_dict.get("label", UNSET)) is UNSET:
            _absent += 1
        elif not (label.__class__ is str or isinstance(label, str)):
            raise DecodeError("string", label, "label")
        if (type_ := src_dict.get("type", UNSET)) is UNSET:
            _absent += 1
        elif not (type_.__class__ is str or isinstance(type_, str)):
            raise DecodeError("string", type_, "type")
        if (data_type := src_dict.get("dataType", UNSET)) is UNSET:
            _absent += 1
        elif not (data_type.__class__ is str or isinstance(data_type, str)):
            raise DecodeError("string", data_type, "dataType")
        if (created := src_dict.get("created", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                created = _ChangeStamp_from_dict(created)
            except DecodeError as _decode_error:
                raise _decode_error.within("created") from None
        if (updated := src_dict.get("updated", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                updated = _ChangeStamp_from_dict(updated)
            except DecodeError as _decode_error:
                raise _decode_error.within("updated") from None
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Attribute.__tolerant__.names
_ChangeStamp_from_dict = ChangeStamp.from_dict
