from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model


@_attrs_define
class GetContactResponse(Model, AdditionalProperties[Any]):
    """The answer to a read (no field is marked required by any source).

    Example:
        {'contact': {'id': 'seD4PfOuKoVMLkEZqohJ', 'firstName': 'rubika', 'lastName': 'Deo'}}

    Attributes:
        contact (ContactDetail): A whole contact, as HighLevel answers a create, a read, an update or an upsert (search
            items, `SearchedContact`, build on this schema).
            Fields that a create or an update may set to null (HighLevel's request descriptions mark
            them nullable) are nullable here too: the service answers a cleared field as null.
            Beside the fields HighLevel's descriptions list, it has those that answers of the live
            service carry (`createdBy`, `followers`, `additionalEmails`, `additionalPhones`,
            `businessName`); every one is optional.
             Example: {'id': 'seD4PfOuKoVMLkEZqohJ', 'name': 'rubika deo', 'locationId': 've9EPM428h8vShlRW1KT',
            'firstName': 'rubika', 'lastName': 'Deo', 'email': 'rubika@deos.com', 'timezone': 'Asia/Calcutta', 'phone':
            '+18832327657', 'dnd': True, 'tags': ['nisi sint commodo amet'], 'dateAdded': '2021-07-02T05:18:26.704Z',
            'customFields': [{'id': 'MgobCB14YMVKuE4Ka8p1', 'value': 'name'}], 'attributionSource': {'url':
            'https://example.com/landing', 'utmSource': 'newsletter'}, 'visitorId': 've9EPM428h8vShlRW1KT', 'dndSettings':
            {'sms': {'status': 'active', 'message': 'STOP received', 'code': 'SMS-2'}}}.
    """

    contact: ContactDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact_detail import ContactDetail  # noqa: E402

GetContactResponse.__tolerant__ = _tolerant.TolerantModel(
    GetContactResponse,
    (_tolerant.Field("contact", "contact", _tolerant.model(ContactDetail), required=True),),
    additional=None,
)
