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

T = TypeVar("T", bound="Actor")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Actor(AdditionalProperties[Any]):
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
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.sub_source is not UNSET:
            field_dict["subSource"] = self.sub_source
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
        if (first_name := src_dict.get("firstName", UNSET)) is UNSET:
            _absent += 1
        elif not (first_name.__class__ is str or isinstance(first_name, str)):
            raise DecodeError("string", first_name, "firstName")
        if (last_name := src_dict.get("lastName", UNSET)) is UNSET:
            _absent += 1
        elif not (last_name.__class__ is str or isinstance(last_name, str)):
            raise DecodeError("string", last_name, "lastName")
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not (email.__class__ is str or isinstance(email, str)):
            raise DecodeError("string", email, "email")
        if (source := src_dict.get("source", UNSET)) is UNSET:
            _absent += 1
        elif not (source.__class__ is str or isinstance(source, str)):
            raise DecodeError("string", source, "source")
        if (sub_source := src_dict.get("subSource", UNSET)) is UNSET:
            _absent += 1
        elif not (sub_source.__class__ is str or isinstance(sub_source, str)):
            raise DecodeError("string", sub_source, "subSource")
        _instance = _new(cls)
        _instance.id = id
        _instance.name = name
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.email = email
        _instance.source = source
        _instance.sub_source = sub_source
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = Actor.__tolerant__.names
