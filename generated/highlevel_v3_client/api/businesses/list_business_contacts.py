"""``listBusinessContacts``: GET /contacts/business/{businessId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range, enum_value
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.business_contacts_response import BusinessContactsResponse
from ...types import UNSET, Unset


def build_request(
    business_id: str,
    *,
    location_id: str,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    query: str | Unset = UNSET,
    start_after: str | Unset = UNSET,
    version: ApiVersion | str,
) -> Request:
    """The ``listBusinessContacts`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("limit", limit, minimum=1)
    check_range("skip", skip, minimum=0)
    params: dict[str, Any] = {}
    params["locationId"] = location_id
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(skip, Unset):
        params["skip"] = skip
    if not isinstance(query, Unset):
        params["query"] = query
    if not isinstance(start_after, Unset):
        params["startAfter"] = start_after
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path=f"/contacts/business/{path_segment('business_id', business_id)}",
        operation_id="listBusinessContacts",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> BusinessContactsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, BusinessContactsResponse)
