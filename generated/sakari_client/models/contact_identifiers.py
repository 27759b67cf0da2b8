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

T = TypeVar("T", bound="ContactIdentifiers")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactIdentifiers(AdditionalProperties[Any]):
    """What identifies a contact inside a message or a conversation.

    Example:
        {'id': 'c-1', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
            'US', 'number': '123-456-7890'}}

    Attributes:
        id (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        mobile (Mobile | Unset): A contact's mobile number and what is known about it. Example: {'country': '<string>',
            'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile: Mobile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.mobile is not UNSET:
            field_dict["mobile"] = self.mobile.to_dict() if isinstance(self.mobile, Mobile) else self.mobile
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
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not (email.__class__ is str or isinstance(email, str)):
            raise DecodeError("string", email, "email")
        if (first_name := src_dict.get("firstName", UNSET)) is UNSET:
            _absent += 1
        elif not (first_name.__class__ is str or isinstance(first_name, str)):
            raise DecodeError("string", first_name, "firstName")
        if (last_name := src_dict.get("lastName", UNSET)) is UNSET:
            _absent += 1
        elif not (last_name.__class__ is str or isinstance(last_name, str)):
            raise DecodeError("string", last_name, "lastName")
        if (mobile := src_dict.get("mobile", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                mobile = _Mobile_from_dict(mobile)
            except DecodeError as _decode_error:
                raise _decode_error.within("mobile") from None
        _instance = _new(cls)
        _instance.id = id
        _instance.email = email
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.mobile = mobile
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 5:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.mobile import Mobile  # noqa: E402

ContactIdentifiers.__tolerant__ = _tolerant.TolerantModel(
    ContactIdentifiers,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(), required=False),
        _tolerant.Field("mobile", "mobile", _tolerant.model(Mobile), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ContactIdentifiers.__tolerant__.names
_Mobile_from_dict = Mobile.from_dict
