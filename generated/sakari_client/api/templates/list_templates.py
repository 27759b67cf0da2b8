"""``listTemplates``: GET /accounts/{accountId}/templates; its request builder and answer parser."""

from typing import Any

import httpx
from contacts_runtime import Request
from contacts_runtime._arguments import check_range
from contacts_runtime._drift import decode_answer, not_json
from contacts_runtime._request import path_segment

from ...errors import DecodeError
from ...models.error_response import ErrorResponse
from ...models.templates_response import TemplatesResponse
from ...types import UNSET, Unset, json_loads


def build_request(
    account_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Request:
    """The ``listTemplates`` call for these arguments; ``ValueError`` naming one that the spec does not allow."""
    check_range("offset", offset, minimum=0)
    check_range("limit", limit, minimum=1, maximum=100)
    params: dict[str, Any] = {}
    if not isinstance(offset, Unset):
        params["offset"] = offset
    if not isinstance(limit, Unset):
        params["limit"] = limit
    if not isinstance(name, Unset):
        params["name"] = name
    headers: dict[str, str] = {}
    return Request(
        method="GET",
        path=f"/accounts/{path_segment('account_id', account_id)}/templates",
        operation_id="listTemplates",
        idempotent=True,
        params=params,
        headers=headers,
    )


def parse_response(response: httpx.Response) -> ErrorResponse | TemplatesResponse | None:
    """The body of an answer, parsed with the model the spec documents for its status.

    Raises:
        errors.APIResponseValidationError: a success body does not match the spec.
    """
    if response.status_code == 200:
        try:
            response_200 = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_200, TemplatesResponse.from_dict, TemplatesResponse.__tolerant__)

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
        try:
            response_2xx = json_loads(response.content)
        except (ValueError, RecursionError):
            raise not_json(response) from None
        return decode_answer(response, response_2xx, TemplatesResponse.from_dict, TemplatesResponse.__tolerant__)

    return None
