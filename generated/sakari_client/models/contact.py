from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="Contact")
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "id",
        "email",
        "firstName",
        "lastName",
        "mobile",
        "lists",
        "attributes",
        "tags",
        "optIn",
        "blocked",
        "activecampaign",
        "hubspot",
        "pipedrive",
        "valid",
        "error",
        "created",
        "updated",
    }
)


@_attrs_define
class Contact:
    """A contact. The documentation samples mangle some e-mail values to `[email protected]`;
    e-mail fields are therefore plain strings. Every field is optional: the pages mark none
    as required.

        Example:
            {'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile': {'country':
                '<string>', 'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'},
                'lists': [{'id': '<string>', 'name': '<string>', 'source': {'id': '<string>', 'integration': '<string>',
                'lastSynced': '<string>'}, 'keyword': '<string>', 'doubleOptIn': {'enabled': True, 'prompt': '<string>'},
                'filter': {'q': '<string>', 'attributes': [{'attribute': '<string>', 'comparator': '<string>', 'value':
                ['<string>']}], 'list': '<string>', 'valid': True, 'invalid': True, 'blocked': True, 'unblocked': True, 'optIn':
                True}, 'optInConfirmation': '<string>', 'optIn': '2023-11-07T05:31:56Z', 'optOut': '2023-11-07T05:31:56Z'}],
                'attributes': {}, 'optIn': '2023-11-07T05:31:56Z', 'blocked': '2023-11-07T05:31:56Z', 'activecampaign': {'id':
                123}, 'hubspot': {'id': 123}, 'pipedrive': {'id': 123}, 'valid': True, 'error': {'code': 'CONT-010',
                'description': 'Contact has requested no further communication'}, 'created': {'at': '2023-11-07T05:31:56Z',
                'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email':
                'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}, 'updated': {'at': '2023-11-07T05:31:56Z',
                'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs', 'email':
                'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}

        Attributes:
            id (str | Unset):
            email (str | Unset):
            first_name (str | Unset):
            last_name (str | Unset):
            mobile (Mobile | Unset): A contact's mobile number and what is known about it. Example: {'country': '<string>',
                'number': '123-456-7890', 'verified': '2023-11-07T05:31:56Z', 'valid': True, 'lineType': 'mobile'}.
            lists (list[ContactList] | Unset):
            attributes (ContactAttributes | Unset): Free-form custom attribute values of a contact, keyed by attribute name.
                Example: {}.
            tags (list[Tag] | Unset):
            opt_in (datetime.datetime | Unset): When the contact opted in.
            blocked (datetime.datetime | Unset): When the contact was blocked.
            activecampaign (IntegrationLink | Unset): The identifier of the contact in a connected CRM. Example: {'id':
                123}.
            hubspot (IntegrationLink | Unset): The identifier of the contact in a connected CRM. Example: {'id': 123}.
            pipedrive (IntegrationLink | Unset): The identifier of the contact in a connected CRM. Example: {'id': 123}.
            valid (bool | Unset):
            error (ContactError | Unset): Why the service will not message a contact (per-contact, not a request error).
                Example: {'code': 'CONT-010', 'description': 'Contact has requested no further communication'}.
            created (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
                '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
                'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
            updated (ChangeStamp | Unset): When a record was created or changed, and by whom. Example: {'at':
                '2023-11-07T05:31:56Z', 'by': {'id': '<string>', 'name': 'Joe Bloggs', 'firstName': 'Joe', 'lastName': 'Bloggs',
                'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}.
    """

    id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile: Mobile | Unset = UNSET
    lists: list[ContactList] | Unset = UNSET
    attributes: ContactAttributes | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    opt_in: datetime.datetime | Unset = UNSET
    blocked: datetime.datetime | Unset = UNSET
    activecampaign: IntegrationLink | Unset = UNSET
    hubspot: IntegrationLink | Unset = UNSET
    pipedrive: IntegrationLink | Unset = UNSET
    valid: bool | Unset = UNSET
    error: ContactError | Unset = UNSET
    created: ChangeStamp | Unset = UNSET
    updated: ChangeStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        mobile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile, Unset):
            mobile = self.mobile.to_dict()

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        opt_in: str | Unset = UNSET
        if not isinstance(self.opt_in, Unset):
            opt_in = format_datetime(self.opt_in)

        blocked: str | Unset = UNSET
        if not isinstance(self.blocked, Unset):
            blocked = format_datetime(self.blocked)

        activecampaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activecampaign, Unset):
            activecampaign = self.activecampaign.to_dict()

        hubspot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hubspot, Unset):
            hubspot = self.hubspot.to_dict()

        pipedrive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipedrive, Unset):
            pipedrive = self.pipedrive.to_dict()

        valid = self.valid

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

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
        if lists is not UNSET:
            field_dict["lists"] = lists
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if tags is not UNSET:
            field_dict["tags"] = tags
        if opt_in is not UNSET:
            field_dict["optIn"] = opt_in
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if activecampaign is not UNSET:
            field_dict["activecampaign"] = activecampaign
        if hubspot is not UNSET:
            field_dict["hubspot"] = hubspot
        if pipedrive is not UNSET:
            field_dict["pipedrive"] = pipedrive
        if valid is not UNSET:
            field_dict["valid"] = valid
        if error is not UNSET:
            field_dict["error"] = error
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
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
        id = _field("id", _unset)
        if id is _unset:
            _absent += 1
        elif not isinstance(id, str):
            raise DecodeError("string", id, "id")

        email = _field("email", _unset)
        if email is _unset:
            _absent += 1
        elif not isinstance(email, str):
            raise DecodeError("string", email, "email")

        first_name = _field("firstName", _unset)
        if first_name is _unset:
            _absent += 1
        elif not isinstance(first_name, str):
            raise DecodeError("string", first_name, "firstName")

        last_name = _field("lastName", _unset)
        if last_name is _unset:
            _absent += 1
        elif not isinstance(last_name, str):
            raise DecodeError("string", last_name, "lastName")

        mobile = _field("mobile", _unset)
        if mobile is _unset:
            _absent += 1
        else:
            try:
                mobile = Mobile.from_dict(mobile)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "mobile")
                raise

        lists = _field("lists", _unset)
        if lists is _unset:
            _absent += 1
        else:
            if not isinstance(lists, list):
                raise DecodeError("array", lists, "lists")
            try:
                lists_decoded: list[Any] = []
                for lists_index, lists_item in enumerate(lists):
                    try:
                        lists_item = ContactList.from_dict(lists_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, lists_index)
                        raise

                    lists_decoded.append(lists_item)
                lists = lists_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "lists")
                raise

        attributes = _field("attributes", _unset)
        if attributes is _unset:
            _absent += 1
        else:
            try:
                attributes = ContactAttributes.from_dict(attributes)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributes")
                raise

        tags = _field("tags", _unset)
        if tags is _unset:
            _absent += 1
        else:
            if not isinstance(tags, list):
                raise DecodeError("array", tags, "tags")
            try:
                tags_decoded: list[Any] = []
                for tags_index, tags_item in enumerate(tags):
                    try:
                        tags_item = Tag.from_dict(tags_item)
                    except DecodeError as _decode_error:
                        _decode_error.path.insert(0, tags_index)
                        raise

                    tags_decoded.append(tags_item)
                tags = tags_decoded
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "tags")
                raise

        opt_in = _field("optIn", _unset)
        if opt_in is _unset:
            _absent += 1
        else:
            if not isinstance(opt_in, str):
                raise DecodeError("RFC 3339 date-time string", opt_in, "optIn")
            if len(opt_in) < 19 or opt_in[10] not in "Tt ":
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "optIn")
            try:
                opt_in = datetime_fromisoformat(opt_in)
            except ValueError:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "optIn") from None

        blocked = _field("blocked", _unset)
        if blocked is _unset:
            _absent += 1
        else:
            if not isinstance(blocked, str):
                raise DecodeError("RFC 3339 date-time string", blocked, "blocked")
            if len(blocked) < 19 or blocked[10] not in "Tt ":
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "blocked")
            try:
                blocked = datetime_fromisoformat(blocked)
            except ValueError:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "blocked") from None

        activecampaign = _field("activecampaign", _unset)
        if activecampaign is _unset:
            _absent += 1
        else:
            try:
                activecampaign = IntegrationLink.from_dict(activecampaign)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "activecampaign")
                raise

        hubspot = _field("hubspot", _unset)
        if hubspot is _unset:
            _absent += 1
        else:
            try:
                hubspot = IntegrationLink.from_dict(hubspot)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "hubspot")
                raise

        pipedrive = _field("pipedrive", _unset)
        if pipedrive is _unset:
            _absent += 1
        else:
            try:
                pipedrive = IntegrationLink.from_dict(pipedrive)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "pipedrive")
                raise

        valid = _field("valid", _unset)
        if valid is _unset:
            _absent += 1
        elif not isinstance(valid, bool):
            raise DecodeError("boolean", valid, "valid")

        error = _field("error", _unset)
        if error is _unset:
            _absent += 1
        else:
            try:
                error = ContactError.from_dict(error)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "error")
                raise

        created = _field("created", _unset)
        if created is _unset:
            _absent += 1
        else:
            try:
                created = ChangeStamp.from_dict(created)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "created")
                raise

        updated = _field("updated", _unset)
        if updated is _unset:
            _absent += 1
        else:
            try:
                updated = ChangeStamp.from_dict(updated)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "updated")
                raise

        _instance = object.__new__(cls)
        _instance.id = id
        _instance.email = email
        _instance.first_name = first_name
        _instance.last_name = last_name
        _instance.mobile = mobile
        _instance.lists = lists
        _instance.attributes = attributes
        _instance.tags = tags
        _instance.opt_in = opt_in
        _instance.blocked = blocked
        _instance.activecampaign = activecampaign
        _instance.hubspot = hubspot
        _instance.pipedrive = pipedrive
        _instance.valid = valid
        _instance.error = error
        _instance.created = created
        _instance.updated = updated
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 17:
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
from ..models.change_stamp import ChangeStamp  # noqa: E402
from ..models.contact_attributes import ContactAttributes  # noqa: E402
from ..models.contact_error import ContactError  # noqa: E402
from ..models.contact_list import ContactList  # noqa: E402
from ..models.integration_link import IntegrationLink  # noqa: E402
from ..models.mobile import Mobile  # noqa: E402
from ..models.tag import Tag  # noqa: E402
