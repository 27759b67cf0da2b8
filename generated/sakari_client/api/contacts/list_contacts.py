"""``listContacts``: GET /accounts/{accountId}/contacts; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.contacts_response import ContactsResponse
from ...types import UNSET, Unset


def build_request(
    account_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    mobile: str | Unset = UNSET,
    email: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Request:
    """The ``listContacts`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("offset", offset, minimum=0)
    check_range("limit", limit, minimum=1, maximum=100)
    params: dict[str, Any] = {}
    if not isinstance(offset, Unset):
        params["offset"] = offset
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(first_name, Unset):
        params["firstName"] = first_name
    if not isinstance(last_name, Unset):
        params["lastName"] = last_name
    if not isinstance(mobile, Unset):
        params["mobile"] = mobile
    if not isinstance(email, Unset):
        params["email"] = email
    if not isinstance(tags, Unset):
        params["tags"] = tags
    headers: dict[str, str] = {}
    return Request(
        method="GET",
        path=f"/accounts/{path_segment('account_id', account_id)}/contacts",
        operation_id="listContacts",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> ContactsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ContactsResponse)
