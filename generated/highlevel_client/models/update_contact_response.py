from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContactResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class UpdateContactResponse(AdditionalProperties[Any]):
    """The answer to an update. The service spells its flag `succeded`.

    Example:
        {'succeded': True, 'contact': {'id': 'seD4PfOuKoVMLkEZqohJ', 'firstName': 'rosan'}}

    Attributes:
        contact (ContactDetail): A contact as HighLevel answers a read, an update or an upsert.
            Fields that a create or an update may set to null (HighLevel's request descriptions mark
            them nullable) are nullable here too: the service answers a cleared field as null.
             Example: {'id': 'seD4PfOuKoVMLkEZqohJ', 'name': 'rubika deo', 'locationId': 've9EPM428h8vShlRW1KT',
            'firstName': 'rubika', 'lastName': 'Deo', 'email': 'rubika@deos.com', 'timezone': 'Asia/Calcutta', 'phone':
            '+18832327657', 'dnd': True, 'dndSettings': {'SMS': {'status': 'active', 'message': 'STOP received', 'code':
            'SMS-2'}}, 'tags': ['nisi sint commodo amet'], 'dateAdded': '2021-07-02T05:18:26.704Z', 'customFields': [{'id':
            'MgobCB14YMVKuE4Ka8p1', 'value': 'name'}], 'attributionSource': {'url': 'https://example.com/landing',
            'utmSource': 'newsletter'}, 'visitorId': 've9EPM428h8vShlRW1KT'}.
        succeeded (bool | Unset):
    """

    contact: ContactDetail
    succeeded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.succeeded is not UNSET:
            field_dict["succeded"] = self.succeeded
        if not isinstance(self.contact, Unset):
            field_dict["contact"] = self.contact.to_dict() if isinstance(self.contact, ContactDetail) else self.contact
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
        if (contact := src_dict.get("contact", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "contact")
        else:
            try:
                contact = _ContactDetail_from_dict(contact)
            except DecodeError as _decode_error:
                raise _decode_error.within("contact") from None
        if (succeeded := src_dict.get("succeded", UNSET)) is UNSET:
            _absent += 1
        elif not (succeeded is True or succeeded is False):
            raise DecodeError("boolean", succeeded, "succeded")
        _instance = _new(cls)
        _instance.contact = contact
        _instance.succeeded = succeeded
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact_detail import ContactDetail  # noqa: E402

UpdateContactResponse.__tolerant__ = _tolerant.TolerantModel(
    UpdateContactResponse,
    (
        _tolerant.Field("contact", "contact", _tolerant.model(ContactDetail), required=True),
        _tolerant.Field("succeded", "succeeded", _tolerant.boolean(), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = UpdateContactResponse.__tolerant__.names
_ContactDetail_from_dict = ContactDetail.from_dict
