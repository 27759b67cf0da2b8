"""``listMessages``: GET /accounts/{accountId}/messages; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.messages_response import MessagesResponse
from ...types import UNSET, Unset


def build_request(
    account_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    conversation_id: str | Unset = UNSET,
) -> Request:
    """The ``listMessages`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("offset", offset, minimum=0)
    check_range("limit", limit, minimum=1, maximum=100)
    params: dict[str, Any] = {}
    if not isinstance(offset, Unset):
        params["offset"] = offset
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(contact_id, Unset):
        params["contactId"] = contact_id
    if not isinstance(conversation_id, Unset):
        params["conversationId"] = conversation_id
    headers: dict[str, str] = {}
    return Request(
        method="GET",
        path=f"/accounts/{path_segment('account_id', account_id)}/messages",
        operation_id="listMessages",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> MessagesResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, MessagesResponse)
