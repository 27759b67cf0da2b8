"""``closeConversation``: PUT /accounts/{accountId}/conversations/{conversationId}/close; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.conversation_response import ConversationResponse


def build_request(
    account_id: str,
    conversation_id: str,
) -> Request:
    """The ``closeConversation`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    return Request(
        method="PUT",
        path=f"/accounts/{path_segment('account_id', account_id)}/conversations/{path_segment('conversation_id', conversation_id)}/close",
        operation_id="closeConversation",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> ConversationResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, ConversationResponse, acts=True)
