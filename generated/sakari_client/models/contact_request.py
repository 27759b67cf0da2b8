from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactRequest(AdditionalProperties[Any]):
    """The fields of a contact that a create or an update sets. Sakari's description builds it on
    the contact identifiers, so it carries `id`: a send names existing contacts by it.

        Example:
            {'firstName': 'Chris', 'lastName': 'Thomson', 'mobile': {'number': '+1234567890', 'country': 'US'}}

        Attributes:
            id (str | Unset): Identifier of an existing contact. Sakari's description does not say what a create or
                an update does with it.
            email (str | Unset):
            first_name (str | Unset):
            last_name (str | Unset):
            mobile (Mobile | Unset): A contact's mobile number and what is known about it. Example: {'country': '<string>',
                'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}.
            attributes (ContactAttributes | Unset): Free-form custom attribute values of a contact, keyed by attribute name.
                Example: {}.
            tags (list[Tag] | Unset):
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile: Mobile | Unset = UNSET
    attributes: ContactAttributes | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
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
        if self.attributes is not UNSET:
            field_dict["attributes"] = (
                self.attributes.to_dict() if isinstance(self.attributes, ContactAttributes) else self.attributes
            )
        if self.tags is not UNSET:
            field_dict["tags"] = (
                [item.to_dict() if isinstance(item, Tag) else item for item in self.tags]
                if isinstance(self.tags, list)
                else self.tags
            )
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
        if (attributes := src_dict.get("attributes", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                attributes = _ContactAttributes_from_dict(attributes)
            except DecodeError as _decode_error:
                raise _decode_error.within("attributes") from None
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        elif tags.__class__ is not list and not isinstance(tags, list):
            raise DecodeError("array", tags, "tags")
        else:
            try:
                tags = [_Tag_from_dict(item) for item in tags]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("tags", _decode.first_failure(_Tag_from_dict, tags)) from None
        _instance = _new(cls)
        _instance.id = id
        _instance.email = email
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.mobile = mobile
        _instance.attributes = attributes
        _instance.tags = tags
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 7:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact_attributes import ContactAttributes  # noqa: E402
from ..models.mobile import Mobile  # noqa: E402
from ..models.tag import Tag  # noqa: E402

ContactRequest.__tolerant__ = _tolerant.TolerantModel(
    ContactRequest,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(), required=False),
        _tolerant.Field("mobile", "mobile", _tolerant.model(Mobile), required=False),
        _tolerant.Field("attributes", "attributes", _tolerant.model(ContactAttributes), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.model(Tag)), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ContactRequest.__tolerant__.names
_ContactAttributes_from_dict = ContactAttributes.from_dict
_Mobile_from_dict = Mobile.from_dict
_Tag_from_dict = Tag.from_dict
