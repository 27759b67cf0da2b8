"""``listConversations``: GET /accounts/{accountId}/conversations; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.conversations_response import ConversationsResponse
from ...types import UNSET, Unset


def build_request(
    account_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Request:
    """The ``listConversations`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("offset", offset, minimum=0)
    check_range("limit", limit, minimum=1, maximum=100)
    params: dict[str, Any] = {}
    if not isinstance(offset, Unset):
        params["offset"] = offset
    if not isinstance(limit, Unset):
        params["limit"] = limit
    headers: dict[str, str] = {}
    return Request(
        method="GET",
        path=f"/accounts/{path_segment('account_id', account_id)}/conversations",
        operation_id="listConversations",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> ConversationsResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ConversationsResponse)
