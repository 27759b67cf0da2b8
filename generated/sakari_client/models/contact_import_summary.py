from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactImportSummary")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        contacts: Any = self.contacts
        if isinstance(self.contacts, list):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item: Any = contacts_item_data
                if isinstance(contacts_item_data, Contact):
                    contacts_item = contacts_item_data.to_dict()

                contacts.append(contacts_item)

        errors: Any = self.errors
        if isinstance(self.errors, list):
            errors = []
            for errors_item_data in self.errors:
                errors_item: Any = errors_item_data
                if isinstance(errors_item_data, Contact):
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if "contacts" in src_dict:
            contacts = src_dict["contacts"]
            if not isinstance(contacts, list):
                raise DecodeError("array", contacts, "contacts")
            contacts_decoded: list[Any] = []
            try:
                for contacts_item in contacts:
                    contacts_decoded.append(_Contact_from_dict(contacts_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("contacts", len(contacts_decoded))
                raise
            contacts = contacts_decoded
        else:
            contacts = UNSET
            _absent += 1

        if "errors" in src_dict:
            errors = src_dict["errors"]
            if not isinstance(errors, list):
                raise DecodeError("array", errors, "errors")
            errors_decoded: list[Any] = []
            try:
                for errors_item in errors:
                    errors_decoded.append(_Contact_from_dict(errors_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("errors", len(errors_decoded))
                raise
            errors = errors_decoded
        else:
            errors = UNSET
            _absent += 1

        if "submitted" in src_dict:
            submitted = src_dict["submitted"]
            if not (submitted.__class__ is int or (isinstance(submitted, int) and not isinstance(submitted, bool))):
                raise DecodeError("integer", submitted, "submitted")
        else:
            submitted = UNSET
            _absent += 1

        if "inserted" in src_dict:
            inserted = src_dict["inserted"]
            if not (inserted.__class__ is int or (isinstance(inserted, int) and not isinstance(inserted, bool))):
                raise DecodeError("integer", inserted, "inserted")
        else:
            inserted = UNSET
            _absent += 1

        if "updated" in src_dict:
            updated = src_dict["updated"]
            if not (updated.__class__ is int or (isinstance(updated, int) and not isinstance(updated, bool))):
                raise DecodeError("integer", updated, "updated")
        else:
            updated = UNSET
            _absent += 1

        if "success" in src_dict:
            success = src_dict["success"]
            if not (success.__class__ is int or (isinstance(success, int) and not isinstance(success, bool))):
                raise DecodeError("integer", success, "success")
        else:
            success = UNSET
            _absent += 1

        _instance = _new(cls)
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
from ..models.contact import Contact  # noqa: E402

ContactImportSummary.__tolerant__ = _tolerant.TolerantModel(
    ContactImportSummary,
    (
        _tolerant.Field("contacts", "contacts", _tolerant.array(_tolerant.model(Contact)), required=False),
        _tolerant.Field("errors", "errors", _tolerant.array(_tolerant.model(Contact)), required=False),
        _tolerant.Field("submitted", "submitted", _tolerant.integer(), required=False),
        _tolerant.Field("inserted", "inserted", _tolerant.integer(), required=False),
        _tolerant.Field("updated", "updated", _tolerant.integer(), required=False),
        _tolerant.Field("success", "success", _tolerant.integer(), required=False),
    ),
    additional=None,
)

_Contact_from_dict = Contact.from_dict
