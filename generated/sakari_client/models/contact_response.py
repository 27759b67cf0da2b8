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

T = TypeVar("T", bound="ContactResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactResponse(AdditionalProperties[Any]):
    """One contact. Neither the update page nor Sakari's description marks a field required.

    Example:
        {'success': True, 'data': {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName':
            'Bloggs', 'mobile': {'country': '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z',
            'valid': True, 'lineType': 'mobile'}, 'lists': [{'id': '<string>', 'name': '<string>', 'source': {'id':
            '<string>', 'integration': '<string>', 'lastSynced': '<string>'}, 'keyword': '<string>', 'doubleOptIn':
            {'enabled': True, 'prompt': '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>',
            'comparator': '<string>', 'value': ['<string>']}], 'list': '<string>', 'valid': True, 'invalid': True,
            'blocked': True, 'unblocked': True, 'optIn': True}, 'optInConfirmation': '<string>', 'optIn':
            '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}], 'attributes': {}, 'optIn': '2023-11-07T05:31:56Z',
            'blocked': '2023-11-07T05:31:56Z', 'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id':
            123}, 'valid': True, 'error': {'code': 'CONT-010', 'description': 'Contact has requested no further
            communication'}, 'created': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs',
            'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource':
            '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs',
            'firstName': 'Joe', 'lastName': 'Bloggs', 'email': 'joe@bloggs.com', 'source': '<string>', 'subSource':
            '<string>'}}}}

    Attributes:
        success (bool | Unset):
        data (Contact | Unset): A contact. The documentation samples mangle some e-mail values to `[email protected]`;
            e-mail fields are therefore plain strings. Every field is optional: the pages mark none
            as required.
             Example: {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile':
            {'country': '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType':
            'mobile'}, 'lists': [{'id': '<string>', 'name': '<string>', 'source': {'id': '<string>', 'integration':
            '<string>', 'lastSynced': '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt':
            '<string>'}, 'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>', 'comparator': '<string>',
            'value': ['<string>']}], 'list': '<string>', 'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True,
            'optIn': True}, 'optInConfirmation': '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut':
            '2023-11-07T05:31:56Z'}], 'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z',
            'activecampaign': {'id': 123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid': True, 'error':
            {'code': 'CONT-010', 'description': 'Contact has requested no further communication'}, 'created': {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at':
            '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
            'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}.
    """

    success: bool | Unset = UNSET
    data: Contact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.data is not UNSET:
            field_dict["data"] = self.data.to_dict() if isinstance(self.data, Contact) else self.data
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
        if (success := src_dict.get("success", UNSET)) is UNSET:
            _absent += 1
        elif not (success is True or success is False):
            raise DecodeError("boolean", success, "success")
        if (data := src_dict.get("data", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                data = _Contact_from_dict(data)
            except DecodeError as _decode_error:
                raise _decode_error.within("data") from None
        _instance = _new(cls)
        _instance.success = success
        _instance.data = data
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 2:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact import Contact  # noqa: E402

ContactResponse.__tolerant__ = _tolerant.TolerantModel(
    ContactResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=False),
        _tolerant.Field("data", "data", _tolerant.model(Contact), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ContactResponse.__tolerant__.names
_Contact_from_dict = Contact.from_dict
