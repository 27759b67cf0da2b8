from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _decode
from contacts_runtime import _drift as _tolerant
from contacts_runtime._decode import AdditionalProperties, to_json
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page


@_attrs_define
class ContactsResponse(AdditionalProperties[Any]):
    """One page of contacts. The list page marks `success`, `pagination` and `data` required.
    `error` is in Sakari's paginated answer shape (a problem with the page itself).

        Example:
            {'success': True, 'pagination': {'totalCount': 123, 'limit': 123, 'offset': 123, 'hasNext': True}, 'data':
                [{'id': '<string>', 'email': 'chris@sakari.io', 'firstName': 'Chris', 'lastName': 'Bloggs', 'mobile':
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
                'email': 'joe@bloggs.com', 'source': '<string>', 'subSource': '<string>'}}}]}

        Attributes:
            success (bool):
            pagination (Pagination): Where a page sits in the whole result set. `totalCount` is absent from the list page's
                sample but present on the create page's and in Sakari's own description.
                 Example: {'totalCount': 123, 'limit': 123, 'offset': 123, 'hasNext': True}.
            data (list[Contact]):
            error (ErrorDetail | Unset): What went wrong with a request. Example: {'code': 'CONT-001', 'message': 'Invalid
                mobile number'}.
    """

    success: bool
    pagination: Pagination
    data: list[Contact]
    error: ErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # How the tolerant decoder reads this model (set below, once the models it refers to exist).
    __tolerant__: ClassVar[_tolerant.TolerantModel]

    def to_dict(self) -> dict[str, Any]:
        # A required field is UNSET only in a model a tolerant parse built from an answer that lacked it: left
        # out, so to_dict() gives back what came. Keys in the order the spec lists them.
        field_dict: dict[str, Any] = {}
        if not isinstance(self.success, Unset):
            field_dict["success"] = self.success
        if not isinstance(self.pagination, Unset):
            field_dict["pagination"] = (
                self.pagination.to_dict() if isinstance(self.pagination, Pagination) else self.pagination
            )
        if not isinstance(self.data, Unset):
            field_dict["data"] = (
                [item.to_dict() if isinstance(item, Contact) else item for item in self.data]
                if isinstance(self.data, list)
                else self.data
            )
        if self.error is not UNSET:
            field_dict["error"] = self.error.to_dict() if isinstance(self.error, ErrorDetail) else self.error
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
            raise DecodeError("a value (required)", MISSING, "success")
        elif not (success is True or success is False):
            raise DecodeError("boolean", success, "success")
        if (pagination := src_dict.get("pagination", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "pagination")
        else:
            try:
                pagination = _Pagination_from_dict(pagination)
            except DecodeError as _decode_error:
                raise _decode_error.within("pagination") from None
        if (data := src_dict.get("data", UNSET)) is UNSET:
            raise DecodeError("a value (required)", MISSING, "data")
        elif data.__class__ is not list and not isinstance(data, list):
            raise DecodeError("array", data, "data")
        else:
            try:
                data = [_Contact_from_dict(item) for item in data]
            except DecodeError as _decode_error:
                # the failing item is the first that does not decode
                raise _decode_error.within("data", _decode.first_failure(_Contact_from_dict, data)) from None
        if (error := src_dict.get("error", UNSET)) is UNSET:
            _absent += 1
        else:
            try:
                error = _ErrorDetail_from_dict(error)
            except DecodeError as _decode_error:
                raise _decode_error.within("error") from None
        _instance = _new(cls)
        _instance.success = success
        _instance.pagination = pagination
        _instance.data = data
        _instance.error = error
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
            _instance.additional_properties = {}
            return _instance
        note_undocumented()
        extra = {key: value for key, value in src_dict.items() if key not in _FIELD_NAMES}
        _instance.additional_properties = extra
        return _instance


# Imported once, after the class: models refer to each other, and each module defines its class first.
from ..models.contact import Contact  # noqa: E402
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402

ContactsResponse.__tolerant__ = _tolerant.TolerantModel(
    ContactsResponse,
    (
        _tolerant.Field("success", "success", _tolerant.boolean(), required=True),
        _tolerant.Field("pagination", "pagination", _tolerant.model(Pagination), required=True),
        _tolerant.Field("data", "data", _tolerant.array(_tolerant.model(Contact)), required=True),
        _tolerant.Field("error", "error", _tolerant.model(ErrorDetail), required=False),
    ),
    additional=None,
)
_FIELD_NAMES = ContactsResponse.__tolerant__.names
_Contact_from_dict = Contact.from_dict
_ErrorDetail_from_dict = ErrorDetail.from_dict
_Pagination_from_dict = Pagination.from_dict
