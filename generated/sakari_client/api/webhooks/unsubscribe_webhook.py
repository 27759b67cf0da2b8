"""``unsubscribeWebhook``: DELETE /accounts/{accountId}/webhooks/{url}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._request import path_segment


def build_request(
    account_id: str,
    url_path: str,
) -> Request:
    """The ``unsubscribeWebhook`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    return Request(
        method="DELETE",
        path=f"/accounts/{path_segment('account_id', account_id)}/webhooks/{path_segment('url_path', url_path)}",
        operation_id="unsubscribeWebhook",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> None:
    """A success answer's body, as the spec documents it (an error answer's is the runtime's: ``ErrorBodies``).

    Raises:
        errors.APIResponseValidationError: the body is not JSON (in strict mode: or it leaves the spec).
    """
    return None
