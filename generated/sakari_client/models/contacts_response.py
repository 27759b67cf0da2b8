from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._drift import note_undocumented

from ..errors import MISSING, DecodeError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactsResponse")
_new = object.__new__  # bound once: from_dict calls it for every object of a page
_FIELD_NAMES: frozenset[str] = frozenset(
    {
        "success",
        "pagination",
        "data",
        "error",
    }
)


@_attrs_define
class ContactsResponse:
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
        success = self.success

        pagination: Any = self.pagination
        if isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()

        data: Any = self.data
        if isinstance(self.data, list):
            data = []
            for data_item_data in self.data:
                data_item: Any = data_item_data
                if isinstance(data_item_data, Contact):
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        error: Any = self.error
        if isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        if not isinstance(success, Unset):
            field_dict["success"] = success
        if not isinstance(pagination, Unset):
            field_dict["pagination"] = pagination
        if not isinstance(data, Unset):
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
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
        try:
            success = src_dict["success"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "success") from None
        if not (success is True or success is False):
            raise DecodeError("boolean", success, "success")

        try:
            pagination = src_dict["pagination"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "pagination") from None
        try:
            pagination = _Pagination_from_dict(pagination)
        except DecodeError as _decode_error:
            _decode_error.path.insert(0, "pagination")
            raise

        try:
            data = src_dict["data"]
        except KeyError:
            raise DecodeError("a value (required)", MISSING, "data") from None
        if not isinstance(data, list):
            raise DecodeError("array", data, "data")
        data_decoded: list[Any] = []
        try:
            for data_item in data:
                data_decoded.append(_Contact_from_dict(data_item))
        except DecodeError as _decode_error:
            _decode_error.path[0:0] = ("data", len(data_decoded))
            raise
        data = data_decoded

        if "error" in src_dict:
            error = src_dict["error"]
            try:
                error = _ErrorDetail_from_dict(error)
            except DecodeError as _decode_error:
                _decode_error.path.insert(0, "error")
                raise
        else:
            error = UNSET
            _absent += 1

        _instance = _new(cls)
        _instance.success = success
        _instance.pagination = pagination
        _instance.data = data
        _instance.error = error
        # Every key is a field unless there are more keys than the fields found.
        if len(src_dict) + _absent <= 4:
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

_Contact_from_dict = Contact.from_dict
_ErrorDetail_from_dict = ErrorDetail.from_dict
_Pagination_from_dict = Pagination.from_dict
