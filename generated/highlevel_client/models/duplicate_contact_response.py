from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_detail import ContactDetail


T = TypeVar("T", bound="DuplicateContactResponse")


@_attrs_define
class DuplicateContactResponse:
    """The duplicate contact, or null when there is none.

    Example:
        {'contact': {'id': 'seD4PfOuKoVMLkEZqohJ', 'email': 'rosan@deos.com'}}

    Attributes:
        contact (ContactDetail | None | Unset): The duplicate, or null (OpenAPI 3.0 spells a null-only value as a
            nullable enum of null).
    """

    contact: ContactDetail | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_detail import ContactDetail

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ContactDetail):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}
        if contact is not UNSET:
            field_dict["contact"] = contact
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
        from ..models.contact_detail import ContactDetail

        if not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        d = dict(src_dict)
        contact = d.pop("contact", UNSET)
        if contact is not UNSET:
            if contact is None:
                if contact is not None:
                    raise DecodeError("null", contact, "contact")

            elif isinstance(contact, dict):
                try:
                    contact = ContactDetail.from_dict(contact)
                except DecodeError as _decode_error:
                    _decode_error.path.insert(0, "contact")
                    raise

            else:
                raise DecodeError("object or null", contact, "contact")

        duplicate_contact_response = cls(
            contact=contact,
        )

        for prop_name, prop_value in d.items():
            d[prop_name] = prop_value
        duplicate_contact_response.additional_properties = d
        return duplicate_contact_response

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
