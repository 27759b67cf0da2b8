from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactRequest(Model, AdditionalProperties[Any]):
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
