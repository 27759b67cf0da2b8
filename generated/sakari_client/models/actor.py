from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Actor")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "firstName",
        "lastName",
        "email",
        "source",
        "subSource",
    }
)


@_attrs_define
class Actor:
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
        id = self.id

        name = self.name

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        source = self.source

        sub_source = self.sub_source

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if source is not UNSET:
            field_dict["source"] = source
        if sub_source is not UNSET:
            field_dict["subSource"] = sub_source
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

        if "firstName" in src_dict:
            first_name = src_dict["firstName"]
            if not (first_name.__class__ is str or isinstance(first_name, str)):
                raise DecodeError("string", first_name, "firstName")
        else:
            first_name = UNSET
            _absent += 1

        if "lastName" in src_dict:
            last_name = src_dict["lastName"]
            if not (last_name.__class__ is str or isinstance(last_name, str)):
                raise DecodeError("string", last_name, "lastName")
        else:
            last_name = UNSET
            _absent += 1

        if "email" in src_dict:
            email = src_dict["email"]
            if not (email.__class__ is str or isinstance(email, str)):
                raise DecodeError("string", email, "email")
        else:
            email = UNSET
            _absent += 1

        if "source" in src_dict:
            source = src_dict["source"]
            if not (source.__class__ is str or isinstance(source, str)):
                raise DecodeError("string", source, "source")
        else:
            source = UNSET
            _absent += 1

        if "subSource" in src_dict:
            sub_source = src_dict["subSource"]
            if not (sub_source.__class__ is str or isinstance(sub_source, str)):
                raise DecodeError("string", sub_source, "subSource")
        else:
            sub_source = UNSET
            _absent += 1

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
