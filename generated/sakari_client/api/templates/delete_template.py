"""``deleteTemplate``: DELETE /accounts/{accountId}/templates/{templateId}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._request import path_segment
from contacts_runtime._response import parse_answer

from ...models.success_response import SuccessResponse


def build_request(
    account_id: str,
    template_id: str,
) -> Request:
    """The ``deleteTemplate`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    return Request(
        method="DELETE",
        path=f"/accounts/{path_segment('account_id', account_id)}/templates/{path_segment('template_id', template_id)}",
        operation_id="deleteTemplate",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> SuccessResponse:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return parse_answer(response, SuccessResponse, acts=True)
