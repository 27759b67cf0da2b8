from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="Contact")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class Contact(AdditionalProperties[Any]):
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.first_name is not UNSET:
            field_dict["firstName"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["lastName"] = self.last_name
        if self.mobile is not UNSET:
            field_dict["mobile"] = self.mobile.to_dict() if isinstance(self.mobile, Mobile) else self.mobile
        if self.lists is not UNSET:
            field_dict["lists"] = (
                [item.to_dict() if isinstance(item, ContactList) else item for item in self.lists]
                if isinstance(self.lists, list)
                else self.lists
            )
        if self.attributes is not UNSET:
            field_dict["attributes"] = (
                self.attributes.to_dict() if isinstance(self.attributes, ContactAttributes) else self.attributes
            )
        if self.tags is not UNSET:
            field_dict["tags"] = (
                [item.to_dict() if isinstance(item, Tag) else item for item in self.tags]
                if isinstance(self.tags, list)
                else self.tags
            )
        if self.opt_in is not UNSET:
            field_dict["optIn"] = (
                format_datetime(self.opt_in) if isinstance(self.opt_in, datetime.datetime) else self.opt_in
            )
        if self.blocked is not UNSET:
            field_dict["blocked"] = (
                format_datetime(self.blocked) if isinstance(self.blocked, datetime.datetime) else self.blocked
            )
        if self.activecampaign is not UNSET:
            field_dict["activecampaign"] = (
                self.activecampaign.to_dict()
                if isinstance(self.activecampaign, IntegrationLink)
                else self.activecampaign
            )
        if self.hubspot is not UNSET:
            field_dict["hubspot"] = (
                self.hubspot.to_dict() if isinstance(self.hubspot, IntegrationLink) else self.hubspot
            )
        if self.pipedrive is not UNSET:
            field_dict["pipedrive"] = (
                self.pipedrive.to_dict() if isinstance(self.pipedrive, IntegrationLink) else self.pipedrive
            )
        if self.valid is not UNSET:
            field_dict["valid"] = self.valid
        if self.error is not UNSET:
            field_dict["error"] = self.error.to_dict() if isinstance(self.error, ContactError) else self.error
        if self.created is not UNSET:
            field_dict["created"] = self.created.to_dict() if isinstance(self.created, ChangeStamp) else self.created
        if self.updated is not UNSET:
            field_dict["updated"] = self.updated.to_dict() if isinstance(self.updated, ChangeStamp) else self.updated
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
        if (id := src_dict.get("id", UNSET)) is UNSET:
            _absent += 1
        elif not (id.__class__ is str or isinstance(id, str)):
            raise DecodeError("string", id, "id")
        if (email := src_dict.get("email", UNSET)) is UNSET:
            _absent += 1
        elif not (email.__class__ is str or isinstance(email, str)):
            raise DecodeError("string", email, "email")
        if (first_name := src_dict.get("firstName", UNSET)) is UNSET:
            _absent += 1
        elif not (first_name.__class__ is str or isinstance(first_name, str)):
            raise DecodeError("string", first_name, "firstName")
        if (last_name := src_dict.get("lastName", UNSET)) is UNSET:
            _absent += 1
        elif not (last_name.__class__ is str or isinstance(last_name, str)):
            raise DecodeError("string", last_name, "lastName")
        if (mobile := src_dict.get("mobile", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                mobile = _Mobile_from_dict(mobile)
            except DecodeError as _decode_error:
                raise _decode_error.within("mobile") from None
        if (lists := src_dict.get("lists", UNSET)) is UNSET:
            _absent += 1
        elif lists.__class__ is not list and not isinstance(lists, list):
            raise DecodeError("array", lists, "lists")
        else:
            try:
                lists = [_ContactList_from_dict(item) for item in lists]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("lists", _decode.first_failure(_ContactList_from_dict, lists)) from None
        if (attributes := src_dict.get("attributes", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                attributes = _ContactAttributes_from_dict(attributes)
            except DecodeError as _decode_error:
                raise _decode_error.within("attributes") from None
        if (tags := src_dict.get("tags", UNSET)) is UNSET:
            _absent += 1
        elif tags.__class__ is not list and not isinstance(tags, list):
            raise DecodeError("array", tags, "tags")
        else:
            try:
                tags = [_Tag_from_dict(item) for item in tags]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("tags", _decode.first_failure(_Tag_from_dict, tags)) from None
        if (opt_in := src_dict.get("optIn", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                opt_in_parsed = datetime_fromisoformat(opt_in)
            except (TypeError, ValueError):
                opt_in_parsed = _decode.date_time(opt_in, "optIn")  # RFC 3339's lowercase forms, or an error
            if len(opt_in) < 19 or opt_in[10] not in "Tt " or opt_in_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "optIn")
            opt_in = opt_in_parsed
        if (blocked := src_dict.get("blocked", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                blocked_parsed = datetime_fromisoformat(blocked)
            except (TypeError, ValueError):
                blocked_parsed = _decode.date_time(blocked, "blocked")  # RFC 3339's lowercase forms, or an error
            if len(blocked) < 19 or blocked[10] not in "Tt " or blocked_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "blocked")
            blocked = blocked_parsed
        if (activecampaign := src_dict.get("activecampaign", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                activecampaign = _IntegrationLink_from_dict(activecampaign)
            except DecodeError as _decode_error:
                raise _decode_error.within("activecampaign") from None
        if (hubspot := src_dict.get("hubspot", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                hubspot = _IntegrationLink_from_dict(hubspot)
            except DecodeError as _decode_error:
                raise _decode_error.within("hubspot") from None
        if (pipedrive := src_dict.get("pipedrive", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                pipedrive = _IntegrationLink_from_dict(pipedrive)
            except DecodeError as _decode_error:
                raise _decode_error.within("pipedrive") from None
        if (valid := src_dict.get("valid", UNSET)) is UNSET:
            _absent += 1
        elif not (valid is True or valid is False):
            raise DecodeError("boolean", valid, "valid")
        if (error := src_dict.get("error", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                error = _ContactError_from_dict(error)
            except DecodeError as _decode_error:
                raise _decode_error.within("error") from None
        if (created := src_dict.get("created", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                created = _ChangeStamp_from_dict(created)
            except DecodeError as _decode_error:
                raise _decode_error.within("created") from None
        if (updated := src_dict.get("updated", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                updated = _ChangeStamp_from_dict(updated)
            except DecodeError as _decode_error:
                raise _decode_error.within("updated") from None
        _instance = _new(cls)
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
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.change_stamp import ChangeStamp  # noqa: E402
from ..models.contact_attributes import ContactAttributes  # noqa: E402
from ..models.contact_error import ContactError  # noqa: E402
from ..models.contact_list import ContactList  # noqa: E402
from ..models.integration_link import IntegrationLink  # noqa: E402
from ..models.mobile import Mobile  # noqa: E402
from ..models.tag import Tag  # noqa: E402

Contact.__tolerant__ = _tolerant.TolerantModel(
    Contact,
    (
        _tolerant.Field("id", "id", _tolerant.string(), required=False),
        _tolerant.Field("email", "email", _tolerant.string(), required=False),
        _tolerant.Field("firstName", "first_name", _tolerant.string(), required=False),
        _tolerant.Field("lastName", "last_name", _tolerant.string(), required=False),
        _tolerant.Field("mobile", "mobile", _tolerant.model(Mobile), required=False),
        _tolerant.Field("lists", "lists", _tolerant.array(_tolerant.model(ContactList)), required=False),
        _tolerant.Field("attributes", "attributes", _tolerant.model(ContactAttributes), required=False),
        _tolerant.Field("tags", "tags", _tolerant.array(_tolerant.model(Tag)), required=False),
        _tolerant.Field("optIn", "opt_in", _tolerant.date_time(), required=False),
        _tolerant.Field("blocked", "blocked", _tolerant.date_time(), required=False),
        _tolerant.Field("activecampaign", "activecampaign", _tolerant.model(IntegrationLink), required=False),
        _tolerant.Field("hubspot", "hubspot", _tolerant.model(IntegrationLink), required=False),
        _tolerant.Field("pipedrive", "pipedrive", _tolerant.model(IntegrationLink), required=False),
        _tolerant.Field("valid", "valid", _tolerant.boolean(), required=False),
        _tolerant.Field("error", "error", _tolerant.model(ContactError), required=False),
        _tolerant.Field("created", "created", _tolerant.model(ChangeStamp), required=False),
        _tolerant.Field("updated", "updated", _tolerant.model(ChangeStamp), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = Contact.__tolerant__.names
_ChangeStamp_from_dict = ChangeStamp.from_dict
_ContactAttributes_from_dict = ContactAttributes.from_dict
_ContactError_from_dict = ContactError.from_dict
_ContactList_from_dict = ContactList.from_dict
_IntegrationLink_from_dict = IntegrationLink.from_dict
_Mobile_from_dict = Mobile.from_dict
_Tag_from_dict = Tag.from_dict
