from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from contacts_runtime import _drift as _tolerant
from contacts_runtime._model import AdditionalProperties, Model

from ..types import UNSET, Unset


@_attrs_define
class ContactsResponse(Model, AdditionalProperties[Any]):
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
