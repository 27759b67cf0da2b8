from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRequest")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "email",
        "firstName",
        "lastName",
        "mobile",
        "attributes",
        "tags",
    }
)


@_attrs_define
class ContactRequest:
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
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        mobile: Any = self.mobile
        if isinstance(self.mobile, Mobile):
            mobile = self.mobile.to_dict()

        attributes: Any = self.attributes
        if isinstance(self.attributes, ContactAttributes):
            attributes = self.attributes.to_dict()

        tags: Any = self.tags
        if isinstance(self.tags, list):
            tags = []
            for tags_item_data in self.tags:
                tags_item: Any = tags_item_data
                if isinstance(tags_item_data, Tag):
                    tags_item = tags_item_data.to_dict()

                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if tags is not UNSET:
            field_dict["tags"] = tags
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

        if "email" in src_dict:
            email = src_dict["email"]
            if not (email.__class__ is str or isinstance(email, str)):
                raise DecodeError("string", email, "email")
        else:
            email = UNSET
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

        if "mobile" in src_dict:
            mobile = src_dict["mobile"]
            try:
                mobile = _Mobile_from_dict(mobile)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "mobile")
                raise
        else:
            mobile = UNSET
            _absent += 1

        if "attributes" in src_dict:
            attributes = src_dict["attributes"]
            try:
                attributes = _ContactAttributes_from_dict(attributes)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributes")
                raise
        else:
            attributes = UNSET
            _absent += 1

        if "tags" in src_dict:
            tags = src_dict["tags"]
            if not isinstance(tags, list):
                raise DecodeError("array", tags, "tags")
            tags_decoded: list[Any] = []
            try:
                for tags_item in tags:
                    tags_decoded.append(_Tag_from_dict(tags_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("tags", len(tags_decoded))
                raise
            tags = tags_decoded
        else:
            tags = UNSET
            _absent += 1

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

_ContactAttributes_from_dict = ContactAttributes.from_dict
_Mobile_from_dict = Mobile.from_dict
_Tag_from_dict = Tag.from_dict
