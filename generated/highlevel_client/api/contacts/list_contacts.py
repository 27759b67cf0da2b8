"""``listContacts``: GET /contacts/; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range, enum_value
from contacts_runtime._response import parse_answer

from ...models.api_version import ApiVersion
from ...models.list_contacts_response import ListContactsResponse
from ...types import UNSET, Unset


def build_request(
    *,
    location_id: str,
    start_after_id: str | Unset = UNSET,
    start_after: float | Unset = UNSET,
    query: str | Unset = UNSET,
    limit: int | Unset = 20,
    version: ApiVersion | str,
) -> Request:
    """The ``listContacts`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("limit", limit, minimum=1, maximum=100)
    params: dict[str, Any] = {}
    params["locationId"] = location_id
    if not isinstance(start_after_id, Unset):
        params["startAfterId"] = start_after_id
    if not isinstance(start_after, Unset):
        params["startAfter"] = start_after
    if not isinstance(query, Unset):
        params["query"] = query
    if not isinstance(limit, Unset):
        params["limit"] = limit
    headers: dict[str, str] = {}
    headers["Version"] = enum_value("version", ApiVersion, version)
    return Request(
        method="GET",
        path="/contacts/",
        operation_id="listContacts",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> ListContactsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ListContactsResponse)
