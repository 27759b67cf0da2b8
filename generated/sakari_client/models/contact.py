from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented, rfc3339_fallback

from ..errors import MALFORMED, DecodeError
from ..types import UNSET, Unset, datetime_fromisoformat, format_datetime

T = TypeVar("T", bound="Contact")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
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
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        mobile: Any = self.mobile
        if isinstance(self.mobile, Mobile):
            mobile = self.mobile.to_dict()

        lists: Any = self.lists
        if isinstance(self.lists, list):
            lists = []
            for lists_item_data in self.lists:
                lists_item: Any = lists_item_data
                if isinstance(lists_item_data, ContactList):
                    lists_item = lists_item_data.to_dict()

                lists.append(lists_item)

        attributes: Any = self.attributes
        if isinstance(self.attributes, ContactAttributes):
            attributes = self.attributes.to_dict()

        tags: Any = self.tags
        if isinstance(self.tags, list):
            tags = []
            for tags_item_data in self.tags:
                tags_item: Any = tags_item_data
                if isinstance(tags_item_data, Tag):
                    tags_item = tags_item_data.to_dict()

                tags.append(tags_item)

        opt_in: Any = self.opt_in
        if isinstance(self.opt_in, datetime.datetime):
            opt_in = format_datetime(self.opt_in)

        blocked: Any = self.blocked
        if isinstance(self.blocked, datetime.datetime):
            blocked = format_datetime(self.blocked)

        activecampaign: Any = self.activecampaign
        if isinstance(self.activecampaign, IntegrationLink):
            activecampaign = self.activecampaign.to_dict()

        hubspot: Any = self.hubspot
        if isinstance(self.hubspot, IntegrationLink):
            hubspot = self.hubspot.to_dict()

        pipedrive: Any = self.pipedrive
        if isinstance(self.pipedrive, IntegrationLink):
            pipedrive = self.pipedrive.to_dict()

        valid = self.valid

        error: Any = self.error
        if isinstance(self.error, ContactError):
            error = self.error.to_dict()

        created: Any = self.created
        if isinstance(self.created, ChangeStamp):
            created = self.created.to_dict()

        updated: Any = self.updated
        if isinstance(self.updated, ChangeStamp):
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
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError("object", src_dict)
        _absent = 0
        if "id" in src_dict:
            id = src_dict["id"]
            if not (id.__class__ is str or isinstance(id, str)):
                raise DecodeError("string", id, "id")
        else:
            id = UNSET
            _absent += 1

        if "email" in src_dict:
            email = src_dict["email"]
            if not (email.__class__ is str or isinstance(email, str)):
                raise DecodeError("string", email, "email")
        else:
            email = UNSET
            _absent += 1

        if "firstName" in src_dict:
            first_name = src_dict["firstName"]
            if not (first_name.__class__ is str or isinstance(first_name, str)):
                raise DecodeError("string", first_name, "firstName")
        else:
            first_name = UNSET
            _absent += 1

        if "lastName" in src_dict:
            last_name = src_dict["lastName"]
            if not (last_name.__class__ is str or isinstance(last_name, str)):
                raise DecodeError("string", last_name, "lastName")
        else:
            last_name = UNSET
            _absent += 1

        if "mobile" in src_dict:
            mobile = src_dict["mobile"]
            try:
                mobile = _Mobile_from_dict(mobile)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "mobile")
                raise
        else:
            mobile = UNSET
            _absent += 1

        if "lists" in src_dict:
            lists = src_dict["lists"]
            if not isinstance(lists, list):
                raise DecodeError("array", lists, "lists")
            lists_decoded: list[Any] = []
            try:
                for lists_item in lists:
                    lists_decoded.append(_ContactList_from_dict(lists_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("lists", len(lists_decoded))
                raise
            lists = lists_decoded
        else:
            lists = UNSET
            _absent += 1

        if "attributes" in src_dict:
            attributes = src_dict["attributes"]
            try:
                attributes = _ContactAttributes_from_dict(attributes)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "attributes")
                raise
        else:
            attributes = UNSET
            _absent += 1

        if "tags" in src_dict:
            tags = src_dict["tags"]
            if not isinstance(tags, list):
                raise DecodeError("array", tags, "tags")
            tags_decoded: list[Any] = []
            try:
                for tags_item in tags:
                    tags_decoded.append(_Tag_from_dict(tags_item))
            except DecodeError as _decode_error:
                _decode_error.path[0:0] = ("tags", len(tags_decoded))
                raise
            tags = tags_decoded
        else:
            tags = UNSET
            _absent += 1

        if "optIn" in src_dict:
            opt_in = src_dict["optIn"]
            try:
                opt_in_parsed = datetime_fromisoformat(opt_in)
            except (TypeError, ValueError):
                try:
                    opt_in_parsed = rfc3339_fallback(opt_in)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "RFC 3339 date-time string", MALFORMED if isinstance(opt_in, str) else opt_in, "optIn"
                    ) from None
            if len(opt_in) < 19 or opt_in[10] not in "Tt " or opt_in_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "optIn")
            opt_in = opt_in_parsed
        else:
            opt_in = UNSET
            _absent += 1

        if "blocked" in src_dict:
            blocked = src_dict["blocked"]
            try:
                blocked_parsed = datetime_fromisoformat(blocked)
            except (TypeError, ValueError):
                try:
                    blocked_parsed = rfc3339_fallback(blocked)
                except (TypeError, ValueError):
                    raise DecodeError(
                        "RFC 3339 date-time string", MALFORMED if isinstance(blocked, str) else blocked, "blocked"
                    ) from None
            if len(blocked) < 19 or blocked[10] not in "Tt " or blocked_parsed.tzinfo is None:
                raise DecodeError("RFC 3339 date-time string", MALFORMED, "blocked")
            blocked = blocked_parsed
        else:
            blocked = UNSET
            _absent += 1

        if "activecampaign" in src_dict:
            activecampaign = src_dict["activecampaign"]
            try:
                activecampaign = _IntegrationLink_from_dict(activecampaign)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "activecampaign")
                raise
        else:
            activecampaign = UNSET
            _absent += 1

        if "hubspot" in src_dict:
            hubspot = src_dict["hubspot"]
            try:
                hubspot = _IntegrationLink_from_dict(hubspot)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "hubspot")
                raise
        else:
            hubspot = UNSET
            _absent += 1

        if "pipedrive" in src_dict:
            pipedrive = src_dict["pipedrive"]
            try:
                pipedrive = _IntegrationLink_from_dict(pipedrive)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "pipedrive")
                raise
        else:
            pipedrive = UNSET
            _absent += 1

        if "valid" in src_dict:
            valid = src_dict["valid"]
            if not (valid is True or valid is False):
                raise DecodeError("boolean", valid, "valid")
        else:
            valid = UNSET
            _absent += 1

        if "error" in src_dict:
            error = src_dict["error"]
            try:
                error = _ContactError_from_dict(error)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "error")
                raise
        else:
            error = UNSET
            _absent += 1

        if "created" in src_dict:
            created = src_dict["created"]
            try:
                created = _ChangeStamp_from_dict(created)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "created")
                raise
        else:
            created = UNSET
            _absent += 1

        if "updated" in src_dict:
            updated = src_dict["updated"]
            try:
                updated = _ChangeStamp_from_dict(updated)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "updated")
                raise
        else:
            updated = UNSET
            _absent += 1

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

_ChangeStamp_from_dict = ChangeStamp.from_dict
_ContactAttributes_from_dict = ContactAttributes.from_dict
_ContactError_from_dict = ContactError.from_dict
_ContactList_from_dict = ContactList.from_dict
_IntegrationLink_from_dict = IntegrationLink.from_dict
_Mobile_from_dict = Mobile.from_dict
_Tag_from_dict = Tag.from_dict
