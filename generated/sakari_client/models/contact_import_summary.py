from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactImportSummary")
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "contacts",
        "errors",
        "submitted",
        "inserted",
        "updated",
        "success",
    }
)


@_attrs_define
class ContactImportSummary:
    """What a CSV import did.

    Example:
        {'contacts': [{'id': 'c-1', 'firstName': 'Joe', 'lastName': 'Bloggs', 'mobile': {'number': '123-456-7890'}}],
            'errors': [{'firstName': 'Ann', 'mobile': {'number': '12'}, 'error': {'code': 'CONT-001', 'description':
            'Invalid mobile number'}}], 'submitted': 2, 'inserted': 1, 'updated': 0, 'success': 1}

    Attributes:
        contacts (list[Contact] | Unset): The contacts imported.
        errors (list[Contact] | Unset): The rows that failed validation, as contacts with their `error`.
        submitted (int | Unset): Rows submitted.
        inserted (int | Unset): Contacts created.
        updated (int | Unset): Existing contacts updated.
        success (int | Unset): Rows imported without error.
    """

    contacts: list[Contact] | Unset = UNSET
    errors: list[Contact] | Unset = UNSET
    submitted: int | Unset = UNSET
    inserted: int | Unset = UNSET
    updated: int | Unset = UNSET
    success: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        submitted = self.submitted

        inserted = self.inserted

        updated = self.updated

        success = self.success

        field_dict: dict[str, Any] = {}
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if errors is not UNSET:
            field_dict["errors"] = errors
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
        if updated is not UNSET:
            field_dict["updated"] = updated
        if success is not UNSET:
            field_dict["success"] = success
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _field, _unset, _absent = src_dict.get, UNSET, 0
        contacts = _field("contacts", _unset)
        if contacts is _unset:
            _absent += 1
        else:
            if not isinstance(contacts, list):
                raise DecodeError("array", contacts, "contacts")
            try:
                contacts_decoded: list[Any] = []
                for contacts_index, contacts_item in enumerate(contacts):
                    try:
                        contacts_item = Contact.from_dict(contacts_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, contacts_index)
                        raise

                    contacts_decoded.append(contacts_item)
                contacts = contacts_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "contacts")
                raise

        errors = _field("errors", _unset)
        if errors is _unset:
            _absent += 1
        else:
            if not isinstance(errors, list):
                raise DecodeError("array", errors, "errors")
            try:
                errors_decoded: list[Any] = []
                for errors_index, errors_item in enumerate(errors):
                    try:
                        errors_item = Contact.from_dict(errors_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, errors_index)
                        raise

                    errors_decoded.append(errors_item)
                errors = errors_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "errors")
                raise

        submitted = _field("submitted", _unset)
        if submitted is _unset:
            _absent += 1
        elif not (isinstance(submitted, int) and not isinstance(submitted, bool)):
            raise DecodeError("integer", submitted, "submitted")

        inserted = _field("inserted", _unset)
        if inserted is _unset:
            _absent += 1
        elif not (isinstance(inserted, int) and not isinstance(inserted, bool)):
            raise DecodeError("integer", inserted, "inserted")

        updated = _field("updated", _unset)
        if updated is _unset:
            _absent += 1
        elif not (isinstance(updated, int) and not isinstance(updated, bool)):
            raise DecodeError("integer", updated, "updated")

        success = _field("success", _unset)
        if success is _unset:
            _absent += 1
        elif not (isinstance(success, int) and not isinstance(success, bool)):
            raise DecodeError("integer", success, "success")

        _instance = object.__new__(cls)
        _instance.contacts = contacts
        _instance.errors = errors
        _instance.submitted = submitted
        _instance.inserted = inserted
        _instance.updated = updated
        _instance.success = success
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 6:
            _instance.additional_properties = {}
        else:
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
from ..models.contact import Contact  # noqa: E402
