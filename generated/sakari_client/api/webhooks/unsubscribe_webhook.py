"""``unsubscribeWebhook``: DELETE /accounts/{accountId}/webhooks/{url}; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._request import path_segment

from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...types import json_loads


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


def parse_response(response: httpx.Response) -> Any | ErrorResponse | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 204:
        return None

    if 400 <= response.status_code <= 499:
        try:
            response_4xx = json_loads(response.content)
            response_4xx = ErrorResponse.from_dict(response_4xx)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_4xx

    if 500 <= response.status_code <= 599:
        try:
            response_5xx = json_loads(response.content)
            response_5xx = ErrorResponse.from_dict(response_5xx)

        except DecodeError:
            return None
        except (ValueError, RecursionError):
            return None
        return response_5xx

    if 200 <= response.status_code <= 299:
        # A success status the spec does not list: its body is parsed as the documented success's.
        return None

    return None
