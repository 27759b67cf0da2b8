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

T = TypeVar("T", bound="ContactImportSummary")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactImportSummary(AdditionalProperties[Any]):
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
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.contacts is not UNSET:
            field_dict["contacts"] = (
                [item.to_dict() if isinstance(item, Contact) else item for item in self.contacts]
                if isinstance(self.contacts, list)
                else self.contacts
            )
        if self.errors is not UNSET:
            field_dict["errors"] = (
                [item.to_dict() if isinstance(item, Contact) else item for item in self.errors]
                if isinstance(self.errors, list)
                else self.errors
            )
        if self.submitted is not UNSET:
            field_dict["submitted"] = self.submitted
        if self.inserted is not UNSET:
            field_dict["inserted"] = self.inserted
        if self.updated is not UNSET:
            field_dict["updated"] = self.updated
        if self.success is not UNSET:
            field_dict["success"] = self.success
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
        if (contacts := src_dict.get("contacts", UNSET)) is UNSET:
            _absent += 1
        elif contacts.__class__ is not list and not isinstance(contacts, list):
            raise DecodeError("array", contacts, "contacts")
        else:
            try:
                contacts = [_Contact_from_dict(item) for item in contacts]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("contacts", _decode.first_failure(_Contact_from_dict, contacts)) from None
        if (errors := src_dict.get("errors", UNSET)) is UNSET:
            _absent += 1
        elif errors.__class__ is not list and not isinstance(errors, list):
            raise DecodeError("array", errors, "errors")
        else:
            try:
                errors = [_Contact_from_dict(item) for item in errors]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("errors", _decode.first_failure(_Contact_from_dict, errors)) from None
        if (submitted := src_dict.get("submitted", UNSET)) is UNSET:
            _absent += 1
        elif not (submitted.__class__ is int or (isinstance(submitted, int) and not isinstance(submitted, bool))):
            raise DecodeError("integer", submitted, "submitted")
        if (inserted := src_dict.get("inserted", UNSET)) is UNSET:
            _absent += 1
        elif not (inserted.__class__ is int or (isinstance(inserted, int) and not isinstance(inserted, bool))):
            raise DecodeError("integer", inserted, "inserted")
        if (updated := src_dict.get("updated", UNSET)) is UNSET:
            _absent += 1
        elif not (updated.__class__ is int or (isinstance(updated, int) and not isinstance(updated, bool))):
            raise DecodeError("integer", updated, "updated")
        if (success := src_dict.get("success", UNSET)) is UNSET:
            _absent += 1
        elif not (success.__class__ is int or (isinstance(success, int) and not isinstance(success, bool))):
            raise DecodeError("integer", success, "success")
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


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
_FIELD_NAMES = ContactImportSummary.__tolerant__.names
_Contact_from_dict = Contact.from_dict
